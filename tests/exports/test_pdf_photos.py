"""The doctor's PDF with photos (issue 19): when asked, one page more with the first and the
latest photo of each foot and view side by side; without asking, no photo at all."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports.pdf import export_pdf
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import photos as photo_store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
DAY = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _photo(tmp_path: Path, colour: str) -> bytes:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / f"{colour}.jpg"
    assert image.save(str(path), "JPEG")
    return path.read_bytes()


def _images(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line.split() for line in out]


@pytest.mark.skipif(subprocess.run(["which", "pdfimages"], capture_output=True).returncode,
                    reason="needs pdfimages (poppler-utils)")
def test_the_photo_page_has_the_first_and_latest_photo_of_each_foot_and_view(
        store: Store, tmp_path: Path) -> None:
    pid = store.add_profile("Ana", DAY).id
    for d, colour in enumerate(("red", "green", "blue")):  # green is neither first nor latest
        sid = store.start_session(pid, DAY + timedelta(days=d))
        photo_store.add(store, pid, sid, Foot.LEFT, View.SOLE, DAY + timedelta(days=d),
                        _photo(tmp_path, colour), (800, 600), "file")
    photo_store.add(store, pid, None, Foot.RIGHT, View.TOP, DAY, _photo(tmp_path, "white"),
                    (800, 600), "file")
    plain, with_photos = tmp_path / "plain.pdf", tmp_path / "photos.pdf"
    default = export_pdf(store, plain, now=NOW)
    result = export_pdf(store, with_photos, now=NOW, with_photos=True)
    assert result.items == default.items + 1 <= 5
    photos = [row for row in _images(with_photos) if (row[3], row[4]) == ("480", "360")]
    assert len(photos) == 3  # left sole: first and latest; right top: its only photo
    assert not [row for row in _images(plain) if (row[3], row[4]) == ("480", "360")]
    text = subprocess.run(["pdftotext", str(with_photos), "-"], capture_output=True,
                          text=True).stdout
    assert "Photos of the feet" in text and "1 November 2026" in text
    assert "3 November 2026" in text
