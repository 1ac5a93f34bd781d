"""The foot diagram, judged by what a person would see in its pictures.

Frames are rendered offscreen with a hand-moved clock; pixels are compared with numpy. No test
measures time: benchmarks/bench_diagram.py does that.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from helpers.clock import FakeClock
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.diagram.geometry import GeometryError, default_geometry, parse_geometry
from neurofoot_desktop.ui.diagram.motion import turns_per_direction
from neurofoot_desktop.ui.diagram.widget import FootDiagram

W, H = 800, 600


@pytest.fixture
def diagram(qtbot: QtBot, clock: FakeClock) -> Iterator[FootDiagram]:
    theme.apply(QApplication.instance(), "light", 100)
    d = FootDiagram(clock=clock)
    qtbot.addWidget(d)
    d.resize(W, H)
    yield d
    theme.apply(QApplication.instance(), "light", 100)


def pixels(img: QImage) -> np.ndarray:
    """The picture as an H x W x 3 array of RGB bytes."""
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes())
    bgra = raw.reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width()]
    return bgra[:, :, 2::-1].astype(np.int16)


def shot(d: FootDiagram) -> np.ndarray:
    return pixels(d.grab().toImage())


def near(img: np.ndarray, colour: str, tol: int) -> np.ndarray:
    return distance(img, colour) <= tol


def changed(a: np.ndarray, b: np.ndarray, tol: int = 12) -> np.ndarray:
    return np.abs(a - b).max(axis=2) > tol


def centroid(mask: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(mask)
    assert len(xs) > 0, "nothing there"
    return float(xs.mean()), float(ys.mean())


def distance(img: np.ndarray, colour: str) -> np.ndarray:
    c = QColor(colour)
    return np.abs(img - np.array([c.red(), c.green(), c.blue()], dtype=np.int16)).max(axis=2)


def skin(img: np.ndarray) -> np.ndarray:
    """Pixels of the drawn foot: nearer the skin colour than the background (shading included)."""
    th = theme.current()
    c = QColor(th.skin)
    warm = c.red() - c.blue()  # skin is warm; the background and text edges are not
    return (distance(img, th.skin) <= 50) & (img[:, :, 0] - img[:, :, 2] >= warm * 0.55)


# --- motion -----------------------------------------------------------------------------------

def test_stroke_marker_glides_from_ankle_to_toes_at_a_slow_real_rhythm(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("effleurage")
    diagram.show_step(step, "right", 2, False)
    still = shot(diagram)  # the hand rests off the skin at the very start
    diagram.set_playing(True)
    ys, xs = [], []
    for _ in range(5):
        clock.advance(0.8)
        x, y = centroid(changed(shot(diagram), still))
        xs.append(x)
        ys.append(y)
    # top view, toes up: from the ankle to the toes means upwards on the screen
    assert all(b < a - 10 for a, b in pairwise(ys)), ys
    assert ys[0] - ys[-1] > 0.3 * H
    # a slow stroke: after a whole second the hand is still in the lower half of the foot
    assert ys[0] > 0.5 * H
    # and it stays on the foot (the first lane runs up the middle of the right foot)
    assert all(0.3 * W < x < 0.7 * W for x in xs)


def test_left_stroke_is_the_mirror_of_the_right(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("closing_strokes")
    found = {}
    for foot in ("right", "left"):
        diagram.show_step(step, foot, 2, False)
        still = shot(diagram)
        diagram.set_playing(True)
        clock.advance(2.0)
        found[foot] = centroid(changed(shot(diagram), still))
        diagram.set_playing(False)
    (rx, ry), (lx, ly) = found["right"], found["left"]
    assert abs((W - 1 - rx) - lx) < 6 and abs(ry - ly) < 6


def test_nothing_advances_while_paused(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    diagram.show_step(protocol.step("sole_kneading"), "left", 2, False)
    diagram.set_playing(True)
    clock.advance(1.5)
    diagram.set_playing(False)
    frozen = shot(diagram)
    clock.advance(30.0)
    assert np.array_equal(shot(diagram), frozen)
    assert diagram.animation_time() == pytest.approx(1.5)
    diagram.set_playing(True)
    clock.advance(0.4)
    assert changed(shot(diagram), frozen).sum() > 50
    assert diagram.animation_time() == pytest.approx(1.9)


def test_showing_the_same_step_again_keeps_its_place(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    """The player refreshes on pause and resume; that must not restart the animation."""
    step = protocol.step("ankle_rotation")
    diagram.show_step(step, "left", 2, False)
    diagram.set_playing(True)
    clock.advance(3.0)
    diagram.set_playing(False)
    diagram.show_step(step, "left", 2, False)
    frozen = shot(diagram)
    clock.advance(5.0)
    diagram.show_step(step, "left", 2, False)
    assert np.array_equal(shot(diagram), frozen)
    assert diagram.animation_time() == pytest.approx(3.0)
    diagram.set_playing(True)
    clock.advance(1.0)
    diagram.show_step(step, "left", 3, False)  # a refresh while running, new pressure
    assert diagram.animation_time() == pytest.approx(4.0)
    diagram.restart()  # the step was repeated
    assert diagram.animation_time() == pytest.approx(0.0)
    clock.advance(2.0)
    diagram.show_step(step, "right", 3, False)  # the other foot begins
    assert diagram.animation_time() == pytest.approx(0.0)
    diagram.show_step(protocol.step("closing_strokes"), "right", 3, False)
    clock.advance(0.5)
    assert diagram.animation_time() == pytest.approx(0.5)


def test_the_frame_follows_the_clock_not_the_timer_ticks(
    diagram: FootDiagram, qtbot: QtBot, clock: FakeClock, protocol: Protocol
) -> None:
    diagram.show()
    qtbot.waitExposed(diagram)
    diagram.show_step(protocol.step("effleurage"), "right", 2, False)
    diagram.set_playing(True)
    clock.advance(1.0)
    before = shot(diagram)
    qtbot.wait(150)  # several timer ticks, but the (fake) clock stands still
    assert diagram.is_animating()
    assert np.array_equal(shot(diagram), before)


def test_sole_circles_go_round_and_the_heel_is_skipped_only_when_sensitive(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("sole_kneading")
    warn = theme.current().warning
    diagram.show_step(step, "right", 2, True)
    marked = near(shot(diagram), warn, 30).sum()
    assert "heel is skipped" in diagram.description()
    diagram.show_step(step, "right", 2, False)
    still = shot(diagram)
    assert near(still, warn, 30).sum() < 20
    assert "skipped" not in diagram.description()
    assert marked > 800  # a hatched heel with the word "skip" on it
    # the thumbs go round: over one circle the marker passes on both sides of its centre
    diagram.set_playing(True)
    cycle = step.animation.cycle_s
    points = []
    for _ in range(4):
        clock.advance(cycle / 4)
        points.append(centroid(changed(shot(diagram), still, 20)))
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    assert max(xs) - min(xs) > 8 and max(ys) - min(ys) > 8
    # other steps never show the skip marking
    diagram.show_step(protocol.step("effleurage"), "right", 2, True)
    assert near(shot(diagram), warn, 30).sum() < 20


def test_pressure_shows_in_the_animation(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("sole_kneading")
    strength = {}
    for level in (1, 4):
        diagram.show_step(step, "left", level, False)
        still = shot(diagram)
        diagram.set_playing(True)
        clock.advance(2.0)
        frame = shot(diagram)
        diagram.set_playing(False)
        diff = np.abs(frame - still).max(axis=2)
        strength[level] = (int((diff > 12).sum()), float(diff.sum()))
    assert strength[4][0] > 1.3 * strength[1][0]  # a bigger marker
    assert strength[4][1] > 1.8 * strength[1][1]  # and a more solid one


def test_toes_are_worked_one_at_a_time_from_big_to_little(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("toe_rolling")
    for foot, direction in (("right", 1), ("left", -1)):
        diagram.show_step(step, foot, 2, False)
        diagram.set_playing(True)
        calm = []
        for k in range(5):
            clock.advance(step.animation.cycle_s if k else step.animation.cycle_s * 0.3)
            calm.append(centroid(near(shot(diagram), theme.current().calm, 40))[0])
        diagram.set_playing(False)
        # right foot from above: the big toe is on the left, so the highlight walks right
        steps = [direction * (b - a) for a, b in pairwise(calm)]
        assert all(s > 5 for s in steps), (foot, calm)


def test_ankle_turns_clockwise_then_counter_clockwise(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    step = protocol.step("ankle_rotation")
    cycle = step.animation.cycle_s
    diagram.show_step(step, "right", 2, False)
    diagram.set_playing(True)

    def toes_low_edge() -> float:
        """The lowest skin row near the toe tip (right foot: the toes point right)."""
        mask = skin(shot(diagram))
        tip = int(np.nonzero(mask.any(axis=0))[0].max())
        return float(np.nonzero(mask[:, tip - 40: tip + 1].any(axis=1))[0].max())

    # Each direction starts with the toes at mid-range beside the ring; a quarter turn
    # later a clockwise circle has lifted them, a counter-clockwise one has lowered them.
    clock.advance(cycle / 4)
    cw = toes_low_edge()
    assert "clockwise first" in diagram.description()
    clock.advance(turns_per_direction(cycle, step.duration_s) * cycle)
    ccw = toes_low_edge()
    assert ccw > cw + 15


# --- the still picture -----------------------------------------------------------------------

def test_left_foot_is_the_mirror_image_of_the_right(diagram: FootDiagram) -> None:
    for show in (diagram.show_foot, lambda foot: diagram.show_touch_site(foot, None)):
        show("right")
        right = skin(shot(diagram))
        show("left")
        left = skin(shot(diagram))
        mirrored = right[:, ::-1]
        overlap = (mirrored & left).sum() / (mirrored | left).sum()
        assert overlap > 0.97
        assert right.sum() > 0.05 * W * H  # a real foot, not a speck


def test_the_feet_differ_in_words_and_shape(diagram: FootDiagram) -> None:
    diagram.show_foot("left")
    left = shot(diagram)
    assert diagram.description().startswith("Left foot")
    diagram.show_foot("right")
    assert diagram.description().startswith("Right foot")
    right = shot(diagram)
    assert changed(left, right).sum() > 5000
    # the big LEFT/RIGHT heading sits on its own side, in the text colour
    text = theme.current().text
    assert near(left, text, 40)[:, : W // 3].sum() > 300
    assert near(right, text, 40)[:, 2 * W // 3:].sum() > 300


def test_descriptions_say_what_each_step_shows(diagram: FootDiagram, protocol: Protocol) -> None:
    expected = {
        "effleurage": ("Left foot, top view", "from the ankle to the toes", "the sole"),
        "sole_kneading": ("Left foot, sole view", "the arch and the ball of the foot",
                          "the heel is skipped today"),
        "toe_rolling": ("Left foot, top view", "from the big toe to the little toe"),
        "ankle_rotation": ("Left foot, side view", "clockwise first", "never forced"),
        "closing_strokes": ("Left foot, side view", "up towards the calf"),
    }
    for step in protocol.steps:
        diagram.show_step(step, "left", 1, True)
        text = diagram.description()
        for part in expected[step.id]:
            assert part in text, (step.id, text)
        assert text.endswith(".") and text.count(".") == 1
        assert diagram.accessibleDescription() == text
    assert diagram.accessibleName() == "Foot diagram"
    diagram.show_step(protocol.step("sole_kneading"), "right", 1, False)
    assert "feather-light" in diagram.description()


def test_touch_site_real_and_pretend(diagram: FootDiagram) -> None:
    warn = theme.current().warning
    diagram.show_touch_site("left", "ball")
    real = shot(diagram)
    assert "touch the ball of the foot" in diagram.description()
    diagram.show_touch_site("left", "ball", pretend=True)
    pretend = shot(diagram)
    assert "do not touch" in diagram.description()
    # the pretend touch is marked with a cross and words, not only a different colour
    assert near(pretend, warn, 30).sum() > 400
    assert near(real, warn, 30).sum() < 20
    diagram.show_touch_site("right", "top")
    assert diagram.description().startswith("Right foot, top view")


def test_sizes_keep_the_aspect_and_fit(diagram: FootDiagram) -> None:
    ratios = []
    for w, h in ((300, 250), (800, 600), (1920, 1080), (600, 900)):
        diagram.resize(w, h)
        diagram.show_touch_site("right", None)  # the sole: the whole foot, no leg
        mask = skin(pixels(diagram.grab().toImage()))
        ys, xs = np.nonzero(mask)
        assert xs.min() > 0 and ys.min() > 0 and xs.max() < w - 1 and ys.max() < h - 1
        # centred
        assert abs((xs.min() + xs.max()) / 2 - w / 2) < 0.1 * w
        ratios.append((ys.max() - ys.min()) / (xs.max() - xs.min()))
    assert max(ratios) - min(ratios) < 0.08 * min(ratios)


def test_theme_switch_applies_at_the_next_paint(diagram: FootDiagram) -> None:
    diagram.show_foot("left")
    light = shot(diagram)
    theme.apply(QApplication.instance(), "dark", 100)
    dark = shot(diagram)
    assert near(dark[:5, :5], theme.DARK.window, 3).all()
    assert skin(dark).sum() > 0.05 * W * H
    assert changed(light, dark).mean() > 0.5


# --- the timer --------------------------------------------------------------------------------

def test_timer_runs_only_while_playing_visible_and_not_minimised(
    diagram: FootDiagram, qtbot: QtBot, protocol: Protocol
) -> None:
    diagram.show()
    qtbot.waitExposed(diagram)
    diagram.show_step(protocol.step("effleurage"), "right", 2, False)
    assert not diagram.is_animating()
    diagram.set_playing(True)
    assert diagram.is_animating()
    diagram.set_playing(False)
    assert not diagram.is_animating()
    diagram.set_playing(True)
    diagram.hide()
    assert not diagram.is_animating()
    diagram.show()
    qtbot.waitUntil(diagram.is_animating)
    diagram.showMinimized()
    qtbot.waitUntil(lambda: not diagram.is_animating())
    diagram.showNormal()
    qtbot.waitUntil(diagram.is_animating)
    diagram.show_foot("right")  # a still overview has nothing to animate
    assert not diagram.is_animating()


# --- data and robustness ----------------------------------------------------------------------

def test_geometry_is_loaded_once_and_checked() -> None:
    assert default_geometry() is default_geometry()
    g = default_geometry()
    assert set(g.views) >= {"top", "sole", "side"}
    assert len(g.views["top"].toes) == 5 and g.views["side"].pivot is not None
    with pytest.raises(GeometryError, match=r"meta\.format"):
        parse_geometry('[meta]\nformat = "something else"\n')
    with pytest.raises(GeometryError, match=r"views\.top\.outline"):
        parse_geometry('[meta]\nformat = "neurofoot-foot-geometry"\n[views.top]\noutline = [1]\n')
    shipped = (Path(__file__).parents[3] / "resources" / "foot_geometry.toml").read_text()
    with pytest.raises(GeometryError, match="unknown field 'cycle'"):
        parse_geometry(shipped + "\n[motions.extra]\ncycle = 3\n")
    with pytest.raises(GeometryError, match=r"views\.sole\.toes\[0\]"):
        parse_geometry(shipped.replace("{ at = [0.785, 0.178], length", "{ at = [0.785], length"))


def test_still_pictures_are_few_and_of_the_current_size(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    """Each cached picture is a full-size pixmap; toe rolling must not pile up five of them."""
    diagram.show_step(protocol.step("toe_rolling"), "right", 2, False)
    diagram.set_playing(True)
    for size in ((800, 600), (1024, 768)):
        diagram.resize(*size)
        for _ in range(6):
            clock.advance(protocol.step("toe_rolling").animation.cycle_s)
            shot(diagram)
    assert 1 <= len(diagram._cache) <= 3
    assert {key[:2] for key in diagram._cache} == {(1024, 768)}


def test_unknown_foot_is_refused(diagram: FootDiagram) -> None:
    with pytest.raises(ValueError, match="foot"):
        diagram.show_foot("middle")


def test_painting_many_frames_keeps_pythons_none_alive(
    diagram: FootDiagram, clock: FakeClock, protocol: Protocol
) -> None:
    """PySide6 6.12.0 lost a reference to None per void call (pinned out in pyproject)."""
    img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    diagram.show_step(protocol.step("toe_rolling"), "left", 3, False)
    diagram.set_playing(True)
    before = sys.getrefcount(None)
    for _ in range(300):
        clock.advance(0.05)
        p = QPainter(img)
        diagram.paint_frame(p, W, H)
        p.end()
    assert sys.getrefcount(None) >= before - 100  # 6.12.0 dropped tens of thousands


def test_spanish_speaks_the_shared_foot_and_view_words(
    diagram: FootDiagram, qapp: QApplication, protocol: Protocol
) -> None:
    """The foot and view come from ui/i18n (the "Words" catalogue), the rest from the diagram."""
    locale = QLocale()
    i18n.install(qapp, "es")
    try:
        diagram.show_step(protocol.step("sole_kneading"), "left", 1, True)
        text = diagram.description()
        assert text.startswith("Pie izquierdo, vista de la planta: "), text
        diagram.show_touch_site("right", "ball", pretend=True)
        text = diagram.description()
        assert text.startswith("Pie derecho, vista de la planta: "), text
        assert "un toque fingido en la parte delantera de la planta" in text, text
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(locale)
