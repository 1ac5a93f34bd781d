"""History's "Does it help?": symptoms before and after each massage (issue 18).

A heading, the one plain sentence, and the chart painted by the shared chart code
(neurofoot_desktop.charts.symptoms, the same as the doctor's report); the numbers come from
core.symptoms. Hooked in as one line of overview.SECTIONS.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from neurofoot_desktop.charts import canvas
from neurofoot_desktop.charts import symptoms as chart
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core import symptoms as rules
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history.chart_base import series_colours


def palette(t: themes.Theme) -> canvas.Palette:
    """The screen's colours (as overview.palette: that module lists this section, so
    importing it from here would be a cycle)."""
    return canvas.Palette(t.surface, t.text, t.muted, t.border, series_colours(t), t.warning,
                          t.danger, canvas.PRINT.levels, canvas.PRINT.pressure)


class SymptomChart(QWidget):
    """The painted rows; taller with more symptoms scored, none without any."""

    ROW_PX, LEGEND_PX = 130, 70

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[rules.SessionScores] = []
        self.first = self.last = day  # until set_view
        self.rows = 0
        self.theme = themes.current()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_view(self, sessions: list[rules.SessionScores], first: date, last: date) -> None:
        self.sessions, self.first, self.last = sessions, first, last
        self.rows = len(chart.shown_symptoms(chart.in_period(sessions, first, last)))
        self.setVisible(self.rows > 0)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.theme.px(self.LEGEND_PX + self.ROW_PX * max(1, self.rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().window())
        font = QFont(self.font())
        font.setPixelSize(self.theme.px(15))
        p.setFont(font)
        chart.paint(p, QRectF(self.rect()).adjusted(4, 4, -8, -4), self.sessions, self.first,
                    self.last, palette(self.theme))
        p.end()


class SymptomsSection(QWidget):
    """A section (set_view + apply_theme, as overview.Section) made of widgets, so the heading
    and the sentence are labels a screen reader reads."""

    def __init__(self, protocol: Protocol, parent: QWidget | None = None, *,
                 today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.today = today  # the window's clock: "in the last 3 months" counts back from it
        self.data = hist.HistoryData([])
        self.first = self.last = today()
        self._read_from: list | None = None
        self.sessions: list[rules.SessionScores] = []
        self.title = QLabel(self.tr("Does it help? Symptoms before and after each massage "
                                    "(0 = none, 10 = worst imaginable)"))
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.sentence = QLabel()
        self.sentence.setObjectName("historySymptomsSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("Does it help?"))
        self.chart = SymptomChart(self.first)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 12, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.sentence)
        lay.addWidget(self.chart)

    def set_view(self, data: hist.HistoryData, first: date, last: date) -> None:
        self.data, self.first, self.last = data, first, last
        if data.records is not self._read_from:  # the same log: keep the scores read
            self.sessions = rules.of_records(data.records)
            self._read_from = data.records
        part = chart.in_period(self.sessions, first, last)
        self.sentence.setText(chart.sentence(part, chart.period_words(first, last,
                                                                      self.today())))
        self.chart.set_view(self.sessions, first, last)

    def apply_theme(self, t: themes.Theme) -> None:
        self.sentence.setStyleSheet(f"font-size: {t.px(18)}px;")
        self.chart.theme = t
        self.chart.updateGeometry()
        self.chart.update()
