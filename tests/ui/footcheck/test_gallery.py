"""The photo gallery (issue 19): photos added from files, any two dates side by side."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from neurofoot_desktop import photo_import
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui.footcheck import gallery
from neurofoot_desktop.ui.main_window import MainWindow


def picture(tmp_path: Path, name: str, colour: str, size: tuple[int, int]) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def add_three(store: Store, profile_id: int, tmp_path: Path) -> None:
    for day, colour, size in ((1, "tan", (120, 80)), (8, "peru", (100, 100)),
                              (15, "sienna", (80, 120))):
        photo_import.add_from_file(
            store, profile_id, None, Foot.LEFT, View.SOLE,
            picture(tmp_path, f"sole{day}.png", colour, size),
            datetime(2026, 3, day, 9, 30, tzinfo=UTC))


def test_photos_added_from_files_are_compared_two_dates_side_by_side(
        store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    profile = store.add_profile("Ana", datetime(2026, 3, 1, tzinfo=UTC)).id
    add_three(store, profile, tmp_path)
    dialog = gallery.GalleryDialog(None, store, profile, Foot.LEFT, View.SOLE)
    qtbot.addWidget(dialog)
    assert "3 photos of the left foot, sole" in dialog.status.text()
    earlier, later = dialog.pickers
    assert earlier.count() == 3 and earlier.currentText().startswith("1 Mar 2026")
    assert later.currentText().startswith("15 Mar 2026")
    # The first and the latest photo show at first: their shapes tell them apart.
    assert (dialog.panes[0].image.width(), dialog.panes[0].image.height()) == (120, 80)
    assert (dialog.panes[1].image.width(), dialog.panes[1].image.height()) == (80, 120)
    dialog.choose_dates(1, 2)
    assert earlier.currentText().startswith("8 Mar 2026")
    assert dialog.panes[0].image.width() == 100 and dialog.panes[1].image.height() == 120
    # The other foot has none yet, and says so.
    qtbot.mouseClick(dialog.foot_buttons[Foot.RIGHT], Qt.MouseButton.LeftButton)
    assert "No photos of the right foot, sole yet" in dialog.status.text()
    assert dialog.panes[0].image is None and not earlier.isEnabled()


def test_a_missing_file_is_named_not_shown_blank(store: Store, qtbot: QtBot,
                                                 tmp_path: Path) -> None:
    profile = store.add_profile("Ana", datetime(2026, 3, 1, tzinfo=UTC)).id
    add_three(store, profile, tmp_path)
    from neurofoot_desktop.storage import photos as photo_store

    first = photo_store.photos(store, profile)[0]
    first.path(store).unlink()
    dialog = gallery.GalleryDialog(None, store, profile, Foot.LEFT, View.SOLE)
    qtbot.addWidget(dialog)
    assert dialog.panes[0].image is None and first.file in dialog.panes[0].missing
    assert dialog.panes[1].image is not None


def test_the_look_opens_the_gallery_for_its_foot(
        window: MainWindow, drive: Driver, qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    drive.add_person("Ana")
    drive.begin(look=True)
    screen = window.precheck.look.feet["left"]
    assert not screen.compare.isVisible()  # nothing to compare yet
    add_three(window.store, screen.log.log.profile_id, tmp_path)
    screen.set_view(View.SOLE)
    assert screen.compare.isVisible()
    opened: list[gallery.GalleryDialog] = []
    monkeypatch.setattr(gallery, "run_gallery", opened.append)
    qtbot.mouseClick(screen.compare, Qt.MouseButton.LeftButton)
    assert opened[0].foot == Foot.LEFT and opened[0].view == View.SOLE
    assert len(opened[0].records) == 3
    opened[0].deleteLater()
