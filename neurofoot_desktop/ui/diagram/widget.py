"""The animated foot diagram: the picture the helper glances at from across the room.

A still picture (the foot artwork plus everything about the step that does not move: worked
regions, stroke lanes and arrows, the skipped heel, the comfortable range, the labels) is
painted once per size, foot, view, theme and step into a QPixmap. Each frame only blits that
pixmap and paints the moving overlay on top: the soft hand or thumb markers with their trails,
a toe being rolled, the foot turning about the ankle.

The animation time is the playing time accumulated from the injected clock, never a count of
timer ticks, so the rhythm is the real one and a paused diagram is a frozen frame. The frame
timer runs only while playing, visible and not minimised.

painter.py paints the still picture, marks.py holds the drawing primitives both layers use,
words.py the diagram's words and mode.py what is shown.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.footcheck import Finding
from neurofoot_desktop.core.protocol import FEET, Step
from neurofoot_desktop.ui import theme as theme_mod
from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram import marks
from neurofoot_desktop.ui.diagram import motion as fm
from neurofoot_desktop.ui.diagram.geometry import Geometry, StepMotion, View, default_geometry
from neurofoot_desktop.ui.diagram.mode import Mode
from neurofoot_desktop.ui.diagram.painter import Layout, StillPainter
from neurofoot_desktop.ui.diagram.words import describe

FRAME_MS = 33  # ~30 fps: the motions are slow; more frames would only cost CPU
# Still pictures kept (each is a full-size pixmap: 8 MB at 1920x1080). Toe rolling needs a new
# one per toe every few seconds; rebuilding takes ~10 ms, cheaper than holding five.
CACHE_SIZE = 3

class FootDiagram(QWidget):
    """The foot with the hands' work animated on it. See module docstring for the layers."""

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()  # only its monotonic() is read
        self._geo: Geometry = default_geometry()
        self._mode = Mode("foot", "right", "top")
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
        self._set_mode(Mode(
            "step", _foot(foot), step.animation.view, step, min(4, max(1, int(pressure))),
            bool(heel_sensitive),
        ), restart=not same)

    def restart(self) -> None:
        """Start the current animation again from its beginning (the step was repeated)."""
        self._accum = 0.0
        self._since = self._clock.monotonic()
        self.update()

    def show_touch_site(self, foot: str, site_id: str | None, pretend: bool = False) -> None:
        """Light-touch check: where to touch, or (pretend) where to hover without touching."""
        site = self._geo.touch_sites.get(site_id or "")
        view = site.view if site else "sole"
        self._set_mode(Mode("touch", _foot(foot), view, site=site_id if site else None,
                             pretend=bool(pretend) and site is not None))

    def show_foot(self, foot: str) -> None:
        self._set_mode(Mode("foot", _foot(foot), "top"))

    def set_playing(self, playing: bool) -> None:
        """Follow the step timer: the animation advances only while it runs."""
        playing = bool(playing)
        if playing == self._playing:
            return
        now = self._clock.monotonic()
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
        running = max(0.0, self._clock.monotonic() - self._since) if self._playing else 0.0
        return self._accum + running

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 250)

    # --- state ------------------------------------------------------------------------------

    def _set_mode(self, mode: Mode, restart: bool = True) -> None:
        self._mode = mode
        if restart:
            self._accum = 0.0
            self._since = self._clock.monotonic() if self._playing else 0.0
        self._dirty = None
        self._description = describe(self._mode)
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

    def _layout(self, width: int | None = None, height: int | None = None) -> Layout:
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
        return Layout(box, t, mirrored, plain, QRectF(0, 0, w, h))

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

    def _still(self, w: int, h: int, lay: Layout, variant: object) -> QPixmap:
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
        motion = self._motion() if self._mode.step is not None else None
        StillPainter(p, lay, th, QColor(bg), variant, self._mode, self._view(), motion,
                     self._geo.touch_sites, self.font()).paint()
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
        accent = marks.vivid(QColor(th.accent))
        if step.animation.motion == "rotation" and pose.angle is not None:
            art.paint_turning_foot(p, view, th, pose.angle)
            self._paint_ring_arrow(p, pose, accent)
        if step.animation.motion == "toe_roll" and pose.toe is not None:
            edge = QPen(QColor(th.calm), art.LINE * 1.6)
            edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            art.paint_toe(p, view, th, pose.toe, stretch=pose.toe_stretch,
                          fill=marks.lit(th, 0.4), outline=edge)
            self._paint_toe_arrows(p, view, pose, accent)
        if step.animation.motion == "stroke" and pose.lane:
            # the lane being stroked now is lit, so the worked area reads at a glance
            line = art.paths_for(view).lanes.get(pose.lane)
            if line is not None:
                band = QPen(marks.with_alpha(marks.lit(th, 0.7), 0.55),
                            0.05)
                band.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(band)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(line)
        for marker, trail in zip(pose.markers, pose.trails + ((),) * len(pose.markers),
                                 strict=False):
            marks.paint_trail(p, marker, trail, accent, alpha)
        for marker in pose.markers:
            marks.paint_marker(p, marker, accent, alpha)

    def _paint_ring_arrow(self, p: art.MappedPainter, pose: fm.Pose, colour: QColor) -> None:
        ring = fm.rotation_ring(self._view(), self._motion())
        cx, cy = ring.centre
        for trail in pose.trails[2:]:
            if trail:
                head = fm.Marker(trail[0][0], 0.026, 0.026, 0.0)
                marks.paint_trail(p, head, trail, colour, 0.9)
        psi = pose.ring_at or 0.0
        at = QPointF(cx + ring.rx * math.cos(psi), cy + ring.ry * math.sin(psi))
        tangent = math.atan2(ring.ry * math.cos(psi) * pose.ring_sign,
                             -ring.rx * math.sin(psi) * pose.ring_sign)
        marks.arrow_head(p, at, tangent, 0.045, colour)

    def _paint_toe_arrows(
        self, p: art.MappedPainter, view: View, pose: fm.Pose, colour: QColor
    ) -> None:
        toe = view.toes[pose.toe or 0]
        p.save()
        p.translate(toe.x, toe.y)
        p.rotate(toe.angle)
        c = marks.with_alpha(colour, 0.85)
        pen = QPen(c, 0.005)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        top = -toe.length / 2 * pose.toe_stretch - (pose.toe_stretch - 1) * toe.length / 2
        if pose.stretching:
            # forward and back: a double arrow beyond the tip, along the toe
            y0, y1 = top - 0.018, top - 0.062
            p.drawLine(QPointF(0, y0), QPointF(0, y1))
            marks.arrow_head(p, QPointF(0, y1), -math.pi / 2, 0.02, c)
            marks.arrow_head(p, QPointF(0, y0), math.pi / 2, 0.02, c)
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
            marks.arrow_head(p, end, heading, 0.018, c)
        p.restore()


def _foot(foot: str) -> str:
    if foot not in FEET:
        raise ValueError(f"foot must be one of {FEET}, got {foot!r}")
    return foot
