"""The foot map: one foot drawn from the top or the sole, the place to mark what was seen.

It reuses the diagram's artwork and geometry (one drawing of the foot in the program). A spot
is kept in the right foot's normalised coordinates, x and y in 0..1 of the view box, so the
same spot lands in the same place on the mirrored left foot, in History and in the player.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from neurofoot_desktop.core.footcheck import Finding
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.ui import theme as theme_mod
from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram.geometry import default_geometry


def view_transform(rect: QRectF, foot: Foot, aspect: float) -> QTransform:
    """Normalised view coordinates (x 0..aspect, y 0..1) -> pixels, the left foot mirrored."""
    bw, bh = rect.width(), rect.height()
    if bw / max(bh, 1.0) > aspect:
        bw = bh * aspect
    else:
        bh = bw / aspect
    left = rect.left() + (rect.width() - bw) / 2
    top = rect.top() + (rect.height() - bh) / 2
    if foot == Foot.LEFT:
        return QTransform(-bh, 0, 0, bh, left + aspect * bh, top)
    return QTransform(bh, 0, 0, bh, left, top)


def paint_spots(painter: QPainter, transform: QTransform, spots: Sequence[Finding],
                aspect: float, numbered: bool = True) -> None:
    """Each spot as a ring with its number: amber rings for spots to avoid, red for spots that
    rule the massage out. Drawn in pixels, so the numbers are never mirrored."""
    th = theme_mod.current()
    radius = max(9.0, transform.m22() * 0.035)
    font = QFont(painter.font())
    font.setPixelSize(max(10, round(radius * 1.1)))
    font.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    for number, spot in enumerate(spots, 1):
        centre = transform.map(QPointF(spot.x * aspect, spot.y))
        colour = QColor(th.danger if spot.blocks else th.warning)
        fill = QColor(colour)
        fill.setAlphaF(0.28)
        painter.setPen(QPen(colour, max(2.0, radius * 0.22)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        if numbered:
            painter.setPen(QColor(th.text))
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()


def i18n_view(view: View) -> str:
    if view == View.TOP:
        return QCoreApplication.translate("FootCheck", "top")
    return QCoreApplication.translate("FootCheck", "sole")


class FootMap(QWidget):
    """Click inside the foot to mark a spot (spotClicked gives x, y in 0..1)."""

    spotClicked = Signal(float, float)

    def __init__(self, foot: Foot = Foot.LEFT, view: View = View.TOP,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foot_map")
        self._geo = default_geometry()
        self.foot = foot
        self.view = view
        self.spots: list[Finding] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(200, 150)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def show_foot(self, foot: Foot, view: View, spots: Sequence[Finding]) -> None:
        self.foot, self.view = foot, view
        self.spots = [s for s in spots if s.foot == foot and s.view == view]
        self.setAccessibleName(self.description())
        self.update()

    def description(self) -> str:
        side = self.tr("left foot") if self.foot == Foot.LEFT else self.tr("right foot")
        where = self.tr("top") if self.view == View.TOP else self.tr("sole")
        return self.tr("Drawing of the {foot}, {view}: %n spot(s) marked. Click to mark "
                       "another.", "", len(self.spots)).format(foot=side, view=where)

    def transform(self) -> QTransform:
        margin = max(4.0, min(self.width(), self.height()) * 0.03)
        rect = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        return view_transform(rect, self.foot, self._geo.aspect)

    def spot_at(self, pos: QPointF) -> tuple[float, float] | None:
        """The normalised point under a pixel, or None outside the foot."""
        inverse, ok = self.transform().inverted()
        if not ok:
            return None
        at = inverse.map(pos)
        if not art.silhouette(self._geo.views[self.view.value]).contains(at):
            return None
        return (min(1.0, max(0.0, at.x() / self._geo.aspect)), min(1.0, max(0.0, at.y())))

    def point_of(self, x: float, y: float) -> QPointF:
        """The pixel of a normalised point (tests click where a person would)."""
        return self.transform().map(QPointF(x * self._geo.aspect, y))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        spot = self.spot_at(event.position())
        if spot is not None:
            self.spotClicked.emit(*spot)

    def paintEvent(self, event: QPaintEvent) -> None:
        th = theme_mod.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        xf = self.transform()
        art.paint_view(art.MappedPainter(painter, xf), self._geo.views[self.view.value], th)
        paint_spots(painter, xf, self.spots, self._geo.aspect)
        painter.end()
