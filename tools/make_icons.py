"""Render NeuroFoot's icon set from the SVG master.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

Writes, from resources/icons/neurofoot.svg (and neurofoot-small.svg for the
smallest sizes, where a simpler drawing stays readable):

- resources/icons/neurofoot-<N>.png for N in 16..512 (shipped inside the wheel;
  neurofoot_desktop.ui.icons.app_icon() loads them),
- packaging/icons/neurofoot.ico  (Windows: 16-256 px; 32-bit BMP entries below
  256 px, PNG for 256 px, which every Windows since Vista reads),
- packaging/icons/neurofoot.icns (macOS: PNG entries 16-1024 px incl. @2x).

Only Qt (QSvgRenderer) is needed: the ICO and ICNS writers are plain Python, so
Pillow is not a dependency of anything. Re-run it after editing the SVG and
commit the results; the output is deterministic for a given Qt version.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
PACKAGING_ICON_DIR = ROOT / "packaging" / "icons"
MASTER = ICON_DIR / "neurofoot.svg"
SMALL_MASTER = ICON_DIR / "neurofoot-small.svg"  # optional, used up to SMALL_MAX px
SMALL_MAX = 24

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# (type, pixel size): PNG-encoded ICNS elements, as iconutil writes them.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    return app, QBuffer, QByteArray, QIODevice, QRectF, Qt, QImage, QPainter, QSvgRenderer


class Renderer:
    def __init__(self, master: Path, small: Path | None) -> None:
        (self._app, self._QBuffer, self._QByteArray, self._QIODevice, self._QRectF, self._Qt,
         self._QImage, self._QPainter, QSvgRenderer) = _qt()
        self._big = QSvgRenderer(str(master))
        if not self._big.isValid():
            raise SystemExit(f"make_icons: {master} is not a valid SVG")
        self._small = QSvgRenderer(str(small)) if small and small.exists() else None
        if self._small is not None and not self._small.isValid():
            raise SystemExit(f"make_icons: {small} is not a valid SVG")

    def image(self, size: int):
        """The icon at size x size px: straight (not premultiplied) ARGB32."""
        QImage, QPainter = self._QImage, self._QPainter
        renderer = self._small if (self._small is not None and size <= SMALL_MAX) else self._big
        img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(self._Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, self._QRectF(0, 0, size, size))
        painter.end()
        return img.convertToFormat(QImage.Format.Format_ARGB32)

    def png_bytes(self, size: int) -> bytes:
        data = self._QByteArray()
        buf = self._QBuffer(data)
        buf.open(self._QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(size).save(buf, "PNG"):
            raise SystemExit(f"make_icons: could not encode the {size} px PNG")
        buf.close()
        return bytes(data.data())


def bmp_icon_entry(img) -> bytes:
    """A 32-bit DIB for an ICO entry: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    w, h = img.width(), img.height()
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A in memory on little-endian.
    raw = bytes(img.constBits())[: img.bytesPerLine() * h]
    stride = img.bytesPerLine()
    if sys.byteorder != "little":  # pragma: no cover - every platform we build on is LE
        raise SystemExit("make_icons: big-endian hosts are not supported")
    rows = [raw[y * stride : y * stride + 4 * w] for y in range(h)]
    xor = b"".join(reversed(rows))
    mask_stride = ((w + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(w):
            if row[4 * x + 3] == 0:  # fully transparent -> masked out
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack("<IiiHHIIiiII", 40, w, 2 * h, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + bytes(mask)


def ico_bytes(renderer: Renderer, sizes=ICO_SIZES) -> bytes:
    images = []
    for size in sizes:
        data = renderer.png_bytes(size) if size >= 256 else bmp_icon_entry(renderer.image(size))
        images.append((size, data))
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, data in images:
        out += data
    return bytes(out)


def icns_bytes(renderer: Renderer, types=ICNS_TYPES) -> bytes:
    cache: dict[int, bytes] = {}
    body = bytearray()
    for kind, size in types:
        if size not in cache:
            cache[size] = renderer.png_bytes(size)
        data = cache[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + bytes(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--master", type=Path, default=MASTER)
    parser.add_argument("--icon-dir", type=Path, default=ICON_DIR,
                        help="where the PNGs go (default: resources/icons)")
    parser.add_argument("--packaging-dir", type=Path, default=PACKAGING_ICON_DIR,
                        help="where the .ico and .icns go (default: packaging/icons)")
    args = parser.parse_args(argv)

    small = SMALL_MASTER if args.master == MASTER else None
    renderer = Renderer(args.master, small)
    args.icon_dir.mkdir(parents=True, exist_ok=True)
    args.packaging_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = args.icon_dir / f"neurofoot-{size}.png"
        path.write_bytes(renderer.png_bytes(size))
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    for name, data in (("neurofoot.ico", ico_bytes(renderer)),
                       ("neurofoot.icns", icns_bytes(renderer))):
        path = args.packaging_dir / name
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
