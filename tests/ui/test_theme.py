"""Themes: legible contrast, colours that survive colour-vision deficiencies, scaling, safety.

The colour-vision check simulates protanopia, deuteranopia and tritanopia with the
matrices of Machado, Oliveira & Fernandes (2009, severity 1.0, applied in linear RGB)
and measures the CIE76 colour difference (ΔE) between the colours the foot diagram
must keep apart. ΔE around 2 is just noticeable; the thresholds below ask for
differences plainly visible at a glance from across a room.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.theme import DARK, HIGH_CONTRAST, LIGHT, Theme

THEMES = (LIGHT, DARK, HIGH_CONTRAST)

MACHADO = {
    "protanopia": np.array([
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]),
    "deuteranopia": np.array([
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]),
    "tritanopia": np.array([
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ]),
}
VISION = ("typical", *MACHADO)


def rgb(hex_colour: str) -> np.ndarray:
    h = hex_colour.lstrip("#")
    return np.array([int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)])


def to_linear(c: np.ndarray) -> np.ndarray:
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(c: np.ndarray) -> np.ndarray:
    c = np.clip(c, 0, 1)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055)


def seen_as(colour: str, vision: str) -> np.ndarray:
    c = rgb(colour)
    return c if vision == "typical" else to_srgb(MACHADO[vision] @ to_linear(c))


def lab(c: np.ndarray) -> np.ndarray:
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ to_linear(c) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: str, b: str, vision: str) -> float:
    return float(np.linalg.norm(lab(seen_as(a, vision)) - lab(seen_as(b, vision))))


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio."""
    def luminance(c: str) -> float:
        return float(to_linear(rgb(c)) @ np.array([0.2126, 0.7152, 0.0722]))

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(autouse=True)
def restore_theme(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light", 100)


# -- colour vision ----------------------------------------------------------------

# Pairs that must stay apart, with the ΔE each needs under every kind of vision. The
# diagram draws a worked region with a calm dashed edge, a region to skip with warning
# hatching, a dashed warning edge and the word "skip", and the fingertip in accent.
DIAGRAM_PAIRS = [
    ("calm", "warning", 30),  # the region being worked vs the region to skip
    ("accent", "warning", 30),  # the moving fingertip vs the region to skip
    ("calm", "skin", 20),  # the worked region's edge stands out from the foot
    ("warning", "skin", 20),  # the skip hatching stands out from the foot
    ("accent", "skin", 20),  # the fingertip marker stands out from the foot
    ("danger", "calm", 15),  # "it hurts, stop" never looks like a chosen "go" (words too)
    # The marker also differs from the region in shape and motion, so less is needed.
    ("accent", "calm", 5),
]


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("vision", VISION)
def test_diagram_colours_stay_apart_with_colour_vision_deficiencies(t: Theme, vision: str) -> None:
    too_close = [
        f"{a}/{b}: ΔE {delta_e(getattr(t, a), getattr(t, b), vision):.1f} < {need}"
        for a, b, need in DIAGRAM_PAIRS
        if delta_e(getattr(t, a), getattr(t, b), vision) < need
    ]
    assert too_close == []


def test_the_simulation_is_sound() -> None:
    # Red and green, the classic confusion, collapse for red-green deficiencies only.
    assert delta_e("#d03030", "#309030", "typical") > 60
    assert delta_e("#d03030", "#309030", "deuteranopia") < 25
    assert delta_e("#3050d0", "#30a0a0", "tritanopia") < delta_e("#3050d0", "#30a0a0", "typical")


# -- contrast -----------------------------------------------------------------------

TEXT_PAIRS = [
    ("text", "window"), ("text", "surface"), ("muted", "window"), ("muted", "surface"),
    ("accent_text", "accent"), ("danger_text", "danger"), ("warning", "warning_bg"),
    ("calm_text", "calm"),
]


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_text_contrast_meets_wcag(t: Theme) -> None:
    need = 7.0 if t.name == "high_contrast" else 4.5
    weak = [
        f"{fg} on {bg}: {contrast(getattr(t, fg), getattr(t, bg)):.2f}"
        for fg, bg in TEXT_PAIRS
        if contrast(getattr(t, fg), getattr(t, bg)) < need
    ]
    assert weak == []


# -- applying ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 150, 200])
def test_apply_sets_palette_font_and_sizes(qapp: QApplication, name: str, scale: int) -> None:
    t = theme.apply(qapp, name, scale)
    assert theme.current() is t
    assert t.name == name
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == t.window
    assert qapp.font().pixelSize() == round(18 * scale / 100)
    assert t.title_px == round(28 * scale / 100)
    assert t.target_px >= 44
    assert f"font-size: {t.body_px}px" in qapp.styleSheet()


def test_scale_is_clamped(qapp: QApplication) -> None:
    assert theme.apply(qapp, "light", 500).scale == 2.0
    assert theme.apply(qapp, "light", 10).scale == 1.0


def test_system_theme_follows_the_colour_scheme(qapp: QApplication) -> None:
    from PySide6.QtCore import Qt

    scheme = qapp.styleHints().colorScheme()
    expected = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    assert theme.apply(qapp, "system").name == expected


@pytest.mark.parametrize("t", THEMES, ids=lambda t: t.name)
def test_style_sheet_images_exist_and_load(t: Theme) -> None:
    sheet = theme.style_sheet(t)
    paths = {part.split(")")[0] for part in sheet.split("url(")[1:]}
    assert len(paths) >= 3  # combo arrow, tick, radio dot
    for path in paths:
        assert Path(path).is_file()
        assert not QImage(path).isNull(), path


def test_the_shipped_style_images_match_the_themes() -> None:
    # Shipped, not written at run time: a crash must leave nothing behind outside the data folder.
    shipped = {p.name: p.read_text(encoding="utf-8") for p in theme.IMAGE_DIR.glob("*.svg")}
    assert shipped == theme.theme_images(), "run tools/make_theme_images.py"


def test_applying_a_theme_writes_no_file(qapp: QApplication, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for name in ("light", "dark", "high_contrast"):
        theme.apply(qapp, name, 200)
    assert list(tmp_path.iterdir()) == []
