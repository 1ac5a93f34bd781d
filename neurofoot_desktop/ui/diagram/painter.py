"""The still picture of the foot diagram, painted once per size, foot, view, theme and step.

Everything that does not move during a step: the artwork, the worked regions, the stroke
lanes and their arrows, the skipped heel, the comfortable range, the touch site, the labels
and the LEFT/RIGHT heading. The widget blits it each frame under the moving overlay.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
    QTransform,
)

from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram import marks
from neurofoot_desktop.ui.diagram import motion as fm
from neurofoot_desktop.ui.diagram.geometry import StepMotion, TouchSite, View
from neurofoot_desktop.ui.diagram.mode import Mode
from neurofoot_desktop.ui.diagram.words import cue_words, label_words
from neurofoot_desktop.ui.i18n import foot_words, view_words
from neurofoot_desktop.ui.theme import Theme


@dataclass(frozen=True)
class Layout:
    box: QRectF  # the view box in widget pixels (aspect kept, centred)
    transform: QTransform  # normalised view coordinates -> widget pixels (mirrored for left)
    mirrored: bool
    box_transform: QTransform  # the same without the step's own placement of the view
    area: QRectF | None = None  # the whole widget: the heading may use its side margins


class StillPainter:
    """Paints the still picture of one mode: artwork, step marks and labels.

    Given everything it draws (the widget hands it in), so it never reaches back into the
    widget: `motion` is the step's motion (None without a step), `font` the widget's font.
    """

    def __init__(self, p: QPainter, lay: Layout, th: Theme, bg: QColor, variant: object,
                 mode: Mode, view: View, motion: StepMotion | None,
                 touch_sites: Mapping[str, TouchSite], font: QFont) -> None:
        self.p, self.lay, self.th, self.bg, self.variant = p, lay, th, bg, variant
        self.m = art.MappedPainter(p, lay.transform)  # for shapes in view coordinates
        self.mode, self.view, self.touch_sites, self.base_font = mode, view, touch_sites, font
        self._motion = motion
        self.h = lay.box.height()
        self.scale = th.scale  # labels follow the font-size setting in full (issue 14, finding 9)
        self.drawn: list[QRectF] = []  # where words went: the heading keeps clear of them

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

    def motion(self) -> StepMotion:
        assert self._motion is not None, "a step's marks need its motion"
        return self._motion

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
        grad.setColorAt(0, marks.with_alpha(self.bg, 0))
        grad.setColorAt(1, marks.with_alpha(self.bg, 1))
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
        lit = marks.lit(th, 0.55)
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
            p.setBrush(marks.with_alpha(th.warning_bg, 0.55))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawPath(heel)
            p.setPen(QPen(marks.with_alpha(warn, 0.7), 0.0045))
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
            p.setPen(QPen(marks.with_alpha(th.muted, 0.6), 0.003, Qt.PenStyle.DotLine))
            p.drawPath(heel)

    def _lanes(self) -> None:
        """Each stroke's path, dashed, with chevrons and an arrowhead: the direction at rest."""
        p = self.m
        motion = self.motion()
        colour = marks.vivid(QColor(self.th.accent))
        vp = art.paths_for(self.view)
        for name in motion.lanes:
            lane, line = self.view.lanes.get(name), vp.lanes.get(name)
            if lane is None or line is None:
                continue
            pen = QPen(marks.with_alpha(colour, 0.55), 0.004, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(line)
            for f in (0.3, 0.55):
                marks.chevron(p, lane.at(f), lane.heading(f), 0.02, marks.with_alpha(colour, 0.75))
            marks.arrow_head(p, QPointF(*lane.at(1.0)), lane.heading(0.995), 0.03,
                        marks.with_alpha(colour, 0.7))

    def _track(self) -> None:
        """Where the thumbs travel, dotted."""
        p = self.m
        motion = self.motion()
        track = self.view.lanes.get(motion.track)
        line = art.paths_for(self.view).lanes.get(motion.track)
        if track is None or line is None:
            return
        colour = QColor(self.th.accent)
        pen = QPen(marks.with_alpha(colour, 0.35), 0.003, Qt.PenStyle.DotLine)
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
        grad.setColorAt(0, marks.with_alpha(calm, 0.5))
        grad.setColorAt(0.6, marks.with_alpha(calm, 0.3))
        grad.setColorAt(1, marks.with_alpha(calm, 0))
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
        pen = QPen(marks.with_alpha(self.th.muted, 0.55), 0.003, Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        end = path.currentPosition()
        marks.arrow_head(p, end, math.radians(-path.angleAtPercent(1.0)), 0.016,
                    marks.with_alpha(self.th.muted, 0.7))

    def _range_and_ring(self) -> None:
        """The comfortable range: a band round the ankle that the toes stay within."""
        p, view = self.m, self.view
        motion = self.motion()
        assert view.pivot is not None
        ring = fm.rotation_ring(view, motion)
        calm = QColor(self.th.calm)
        lo, hi = motion.range_deg
        radius = ring.reach + 0.055
        start = -(math.degrees(ring.tip_angle) + lo)
        span = -(hi - lo)
        rect = QRectF(view.pivot[0] - radius, view.pivot[1] - radius, 2 * radius, 2 * radius)
        band = QPen(marks.with_alpha(calm, 0.35), 0.03)
        band.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(band)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(rect, round(start * 16), round(span * 16))
        edge = QPen(marks.with_alpha(calm, 0.9), 0.005)
        edge.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(edge)
        for deg in (lo, hi):  # end stops: the edge of the easy range
            a = ring.tip_angle + math.radians(deg)
            inner, outer = radius - 0.03, radius + 0.03
            p.drawLine(QPointF(view.pivot[0] + inner * math.cos(a), view.pivot[1]
                               + inner * math.sin(a)),
                       QPointF(view.pivot[0] + outer * math.cos(a), view.pivot[1]
                               + outer * math.sin(a)))
        pen = QPen(marks.with_alpha(self.th.accent, 0.5), 0.005)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(*ring.centre), ring.rx, ring.ry)
        p.setPen(QPen(marks.with_alpha(self.th.skin_line, 0.5), 0.003))
        p.setBrush(marks.with_alpha(self.th.skin_line, 0.5))
        p.drawEllipse(QPointF(*view.pivot), 0.006, 0.006)

    # -- words, in widget pixels (never mirrored) --

    def _font(self, size: float, bold: bool = False) -> QFont:
        f = QFont(self.base_font)
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
        self.drawn.append(path.boundingRect())
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

        Each line sits under the one before (by their drawn heights: at 200 % they ran into
        each other, issue 14) and keeps the size the text-size setting gives it: where the
        room beside the drawing (and the labels already drawn) is short, it wraps to a
        second line before it is made smaller.
        """
        mode, th = self.mode, self.th
        left = mode.foot == "left"
        box = self.lay.box
        area = self.lay.area or box
        edge = max(6.0, self.h * 0.03)
        x = area.left() + edge if left else area.right() - edge
        align = "left" if left else "right"
        top = box.top() + self.h * 0.02
        name = foot_words(mode.foot, "heading")
        short_view = view_words(mode.view, short=True)
        cue = cue_words(mode, self.variant, self._toe_index(), len(self.view.toes))
        icon = self.variant in ("cw", "ccw")
        parts = [(name, self.h * 0.068, True, QColor(th.text)),
                 (short_view, self.h * 0.038, False, QColor(th.muted))]
        if cue:
            parts.append((cue, self.h * 0.042, True, QColor(th.accent)))
        # Each part gets the room beside the drawing (and the words already drawn) over
        # its own lines: measured over one line, then again over the lines it takes.
        laid = []
        y = top
        for text, size, bold, colour in parts:
            indent = self._font(size, True).pixelSize() * 1.76 if icon and text == cue else 0.0
            step = QFontMetricsF(self._font(size, bold)).height()
            lines: list[str] = []
            for _ in range(2):
                room = self._room_beside_foot(x, y, y + step * max(1, len(lines)), left)
                font, lines = self._wrap(text, size, bold, room - indent)
                step = QFontMetricsF(font).height()
            laid.append((lines, font, colour, y, indent, step))
            y += step * len(lines) + self.h * 0.012
        for lines, font, colour, y, indent, step in laid:
            if indent:
                size = font.pixelSize() * 1.1
                ix = x + size / 2 if left else x - size / 2
                marks.circle_arrow(self.p, QPointF(ix, y + step / 2), size / 2,
                                   self.variant == "cw", QColor(th.accent), max(2.0, size * 0.12))
            for i, line in enumerate(lines):
                at_x = x + indent if left else x - indent
                self._text(QPointF(at_x, y + step * (i + 0.5)), line, font, colour, align)

    def _wrap(self, text: str, size: float, bold: bool, room: float) -> tuple[QFont, list[str]]:
        """The text's lines within room: at its own size in one or two lines, else a little
        smaller; a word alone wider than room is made to fit (never below 11 px)."""
        font = self._font(size, bold)
        words = text.split() or [text]
        while True:
            metrics = QFontMetricsF(font)
            widest = max(metrics.horizontalAdvance(w) for w in words)
            if room > 0 and widest > room:
                font.setPixelSize(max(11, math.floor(font.pixelSize() * room / widest)))
                metrics = QFontMetricsF(font)
            lines: list[str] = []
            for word in words:
                if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= max(room, 1.0):
                    lines[-1] = f"{lines[-1]} {word}"
                else:
                    lines.append(word)
            if len(lines) <= 2 or font.pixelSize() <= 11:
                return font, lines
            font.setPixelSize(max(11, math.floor(font.pixelSize() * 0.9)))

    def _room_beside_foot(self, x: float, top: float, bottom: float, left: bool) -> float:
        """Pixels between the heading's edge and the drawing (or words), from top to bottom."""
        view, xf = self.view, self.lay.transform
        points = [xf.map(QPointF(*pt)) for pt in view.outline.sample(6)]
        if view.leg is not None:
            points += [xf.map(QPointF(*pt)) for pt in view.leg.sample(6)]
        for toe in view.toes:
            points.append(xf.map(QPointF(*toe.tip)))
            points += [xf.map(QPointF(toe.x + dx, toe.y - toe.length / 2))
                       for dx in (-toe.width / 2, toe.width / 2)]
        near = [pt.x() for pt in points if pt.y() <= bottom + self.h * 0.02]
        near += [r.left() if left else r.right() for r in self.drawn
                 if r.top() <= bottom and r.bottom() >= top and (
                     r.right() > x if left else r.left() < x)]
        gap = self.h * 0.04
        if not near:
            return self.lay.box.width() / 2
        return (min(near) - x - gap) if left else (x - max(near) - gap)

    def _inside(self, at: QPointF, text: str, font: QFont,
                align: str) -> tuple[QPointF, str, QFont]:
        """Where and how large to draw the words so that they stay inside the picture:
        smaller if need be, and moved in when even 11 px is too wide."""
        area = self.lay.area or self.lay.box
        room = {"left": area.right() - at.x(), "right": at.x() - area.left(),
                "center": 2 * min(at.x() - area.left(), area.right() - at.x())}[align] - 4
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > room:
            font = QFont(font)
            font.setPixelSize(max(11, math.floor(font.pixelSize() * max(room, 1) / width)))
            over = QFontMetricsF(font).horizontalAdvance(text) - room
            if over > 0:
                shift = {"left": -over, "right": over, "center": 0.0}[align]
                if align == "center":
                    shift = over / 2 if at.x() < area.center().x() else -over / 2
                at = QPointF(at.x() + shift, at.y())
        return at, text, font

    def _labels(self) -> None:
        mode, th, view = self.mode, self.th, self.view
        step = mode.step
        if step is None:
            return
        motion = self.motion()
        font = self._font(self.h * 0.04, True)
        halo = marks.with_alpha(self.bg, 0.85)
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
                target = self._px(*marks.centre(region))
                align = "right" if pos.x() < target.x() else "left"
                gap = font.pixelSize() * 0.4
                start = QPointF(pos.x() + (gap if align == "right" else -gap), pos.y())
                self.p.setPen(QPen(marks.with_alpha(th.muted, 0.8), max(1.5, self.h * 0.0025)))
                self.p.drawLine(start, target)
                self.p.setBrush(QColor(th.muted))
                self.p.drawEllipse(target, self.h * 0.005, self.h * 0.005)
            self._text(*self._inside(pos, label_words(name), font, align), QColor(th.text),
                       align, halo)
        heel = vp.regions.get("heel")
        if heel is not None and mode.heel_aware and mode.heel_sensitive:
            self._pill(self._px(*marks.centre(heel)),
                       QCoreApplication.translate("FootDiagram", "skip"),
                       self._font(self.h * 0.045, True),
                       QColor(th.warning), QColor(th.warning_bg), QColor(th.warning))
        if step.animation.motion == "rotation" and view.pivot is not None:
            ring = fm.rotation_ring(view, motion)
            hi = math.radians(motion.range_deg[1]) + ring.tip_angle
            rad = ring.reach + 0.055
            end = self._px(view.pivot[0] + rad * math.cos(hi), view.pivot[1] + rad * math.sin(hi))
            # under the lower end of the range, reaching back towards the middle of the box
            side = "right" if end.x() > self.lay.box.center().x() else "left"
            pos = QPointF(end.x(), end.y() + self.h * 0.06)
            r = self._text(pos, QCoreApplication.translate("FootDiagram", "comfortable range"),
                           font, QColor(th.text), side, halo)
            self._text(QPointF(r.right() if side == "right" else r.left(),
                               r.bottom() + self.h * 0.03),
                       QCoreApplication.translate("FootDiagram", "never force"),
                       self._font(self.h * 0.034), QColor(th.muted), side, halo)

    def _touch_site(self) -> None:
        """Where to touch (solid ring) or where to hover without touching (dashed, crossed)."""
        th, mode = self.th, self.mode
        site = self.touch_sites[mode.site or ""]
        at = self._px(*site.at)
        r = self.h * 0.045
        colour = QColor(th.accent)
        p = self.p
        if mode.pretend:
            p.setPen(QPen(colour, max(2.0, self.h * 0.006), Qt.PenStyle.DashLine))
            p.setBrush(marks.with_alpha(colour, 0.08))
            p.drawEllipse(at, r, r)
            # the fingertip held above the skin: raised, with its shadow apart from it
            marks.fingertip(p, QPointF(at.x() + r * 0.9, at.y() - r * 1.2), self.h, colour, 0.35)
            p.setPen(QPen(QColor(th.warning), max(2.5, self.h * 0.008)))
            d = r * 0.45
            p.drawLine(QPointF(at.x() - d, at.y() - d), QPointF(at.x() + d, at.y() + d))
            p.drawLine(QPointF(at.x() - d, at.y() + d), QPointF(at.x() + d, at.y() - d))
            text = QCoreApplication.translate("FootDiagram", "pretend: do not touch")
            fg, fill = QColor(th.warning), QColor(th.warning_bg)
        else:
            p.setPen(QPen(colour, max(2.0, self.h * 0.006)))
            p.setBrush(marks.with_alpha(colour, 0.18))
            p.drawEllipse(at, r, r)
            p.setBrush(marks.with_alpha(colour, 0.7))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(at, r * 0.28, r * 0.28)
            marks.fingertip(p, QPointF(at.x() + r * 0.35, at.y() - r * 0.35), self.h, colour, 0.7)
            text = QCoreApplication.translate("FootDiagram", "touch lightly here")
            fg, fill = QColor(th.text), QColor(th.surface)
        label_at = QPointF(at.x(), at.y() + r + self.h * 0.06)
        box = self.lay.box
        if label_at.y() > box.bottom() - self.h * 0.04:
            label_at = QPointF(at.x(), at.y() - r - self.h * 0.12)
        self._pill(label_at, text, self._font(self.h * 0.04, True), fg, fill,
                   QColor(th.warning if mode.pretend else th.accent))

