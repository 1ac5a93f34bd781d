"""The top of History: the trend first. One plain sentence, the overall comfort trend with its
band, and the per-step detail as small multiples on demand.

Each part is a small section (set_view + apply_theme) painted by the shared chart code
(neurofoot_desktop.charts), the same code that draws the doctor's report. A new chart on the
History page is one new module with a Section subclass plus one line in SECTIONS.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from neurofoot_desktop.charts import canvas, steps, trend
from neurofoot_desktop.charts.sentence import sentence
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.protocol import STEP_IDS, Protocol
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history.chart_base import series_colours
from neurofoot_desktop.ui.history.symptoms import SymptomsSection


def palette(t: themes.Theme) -> canvas.Palette:
    """The screen's colours for the shared chart code."""
    return canvas.Palette(t.surface, t.text, t.muted, t.border, series_colours(t), t.warning,
                          t.danger, canvas.PRINT.levels, canvas.PRINT.pressure)


class Section(QWidget):
    """A chart painted from the history for the chosen period; the wheel scrolls the page."""

    height_px = 240

    def __init__(self, protocol: Protocol, parent: QWidget | None = None, *,
                 today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.today = today  # the window's clock
        self.data = hist.HistoryData([])
        self.first = self.last = today()  # until set_view
        self.theme = themes.current()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_view(self, data: hist.HistoryData, first: date, last: date) -> None:
        self.data, self.first, self.last = data, first, last
        self.update()

    def apply_theme(self, t: themes.Theme) -> None:
        self.theme = t
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self.theme.px(self.height_px))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().window())
        font = QFont(self.font())
        font.setPixelSize(self.theme.px(15))
        p.setFont(font)
        self.paint(p, QRectF(self.rect()).adjusted(4, 4, -8, -4))
        p.end()

    def paint(self, p: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class TrendSection(Section):
    height_px = 260

    def paint(self, p: QPainter, rect: QRectF) -> None:
        trend.paint(p, rect, self.data, self.first, self.last, palette(self.theme))


class StepsSection(Section):
    height_px = 170

    def paint(self, p: QPainter, rect: QRectF) -> None:
        titles = [self.protocol.step(s).title for s in STEP_IDS]
        columns = 5 if rect.width() > self.theme.px(900) else 3
        steps.paint(p, rect, self.data, self.first, self.last, titles, palette(self.theme),
                    columns=columns)

    def sizeHint(self) -> QSize:
        rows = 1 if self.width() > self.theme.px(900) else 2
        return QSize(600, self.theme.px(self.height_px) * rows)

    def resizeEvent(self, event: object) -> None:
        self.updateGeometry()


# Shown in this order; the first is the trend, followed at once by its "Show each step"
# button and detail (they are about the trend), then the others.
SECTIONS: tuple[type[QWidget], ...] = (TrendSection, SymptomsSection)


class Overview(QWidget):
    """The sentence, the trend, and "Each step" (small multiples) on demand."""

    def __init__(self, protocol: Protocol, parent: QWidget | None = None, *,
                 today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.sentence = QLabel()
        self.sentence.setObjectName("historySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("Summary of the period"))
        self.title = QLabel(self.tr("Comfort after each session — the thick line is the "
                                    "trend, the shaded band its usual range"))
        self.title.setWordWrap(True)
        self.title.setProperty("role", "muted")
        self.sections = [cls(protocol, today=today) for cls in SECTIONS]
        self.steps = StepsSection(protocol, today=today)
        self.steps.hide()
        self.steps_button = QPushButton(self.tr("Show each step"))
        self.steps_button.setCheckable(True)
        self.steps_button.setObjectName("history_each_step")
        self.steps_button.toggled.connect(self._toggle_steps)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.sentence)
        lay.addWidget(self.title)
        lay.addWidget(self.sections[0])
        lay.addWidget(self.steps_button)
        lay.addWidget(self.steps)
        for s in self.sections[1:]:
            lay.addWidget(s)
        self.apply_theme(themes.current())

    def _toggle_steps(self, on: bool) -> None:
        self.steps.setVisible(on)
        self.steps_button.setText(self.tr("Hide each step") if on else self.tr("Show each step"))

    def set_view(self, data: hist.HistoryData, first: date, last: date) -> None:
        self.sentence.setText(sentence(hist.summary(data, first, last)))
        for s in (*self.sections, self.steps):
            s.set_view(data, first, last)

    def apply_theme(self, t: themes.Theme) -> None:
        self.sentence.setStyleSheet(f"font-size: {t.px(20)}px; font-weight: 600;")
        for s in (*self.sections, self.steps):
            s.apply_theme(t)
