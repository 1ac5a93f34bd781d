"""History's "Foot checks" tab (issue 19): what each look found, by date, on small foot maps;
the skin-temperature differences over time against the 2.2 °C (4 °F) line; the photo gallery.

Hooked into the page with one line, `footchecks.attach(view)`: it adds its tab and re-reads
the log itself (when the tab is shown, and when a session is deleted or brought back).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import footcheck as store_fc
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.diagram import artwork as art
from neurofoot_desktop.ui.diagram.geometry import default_geometry
from neurofoot_desktop.ui.footcheck.footmap import i18n_view, paint_spots, view_transform
from neurofoot_desktop.ui.widgets.controls import button, label

MAX_DAYS_SHOWN = 30  # the most recent looks with something marked; older ones are in exports


def day_words(record: store_fc.FootCheckRecord) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(record.started_at.timestamp())),
                              "ddd d MMM yyyy")


def summary_words(record: store_fc.FootCheckRecord) -> str:
    """"Blister, left foot, sole · Callus, right foot, sole" or "All clear on both feet"."""
    if record.findings:
        return "\n".join(
            QCoreApplication.translate("FootCheckHistory", "{kind}, {foot}, {view}").format(
                kind=i18n.footcheck_kind_words(f.kind.value), foot=i18n.foot_words(f.foot.value),
                view=i18n_view(f.view)) + (f" — {f.note}" if f.note else "")
            for f in record.findings)
    if record.clear >= set(Foot):
        return QCoreApplication.translate("FootCheckHistory", "All clear on both feet")
    if record.clear:
        (foot,) = record.clear
        return QCoreApplication.translate("FootCheckHistory", "All clear on the {foot}").format(
            foot=i18n.foot_words(foot.value))
    return ""


class MiniMap(QWidget):
    """Both feet of one look, side by side, in the views where something was marked."""

    def __init__(self, findings: list[fc.Finding]) -> None:
        super().__init__()
        self.setObjectName("footcheck_minimap")
        self.findings = findings
        self.views = [v for v in fc.MAP_VIEWS if any(f.view == v for f in findings)]
        self._geo = default_geometry()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        words = "; ".join(f"{i18n.footcheck_kind_words(f.kind.value)}, "
                          f"{i18n.foot_words(f.foot.value)}, {i18n_view(f.view)}"
                          for f in findings)
        self.setAccessibleName(words)

    def sizeHint(self) -> QSize:
        h = themes.current().px(110)
        return QSize(int(h * 0.62) * 2 * max(1, len(self.views)) + 8, h)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        th = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        cells = [(foot, view) for view in self.views for foot in (Foot.LEFT, Foot.RIGHT)]
        w = self.width() / max(1, len(cells))
        for n, (foot, view) in enumerate(cells):
            rect = QRectF(n * w + 2, 2, w - 4, self.height() - 4)
            xf = view_transform(rect, foot, self._geo.aspect)
            art.paint_view(art.MappedPainter(p, xf), self._geo.views[view.value], th)
            spots = [f for f in self.findings if f.foot == foot and f.view == view]
            paint_spots(p, xf, spots, self._geo.aspect, numbered=False)
        p.end()


class TemperatureChart(QWidget):
    """Per site, the difference between the feet on each day a reading was taken, with the
    warning line; a point over the line is drawn larger, in the warning colour, with a ring."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("footcheck_temperatures")
        self.points: list[tuple[float, fc.Site, float, bool]] = []  # t, site, diff, warning
        self.unit = fc.Unit.CELSIUS
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_records(self, records: list[store_fc.FootCheckRecord]) -> None:
        readings = [(r.started_at.timestamp(), x) for r in records for x in r.readings]
        self.unit = readings[-1][1].unit if readings else fc.Unit.CELSIUS
        self.points = [(t, x.site, fc.Reading(x.site, x.left_c, x.right_c, self.unit)
                        .difference(), x.warning) for t, x in readings]
        warnings = sum(1 for *_, w in self.points if w)
        self.setAccessibleName(QCoreApplication.translate("FootCheckHistory",
            "Skin temperature differences: {n} readings, {w} over the warning line").format(
            n=len(self.points), w=warnings))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, themes.current().px(200))

    def paintEvent(self, event: QPaintEvent) -> None:
        th = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(self.font())
        font.setPixelSize(th.px(14))
        p.setFont(font)
        limit = fc.LIMIT_F if self.unit is fc.Unit.FAHRENHEIT else fc.LIMIT_C
        top = max([limit * 1.6, *(d * 1.1 for _, _, d, _ in self.points)])
        left_pad = p.fontMetrics().horizontalAdvance("0.0 °C") + th.px(10)
        plot = QRectF(self.rect()).adjusted(left_pad, th.px(8), -th.px(12), -th.px(26))
        p.setPen(QPen(QColor(th.border), 1))
        p.drawRect(plot)

        def y_of(v: float) -> float:
            return plot.bottom() - v / top * plot.height()

        p.setPen(QColor(th.muted))
        for v in (0.0, limit):
            p.drawText(QRectF(0, y_of(v) - th.px(10), left_pad - th.px(6), th.px(20)),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{v:.1f} °{self.unit.value}")
        p.setPen(QPen(QColor(th.warning), max(2.0, th.px(2)), Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y_of(limit)), QPointF(plot.right(), y_of(limit)))
        if not self.points:
            p.setPen(QColor(th.muted))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       QCoreApplication.translate("FootCheckHistory",
                                                  "No skin temperatures recorded yet."))
            p.end()
            return
        t0 = min(t for t, *_ in self.points)
        t1 = max(t for t, *_ in self.points)
        span = max(t1 - t0, 86400.0)
        inner = plot.adjusted(th.px(10), 0, -th.px(10), 0)

        def x_of(t: float) -> float:
            return inner.left() + (t - t0) / span * inner.width()

        shapes = {fc.Site.BALL: 0, fc.Site.ARCH: 1, fc.Site.HEEL: 2}
        for t, site, diff, warn in self.points:
            centre = QPointF(x_of(t), y_of(diff))
            r = th.px(7 if warn else 5)
            colour = QColor(th.warning if warn else th.accent)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour)
            if shapes[site] == 0:
                p.drawEllipse(centre, r, r)
            elif shapes[site] == 1:
                p.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
            else:
                p.drawPolygon([QPointF(centre.x(), centre.y() - r),
                               QPointF(centre.x() + r, centre.y() + r),
                               QPointF(centre.x() - r, centre.y() + r)])
        p.setPen(QColor(th.muted))
        for t, align in ((t0, Qt.AlignmentFlag.AlignLeft), (t1, Qt.AlignmentFlag.AlignRight)):
            text = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(t)), "d MMM yyyy")
            p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), th.px(22)),
                       align | Qt.AlignmentFlag.AlignVCenter, text)
        p.end()


class FootCheckHistory(QWidget):
    """The tab: temperatures over time, then each look with something to show, newest first."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_footchecks")
        self.store = store
        self.profile_id: int | None = None
        self.records: list[store_fc.FootCheckRecord] = []
        self.photos_button = button(self.tr("Photos: compare two dates…"), name="history_photos")
        self.photos_button.clicked.connect(self.open_gallery)
        self.temperature_title = label(self.tr(
            "Skin temperature: the difference between the feet at the same spot (● ball, "
            "■ arch, ▲ heel). Above the dashed line is a warning sign."), "subtitle")
        self.temperatures = TemperatureChart()
        self.warnings = label("", "warning", name="footcheck_temperature_warnings")
        self.days_title = label(self.tr("What each look found"), "subtitle")
        self.error = label("", "warning")
        self.error.hide()
        self.days = QVBoxLayout()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.error)
        # The button on a line of its own: beside the long heading it was pushed past the
        # right edge at 200 % in Spanish.
        column.addWidget(self.photos_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.temperature_title)
        column.addWidget(self.temperatures)
        column.addWidget(self.warnings)
        column.addWidget(self.days_title)
        column.addLayout(self.days)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(scroll)

    def set_profile(self, profile_id: int | None) -> None:
        self.profile_id = profile_id
        self.refresh()

    def refresh(self) -> None:
        if self.profile_id is None:
            return
        try:
            self.records = store_fc.checks(self.store, self.profile_id)
        except StorageError as exc:
            self.error.setText(self.tr("⚠ The foot checks could not be read: {e}").format(e=exc))
            self.error.show()
            return
        self.error.hide()
        self.temperatures.set_records(self.records)
        self._show_warnings()
        self._show_days()

    def _show_warnings(self) -> None:
        lines = []
        for record in reversed(self.records):
            for reading in record.readings:
                if reading.warning:
                    warmer = i18n.foot_words(reading.warmer.value) if reading.warmer else ""
                    lines.append(self.tr("⚠ {day}: {site}, {diff:.1f} °{unit} warmer on the "
                                         "{foot}").format(
                        day=day_words(record), site=i18n.footcheck_site_words(reading.site.value),
                        diff=reading.difference(), unit=reading.unit.value, foot=warmer))
        self.warnings.setText("\n".join(lines[:10]))
        self.warnings.setVisible(bool(lines))

    def _show_days(self) -> None:
        while self.days.count():
            item = self.days.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the tab now, freed later
                widget.deleteLater()
        shown = [r for r in reversed(self.records) if r.findings or r.clear][:MAX_DAYS_SHOWN]
        if not shown:
            self.days.addWidget(label(self.tr("No foot checks yet. The guided look at the "
                                              "start of a session records them."), "muted"))
            return
        for record in shown:
            row = QFrame()
            row.setProperty("role", "card")
            row.setObjectName("footcheck_day")
            lay = QHBoxLayout(row)
            text = QVBoxLayout()
            text.addWidget(label(day_words(record), "subtitle"))
            words = label(summary_words(record), name="footcheck_day_words")
            text.addWidget(words)
            text.addStretch(1)
            lay.addLayout(text, 1)
            if record.findings:
                lay.addWidget(MiniMap(record.findings), 0, Qt.AlignmentFlag.AlignTop)
            self.days.addWidget(row)

    def open_gallery(self) -> None:
        if self.profile_id is None:
            return
        from neurofoot_desktop.ui.footcheck import gallery

        gallery.show_gallery(self, self.store, self.profile_id, Foot.LEFT, View.TOP)


def attach(view: QWidget) -> FootCheckHistory:
    """Add the tab to a HistoryView; it follows the view's person and its deletes."""
    panel = FootCheckHistory(view.store)  # type: ignore[attr-defined]
    tabs = view.tabs  # type: ignore[attr-defined]
    tabs.addTab(panel, QCoreApplication.translate("FootCheckHistory", "Foot checks"))

    def follow() -> None:
        if tabs.currentWidget() is panel or panel.profile_id != view.profile_id:  # type: ignore[attr-defined]
            panel.set_profile(view.profile_id)  # type: ignore[attr-defined]

    tabs.currentChanged.connect(lambda _i: follow())
    view.loaded.connect(follow)  # type: ignore[attr-defined]
    view.sessionDeleted.connect(lambda _sid: panel.refresh())  # type: ignore[attr-defined]
    view.sessionRestored.connect(lambda _r: panel.refresh())  # type: ignore[attr-defined]
    view.footchecks = panel  # type: ignore[attr-defined]
    return panel
