"""History's "Sessions against the plan" (issue 20): sessions per week against the person's
plan, right under the comfort trend and on its time axis, with one plain sentence.

Attached to a HistoryView by one line (`adherence.attach(self)`): it joins the overview's
sections, so it follows the period chosen like the trend does. The plan's versions and the
reminder decisions are read from the log; the numbers are core.reminders'. Hidden for a
person who never had a plan. No streaks, no red marks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from neurofoot_desktop.charts import adherence as chart
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core import reminders as core
from neurofoot_desktop.core.clock import Clock, local_today
from neurofoot_desktop.storage import StorageError, Store, plans
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history.symptoms import palette
from neurofoot_desktop.ui.reminders.driver import local_zone


class WeeksChart(QWidget):
    HEIGHT_PX = 190

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[chart.Week] = []
        self.first = self.last = day  # until set_view
        self.theme = themes.current()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(600, self.theme.px(self.HEIGHT_PX))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().window())
        font = QFont(self.font())
        font.setPixelSize(self.theme.px(15))  # the trend's size: the same margin, same axis
        p.setFont(font)
        chart.paint(p, QRectF(self.rect()).adjusted(4, 4, -8, -4), self.weeks, self.first,
                    self.last, palette(self.theme))
        p.end()


class AdherenceSection(QWidget):
    """A section of the overview (set_view + apply_theme) for the person `profile()` names."""

    def __init__(self, store: Store, profile: Callable[[], int | None], clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile  # the person's id (the view's)
        self.clock = clock  # the window's: which weeks are past, which still to come
        self.total = core.Adherence()
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.sentence = QLabel()
        self.sentence.setObjectName("historyAdherence")
        self.sentence.setWordWrap(True)
        self.chart = WeeksChart(local_today(clock))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 12, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.sentence)
        lay.addWidget(self.chart)
        self.hide()

    def set_view(self, data: hist.HistoryData, first: date, last: date) -> None:
        pid = self.profile()
        try:
            versions = plans.plan_versions(self.store, pid) if pid is not None else []
            if not any(v.plan is not None for v in versions):
                self.hide()
                return
            zone = local_zone()
            since = datetime.combine(first, datetime.min.time(), zone) - timedelta(days=1)
            marks = plans.session_marks(self.store, pid, since.astimezone(UTC))
            decisions = plans.decisions(self.store, pid, first)
        except StorageError:
            self.hide()
            return
        now = self.clock.now()
        plan_on = plans.plan_on(versions, zone)
        start = max(first, versions[0].since.astimezone(zone).date())  # no plan before it
        self.chart.weeks = core.weekly(plan_on, start, last, zone, marks, decisions, now)
        self.chart.first, self.chart.last = first, last
        self.total = core.adherence(plan_on, start, last, zone, marks, decisions, now)
        self._words()
        self.show()
        self.chart.update()

    def _words(self) -> None:
        self.title.setText(self.tr("Sessions each week, against the plan"))
        a = self.total
        past = a.planned - a.upcoming
        text = self.tr("{done} of %n planned session(s) held in this period.", "",
                       past).format(done=a.done)
        if a.blocked:
            text += " " + self.tr("%n held back by the safety questions, as they should be.",
                                  "", a.blocked)
        if a.extra:
            text += " " + self.tr("%n more beyond the plan.", "", a.extra)
        self.sentence.setText(text)

    def apply_theme(self, t: themes.Theme) -> None:
        self.sentence.setStyleSheet(f"font-size: {t.px(18)}px;")
        self.chart.theme = t
        self.chart.updateGeometry()
        self.chart.update()


def attach(view: QWidget) -> AdherenceSection:
    """Put the section right under the comfort trend of a HistoryView's overview (after the
    trend's own step detail, which belongs to it)."""
    overview = view.charts.overview  # type: ignore[attr-defined]
    section = AdherenceSection(view.store, lambda: view.profile_id,  # type: ignore[attr-defined]
                               view.clock)  # type: ignore[attr-defined]
    overview.sections.insert(1, section)
    layout = overview.layout()
    layout.insertWidget(layout.indexOf(overview.steps) + 1, section)
    view.adherence = section  # type: ignore[attr-defined]
    return section
