"""The icon set: PNGs rendered from the SVG master, the Windows .ico, the macOS .icns."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtSvg import QSvgRenderer

from neurofoot_desktop.ui.icons import app_icon, icon_sizes

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_SIG = b"\x89PNG\r\n\x1a\n"


def _load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_icons"] = module
    spec.loader.exec_module(module)
    return module


make_icons = _load_make_icons()


def png_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR."""
    assert data[:8] == PNG_SIG
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_masters_are_valid_svg() -> None:
    for name in ("neurofoot.svg", "neurofoot-small.svg"):
        assert QSvgRenderer(str(ICONS / name)).isValid(), name


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_has_its_size_and_alpha(size: int) -> None:
    data = (ICONS / f"neurofoot-{size}.png").read_bytes()
    assert png_size(data) == (size, size, 6)  # 6 = RGBA
    img = QImage.fromData(data)
    corner = img.pixelColor(0, 0)
    centre = img.pixelColor(size // 2, size // 2)
    assert corner.alpha() == 0, "the rounded corners are transparent"
    assert centre.alpha() == 255, "the middle is drawn"


@pytest.mark.parametrize("size", [16, 48, 256])
def test_pngs_are_up_to_date_with_the_svg(qapp, size: int) -> None:
    """Editing the SVG without re-running tools/make_icons.py fails here."""
    renderer = make_icons.Renderer(make_icons.MASTER, make_icons.SMALL_MASTER)
    fresh = renderer.image(size)
    stored = QImage(str(ICONS / f"neurofoot-{size}.png")).convertToFormat(fresh.format())
    diff = sum(
        abs(a - b) for a, b in zip(bytes(fresh.constBits()), bytes(stored.constBits()), strict=True)
    ) / (size * size * 4)
    assert diff < 2.0, f"{size} px PNG differs from the SVG (mean {diff:.2f}/255)"


def test_app_icon_has_every_size(qapp) -> None:
    icon = app_icon()
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(make_icons.PNG_SIZES)
    assert icon_sizes() == list(make_icons.PNG_SIZES)
    assert not icon.pixmap(48, 48).isNull()


def test_app_icon_is_empty_not_an_error_without_files(qapp, monkeypatch) -> None:
    from neurofoot_desktop.ui import icons

    monkeypatch.setattr(icons, "ICON_FOLDER", "no-such-folder")
    assert icons.app_icon().isNull()


def test_ico_entries() -> None:
    data = (ROOT / "packaging" / "icons" / "neurofoot.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _colours, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        size = w or 256
        assert (w, planes, bpp) == (h, 1, 32)
        assert offset + length <= len(data)
        body = data[offset : offset + length]
        if body[:8] == PNG_SIG:
            assert png_size(body)[:2] == (size, size)
        else:  # BITMAPINFOHEADER: height counts the XOR and AND masks together
            hdr, bw, bh, _p, bbpp = struct.unpack_from("<IiiHH", body)
            assert (hdr, bw, bh, bbpp) == (40, size, 2 * size, 32)
            mask_row = ((size + 31) // 32) * 4
            assert length == 40 + size * size * 4 + mask_row * size
        sizes.append(size)
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_entries() -> None:
    data = (ROOT / "packaging" / "icons" / "neurofoot.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        found[kind] = png_size(data[pos + 8 : pos + length])[:2]
        pos += length
    assert pos == len(data)
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}
