"""Adding a photo from a file, for real (issue 19): orientation, metadata, size, refusals."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from PySide6.QtGui import QColor, QImage, QPainter

from neurofoot_desktop import photo_import
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import photos as photo_store

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None,
                                    reason="needs exiftool (libimage-exiftool-perl)")


def picture(path: Path, width: int, height: int, fmt: str = "JPEG") -> Path:
    """Left half red, right half blue, so a turn shows in the pixels."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("red"))
    painter.end()
    assert image.save(str(path), fmt)
    return path


@pytest.fixture
def person(store: Store, clock: FakeClock) -> tuple[int, str]:
    pid = store.add_profile("Ana", clock.now()).id
    return pid, store.start_session(pid, clock.now())


def add(store: Store, person: tuple[int, str], clock: FakeClock, path: Path):
    return photo_import.add_from_file(store, *person, Foot.LEFT, View.TOP, path, clock.now())


def exif(path: Path) -> dict:
    out = subprocess.run(["exiftool", "-j", "-a", "-G1", str(path)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)[0]


@needs_exiftool
def test_a_phone_photo_is_turned_upright_and_loses_its_location_and_camera(
        store: Store, person, clock: FakeClock, tmp_path: Path) -> None:
    phone = picture(tmp_path / "phone.jpg", 400, 200)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-Orientation=6", "-n",
                    "-GPSLatitude=40.4", "-GPSLatitudeRef=N", "-GPSLongitude=3.7",
                    "-GPSLongitudeRef=W", "-Make=PhoneCo", "-Model=Pocket 9",
                    "-Comment=Ana's kitchen", str(phone)], check=True)
    assert "GPS:GPSLatitude" in exif(phone)
    record = add(store, person, clock, phone)
    kept = exif(record.path(store))
    assert not any(key.startswith(("GPS", "IFD0", "ExifIFD", "XMP")) for key in kept), kept
    assert "PhoneCo" not in json.dumps(kept) and "kitchen" not in json.dumps(kept)
    image = QImage(str(record.path(store)))
    assert (image.width(), image.height()) == (200, 400) == (record.width, record.height)
    assert QColor(image.pixel(100, 20)).red() > 200  # rotated clockwise: red is on top


def test_a_large_photo_is_scaled_to_2560_on_the_long_side(store: Store, person,
                                                          clock: FakeClock,
                                                          tmp_path: Path) -> None:
    record = add(store, person, clock, picture(tmp_path / "big.png", 4000, 3000, "PNG"))
    assert (record.width, record.height) == (2560, 1920)
    assert QImage(str(record.path(store))).size().width() == 2560


@pytest.mark.qt_log_ignore(".*")  # libjpeg's own complaint about the damaged file
@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("not a picture"), "not a picture"),
    (lambda p: p.write_bytes(picture(p, 300, 300).read_bytes()[:400]), "damaged"),
])
def test_what_is_not_a_usable_picture_is_refused_and_nothing_is_kept(
        store: Store, person, clock: FakeClock, tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "foot.jpg"
    make(path)
    with pytest.raises(photo_import.PhotoError, match=words) as caught:
        add(store, person, clock, path)
    assert "\n" not in str(caught.value)
    assert photo_store.photos(store) == []
    assert not photo_store.folder(store).exists() or not any(photo_store.folder(store).iterdir())


def test_a_200_mb_file_is_refused_before_it_is_read(store: Store, person, clock: FakeClock,
                                                    tmp_path: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: no real 200 MB written
    with pytest.raises(photo_import.PhotoError, match="200 MB"):
        add(store, person, clock, huge)


def test_a_100_megapixel_jpeg_is_decoded_small(store: Store, person, clock: FakeClock,
                                               tmp_path: Path, monkeypatch) -> None:
    # A real 100 MP file would take seconds to make; the limit is the same code path.
    monkeypatch.setattr(photo_import, "MAX_PIXELS", 1_000_000)
    with pytest.raises(photo_import.PhotoError, match="too many to open"):
        add(store, person, clock, picture(tmp_path / "mega.jpg", 1200, 1000))


def test_a_full_disk_is_told_and_nothing_is_half_stored(store: Store, person, clock: FakeClock,
                                                       tmp_path: Path, monkeypatch) -> None:
    import os

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="not enough room"):
        add(store, person, clock, picture(tmp_path / "ok.jpg", 100, 100))
    assert photo_store.photos(store) == []
