"""Photos through the window (issue 19): the report's period chooser offers "with photos" only
to a person who has some, and the PDF then has the photo page (in Spanish too); File > Import
(import_via_dialog -> import_log) brings the photos folder beside a JSON; import_parsed
brings them when told the file's folder and never drops them quietly."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports.json import export_json, import_parsed, read_log
from neurofoot_desktop.exports.pdf import export_pdf
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.files import actions as file_actions
from neurofoot_desktop.ui.main_window import MainWindow

DAY = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)  # within 3 months of the FakeClock's day
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="needs pdftotext (poppler-utils)")


def jpeg(tmp_path: Path, colour: str) -> bytes:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / f"{colour}.jpg"
    assert image.save(str(path), "JPEG")
    return path.read_bytes()


def ana_with_photos(store: Store, tmp_path: Path) -> int:
    pid = store.add_profile("Ana", DAY - timedelta(days=1)).id
    for d, colour in enumerate(("red", "blue")):
        sid = store.start_session(pid, DAY + timedelta(days=d))
        store.end_session(sid, "completed", DAY + timedelta(days=d, minutes=20))
        photo_store.add(store, pid, sid, Foot.LEFT, View.SOLE, DAY + timedelta(days=d),
                        jpeg(tmp_path, colour), (800, 600), "file")
    return pid


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)


def test_no_photos_no_box(window: MainWindow, scripted_dialogs) -> None:
    window.store.add_profile("Luis", DAY)
    window.start.reload(window.store.profiles()[0].id)
    scripted_dialogs.answers = [0, None]  # the last 3 months; then no file chosen
    window.export("pdf")
    assert scripted_dialogs.checks == [] and scripted_dialogs.answers == []


@needs_poppler
def test_the_box_ticked_gives_the_photo_page(window: MainWindow, scripted_dialogs,
                                             tmp_path: Path) -> None:
    window.start.reload(ana_with_photos(window.store, tmp_path))
    scripted_dialogs.answers = [(0, False), tmp_path / "plain.pdf"]
    window.export("pdf")
    scripted_dialogs.answers = [(0, True), tmp_path / "photos.pdf"]
    window.export("pdf")
    assert scripted_dialogs.checks == ["With the first and latest photos of the feet"] * 2
    assert "Photos of the feet" not in pdf_text(tmp_path / "plain.pdf")
    text = pdf_text(tmp_path / "photos.pdf")
    assert "Photos of the feet: first and latest" in text and "left, sole" in text


@needs_poppler
def test_the_photo_page_in_spanish(store: Store, scripted_dialogs, spanish: None,
                                   tmp_path: Path) -> None:
    ana_with_photos(store, tmp_path)
    scripted_dialogs.answers = [(0, True)]
    assert file_actions.choose_report(None, with_photos=True).photos
    assert scripted_dialogs.checks == ["Con la primera y la última foto de los pies"]
    export_pdf(store, tmp_path / "fotos.pdf", now=DAY + timedelta(days=5), with_photos=True)
    text = pdf_text(tmp_path / "fotos.pdf")
    assert "Fotos de los pies: la primera y la última" in text
    assert "Pie izquierdo, planta" in text and "Photos of the feet" not in text


def test_file_import_brings_the_photos_folder(window: MainWindow, scripted_dialogs,
                                              tmp_path: Path) -> None:
    other = Store.open(tmp_path / "other")
    ana_with_photos(other, tmp_path)
    log = tmp_path / "sent" / "log.json"
    log.parent.mkdir()
    export_json(other, log, with_photos=True)
    other.close()
    assert len(list((tmp_path / "sent" / "log-photos").iterdir())) == 2
    scripted_dialogs.answers = [log]
    window.import_log()  # File > Import a log…
    ((_kind, text),) = scripted_dialogs.told
    assert text.startswith("Imported 2 new sessions")
    ana = window.store.profile_by_name("Ana")
    found = photo_store.photos(window.store, ana.id)
    assert [(p.foot, p.view) for p in found] == [(Foot.LEFT, View.SOLE)] * 2
    assert all(p.path(window.store).read_bytes()[:2] == b"\xff\xd8" for p in found)


def test_import_parsed_brings_photos_from_the_files_folder(store: Store, tmp_path: Path
                                                           ) -> None:
    other = Store.open(tmp_path / "other")
    ana_with_photos(other, tmp_path)
    log = tmp_path / "log.json"
    export_json(other, log, with_photos=True)
    other.close()
    parsed = read_log(log)
    with pytest.raises(ValueError, match="pass base"):
        import_parsed(store, parsed)  # would drop the photos: refused, nothing written
    assert store.profiles() == []
    import_parsed(store, parsed, base=tmp_path)
    assert len(photo_store.photos(store)) == 2
