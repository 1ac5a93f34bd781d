"""Photos in the look (issue 19): a fake camera, no camera, a file, a full disk."""

from __future__ import annotations

from pathlib import Path

from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.ui.footcheck import camera
from neurofoot_desktop.ui.main_window import MainWindow


class FakeCamera(camera.FrameSource):
    def __init__(self, fail: str = "") -> None:
        super().__init__()
        self.fail = fail
        self.stopped = False

    def start(self) -> None:
        if self.fail:
            self.failed.emit(self.fail)
            return
        frame = QImage(640, 480, QImage.Format.Format_RGB32)
        frame.fill(QColor("peachpuff"))
        self.frame.emit(frame)

    def stop(self) -> None:
        self.stopped = True


def open_look(window: MainWindow, drive: Driver):
    drive.add_person("Ana")
    drive.begin(look=True)
    assert window.precheck.current_screen() == "look", window.current_page()
    return window.precheck.look.feet["left"]


def use(monkeypatch, source: camera.FrameSource | None, press: str) -> list:
    seen: list = []

    def run(dialog: camera.CameraDialog) -> None:
        seen.append(dialog)
        dialog.source.start()
        dialog.findChild(type(dialog.take), press).click()

    monkeypatch.setattr(camera, "camera_factory", lambda: source)
    monkeypatch.setattr(camera, "run_camera", run)
    return seen


def test_the_camera_takes_a_photo_and_the_next_one_shows_it_faintly(
        window: MainWindow, drive: Driver, qtbot: QtBot, monkeypatch) -> None:
    screen = open_look(window, drive)
    fake = FakeCamera()
    seen = use(monkeypatch, fake, "take_photo")
    qtbot.mouseClick(screen.photo, Qt.MouseButton.LeftButton)
    (kept,) = photo_store.photos(window.store)
    assert (kept.foot.value, kept.view.value, kept.source) == ("left", "top", "camera")
    assert (kept.width, kept.height) == (640, 480) and fake.stopped
    assert "Photos today: 1" in screen.marked.text() and seen[0].view.last is None
    qtbot.mouseClick(screen.photo, Qt.MouseButton.LeftButton)
    assert seen[1].view.last is not None and seen[1].view.last.width() == 640


def test_a_failing_camera_says_so_in_one_sentence_and_offers_the_file(
        window: MainWindow, drive: Driver, qtbot: QtBot, monkeypatch, scripted_dialogs,
        tmp_path: Path) -> None:
    screen = open_look(window, drive)
    seen = use(monkeypatch, FakeCamera(fail="The camera is in use by another program."),
               "use_file")
    picture = QImage(50, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("tan"))
    picture.save(str(tmp_path / "foot.png"))
    scripted_dialogs.answers = [tmp_path / "foot.png"]
    qtbot.mouseClick(screen.photo, Qt.MouseButton.LeftButton)
    assert "in use by another program" in seen[0].problem.text()
    assert not seen[0].take.isEnabled()
    assert [p.source for p in photo_store.photos(window.store)] == ["file"]


def test_no_camera_goes_to_the_file_and_a_full_disk_is_told(
        window: MainWindow, drive: Driver, qtbot: QtBot, monkeypatch, scripted_dialogs,
        tmp_path: Path) -> None:
    import os

    screen = open_look(window, drive)
    monkeypatch.setattr(camera, "camera_factory", lambda: None)
    picture = QImage(50, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("tan"))
    picture.save(str(tmp_path / "foot.png"))

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    scripted_dialogs.answers = [tmp_path / "foot.png"]
    qtbot.mouseClick(screen.photo, Qt.MouseButton.LeftButton)
    told = [text for _kind, text in scripted_dialogs.told]
    assert "No camera was found" in told[0] and "not enough room" in told[1]
    assert "goes on without it" in told[1] and photo_store.photos(window.store) == []
    assert window.precheck.current_screen() == "look"
