"""Symptoms before the massage and after its last step (issue 18): pain, burning or tingling,
numbness, 0-10 each, on one screen.

Shows state and forwards intent: each choice goes to the log at once (SessionLog.score); the
rules (strong pain today, the numbers-based sign) are core.symptoms'. Nothing is chosen until
the person chooses; "I don't know" is recorded as such, never as a zero; "Skip" leaves the
rest unanswered.

Keys (the same contract as the other session pages): each symptom is one stop for Tab; digits
choose for the focused symptom (1 then 0 within a second gives 10), the arrows move the
choice, Enter goes to the next symptom and then Continue, Space/Enter press a focused button,
Esc goes back (before) or skips (after).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import symptoms as rules
from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import button, card, centered, label, warning_label
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

TEN_WINDOW_S = 1.0
TARGET_MIN_PX = 48  # the smallest score target, before text scaling
UNKNOWN = "unknown"  # the row's value after "I don't know" (stored as NULL, never 0)


class ScoreRow(QFrame):
    """One symptom: its name, eleven number buttons and "I don't know". One Tab stop."""

    chosen = Signal(object, object)  # Symptom, int | None (None: "I don't know")

    def __init__(self, symptom: Symptom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symptom = symptom
        self.value: int | str | None = None  # a score, UNKNOWN, or None (not answered)
        self.setObjectName(f"symptom_{symptom.value}")
        self.setProperty("role", "score-row")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.name = label(i18n.symptom_words(symptom), "subtitle")
        self.shown = label("", "muted", wrap=False, name=f"symptom_{symptom.value}_value")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.shown)
        self.numbers: list[QPushButton] = []
        row = FlowLayout(spacing=6)
        for n in range(rules.MIN_SCORE, rules.MAX_SCORE + 1):
            b = button(str(n), "number", f"{symptom.value}_{n}")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row is the Tab stop; digits type
            b.setAccessibleName(self.tr("{symptom} {n} of 10").format(
                symptom=i18n.symptom_words(symptom), n=n))
            b.clicked.connect(lambda _=False, n=n: self.choose(n))
            self.numbers.append(b)
            row.addWidget(b)
        self.unknown = button(self.tr("I don't know"), name=f"{symptom.value}_unknown")
        self.unknown.setCheckable(True)
        self.unknown.clicked.connect(lambda: self.choose(UNKNOWN))
        row.addWidget(self.unknown)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(6)
        column.addLayout(top)
        column.addLayout(row)
        self.resize_targets()
        self.set_value(None)

    def resize_targets(self) -> None:
        side = max(TARGET_MIN_PX, theme.current().target_px)
        for b in self.numbers:
            b.setFixedSize(side, side)
        self.unknown.setMinimumHeight(side)
        self.unknown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_value(self, value: int | str | None) -> None:
        """Show a value without recording it (resuming, or after the log took it)."""
        self.value = value
        for n, b in enumerate(self.numbers):
            b.setChecked(n == value)
        self.unknown.setChecked(value == UNKNOWN)
        if value is None:
            shown = self.tr("not answered")
        elif value == UNKNOWN:
            shown = self.tr("I don't know")
        else:
            shown = self.tr("{n} of 10").format(n=value)
        self.shown.setText(shown)
        self.setAccessibleName(self.tr("{symptom}, from 0 none to 10 the worst imaginable: "
                                       "{value}").format(symptom=i18n.symptom_words(
                                           self.symptom), value=shown))

    def choose(self, value: int | str) -> None:
        self.set_value(value)
        self.chosen.emit(self.symptom, None if value == UNKNOWN else value)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # At large type the page scrolls: the symptom being answered is brought into view.
        area = self.parent()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parent()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(self, 0, 24)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The arrows belong to the page (scores, rows), not to the scroll area around the
        # card, which would take them to scroll (issue 14, finding 12).
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            page = self.parent()
            while page is not None and not isinstance(page, SymptomsPage):
                page = page.parent()
            if isinstance(page, SymptomsPage):
                page.keyPressEvent(event)
                return
        super().keyPressEvent(event)

    def step(self, forward: bool) -> None:
        """Arrows: from nothing, Right gives 0 and Left 10; otherwise one up or down."""
        current = self.value if isinstance(self.value, int) else None
        n = (0 if forward else 10) if current is None else current + (1 if forward else -1)
        self.choose(max(rules.MIN_SCORE, min(rules.MAX_SCORE, n)))


class SymptomsPage(QWidget):
    finished = Signal(object)  # the Moment just asked: Continue or Skip
    back = Signal()  # Back / Esc before the massage: to the pre-check's last screen

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock = clock or SystemClock()  # times the "1 then 0" that types a 10
        self.log: SessionLog | None = None
        self.moment = Moment.BEFORE
        self._last_digit: tuple[ScoreRow, int, float] | None = None
        self.title = label("", "title", name="symptoms_title")
        self.why = label("", "muted", name="symptoms_why")
        self.rows = {s: ScoreRow(s) for s in Symptom}
        for row in self.rows.values():
            row.chosen.connect(self._chosen)
        self.strong = warning_label("", "strong_pain")
        self.strong.setVisible(False)
        self.keys_hint = label(self.tr("Keys: 0–10 (1 then 0 for 10) · ← → change · "
                                       "Enter next · Esc back"), "muted")
        panel = card(self.title, self.why)
        panel.layout().addWidget(self.rows[Symptom.PAIN])
        panel.layout().addWidget(self.strong)
        panel.layout().addWidget(self.rows[Symptom.TINGLING])
        panel.layout().addWidget(self.rows[Symptom.NUMBNESS])
        panel.layout().addStretch(1)
        panel.layout().addWidget(self.keys_hint)
        self.back_button = button(self.tr("Back"), name="symptoms_back")
        self.back_button.clicked.connect(self._escape)
        self.skip = button(self.tr("Skip these questions"), name="symptoms_skip")
        self.skip.clicked.connect(self._finish)
        self.next = button(self.tr("Continue"), "primary", "symptoms_next")
        self.next.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(32, 0, 32, 16)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.next)
        page = centered(panel, 1100)
        page.addLayout(buttons)  # the actions stay in view when large type makes it scroll
        self.setLayout(page)
        order = [*self.rows.values()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first.unknown, second)
        keys.install(self, default=self._enter, back=self._escape)

    # -- what the window calls --------------------------------------------------------
    def begin(self, log: SessionLog, moment: Moment) -> None:
        self.log, self.moment = log, moment
        if moment is Moment.BEFORE:
            self.title.setText(self.tr("Before we start: how are the feet today?"))
            self.why.setText(self.tr(
                "Scores before and after each massage show you and your doctor whether it "
                "helps. 0 is none, 10 the worst you can imagine. Skip any you cannot say."))
            self.keys_hint.setText(self.tr("Keys: 0–10 (1 then 0 for 10) · ← → change · "
                                           "Enter next · Esc back"))
        else:
            self.title.setText(self.tr("After the massage: how are the feet now?"))
            self.why.setText(self.tr(
                "The same three questions as before, so the two can be compared. 0 is none, "
                "10 the worst you can imagine. You may skip them."))
            # after the massage there is no going back: Esc skips what is left
            self.keys_hint.setText(self.tr("Keys: 0–10 (1 then 0 for 10) · ← → change · "
                                           "Enter next · Esc skip"))
        self.back_button.setVisible(moment is Moment.BEFORE)
        given = log.scores[moment]
        for symptom, row in self.rows.items():
            row.resize_targets()
            score = given.get(symptom)
            row.set_value(None if symptom not in given else UNKNOWN if score is None else score)
        t = theme.current()  # the Tab stop is a whole row: it shows the focus with a frame
        self.setStyleSheet(
            f'QFrame[role="score-row"] {{ border: 3px solid transparent; border-radius: 10px; }}'
            f'QFrame[role="score-row"]:focus {{ border: 3px solid {t.accent}; }}'
            'QPushButton[role="number"] { padding: 0; }')  # "10" fits a square target
        self._last_digit = None
        self._refresh_strong()
        first = self.rows[Symptom.PAIN]
        self.setFocusProxy(first)
        first.setFocus()

    def values(self) -> dict[Symptom, int | str | None]:
        return {s: row.value for s, row in self.rows.items()}

    # -- behaviour --------------------------------------------------------------------
    def _chosen(self, symptom: Symptom, value: int | None) -> None:
        assert self.log is not None
        self.log.score(self.moment, symptom, value)
        self._refresh_strong()

    def _refresh_strong(self) -> None:
        strong = (self.moment is Moment.BEFORE and self.log is not None
                  and self.log.strong_pain)
        if strong:
            text = self.tr("Strong pain today: keep the touch very light, and stop if it gets "
                           "worse. The pressure will not go up today.")
            self.strong.setText("⚠  " + text)
            self.strong.setAccessibleName(text)
        self.strong.setVisible(strong)

    def _finish(self) -> None:
        self.finished.emit(self.moment)

    def _escape(self) -> None:
        if self.moment is Moment.BEFORE:
            self.back.emit()
        else:
            self._finish()

    def _focused_row(self) -> ScoreRow | None:
        focus = self.focusWidget()
        for row in self.rows.values():
            if focus is row or (focus is not None and row.isAncestorOf(focus)):
                return row
        return None

    def _enter(self) -> QPushButton | None:
        """Enter on a symptom goes to the next one, after the last to Continue; elsewhere it
        is Continue (returned for the key contract to press)."""
        row = self._focused_row()
        if row is None:
            return self.next
        order = list(self.rows.values())
        i = order.index(row)
        (order[i + 1] if i + 1 < len(order) else self.next).setFocus(
            Qt.FocusReason.TabFocusReason)
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), Qt.Key(event.key())
        row = self._focused_row()
        if text.isdigit() and len(text) == 1:
            target = row or next((r for r in self.rows.values() if r.value is None), None)
            if target is not None:
                self.type_digit(target, int(text))
            return
        if row is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            row.step(key == Qt.Key.Key_Right)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row is not None:
            order = list(self.rows.values())
            i = order.index(row) + (1 if key == Qt.Key.Key_Down else -1)
            order[max(0, min(len(order) - 1, i))].setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)

    def type_digit(self, row: ScoreRow, digit: int, now: float | None = None) -> None:
        now = self.clock.monotonic() if now is None else now
        last = self._last_digit
        if (digit == 0 and last and last[0] is row and last[1] == 1
                and now - last[2] <= TEN_WINDOW_S):
            row.choose(10)
            self._last_digit = None
            return
        row.choose(digit)
        self._last_digit = (row, digit, now)
