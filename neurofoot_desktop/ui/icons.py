"""The application icon, loaded from the package resources (works from a wheel, a zip
or a PyInstaller bundle, since the bytes are read through importlib.resources).

Call app_icon() after the QApplication exists (it builds QPixmaps).
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtGui import QIcon, QPixmap

ICON_PACKAGE = "neurofoot_desktop.resources"
ICON_FOLDER = "icons"
ICON_NAME = "neurofoot"
APP_ID = "org.neurofoot.NeuroFoot"  # the freedesktop icon name and desktop-file id

_PNG = re.compile(rf"{ICON_NAME}-(\d+)\.png")


def _icon_dir() -> Traversable | None:
    try:
        folder = resources.files(ICON_PACKAGE) / ICON_FOLDER
    except (ModuleNotFoundError, TypeError):
        return None
    return folder if folder.is_dir() else None


def icon_sizes() -> list[int]:
    """The pixel sizes shipped as PNG, smallest first."""
    folder = _icon_dir()
    if folder is None:
        return []
    return sorted(int(m.group(1)) for e in folder.iterdir() if (m := _PNG.fullmatch(e.name)))


def app_icon() -> QIcon:
    """NeuroFoot's icon at every shipped size (16-512 px); an empty QIcon, never an
    exception, if the files are missing or damaged."""
    icon = QIcon()
    folder = _icon_dir()
    if folder is not None:
        for size in icon_sizes():
            pixmap = QPixmap()
            try:
                data = (folder / f"{ICON_NAME}-{size}.png").read_bytes()
            except OSError:
                continue
            if pixmap.loadFromData(data, "PNG"):
                icon.addPixmap(pixmap)
    return icon
