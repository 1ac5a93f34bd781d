"""A photo of a foot, from a file or the camera, made ready to keep (issue 19).

Whatever comes in (a phone's JPEG, a PNG, HEIC where Qt reads it) leaves as a plain JPEG:
turned the way the phone meant (its EXIF orientation applied), at most 2,560 px on the long
side, and with no metadata at all, because the pixels are redrawn onto a fresh image and only
they are written (no location, no camera, no date). Anything that cannot be read is refused
with one plain sentence before anything is stored.

Uses QtGui's image classes only, which work without a window, so the command line shares it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import photos as photo_store

LONG_SIDE = 2560
MAX_FILE_BYTES = 60 * 1024 * 1024  # a phone photo is a few MB; 60 MB is not a photo of a foot
MAX_PIXELS = 250_000_000  # beyond this even a scaled decode is refused
QUALITY = 88


class PhotoError(ValueError):
    """The file cannot become a photo; the message is one plain sentence."""


def prepare_file(path: Path) -> tuple[bytes, tuple[int, int]]:
    """Read an image file into a clean JPEG; raises PhotoError."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoError(f"{path.name} cannot be opened: {exc.strerror or exc}.") from None
    if not path.is_file():
        raise PhotoError(f"{path.name} is not a file.")
    if size > MAX_FILE_BYTES:
        raise PhotoError(f"{path.name} is {size // (1024 * 1024)} MB; a photo of up to "
                         f"{MAX_FILE_BYTES // (1024 * 1024)} MB can be added.")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # the orientation the phone recorded
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        raise PhotoError(f"{path.name} is not a picture NeuroFoot can read (JPEG, PNG or HEIC).")
    full = reader.size()
    if full.isValid():
        if full.width() * full.height() > MAX_PIXELS:
            raise PhotoError(f"{path.name} has {full.width() * full.height() // 1_000_000} "
                             "million pixels, too many to open; please use a smaller copy.")
        longest = max(full.width(), full.height())
        if longest > LONG_SIDE:
            # Decoded at the smaller size straight away (cheap for JPEG), not decoded whole.
            factor = LONG_SIDE / longest
            reader.setScaledSize(QSize(max(1, round(full.width() * factor)),
                                       max(1, round(full.height() * factor))))
    image = reader.read()
    if image.isNull():
        raise PhotoError(f"{path.name} could not be read; it may be damaged "
                         f"({reader.errorString()}).")
    return prepare_image(image)


def prepare_image(image: QImage) -> tuple[bytes, tuple[int, int]]:
    """Any QImage (a camera frame too) -> a clean JPEG of at most LONG_SIDE px."""
    if max(image.width(), image.height()) > LONG_SIDE:
        image = image.scaled(QSize(LONG_SIDE, LONG_SIDE), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    # A fresh image with the pixels drawn on: none of the source's text keys travel along.
    clean = QImage(image.size(), QImage.Format.Format_RGB32)
    clean.fill(QColor("white"))  # a transparent PNG gets a white background, not black
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not clean.save(buffer, "JPEG", QUALITY):
        raise PhotoError("The photo could not be converted.")
    buffer.close()
    return bytes(data.data()), (clean.width(), clean.height())


def add_from_file(store: Store, profile_id: int, session_id: str | None, foot: Foot,
                  view: View, path: Path, when: datetime) -> photo_store.PhotoRecord:
    """PhotoError for a file that is not a usable picture, StorageError when it cannot be
    kept (a full disk); either way nothing is stored."""
    jpeg, size = prepare_file(path)
    return photo_store.add(store, profile_id, session_id, foot, view, when, jpeg, size, "file")


def add_from_camera(store: Store, profile_id: int, session_id: str | None, foot: Foot,
                    view: View, image: QImage, when: datetime) -> photo_store.PhotoRecord:
    jpeg, size = prepare_image(image)
    return photo_store.add(store, profile_id, session_id, foot, view, when, jpeg, size,
                           "camera")
