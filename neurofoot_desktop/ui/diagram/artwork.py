"""The static foot artwork: QPainterPaths built from the Bezier curves in foot_geometry.

Everything here paints in normalised view coordinates; the caller sets the painter's transform
(scale to the box, and a mirror for the left foot). Colours come from the theme passed in, so
a theme switch only needs a new cached picture.

Outlines use the classic "stroke twice as wide, then fill" trick: every part's outline is
stroked at double width first and all fills go on top, so only the outer half of each outline
stays visible. The union of heel, leg and toes then reads as one skin without any path
boolean operations, and a part can be redrawn alone (a turning foot, a toe being rolled).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
    QTransform,
)

from neurofoot_desktop.ui.diagram.geometry import Spline, Toe, View
from neurofoot_desktop.ui.theme import Theme

LINE = 0.0042  # outline width in box heights (about 2.5 px at 600 px)
DETAIL = 0.0026


class MappedPainter:
    """Draws shapes given in view coordinates through a QPainter that stays in pixels.

    Qt's raster engine is an order of magnitude slower when a path in 0..1 coordinates is
    drawn under a large scaling transform (measured at 800x600: 4.5 ms to stroke the foot's
    outline that way, 0.15 ms for the same outline mapped to pixels first). So every shape is
    mapped here, pen widths are scaled to match and gradients get the mapping as their brush
    transform. Only the QPainter calls the diagram uses are offered.
    """

    def __init__(self, painter: QPainter, transform: QTransform) -> None:
        self.p = painter
        self.xf = transform
        self._stack: list[QTransform] = []

    @property
    def scale(self) -> float:
        return math.sqrt(abs(self.xf.determinant()))

    def save(self) -> None:
        self.p.save()
        self._stack.append(self.xf)

    def restore(self) -> None:
        self.p.restore()
        self.xf = self._stack.pop()

    def translate(self, x: float, y: float) -> None:
        self.xf = QTransform.fromTranslate(x, y) * self.xf

    def rotate(self, degrees: float) -> None:
        t = QTransform()
        t.rotate(degrees)
        self.xf = t * self.xf

    def scale_by(self, sx: float, sy: float) -> None:
        """Stretch what follows (for gradients); pens would stretch with it, so fill only."""
        self.xf = QTransform.fromScale(sx, sy) * self.xf

    def setTransform(self, t: QTransform, combine: bool = False) -> None:
        self.xf = t * self.xf if combine else t

    def setRenderHint(self, hint: QPainter.RenderHint, on: bool = True) -> None:
        self.p.setRenderHint(hint, on)

    def _brush(self, brush: QBrush) -> QBrush:
        if brush.gradient() is not None:
            brush = QBrush(brush)
            brush.setTransform(self.xf)
        return brush

    def setPen(self, pen: QPen | QColor | Qt.PenStyle) -> None:
        if isinstance(pen, QPen):
            pen = QPen(pen)
            pen.setWidthF(pen.widthF() * self.scale)
            pen.setBrush(self._brush(pen.brush()))
        self.p.setPen(pen)

    def setBrush(self, brush: QBrush | QColor | Qt.BrushStyle) -> None:
        self.p.setBrush(self._brush(brush) if isinstance(brush, QBrush) else brush)

    def drawPath(self, path: QPainterPath) -> None:
        self.p.drawPath(self.xf.map(path))

    def drawLine(self, a: QPointF, b: QPointF) -> None:
        self.p.drawLine(self.xf.map(a), self.xf.map(b))

    def drawEllipse(self, at: QPointF | QRectF, rx: float = 0.0, ry: float = 0.0) -> None:
        path = QPainterPath()
        if isinstance(at, QRectF):
            path.addEllipse(at)
        else:
            path.addEllipse(at, rx, ry)
        self.drawPath(path)

    def drawArc(self, rect: QRectF, start16: int, span16: int) -> None:
        path = QPainterPath()
        path.arcMoveTo(rect, start16 / 16)
        path.arcTo(rect, start16 / 16, span16 / 16)
        self.drawPath(path)

    def fillRect(self, rect: QRectF, brush: QBrush) -> None:
        path = QPainterPath()
        path.addRect(rect)
        self.p.fillPath(self.xf.map(path), self._brush(brush))

    def setClipPath(self, path: QPainterPath, op: Qt.ClipOperation) -> None:
        self.p.setClipPath(self.xf.map(path), op)

    def map(self, x: float, y: float) -> QPointF:
        return self.xf.map(QPointF(x, y))


def qpath(spline: Spline) -> QPainterPath:
    path = QPainterPath(QPointF(*spline.start))
    for c1, c2, end in spline.segments:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    if spline.closed:
        path.closeSubpath()
    return path


def toe_path(toe: Toe, stretch: float = 1.0, base: float = 0.03) -> QPainterPath:
    """A toe: a rounded, slightly bulbous tip on a base that reaches into the forefoot.

    Drawn pointing up around its centre, then rotated; `stretch` lengthens or shortens it
    about its base (a toe eased forward or curled back) and `base` is how far it runs on
    under the forefoot, out of sight.
    """
    w, h = toe.width / 2, toe.length * stretch
    top = -toe.length / 2 + (toe.length - h)  # keep the base where it is when stretching
    bottom = toe.length / 2 + base
    k = 0.5523  # circle-to-Bezier constant
    tip_r = w * 1.02
    path = QPainterPath(QPointF(-w * 0.93, bottom))
    path.cubicTo(QPointF(-w * 0.93, bottom - 0.4 * h), QPointF(-w * 1.04, top + 1.6 * tip_r),
                 QPointF(-w * 1.0, top + tip_r))
    path.cubicTo(QPointF(-w * 1.0, top + tip_r * (1 - k)), QPointF(-tip_r * k, top),
                 QPointF(0, top))
    path.cubicTo(QPointF(tip_r * k, top), QPointF(w * 1.0, top + tip_r * (1 - k)),
                 QPointF(w * 1.0, top + tip_r))
    path.cubicTo(QPointF(w * 1.04, top + 1.6 * tip_r), QPointF(w * 0.93, bottom - 0.4 * h),
                 QPointF(w * 0.93, bottom))
    path.closeSubpath()
    return _placed(path, toe)


def nail_path(toe: Toe, stretch: float = 1.0) -> QPainterPath:
    if toe.nail <= 0:
        return QPainterPath()
    w = toe.width / 2
    top = -toe.length / 2 + toe.length * (1 - stretch)
    nail_len = toe.length * toe.nail
    nw = w * 0.64
    y0 = top + toe.width * 0.16
    path = QPainterPath(QPointF(-nw, y0 + nail_len))
    path.cubicTo(QPointF(-nw * 1.05, y0 + nail_len * 0.4), QPointF(-nw * 0.95, y0),
                 QPointF(0, y0))
    path.cubicTo(QPointF(nw * 0.95, y0), QPointF(nw * 1.05, y0 + nail_len * 0.4),
                 QPointF(nw, y0 + nail_len))
    path.cubicTo(QPointF(nw * 0.5, y0 + nail_len * 1.12), QPointF(-nw * 0.5, y0 + nail_len * 1.12),
                 QPointF(-nw, y0 + nail_len))
    path.closeSubpath()
    return _placed(path, toe)


def knuckle_path(toe: Toe, stretch: float = 1.0) -> QPainterPath:
    """A short crease across the middle of the toe, the joint a helper would roll."""
    w = toe.width / 2
    y = toe.length * (0.5 - 0.62 * stretch)
    path = QPainterPath(QPointF(-w * 0.55, y + w * 0.08))
    path.quadTo(QPointF(0, y - w * 0.16), QPointF(w * 0.55, y + w * 0.08))
    return _placed(path, toe)


def _placed(path: QPainterPath, toe: Toe) -> QPainterPath:
    t = QTransform()
    t.translate(toe.x, toe.y)
    t.rotate(toe.angle)
    return t.map(path)


@dataclass
class ViewPaths:
    """The QPainterPaths of one view, built once."""

    outline: QPainterPath
    leg: QPainterPath | None
    leg_patch: QPainterPath | None  # the leg's lower part, refilled over a turning foot
    toes: list[QPainterPath]
    nails: list[QPainterPath]
    knuckles: list[QPainterPath]
    toe_outside: list[QPainterPath]  # around each toe, minus the foot: where a toe may show
    details: list[QPainterPath]
    shading: list[tuple[QPainterPath, float]]
    ankle_bones: list[QPainterPath]
    regions: dict[str, QPainterPath]
    lanes: dict[str, QPainterPath]


_paths: dict[int, tuple[View, ViewPaths]] = {}


def paths_for(view: View) -> ViewPaths:
    hit = _paths.get(id(view))
    if hit is not None and hit[0] is view:
        return hit[1]
    outline = qpath(view.outline)
    leg = qpath(view.leg) if view.leg else None
    leg_patch = None
    if leg is not None and view.pivot is not None:
        # Only the part of the leg near the ankle can overlap the turning foot.
        band = QPainterPath()
        band.addRect(QRectF(-1, view.pivot[1] - 0.16, 4, 1))
        leg_patch = leg.intersected(band)
    toes = [toe_path(t) for t in view.toes]
    outside = []
    for toe in view.toes:
        # from a little beyond the tip down to the toe's own base, minus the foot
        around = QPainterPath()
        around.addRect(QRectF(-toe.width, -toe.length * 0.75, toe.width * 2, toe.length * 1.25))
        outside.append(_placed(around, toe).subtracted(outline))
    vp = ViewPaths(
        outline=outline,
        leg=leg,
        leg_patch=leg_patch,
        toes=toes,
        nails=[nail_path(t) for t in view.toes],
        knuckles=[knuckle_path(t) for t in view.toes],
        toe_outside=outside,
        details=[qpath(d) for d in view.details],
        shading=[(qpath(s), a) for s, a in view.shading],
        ankle_bones=[qpath(b) for b in view.ankle_bones],
        regions={k: qpath(v) for k, v in view.regions.items()},
        lanes={k: qpath(v) for k, v in view.lane_splines.items()},
    )
    _paths[id(view)] = (view, vp)
    return vp


_silhouettes: dict[tuple[int, int | None], QPainterPath] = {}


def silhouette(view: View, hide_toe: int | None = None) -> QPainterPath:
    """The foot and its visible toes as one shape (a boolean union, made once)."""
    key = (id(view), hide_toe)
    hit = _silhouettes.get(key)
    if hit is None:
        vp = paths_for(view)
        hit = QPainterPath(vp.outline)
        for i, toe in enumerate(vp.toes):
            if i != hide_toe:
                hit = hit.united(toe)
        _silhouettes[key] = hit
    return hit


def _alpha(colour: str, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def outline_pen(theme: Theme, width: float = LINE) -> QPen:
    pen = QPen(QColor(theme.skin_line), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def paint_view(
    p: MappedPainter, view: View, theme: Theme, *, hide_toe: int | None = None,
    with_foot: bool = True,
) -> None:
    """The still artwork of a view. with_foot=False leaves out the turning foot (side view)."""
    vp = paths_for(view)
    skin = QBrush(QColor(theme.skin))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # 1. double-width outlines of the parts that make up the silhouette
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(outline_pen(theme, LINE * 2))
    if vp.leg is not None:
        p.drawPath(vp.leg)
    if with_foot:
        p.drawPath(vp.outline)
    # 2. the leg's fill, then the foot and toes on top of it
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(skin)
    if vp.leg is not None:
        p.drawPath(vp.leg)
    if not with_foot:
        return
    paint_foot(p, view, theme, hide_toe=hide_toe, outline_done=True)
    if vp.leg_patch is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(skin)
        p.drawPath(vp.leg_patch)
        paint_ankle_bones(p, view, theme)


def paint_foot(
    p: MappedPainter, view: View, theme: Theme, *, hide_toe: int | None = None,
    outline_done: bool = False,
) -> None:
    """The foot with its toes and details, in the painter's current transform."""
    vp = paths_for(view)
    skin = QBrush(QColor(theme.skin))
    if not outline_done:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(outline_pen(theme, LINE * 2))
        p.drawPath(vp.outline)
    # Toes from the little one to the big one, each with its own outline, so the bigger toe
    # overlaps its neighbour the way real toes do; the foot's fill then hides their bases.
    for i in reversed(range(len(vp.toes))):
        if i == hide_toe:
            continue
        paint_toe(p, view, theme, i, redrawn=False)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(skin)
    p.drawPath(vp.outline)
    if view.leg is None:
        # Side views skip this: a turning foot cannot have it cheaply, and both side-view
        # steps should look alike. With a toe left out (to be drawn moving), the rim still
        # follows the whole foot, so no shadow line appears across that toe's base.
        p.save()
        p.setClipPath(silhouette(view, hide_toe), Qt.ClipOperation.IntersectClip)
        _inner_shadow(p, silhouette(view), theme)
        p.restore()
    for path, alpha in vp.shading:
        p.setBrush(_alpha(theme.skin_line, alpha))
        p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)
    detail = QPen(_alpha(theme.skin_line, 0.3), DETAIL)
    detail.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(detail)
    for path in vp.details:
        p.drawPath(path)
    for i in range(len(vp.toes)):
        if i != hide_toe:
            _toe_details(p, vp, theme, i)


def paint_toe(
    p: MappedPainter, view: View, theme: Theme, index: int, *, stretch: float = 1.0,
    redrawn: bool = True, fill: QColor | None = None, outline: QPen | None = None,
) -> None:
    """One toe. A redrawn toe (over a picture made without it) is clipped to outside the foot,
    so its hidden base and its outline there never show and the foot's shading stays intact.
    """
    vp = paths_for(view)
    toe = view.toes[index]
    path = vp.toes[index] if stretch == 1.0 else toe_path(toe, stretch)
    p.save()
    if redrawn:
        p.setClipPath(vp.toe_outside[index], Qt.ClipOperation.IntersectClip)
    p.setPen(outline if outline is not None else outline_pen(theme))
    p.setBrush(fill if fill is not None else QColor(theme.skin))
    p.drawPath(path)
    if redrawn:
        _toe_details(p, vp, theme, index, toe_path_override=(toe, stretch))
    p.restore()


def _toe_details(
    p: MappedPainter, vp: ViewPaths, theme: Theme, i: int,
    toe_path_override: tuple[Toe, float] | None = None,
) -> None:
    if toe_path_override is not None:
        toe, stretch = toe_path_override
        nail, knuckle = nail_path(toe, stretch), knuckle_path(toe, stretch)
    else:
        nail, knuckle = vp.nails[i], vp.knuckles[i]
    pen = QPen(_alpha(theme.skin_line, 0.5), DETAIL)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if not nail.isEmpty():
        p.setPen(pen)
        p.setBrush(_alpha("#ffffff", 0.35 if theme.name == "light" else 0.08))
        p.drawPath(nail)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(_alpha(theme.skin_line, 0.3), DETAIL))
    p.drawPath(knuckle)


def _inner_shadow(p: MappedPainter, path: QPainterPath, theme: Theme) -> None:
    """A soft darker rim just inside the outline, so the foot reads as rounded, not flat."""
    p.save()
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for width, alpha in ((0.05, 0.05), (0.026, 0.06), (0.012, 0.07)):
        p.setPen(QPen(_alpha(theme.skin_line, alpha), width))
        p.drawPath(path)
    p.restore()


def paint_ankle_bones(p: MappedPainter, view: View, theme: Theme) -> None:
    """The ankle bone as a soft rounded bump: shading and a crease under it, no hard ring."""
    vp = paths_for(view)
    for path in vp.ankle_bones:
        r = path.boundingRect()
        grad = QRadialGradient(r.center() + QPointF(r.width() * 0.1, r.height() * 0.15),
                               max(r.width(), r.height()) * 0.6)
        grad.setColorAt(0, _alpha(theme.skin_line, 0.0))
        grad.setColorAt(0.6, _alpha(theme.skin_line, 0.05))
        grad.setColorAt(1, _alpha(theme.skin_line, 0.0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(grad))
        p.drawEllipse(r.center(), r.width() * 0.65, r.height() * 0.65)
        crease = QPainterPath()
        crease.arcMoveTo(r, 200)
        crease.arcTo(r, 200, 120)
        pen = QPen(_alpha(theme.skin_line, 0.35), DETAIL)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(crease)


def turn_about(pivot: tuple[float, float], degrees: float) -> QTransform:
    t = QTransform()
    t.translate(*pivot)
    t.rotate(degrees)
    t.translate(-pivot[0], -pivot[1])
    return t


def paint_turning_foot(p: MappedPainter, view: View, theme: Theme, degrees: float) -> None:
    """The side-view foot turned about the ankle, drawn over a still leg."""
    vp = paths_for(view)
    assert view.pivot is not None
    p.save()
    p.setTransform(turn_about(view.pivot, degrees), True)
    paint_foot(p, view, theme)
    p.restore()
    if vp.leg_patch is not None:
        # The leg's lower part covers the foot's hidden top edge, so the ankle stays one skin.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.skin))
        p.drawPath(vp.leg_patch)
    paint_ankle_bones(p, view, theme)
