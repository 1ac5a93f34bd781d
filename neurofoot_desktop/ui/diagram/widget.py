"""The animated foot diagram: the picture the helper glances at from across the room.

A still picture (the foot artwork plus everything about the step that does not move: worked
regions, stroke lanes and arrows, the skipped heel, the comfortable range, the labels) is
painted once per size, foot, view, theme and step into a QPixmap. Each frame only blits that
pixmap and paints the moving overlay on top: the soft hand or thumb markers with their trails,
a toe being rolled, the foot turning about the ankle.

The animation time is the playing time accumulated from the injected clock, never a count of
timer ticks, so the rhythm is the real one and a paused diagram is a frozen frame. The frame
timer runs only while playing, visible and not minimised.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from neurofoot_desktop.core.footcheck import Finding
from neurofoot_desktop.core.protocol import FEET, Step
from neurofoot_desktop.ui import theme as theme_mod
from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram import motion as fm
from neurofoot_desktop.ui.diagram.geometry import Geometry, StepMotion, View, default_geometry
from neurofoot_desktop.ui.theme import Theme

FRAME_MS = 33  # ~30 fps: the motions are slow; more frames would only cost CPU
# Still pictures kept (each is a full-size pixmap: 8 MB at 1920x1080). Toe rolling needs a new
# one per toe every few seconds; rebuilding takes ~10 ms, cheaper than holding five.
CACHE_SIZE = 3


@dataclass(frozen=True)
class _Mode:
    kind: str  # "foot" (plain overview), "step" or "touch"
    foot: str
    view: str
    step: Step | None = None
    pressure: int = 2
    heel_sensitive: bool = False
    site: str | None = None
    pretend: bool = False

    @property
    def animated(self) -> bool:
        return self.kind == "step"

    def static_key(self) -> tuple[object, ...]:
        """What the still picture depends on (not the pressure: that only shows in motion)."""
        anim = self.step.animation if self.step else None
        return (self.kind, self.foot, self.view, self.step.id if self.step else None, anim,
                self.heel_sensitive and self.heel_aware, self.site, self.pretend)

    @property
    def heel_aware(self) -> bool:
        """The step has heel advice (sole kneading): the heel is shown as skipped or optional."""
        return bool(self.step and (self.step.heel_skipped or self.step.heel_included))


@dataclass(frozen=True)
class _Layout:
    box: QRectF  # the view box in widget pixels (aspect kept, centred)
    transform: QTransform  # normalised view coordinates -> widget pixels (mirrored for left)
    mirrored: bool
    box_transform: QTransform  # the same without the step's own placement of the view


class FootDiagram(QWidget):
    """The foot with the hands' work animated on it. See module docstring for the layers."""

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._geo: Geometry = default_geometry()
        self._mode = _Mode("foot", "right", "top")
        self._playing = False
        self._accum = 0.0  # playing time banked before the last resume
        self._since = 0.0  # clock reading at the last resume
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._dirty: tuple[tuple[object, ...], QRect] | None = None
        self._painted_variant: object = None
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._description = ""
        self.avoid_spots: list[Finding] = []  # issue 19: core.footcheck.Finding, marked today
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Foot diagram"))
        self.show_foot("right")

    # --- the contract used by the player --------------------------------------------------
    def set_avoid_spots(self, spots: list[Finding]) -> None:
        """Spots the foot check marked today (callus, crack, ...): drawn on the matching foot
        and view so the helper's hands go round them."""
        self.avoid_spots = list(spots)
        self.update()


    def show_step(self, step: Step, foot: str, pressure: int, heel_sensitive: bool) -> None:
        """Show a step on one foot.

        A new step or foot starts the animation from its beginning. Showing the step that is
        already shown (a screen refresh on pause or resume) keeps its place, so pausing
        stays a frozen frame and the clockwise half of ankle circles is not started again;
        call restart() when the step itself starts over (repeat).
        """
        old = self._mode
        same = (old.kind == "step" and old.step is not None and old.step.id == step.id
                and old.step.animation == step.animation and old.foot == foot)
        self._set_mode(_Mode(
            "step", _foot(foot), step.animation.view, step, min(4, max(1, int(pressure))),
            bool(heel_sensitive),
        ), restart=not same)

    def restart(self) -> None:
        """Start the current animation again from its beginning (the step was repeated)."""
        self._accum = 0.0
        self._since = self._clock()
        self.update()

    def show_touch_site(self, foot: str, site_id: str | None, pretend: bool = False) -> None:
        """Light-touch check: where to touch, or (pretend) where to hover without touching."""
        site = self._geo.touch_sites.get(site_id or "")
        view = site.view if site else "sole"
        self._set_mode(_Mode("touch", _foot(foot), view, site=site_id if site else None,
                             pretend=bool(pretend) and site is not None))

    def show_foot(self, foot: str) -> None:
        self._set_mode(_Mode("foot", _foot(foot), "top"))

    def set_playing(self, playing: bool) -> None:
        """Follow the step timer: the animation advances only while it runs."""
        playing = bool(playing)
        if playing == self._playing:
            return
        now = self._clock()
        if playing:
            self._since = now
        else:
            self._accum += max(0.0, now - self._since)
        self._playing = playing
        self._sync_timer()
        self.update()

    def description(self) -> str:
        return self._description

    # --- extras for the player and tests ----------------------------------------------------

    def is_playing(self) -> bool:
        return self._playing

    def is_animating(self) -> bool:
        """True while the frame timer runs (playing, visible, not minimised)."""
        return self._timer.isActive()

    def animation_time(self) -> float:
        """Seconds of playing time since the step began."""
        running = max(0.0, self._clock() - self._since) if self._playing else 0.0
        return self._accum + running

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 250)

    # --- state ------------------------------------------------------------------------------

    def _set_mode(self, mode: _Mode, restart: bool = True) -> None:
        self._mode = mode
        if restart:
            self._accum = 0.0
            self._since = self._clock() if self._playing else 0.0
        self._dirty = None
        self._description = self._describe()
        self.setAccessibleDescription(self._description)
        self._sync_timer()
        self.update()

    def _motion(self) -> StepMotion:
        step = self._mode.step
        assert step is not None
        return self._geo.motion_for(step.id, step.animation.motion)

    def _view(self) -> View:
        return self._geo.views[self._mode.view]

    def _pose(self, t: float, mirrored: bool) -> fm.Pose:
        step = self._mode.step
        if self._mode.kind != "step" or step is None:
            return fm.Pose()
        anim, view, motion, pressure = step.animation, self._view(), self._motion(), \
            self._mode.pressure
        if anim.motion == "stroke":
            return fm.stroke_pose(view, motion, anim.cycle_s, t, pressure)
        if anim.motion == "circles":
            return fm.circles_pose(view, motion, anim.cycle_s, t, pressure)
        if anim.motion == "toe_roll":
            return fm.toe_pose(view, motion, anim.cycle_s, t, pressure,
                               reverse=anim.direction == "little_to_big")
        if anim.motion == "rotation":
            return fm.rotation_pose(view, motion, anim.cycle_s, step.duration_s, t, pressure,
                                    mirrored)
        return fm.Pose()

    # --- the frame timer: only while playing and on screen ---------------------------------------

    def _sync_timer(self) -> None:
        window = self.window()
        run = (self._playing and self._mode.animated and self.isVisible()
               and not window.isMinimized())
        if run and not self._timer.isActive():
            self._timer.start()
        elif not run and self._timer.isActive():
            self._timer.stop()

    def _tick(self) -> None:
        lay = self._layout()
        variant = self._pose(self.animation_time(), lay.mirrored).variant
        if variant != self._painted_variant:
            self.update()  # a new still picture: its words (toe 2 of 5, clockwise) changed too
        else:
            self.update(self._dirty_rect())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            # Minimising reaches only the top-level window, so watch it for state changes.
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            if window is not self:
                window.installEventFilter(self)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.WindowStateChange:
            self._sync_timer()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                      QEvent.Type.StyleChange):
            self.update()  # the cache key holds the colours, so a new still picture is made

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Show,
        ):
            QTimer.singleShot(0, self, self._sync_timer)  # once the window has its new state
        return False

    # --- layout ---------------------------------------------------------------------------------

    def _layout(self, width: int | None = None, height: int | None = None) -> _Layout:
        w = self.width() if width is None else width
        h = self.height() if height is None else height
        aspect = self._geo.aspect
        margin = max(4.0, min(w, h) * 0.02)
        bw, bh = max(1.0, w - 2 * margin), max(1.0, h - 2 * margin)
        if bw / bh > aspect:
            bw = bh * aspect
        else:
            bh = bw / aspect
        box = QRectF((w - bw) / 2, (h - bh) / 2, bw, bh)
        mirrored = self._mode.foot == "left"
        if mirrored:
            t = QTransform(-bh, 0, 0, bh, box.left() + aspect * bh, box.top())
        else:
            t = QTransform(bh, 0, 0, bh, box.left(), box.top())
        plain = t
        if self._mode.step is not None:
            s, dx, dy = self._motion().place  # a step may move its view inside the box
            t = QTransform(s, 0, 0, s, dx, dy) * t
        return _Layout(box, t, mirrored, plain)

    def _dirty_rect(self) -> QRect:
        """The part of the widget the moving overlay can reach; only that is repainted."""
        key = (self.width(), self.height(), self._mode.static_key())
        if self._dirty is not None and self._dirty[0] == key:
            return self._dirty[1]
        rect = self._overlay_bounds()
        lay = self._layout()
        px = lay.transform.mapRect(rect).toAlignedRect().adjusted(-4, -4, 4, 4)
        px = px.intersected(self.rect())
        self._dirty = (key, px)
        return px

    def _overlay_bounds(self) -> QRectF:
        step, view = self._mode.step, self._view()
        if step is None:
            return QRectF(0, 0, self._geo.aspect, 1)
        motion, anim = self._motion(), step.animation
        big = max(motion.marker) * fm.PRESSURE_SIZE[4] * 0.75 + 0.01
        vp = art.paths_for(view)
        rect = QRectF()
        if anim.motion == "stroke":
            for name in motion.lanes or tuple(vp.lanes):
                if name in vp.lanes:
                    rect = rect.united(vp.lanes[name].boundingRect())
        elif anim.motion == "circles" and motion.track in vp.lanes:
            big += motion.thumbs_apart / 2 + motion.circle_radius
            rect = vp.lanes[motion.track].boundingRect()
        elif anim.motion == "toe_roll":
            for toe in vp.toes:
                rect = rect.united(toe.boundingRect())
            big += 0.06
        elif anim.motion == "rotation" and view.pivot is not None:
            lo, hi = motion.range_deg
            for k in range(9):
                turn = art.turn_about(view.pivot, lo + (hi - lo) * k / 8)
                rect = rect.united(turn.map(vp.outline).boundingRect())
            ring = fm.rotation_ring(view, motion)
            rect = rect.united(QRectF(ring.centre[0] - ring.rx, ring.centre[1] - ring.ry,
                                      2 * ring.rx, 2 * ring.ry))
        else:
            return QRectF(0, 0, self._geo.aspect, 1)
        return rect.adjusted(-big, -big, big, big)

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_frame(painter)
        painter.end()

    def paint_frame(self, painter: QPainter, width: int | None = None,
                    height: int | None = None) -> None:
        """One frame at the current animation time (also used by the benchmark)."""
        w = self.width() if width is None else width
        h = self.height() if height is None else height
        lay = self._layout(w, h)
        pose = self._pose(self.animation_time(), lay.mirrored)
        painter.drawPixmap(0, 0, self._still(w, h, lay, pose.variant))
        self._painted_variant = pose.variant
        spots = [s for s in self.avoid_spots
                 if s.foot == self._mode.foot and s.view == self._view().name]
        if spots:
            from neurofoot_desktop.ui.footcheck.footmap import paint_spots

            paint_spots(painter, lay.transform, spots, self._geo.aspect, numbered=False)
        if self._mode.kind != "step":
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_motion(art.MappedPainter(painter, lay.transform), pose)

    def _still(self, w: int, h: int, lay: _Layout, variant: object) -> QPixmap:
        th = theme_mod.current()
        dpr = self.devicePixelRatioF()
        bg = self.palette().color(self.backgroundRole()).name()
        key = (w, h, dpr, th, bg, self.font().key(), self._mode.static_key(), variant)
        pm = self._cache.get(key)
        if pm is not None:
            self._cache.move_to_end(key)
            return pm
        pm = QPixmap(max(1, round(w * dpr)), max(1, round(h * dpr)))
        pm.setDevicePixelRatio(dpr)
        pm.fill(QColor(bg))
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _StillPainter(self, p, lay, th, QColor(bg), variant).paint()
        p.end()
        for old in [k for k in self._cache if k[:3] != key[:3]]:
            del self._cache[old]  # pictures for another size are of no further use
        self._cache[key] = pm
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return pm

    def _paint_motion(self, p: art.MappedPainter, pose: fm.Pose) -> None:
        th = theme_mod.current()
        step = self._mode.step
        assert step is not None
        view = self._view()
        alpha = fm.PRESSURE_ALPHA[self._mode.pressure]
        accent = _vivid(QColor(th.accent))
        if step.animation.motion == "rotation" and pose.angle is not None:
            art.paint_turning_foot(p, view, th, pose.angle)
            self._paint_ring_arrow(p, pose, accent)
        if step.animation.motion == "toe_roll" and pose.toe is not None:
            edge = QPen(QColor(th.calm), art.LINE * 1.6)
            edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            art.paint_toe(p, view, th, pose.toe, stretch=pose.toe_stretch,
                          fill=_lit(th, 0.4), outline=edge)
            self._paint_toe_arrows(p, view, pose, accent)
        if step.animation.motion == "stroke" and pose.lane:
            # the lane being stroked now is lit, so the worked area reads at a glance
            line = art.paths_for(view).lanes.get(pose.lane)
            if line is not None:
                band = QPen(_with_alpha(_lit(th, 0.7), 0.55),
                            0.05)
                band.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(band)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(line)
        for marker, trail in zip(pose.markers, pose.trails + ((),) * len(pose.markers),
                                 strict=False):
            _paint_trail(p, marker, trail, accent, alpha)
        for marker in pose.markers:
            _paint_marker(p, marker, accent, alpha)

    def _paint_ring_arrow(self, p: art.MappedPainter, pose: fm.Pose, colour: QColor) -> None:
        ring = fm.rotation_ring(self._view(), self._motion())
        cx, cy = ring.centre
        for trail in pose.trails[2:]:
            if trail:
                head = fm.Marker(trail[0][0], 0.026, 0.026, 0.0)
                _paint_trail(p, head, trail, colour, 0.9)
        psi = pose.ring_at or 0.0
        at = QPointF(cx + ring.rx * math.cos(psi), cy + ring.ry * math.sin(psi))
        tangent = math.atan2(ring.ry * math.cos(psi) * pose.ring_sign,
                             -ring.rx * math.sin(psi) * pose.ring_sign)
        _arrow_head(p, at, tangent, 0.045, colour)

    def _paint_toe_arrows(
        self, p: art.MappedPainter, view: View, pose: fm.Pose, colour: QColor
    ) -> None:
        toe = view.toes[pose.toe or 0]
        p.save()
        p.translate(toe.x, toe.y)
        p.rotate(toe.angle)
        c = _with_alpha(colour, 0.85)
        pen = QPen(c, 0.005)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        top = -toe.length / 2 * pose.toe_stretch - (pose.toe_stretch - 1) * toe.length / 2
        if pose.stretching:
            # forward and back: a double arrow beyond the tip, along the toe
            y0, y1 = top - 0.018, top - 0.062
            p.drawLine(QPointF(0, y0), QPointF(0, y1))
            _arrow_head(p, QPointF(0, y1), -math.pi / 2, 0.02, c)
            _arrow_head(p, QPointF(0, y0), math.pi / 2, 0.02, c)
        elif abs(pose.roll) > 0.05:
            # rolling: a curved arrow across the toe, pointing the way it turns now
            r = toe.width * 0.8
            path = QPainterPath()
            path.arcMoveTo(QRectF(-r, -r * 0.5, 2 * r, r), 200)
            path.arcTo(QRectF(-r, -r * 0.5, 2 * r, r), 200, 140)
            p.drawPath(path)
            end = path.pointAtPercent(1.0 if pose.roll > 0 else 0.0)
            ang = path.angleAtPercent(1.0 if pose.roll > 0 else 0.0)
            heading = -math.radians(ang) + (0 if pose.roll > 0 else math.pi)
            _arrow_head(p, end, heading, 0.018, c)
        p.restore()

    # --- words ---------------------------------------------------------------------------------

    def _describe(self) -> str:
        m = self._mode
        foot = self.tr("Left foot") if m.foot == "left" else self.tr("Right foot")
        view = self.view_name(m.view)
        if m.kind == "foot":
            return self.tr("{foot}, {view}.").format(foot=foot, view=view)
        if m.kind == "touch":
            if m.site is None:
                return self.tr("{foot}, {view}: nothing to touch right now.").format(
                    foot=foot, view=view)
            site = self.site_name(m.site)
            if m.pretend:
                return self.tr(
                    "{foot}, {view}: a pretend touch at {site}: hold the finger just above the "
                    "skin and do not touch it."
                ).format(foot=foot, view=view, site=site)
            return self.tr("{foot}, {view}: touch {site} very lightly, once.").format(
                foot=foot, view=view, site=site)
        step = m.step
        assert step is not None
        anim = step.animation
        pressure = self.pressure_word(m.pressure)
        regions = self._join([self.region_name(r) for r in anim.regions])
        if anim.motion == "stroke" and anim.direction == "ankle_to_toes":
            action = self.tr(
                "long, slow strokes with flat hands from the ankle to the toes, over {regions}, "
                "at {pressure} pressure"
            ).format(regions=regions, pressure=pressure)
        elif anim.motion == "stroke":
            action = self.tr(
                "long, slow strokes from the toes over the ankle up towards the calf, "
                "at {pressure} pressure"
            ).format(pressure=pressure)
        elif anim.motion == "circles":
            action = self.tr(
                "small circles with the thumbs over {regions}, at {pressure} pressure"
            ).format(regions=regions, pressure=pressure)
            if m.heel_sensitive and m.heel_aware:
                action += self.tr("; the heel is skipped today")
            elif m.heel_aware:
                action += self.tr("; the heel may have a few circles too")
        elif anim.motion == "toe_roll":
            action = self.tr(
                "each toe in turn, from the big toe to the little toe, rolled between thumb "
                "and forefinger and eased gently forward and back, at {pressure} pressure"
            ).format(pressure=pressure)
        else:
            action = self.tr(
                "the foot turns slowly about the ankle, clockwise first and then "
                "counter-clockwise, inside a comfortable range and never forced"
            )
        return self.tr("{foot}, {view}: {action}.").format(foot=foot, view=view, action=action)

    def _join(self, parts: list[str]) -> str:
        if len(parts) <= 1:
            return "".join(parts)
        return self.tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])

    def view_name(self, view: str) -> str:
        return {
            "top": self.tr("top view"), "sole": self.tr("sole view"),
            "side": self.tr("side view with the lower leg"),
        }.get(view, view)

    def region_name(self, region: str) -> str:
        return {
            "top": self.tr("the top"), "sides": self.tr("the sides"), "sole": self.tr("the sole"),
            "arch": self.tr("the arch"), "ball": self.tr("the ball of the foot"),
            "heel": self.tr("the heel"), "ankle": self.tr("the ankle"),
            "calf": self.tr("the calf"), "toes": self.tr("the toes"),
        }.get(region, region.replace("_", " "))

    def site_name(self, site: str) -> str:
        return {
            "big_toe": self.tr("the tip of the big toe"), "ball": self.tr("the ball of the foot"),
            "top": self.tr("the top of the foot"), "little_toe": self.tr("the little toe"),
            "arch": self.tr("the middle of the arch"),
        }.get(site, site.replace("_", " "))

    def pressure_word(self, level: int) -> str:
        return {
            1: self.tr("feather-light"), 2: self.tr("light"), 3: self.tr("gentle"),
            4: self.tr("firm but gentle"),
        }.get(level, self.tr("light"))

    def label_text(self, label: str) -> str:
        return {
            "ankle": self.tr("ankle"), "toes": self.tr("toes"), "ball": self.tr("ball"),
            "arch": self.tr("arch"), "heel": self.tr("heel"), "calf": self.tr("calf"),
            "top": self.tr("top"),
        }.get(label, label.replace("_", " "))


def _foot(foot: str) -> str:
    if foot not in FEET:
        raise ValueError(f"foot must be one of {FEET}, got {foot!r}")
    return foot


def _lit(th: Theme, amount: float) -> QColor:
    """Skin in a brighter light: how worked areas are shown. A translucent colour over skin
    reads as a bruise, and mixing with the (dark) surface would too in the dark theme."""
    return _mix(QColor(th.skin), QColor("#ffffff"), amount)


def _vivid(c: QColor) -> QColor:
    """The accent, a little more saturated: translucent over skin it would turn grey."""
    h, s, v, _a = c.getHsvF()
    return QColor.fromHsvF(max(0.0, h), min(1.0, s * 1.35), v)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _with_alpha(colour: QColor | str, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def _arrow_head(
    p: QPainter | art.MappedPainter, tip: QPointF, heading: float, size: float, colour: QColor
) -> None:
    """A filled arrowhead pointing along `heading` (radians) with its point at `tip`."""
    back = heading + math.pi
    left = QPointF(tip.x() + size * math.cos(back - 0.5), tip.y() + size * math.sin(back - 0.5))
    right = QPointF(tip.x() + size * math.cos(back + 0.5), tip.y() + size * math.sin(back + 0.5))
    path = QPainterPath(tip)
    path.lineTo(left)
    path.lineTo(right)
    path.closeSubpath()
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(path)
    p.restore()


def _paint_marker(p: art.MappedPainter, m: fm.Marker, colour: QColor, alpha: float) -> None:
    """A soft translucent fingertip: bigger and more opaque the firmer the pressure."""
    if m.visible <= 0.01:
        return
    a = alpha * m.visible
    p.save()
    p.translate(m.at[0], m.at[1])
    p.rotate(math.degrees(m.heading) + 90)  # the oval's length runs along the motion
    w, h = m.width, m.length
    # One gradient does both the soft glow and the fingertip, drawn in a unit circle that is
    # then stretched to the oval; a thin rim marks the edge.
    p.save()
    p.scale_by(w, h)
    # A pale centre (blue alone over skin turns grey) deepening to the rim.
    pale = _mix(colour, QColor("#ffffff"), 0.55)
    grad = QRadialGradient(QPointF(0, 0), 0.75)
    grad.setColorAt(0.0, _with_alpha(pale, min(1.0, a + 0.15)))
    grad.setColorAt(0.64, _with_alpha(colour, a * 0.85))
    grad.setColorAt(0.7, _with_alpha(colour, a * 0.35))
    grad.setColorAt(1.0, _with_alpha(colour, 0.0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawEllipse(QRectF(-0.75, -0.75, 1.5, 1.5))
    p.restore()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(_with_alpha(colour, min(1.0, a + 0.3)), 0.004))
    p.drawEllipse(QRectF(-w / 2, -h / 2, w, h))
    p.restore()


def _paint_trail(
    p: art.MappedPainter, m: fm.Marker, trail: tuple[tuple[tuple[float, float], float], ...],
    colour: QColor, alpha: float,
) -> None:
    """A fading ribbon behind the marker, so the direction reads even in a still frame.

    One stroked path with a gradient pen: overlapping segments would stack their alpha into
    beads.
    """
    if len(trail) < 2:
        return
    path = QPainterPath(QPointF(*m.at))
    for pt, _a in trail:
        path.lineTo(QPointF(*pt))
    end = trail[-1][0]
    grad = QLinearGradient(QPointF(*m.at), QPointF(*end))
    grad.setColorAt(0.0, _with_alpha(colour, alpha * 0.75 * m.visible))
    grad.setColorAt(1.0, _with_alpha(colour, 0.0))
    pen = QPen(QBrush(grad), m.width * 0.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


class _StillPainter:
    """Paints the still picture of the current mode: artwork, step marks and labels."""

    def __init__(self, owner: FootDiagram, p: QPainter, lay: _Layout, th: Theme,
                 bg: QColor, variant: object) -> None:
        self.o, self.p, self.lay, self.th, self.bg, self.variant = owner, p, lay, th, bg, variant
        self.m = art.MappedPainter(p, lay.transform)  # for shapes in view coordinates
        self.mode = owner._mode
        self.view = owner._view()
        self.h = lay.box.height()
        self.scale = 1 + (th.scale - 1) * 0.5  # follow the font-size setting, but damped

    def paint(self) -> None:
        p, mode = self.m, self.mode
        anim = mode.step.animation if mode.step else None
        self.p.save()
        self.p.setClipRect(self.lay.box)
        if anim is not None and anim.motion == "rotation":
            art.paint_view(p, self.view, self.th, with_foot=False)
            self._range_and_ring()
        elif anim is not None and anim.motion == "toe_roll":
            self._toe_highlight()
            art.paint_view(p, self.view, self.th, hide_toe=self._toe_index())
        else:
            art.paint_view(p, self.view, self.th)
        if anim is not None:
            self._regions()
            if anim.motion == "stroke":
                self._lanes()
            elif anim.motion == "circles":
                self._track()
        self._fade()
        self.p.restore()
        if mode.kind == "touch" and mode.site is not None:
            self._touch_site()
        self._labels()
        self._heading()

    # -- marks in view coordinates --

    def _toe_index(self) -> int:
        return self.variant if isinstance(self.variant, int) else 0

    def _fade(self) -> None:
        """The leg fades into the background instead of being cut off at the edge."""
        fade = self.view.fade
        if not fade:
            return
        if fade == "bottom":
            grad = QLinearGradient(0, 0.86, 0, 1.0)
            rect = QRectF(-2, 0.86, 6, 0.3)
        else:
            grad = QLinearGradient(0, 0.14, 0, 0.0)
            rect = QRectF(-2, -0.3, 6, 0.44)
        grad.setColorAt(0, _with_alpha(self.bg, 0))
        grad.setColorAt(1, _with_alpha(self.bg, 1))
        self.m.save()
        self.m.setTransform(self.lay.box_transform)  # the box's edge, wherever the view sits
        self.m.fillRect(rect, QBrush(grad))
        self.m.restore()

    def _regions(self) -> None:
        p, th, mode = self.m, self.th, self.mode
        step = mode.step
        assert step is not None
        vp = art.paths_for(self.view)
        # Worked regions are lit (see _lit) and edged with a calm dashed line.
        lit = _lit(th, 0.55)
        edge = QPen(QColor(th.calm), 0.005, Qt.PenStyle.DashLine)
        edge.setCapStyle(Qt.PenCapStyle.RoundCap)
        if step.animation.motion not in ("stroke", "rotation"):  # lanes / the turning foot
            for name in step.animation.regions:
                path = vp.regions.get(name)
                if path is None:
                    continue
                p.setBrush(lit)
                p.setPen(edge)
                p.drawPath(path)
        heel = vp.regions.get("heel")
        if heel is None or not mode.heel_aware:
            return
        if mode.heel_sensitive:
            # "skip": hatch plus a word, never colour alone
            warn = QColor(th.warning)
            p.save()
            p.setClipPath(heel, Qt.ClipOperation.IntersectClip)
            p.setBrush(_with_alpha(th.warning_bg, 0.55))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawPath(heel)
            p.setPen(QPen(_with_alpha(warn, 0.7), 0.0045))
            r = heel.boundingRect()
            step_gap = 0.022
            x = r.left() - r.height()
            while x < r.right():
                p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()))
                x += step_gap
            p.restore()
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(warn, 0.005, Qt.PenStyle.DashLine))
            p.drawPath(heel)
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(_with_alpha(th.muted, 0.6), 0.003, Qt.PenStyle.DotLine))
            p.drawPath(heel)

    def _lanes(self) -> None:
        """Each stroke's path, dashed, with chevrons and an arrowhead: the direction at rest."""
        p = self.m
        motion = self.o._motion()
        colour = _vivid(QColor(self.th.accent))
        vp = art.paths_for(self.view)
        for name in motion.lanes:
            lane, line = self.view.lanes.get(name), vp.lanes.get(name)
            if lane is None or line is None:
                continue
            pen = QPen(_with_alpha(colour, 0.55), 0.004, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(line)
            for f in (0.3, 0.55):
                _chevron(p, lane.at(f), lane.heading(f), 0.02, _with_alpha(colour, 0.75))
            _arrow_head(p, QPointF(*lane.at(1.0)), lane.heading(0.995), 0.03,
                        _with_alpha(colour, 0.7))

    def _track(self) -> None:
        """Where the thumbs travel, dotted."""
        p = self.m
        motion = self.o._motion()
        track = self.view.lanes.get(motion.track)
        line = art.paths_for(self.view).lanes.get(motion.track)
        if track is None or line is None:
            return
        colour = QColor(self.th.accent)
        pen = QPen(_with_alpha(colour, 0.35), 0.003, Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(line)

    def _toe_highlight(self) -> None:
        """A soft glow behind the toe being worked, and a dotted order arrow over the tips."""
        p, view = self.m, self.view
        toe = view.toes[self._toe_index()]
        calm = QColor(self.th.calm)
        r = max(toe.length, toe.width) * 0.75
        grad = QRadialGradient(QPointF(toe.x, toe.y), r)
        grad.setColorAt(0, _with_alpha(calm, 0.5))
        grad.setColorAt(0.6, _with_alpha(calm, 0.3))
        grad.setColorAt(1, _with_alpha(calm, 0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(grad))
        p.drawEllipse(QPointF(toe.x, toe.y), r, r)
        tips = [t.tip for t in view.toes]
        step = self.mode.step
        if step is not None and step.animation.direction == "little_to_big":
            tips.reverse()
        path = QPainterPath(QPointF(tips[0][0], tips[0][1] - 0.04))
        for (x, y) in tips[1:]:
            path.lineTo(QPointF(x + 0.01, y - 0.045))
        pen = QPen(_with_alpha(self.th.muted, 0.55), 0.003, Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        end = path.currentPosition()
        _arrow_head(p, end, math.radians(-path.angleAtPercent(1.0)), 0.016,
                    _with_alpha(self.th.muted, 0.7))

    def _range_and_ring(self) -> None:
        """The comfortable range: a band round the ankle that the toes stay within."""
        p, view = self.m, self.view
        motion = self.o._motion()
        assert view.pivot is not None
        ring = fm.rotation_ring(view, motion)
        calm = QColor(self.th.calm)
        lo, hi = motion.range_deg
        radius = ring.reach + 0.055
        start = -(math.degrees(ring.tip_angle) + lo)
        span = -(hi - lo)
        rect = QRectF(view.pivot[0] - radius, view.pivot[1] - radius, 2 * radius, 2 * radius)
        band = QPen(_with_alpha(calm, 0.35), 0.03)
        band.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(band)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(rect, round(start * 16), round(span * 16))
        edge = QPen(_with_alpha(calm, 0.9), 0.005)
        edge.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(edge)
        for deg in (lo, hi):  # end stops: the edge of the easy range
            a = ring.tip_angle + math.radians(deg)
            inner, outer = radius - 0.03, radius + 0.03
            p.drawLine(QPointF(view.pivot[0] + inner * math.cos(a), view.pivot[1]
                               + inner * math.sin(a)),
                       QPointF(view.pivot[0] + outer * math.cos(a), view.pivot[1]
                               + outer * math.sin(a)))
        pen = QPen(_with_alpha(self.th.accent, 0.5), 0.005)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(*ring.centre), ring.rx, ring.ry)
        p.setPen(QPen(_with_alpha(self.th.skin_line, 0.5), 0.003))
        p.setBrush(_with_alpha(self.th.skin_line, 0.5))
        p.drawEllipse(QPointF(*view.pivot), 0.006, 0.006)

    # -- words, in widget pixels (never mirrored) --

    def _font(self, size: float, bold: bool = False) -> QFont:
        f = QFont(self.o.font())
        f.setPixelSize(max(11, round(size * self.scale)))
        f.setBold(bold)
        return f

    def _px(self, x: float, y: float) -> QPointF:
        return self.lay.transform.map(QPointF(x, y))

    def _text(self, at: QPointF, text: str, font: QFont, colour: QColor, align: str = "center",
              halo: QColor | None = None) -> QRectF:
        """Text anchored at its vertical centre; a halo keeps it legible over the artwork."""
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, text)
        r = path.boundingRect()
        dx = {"left": 0.0, "right": -r.width(), "center": -r.width() / 2}[align] - r.left()
        path.translate(at.x() + dx, at.y() - r.top() - r.height() / 2)
        if halo is not None:
            pen = QPen(halo, max(3.0, font.pixelSize() * 0.28))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self.p.strokePath(path, pen)
        self.p.fillPath(path, colour)
        return path.boundingRect()

    def _pill(self, at: QPointF, text: str, font: QFont, fg: QColor, fill: QColor,
              border: QColor) -> None:
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, text)
        r = path.boundingRect()
        pad = font.pixelSize() * 0.45
        box = QRectF(at.x() - r.width() / 2 - pad, at.y() - r.height() / 2 - pad * 0.6,
                     r.width() + 2 * pad, r.height() + 1.2 * pad)
        self.p.setPen(QPen(border, max(2.0, font.pixelSize() * 0.1)))
        self.p.setBrush(fill)
        self.p.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        self._text(at, text, font, fg)

    def _heading(self) -> None:
        """LEFT/RIGHT foot in big letters on that side, the view, and the step's cue.

        Each line shrinks (never below a legible size) rather than run into the drawing,
        which matters with long translations and the 200 % font setting.
        """
        o, mode, th = self.o, self.mode, self.th
        left = mode.foot == "left"
        box = self.lay.box
        x = box.left() + self.h * 0.03 if left else box.right() - self.h * 0.03
        align = "left" if left else "right"
        y = box.top() + self.h * 0.06
        room = self._room_beside_foot(x, box.top() + self.h * 0.3, left)
        name = o.tr("LEFT foot") if left else o.tr("RIGHT foot")
        r = self._text(QPointF(x, y), name, self._fit(name, self.h * 0.068, True, room),
                       QColor(th.text), align)
        y = r.bottom() + self.h * 0.035
        short_view = {"top": o.tr("top view"), "sole": o.tr("sole view"),
                      "side": o.tr("side view")}.get(mode.view, mode.view)
        r = self._text(QPointF(x, y), short_view, self._fit(short_view, self.h * 0.038, False,
                       room), QColor(th.muted), align)
        cue = self._cue()
        if cue:
            y = r.bottom() + self.h * 0.045
            icon = self.variant in ("cw", "ccw")
            size = self._font(self.h * 0.042, True).pixelSize() * 1.1 if icon else 0.0
            font = self._fit(cue, self.h * 0.042, True, room - size * 1.6)
            if icon:
                size = font.pixelSize() * 1.1
                ix = x + size / 2 if left else x - size / 2
                _circle_arrow(self.p, QPointF(ix, y), size / 2, self.variant == "cw",
                              QColor(th.accent), max(2.0, size * 0.12))
                x = x + size * 1.6 if left else x - size * 1.6
            self._text(QPointF(x, y), cue, font, QColor(th.accent), align)

    def _room_beside_foot(self, x: float, bottom: float, left: bool) -> float:
        """Pixels between the heading's edge and the drawing, over the heading's height."""
        view, xf = self.view, self.lay.transform
        points = [xf.map(QPointF(*pt)) for pt in view.outline.sample(6)]
        if view.leg is not None:
            points += [xf.map(QPointF(*pt)) for pt in view.leg.sample(6)]
        for toe in view.toes:
            points.append(xf.map(QPointF(*toe.tip)))
            points += [xf.map(QPointF(toe.x + dx, toe.y - toe.length / 2))
                       for dx in (-toe.width / 2, toe.width / 2)]
        near = [pt.x() for pt in points if pt.y() <= bottom]
        gap = self.h * 0.04
        if not near:
            return self.lay.box.width() / 2
        return (min(near) - x - gap) if left else (x - max(near) - gap)

    def _fit(self, text: str, size: float, bold: bool, room: float) -> QFont:
        font = self._font(size, bold)
        width = QFontMetricsF(font).horizontalAdvance(text)
        if room > 0 and width > room:
            font.setPixelSize(max(11, math.floor(font.pixelSize() * room / width)))
        return font

    def _cue(self) -> str:
        o, step = self.o, self.mode.step
        if step is None:
            return ""
        anim = step.animation
        if anim.motion == "stroke":
            if anim.direction == "ankle_to_toes":
                return o.tr("ankle to toes")
            return o.tr("toes to calf")
        if anim.motion == "circles":
            return o.tr("small thumb circles")
        if anim.motion == "toe_roll":
            return o.tr("toe {n} of {total}").format(n=self._toe_index() + 1,
                                                     total=len(self.view.toes))
        if anim.motion == "rotation":
            return o.tr("clockwise") if self.variant == "cw" else o.tr("counter-clockwise")
        return ""

    def _labels(self) -> None:
        o, mode, th, view = self.o, self.mode, self.th, self.view
        step = mode.step
        if step is None:
            return
        motion = o._motion()
        font = self._font(self.h * 0.04, True)
        halo = _with_alpha(self.bg, 0.85)
        vp = art.paths_for(view)
        for name in motion.labels:
            at = view.labels.get(name)
            if at is None:
                continue
            pos = self._px(*at)
            region = vp.regions.get(name)
            align = "center"
            if region is not None and not region.contains(QPointF(*at)):
                # a label outside the foot, joined to its region by a thin leader line
                target = self._px(*_centre(region))
                align = "right" if pos.x() < target.x() else "left"
                gap = font.pixelSize() * 0.4
                start = QPointF(pos.x() + (gap if align == "right" else -gap), pos.y())
                self.p.setPen(QPen(_with_alpha(th.muted, 0.8), max(1.5, self.h * 0.0025)))
                self.p.drawLine(start, target)
                self.p.setBrush(QColor(th.muted))
                self.p.drawEllipse(target, self.h * 0.005, self.h * 0.005)
            self._text(pos, o.label_text(name), font, QColor(th.text), align, halo)
        heel = vp.regions.get("heel")
        if heel is not None and mode.heel_aware and mode.heel_sensitive:
            self._pill(self._px(*_centre(heel)), o.tr("skip"), self._font(self.h * 0.045, True),
                       QColor(th.warning), QColor(th.warning_bg), QColor(th.warning))
        if step.animation.motion == "rotation" and view.pivot is not None:
            ring = fm.rotation_ring(view, motion)
            hi = math.radians(motion.range_deg[1]) + ring.tip_angle
            rad = ring.reach + 0.055
            end = self._px(view.pivot[0] + rad * math.cos(hi), view.pivot[1] + rad * math.sin(hi))
            # under the lower end of the range, reaching back towards the middle of the box
            side = "right" if end.x() > self.lay.box.center().x() else "left"
            pos = QPointF(end.x(), end.y() + self.h * 0.06)
            r = self._text(pos, o.tr("comfortable range"), font, QColor(th.text), side, halo)
            self._text(QPointF(r.right() if side == "right" else r.left(),
                               r.bottom() + self.h * 0.03),
                       o.tr("never force"), self._font(self.h * 0.034), QColor(th.muted), side,
                       halo)

    def _touch_site(self) -> None:
        """Where to touch (solid ring) or where to hover without touching (dashed, crossed)."""
        o, th, mode = self.o, self.th, self.mode
        site = o._geo.touch_sites[mode.site or ""]
        at = self._px(*site.at)
        r = self.h * 0.045
        colour = QColor(th.accent)
        p = self.p
        if mode.pretend:
            p.setPen(QPen(colour, max(2.0, self.h * 0.006), Qt.PenStyle.DashLine))
            p.setBrush(_with_alpha(colour, 0.08))
            p.drawEllipse(at, r, r)
            # the fingertip held above the skin: raised, with its shadow apart from it
            _fingertip(p, QPointF(at.x() + r * 0.9, at.y() - r * 1.2), self.h, colour, 0.35)
            p.setPen(QPen(QColor(th.warning), max(2.5, self.h * 0.008)))
            d = r * 0.45
            p.drawLine(QPointF(at.x() - d, at.y() - d), QPointF(at.x() + d, at.y() + d))
            p.drawLine(QPointF(at.x() - d, at.y() + d), QPointF(at.x() + d, at.y() - d))
            text, fg, fill = o.tr("pretend: do not touch"), QColor(th.warning), \
                QColor(th.warning_bg)
        else:
            p.setPen(QPen(colour, max(2.0, self.h * 0.006)))
            p.setBrush(_with_alpha(colour, 0.18))
            p.drawEllipse(at, r, r)
            p.setBrush(_with_alpha(colour, 0.7))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(at, r * 0.28, r * 0.28)
            _fingertip(p, QPointF(at.x() + r * 0.35, at.y() - r * 0.35), self.h, colour, 0.7)
            text, fg, fill = o.tr("touch lightly here"), QColor(th.text), QColor(th.surface)
        label_at = QPointF(at.x(), at.y() + r + self.h * 0.06)
        box = self.lay.box
        if label_at.y() > box.bottom() - self.h * 0.04:
            label_at = QPointF(at.x(), at.y() - r - self.h * 0.12)
        self._pill(label_at, text, self._font(self.h * 0.04, True), fg, fill,
                   QColor(th.warning if mode.pretend else th.accent))


def _centre(path: QPainterPath) -> tuple[float, float]:
    c = path.boundingRect().center()
    return (c.x(), c.y())


def _chevron(p: art.MappedPainter, at: tuple[float, float], heading: float, size: float,
             colour: QColor) -> None:
    pen = QPen(colour, size * 0.28)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    back = heading + math.pi
    tip = QPointF(at[0] + size * 0.5 * math.cos(heading), at[1] + size * 0.5 * math.sin(heading))
    path = QPainterPath(QPointF(tip.x() + size * math.cos(back - 0.7),
                                tip.y() + size * math.sin(back - 0.7)))
    path.lineTo(tip)
    path.lineTo(QPointF(tip.x() + size * math.cos(back + 0.7),
                        tip.y() + size * math.sin(back + 0.7)))
    p.drawPath(path)


def _circle_arrow(p: QPainter, centre: QPointF, r: float, clockwise: bool, colour: QColor,
                  width: float) -> None:
    """A round arrow icon (in pixels): the way the foot turns now."""
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    start, span = (100, -290) if clockwise else (80, 290)
    p.drawArc(rect, start * 16, span * 16)
    end = math.radians(start + span)
    # tangent of the arc at its end, in screen coordinates (y down)
    sign = -1 if clockwise else 1
    heading = math.atan2(-math.cos(end) * sign, -math.sin(end) * sign)
    size = r * 0.8
    # the head continues the arc: its base sits on the arc's end, its point beyond
    tip = QPointF(centre.x() + r * math.cos(end) + size * 0.85 * math.cos(heading),
                  centre.y() - r * math.sin(end) + size * 0.85 * math.sin(heading))
    _arrow_head(p, tip, heading, size, colour)


def _fingertip(p: QPainter, tip: QPointF, h: float, colour: QColor, alpha: float) -> None:
    """A fingertip (with its nail) coming in from the upper right, drawn in pixels."""
    length, width = h * 0.14, h * 0.05
    p.save()
    p.translate(tip)
    p.rotate(-40)
    body = QRectF(-width / 2, -length, width, length + width * 0.2)
    p.setPen(QPen(_with_alpha(colour, min(1.0, alpha + 0.25)), max(1.5, h * 0.004)))
    p.setBrush(_with_alpha(colour, alpha * 0.5))
    p.drawRoundedRect(body, width / 2, width / 2)
    nail = QRectF(-width * 0.3, -width * 0.05 - width * 0.55, width * 0.6, width * 0.62)
    p.setPen(QPen(_with_alpha(colour, min(1.0, alpha + 0.1)), max(1.0, h * 0.0025)))
    p.setBrush(_with_alpha("#ffffff", 0.35))
    p.drawRoundedRect(nail, width * 0.22, width * 0.22)
    p.restore()
