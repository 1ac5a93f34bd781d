"""Render the foot diagram for every step, foot and pressure at several moments, as PNGs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/diagram_gallery.py [--out /tmp/gallery]

Writes one PNG per picture plus contact sheets (sheet_*.png) that put related pictures side by
side, so a person can look at the anatomy, the mirror, the rhythm and the pressure at a glance.
Uses a hand-moved clock, so the moments are exact and the run takes a few seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.diagram.geometry import default_geometry
from neurofoot_desktop.ui.diagram.motion import turns_per_direction
from neurofoot_desktop.ui.diagram.widget import FootDiagram

MOMENTS = (0.15, 0.4, 0.65)  # fractions of one cycle


class HandClock:
    """A core.clock.Clock moved by hand: `t` is its monotonic reading."""

    def __init__(self) -> None:
        self.t = 100.0

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=self.t)


def grab(widget: FootDiagram, w: int, h: int) -> QImage:
    widget.resize(w, h)
    return widget.grab().toImage()


def sheet(images: list[tuple[str, QImage]], cols: int, path: Path) -> None:
    """Pictures in a grid with their names underneath."""
    cw, ch = images[0][1].width(), images[0][1].height()
    caption = 28
    rows = (len(images) + cols - 1) // cols
    out = QImage(cw * cols, (ch + caption) * rows, QImage.Format.Format_RGB32)
    out.fill(QColor("#ffffff"))
    p = QPainter(out)
    font = QFont()
    font.setPixelSize(18)
    p.setFont(font)
    for i, (name, img) in enumerate(images):
        x, y = cw * (i % cols), (ch + caption) * (i // cols)
        p.drawImage(x, y, img)
        p.drawText(QRectF(x, y + ch, cw, caption), Qt.AlignmentFlag.AlignCenter, name)
    p.end()
    out.save(str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/gallery"))
    ap.add_argument("--size", default="800x600", help="picture size, WxH")
    ap.add_argument("--quick", action="store_true", help="pressure 2 only")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, "light", 100)
    protocol = default_protocol()
    geometry = default_geometry()
    clock = HandClock()
    d = FootDiagram(clock=clock)
    count = 0

    def save(name: str, img: QImage) -> QImage:
        nonlocal count
        img.save(str(args.out / f"{name}.png"))
        count += 1
        return img

    for foot in ("left", "right"):
        d.show_foot(foot)
        save(f"overview_{foot}", grab(d, w, h))

    pressures = (2,) if args.quick else (1, 2, 3, 4)
    for step in protocol.steps:
        rows: list[tuple[str, QImage]] = []
        heel_options = (False, True) if step.heel_skipped else (False,)
        for heel in heel_options:
            for foot in ("right", "left"):
                for pressure in pressures:
                    d.show_step(step, foot, pressure, heel)
                    d.set_playing(True)
                    start = clock.t
                    moments = [m * step.animation.cycle_s for m in MOMENTS]
                    if step.animation.motion == "toe_roll":
                        moments = [(i + m) * step.animation.cycle_s
                                   for i, m in ((0, 0.3), (1, 0.7), (4, 0.4))]
                    if step.animation.motion == "circles":  # later in the pass: the arch
                        laps = geometry.motion_for(step.id, "circles").circles_per_pass
                        moments += [0.75 * laps * step.animation.cycle_s]
                    if step.animation.motion == "rotation":
                        turns = turns_per_direction(step.animation.cycle_s, step.duration_s)
                        moments += [(turns + 0.3) * step.animation.cycle_s]
                    for t in moments:
                        clock.t = start + t
                        tag = f"{step.id}_{foot}_p{pressure}{'_heel' if heel else ''}_t{t:05.1f}"
                        img = save(tag, grab(d, w, h))
                        if pressure == 2 or (pressure in (1, 4) and t == moments[1]):
                            rows.append((tag, img))
                    d.set_playing(False)
        sheet(rows, 3, args.out / f"sheet_{step.id}.png")

    touch: list[tuple[str, QImage]] = []
    for site in protocol.light_touch.sites:
        for pretend in (False, True):
            d.show_touch_site("left", site.id, pretend)
            tag = f"touch_{site.id}{'_pretend' if pretend else ''}"
            touch.append((tag, save(tag, grab(d, w, h))))
    sheet(touch, 2, args.out / "sheet_touch.png")

    # Themes and sizes: the same step must stay legible in dark and high contrast, small and big.
    extra: list[tuple[str, QImage]] = []
    step = protocol.step("sole_kneading")
    for name in ("dark", "high_contrast", "light"):
        theme.apply(app, name, 100)
        d.show_step(step, "left", 3, True)
        d.set_playing(True)
        clock.t += 0.5
        extra.append((f"theme_{name}", save(f"theme_{name}", grab(d, w, h))))
        d.set_playing(False)
    theme.apply(app, "light", 200)  # the largest font-size setting
    for sid in ("sole_kneading", "ankle_rotation"):
        d.show_step(protocol.step(sid), "left", 2, True)
        extra.append((f"font 200% {sid}", save(f"font200_{sid}", grab(d, w, h))))
    theme.apply(app, "light", 100)
    for sw, sh in ((300, 250), (1920, 1080), (600, 900)):
        for sid in ("ankle_rotation", "effleurage"):
            d.show_step(protocol.step(sid), "right", 2, False)
            d.set_playing(True)
            clock.t += 1.3
            img = save(f"size_{sid}_{sw}x{sh}", grab(d, sw, sh))
            d.set_playing(False)
            small = img.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio)
            extra.append((f"size {sid} {sw}x{sh}", small))
    sheet(extra, 3, args.out / "sheet_themes_sizes.png")
    print(f"{count} pictures and contact sheets in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
