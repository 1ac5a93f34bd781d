"""The safety pre-check: one calm decision per screen, each saying why it asks.

Every answer goes to the log the moment it is given (SessionLog.answer); the
decision itself (block, see a doctor, go gently) is made by core.safety.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import safety
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.safety import Verdict
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.footcheck.look import FootCheckPage, look_details
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import (
    YesNoQuestion,
    button,
    card,
    centered,
    label,
    warning_label,
)
from neurofoot_desktop.ui.widgets.wrap_check import WrapCheckBox


class _Screen(QWidget):
    """A titled card with a 'why we ask' line, a body and a row of buttons."""

    def __init__(self, title: str, why: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.title = label(title, "title")
        self.why = label(why, "muted")
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addStretch(1)
        self.frame = frame = card(self.title, self.why)
        frame.layout().addSpacing(6)
        frame.layout().addLayout(self.body)
        frame.layout().addStretch(1)
        frame.layout().addLayout(self.buttons)
        self.setLayout(centered(frame, 1100))

    def add_button(self, widget: QPushButton) -> QPushButton:
        self.buttons.addWidget(widget)
        return widget

    def _fit_buttons(self) -> None:
        """The buttons side by side when they fit, else one above the other, each whole
        ("Siguiente: la prueba del toque ligero" at 200 %, issue 14 finding 8)."""
        in_layout = (self.buttons.itemAt(i).widget() for i in range(self.buttons.count()))
        shown = [w for w in in_layout if isinstance(w, QPushButton) and w.isVisibleTo(self)]
        need = (sum(w.sizeHint().width() for w in shown)
                + self.buttons.spacing() * max(0, len(shown) - 1))
        margins = self.frame.layout().contentsMargins()
        have = self.frame.contentsRect().width() - margins.left() - margins.right()
        # stacked, the main button (added last) comes first, right under the words
        direction = (QBoxLayout.Direction.LeftToRight if need <= have
                     else QBoxLayout.Direction.BottomToTop)
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)
            # Tab follows what is seen: left to right, or top to bottom once stacked.
            seen = shown if direction == QBoxLayout.Direction.LeftToRight else shown[::-1]
            for before, after in pairwise(seen):
                QWidget.setTabOrder(before, after)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_buttons()


class PrecheckPage(QWidget):
    passed = Signal()  # safe to go on to the light-touch check
    ended = Signal()  # no massage today, or stopped to see a doctor: back to the start
    cancelRequested = Signal()  # Cancel or Esc on the first screen: the window asks first
    # Issue 18: the doctor screen shown for a numbers-based sign (a symptom score well above
    # the person's usual) after the pre-check: cleared with the same two confirmations.
    signCleared = Signal()
    signBack = Signal()  # Back / Esc there: to the symptom scores

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.log: SessionLog | None = None
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.questions: dict[str, YesNoQuestion] = {}
        self.for_sign = False  # the doctor screen is showing a numbers-based sign

        self.skin = self._question_screen("skin", self._after_skin)
        self.changes = self._question_screen("changes", self._after_changes)
        self.heel = self._question_screen("heel", lambda: self._show(self.ready))
        self.doctor = self._doctor_screen()
        self.ready = self._ready_screen()
        self.blocked = self._blocked_screen()
        for screen in (self.skin, self.changes, self.doctor, self.heel, self.ready, self.blocked):
            self.stack.addWidget(screen)
        # Issue 19: the guided look at both feet comes first and answers the skin questions.
        self.look = FootCheckPage()
        self.look.finished.connect(self._after_look)
        self.look.skipped.connect(lambda: self._show(self.skin))
        self.stack.insertWidget(0, self.look)
        # Y / N in the screen's language (Spanish S / N); Enter activates the focused
        # button or the screen's main one; Esc goes back a screen, or asks to cancel.
        self.yes_key = self.tr("Y", "key for: Yes")
        self.no_key = self.tr("N", "key for: No")
        for key, slot in ((self.yes_key, lambda: self._answer_next(True)),
                          (self.no_key, lambda: self._answer_next(False))):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        keys.install(self, default=self._main_button, back=self.go_back)

    # -- building the screens ---------------------------------------------------------
    def _question_screen(self, screen: str, after: object) -> _Screen:
        text = self.protocol.screens[screen]
        page = _Screen(text.title, text.why, f"precheck_{screen}")
        for q in self.protocol.questions_on(screen):
            widget = YesNoQuestion(q.id, q.question)
            widget.answered.connect(self._answered)
            self.questions[q.id] = widget
            page.body.addWidget(widget)
        page.buttons.insertWidget(0, label(self.tr("Keys: {yes} yes · {no} no · Enter next").format(
            yes=self.tr("Y", "key for: Yes"), no=self.tr("N", "key for: No")), "muted"))
        self._add_back(page)
        page.next = page.add_button(button(self.tr("Next"), "primary", f"{screen}_next"))
        page.next.clicked.connect(after)
        page.next.setEnabled(False)
        return page

    def _doctor_screen(self) -> _Screen:
        advice = self.protocol.advice
        page = _Screen(advice["doctor_title"], advice["doctor_text"], "precheck_doctor")
        page.title.setText("⚠  " + advice["doctor_title"])
        self.reported = warning_label("", "reported")
        page.body.addWidget(self.reported)
        page.body.addWidget(label(advice["doctor_continue"]))
        self.nothing_open = WrapCheckBox(self.tr("Nothing on either foot is open or infected"))
        self.nothing_open.setObjectName("confirm_nothing_open")
        self.wants_gentle = WrapCheckBox(
            self.tr("The person still wants a gentle massage today"))
        self.wants_gentle.setObjectName("continue_despite_warning")
        for box in (self.nothing_open, self.wants_gentle):
            box.toggled.connect(self._update_doctor)
            page.body.addWidget(box)
        self.end_for_doctor = page.add_button(
            button(self.tr("End here for today"), name="end_for_doctor"))
        self.end_for_doctor.clicked.connect(self._stop_for_doctor)
        self.go_gently = page.add_button(
            button(self.tr("Continue gently"), "primary", "continue_gently"))
        self.go_gently.clicked.connect(self._continue_gently)
        self.go_gently.setEnabled(False)
        return page

    def _ready_screen(self) -> _Screen:
        text = self.protocol.screens["ready"]
        page = _Screen(text.title, text.why, "precheck_ready")
        items = {c.id: c for c in self.protocol.checklist}
        self.ready_boxes = {
            safety.POSITION_READY: WrapCheckBox(items["position"].text),
            safety.LOTION_READY: WrapCheckBox(items["lotion"].text),
        }
        for answer_id, box in self.ready_boxes.items():
            box.setObjectName(answer_id)
            box.toggled.connect(lambda on, a=answer_id: self._ready_toggled(a, on))
            page.body.addWidget(box)
        page.body.addSpacing(8)
        page.body.addWidget(label("•  " + items["gentle"].text))
        page.body.addWidget(label("•  " + items["light_touch"].text, "muted"))
        self._add_back(page)
        page.next = page.add_button(
            button(self.tr("Next: the light-touch check"), "primary", "ready_next"))
        page.next.clicked.connect(self.passed)
        page.next.setEnabled(False)
        return page

    def _blocked_screen(self) -> _Screen:
        advice = self.protocol.advice
        page = _Screen(advice["block_title"], advice["block_text"], "precheck_blocked")
        self.block_reason = warning_label("", "block_reason")
        page.body.addWidget(self.block_reason)
        page.body.addWidget(label(advice["block_clinician"]))
        page.body.addWidget(label(advice["limits"], "muted"))
        done = page.add_button(button(self.tr("Back to the start"), "primary", "blocked_done"))
        done.clicked.connect(self.ended)
        page.next = done
        return page

    # -- behaviour ----------------------------------------------------------------------
    def begin(self, log: SessionLog) -> None:
        """Start (or resume) the pre-check for a session."""
        self.log = log
        self.for_sign = False
        for qid, widget in self.questions.items():
            widget.set_value(log.answers.get(qid))
        for box in (self.nothing_open, self.wants_gentle, *self.ready_boxes.values()):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._refresh_next()
        from neurofoot_desktop.footcheck_log import FootCheckLog

        self.stack.setCurrentWidget(self.look)
        self.setFocusProxy(self.look)  # the look puts the focus on its own main button
        self.look.begin(FootCheckLog(log))

    def current_screen(self) -> str:
        return self.stack.currentWidget().objectName().removeprefix("precheck_")

    def _show(self, screen: _Screen) -> None:
        self.stack.setCurrentWidget(screen)
        # Keyboard users land on the first thing to answer: a question, a box to tick,
        # then the buttons. The page forwards focus there when it is shown.
        questions = [q.no for q in screen.findChildren(YesNoQuestion)]
        for widget in questions + screen.findChildren(QCheckBox) + screen.findChildren(
                QPushButton):
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                self.setFocusProxy(widget)
                widget.setFocus()
                return

    def _answered(self, question_id: str, value: bool) -> None:
        assert self.log is not None
        self.log.answer(question_id, value)
        self._refresh_next()

    def _refresh_next(self) -> None:
        for screen, name in ((self.skin, "skin"), (self.changes, "changes"), (self.heel, "heel")):
            answered = all(self.questions[q.id].value is not None
                           for q in self.protocol.questions_on(name))
            screen.next.setEnabled(answered)

    def _after_look(self) -> None:
        assert self.log is not None and self.look.log is not None
        self.look.log.answer_precheck()
        for qid, widget in self.questions.items():
            widget.set_value(self.log.answers.get(qid))
        self._refresh_next()
        self._after_skin()

    def _after_skin(self) -> None:
        assert self.log is not None
        result = self.log.safety()
        if result.verdict == Verdict.NO_MASSAGE:
            self.block_reason.setText("⚠  " + i18n.safety_reason(result, self.protocol)
                                      + look_details(self.look.log))
            self.log.block()
            self._show(self.blocked)
        else:
            self._show(self.changes)

    def _after_changes(self) -> None:
        assert self.log is not None
        result = self.log.safety()
        if result.warnings:
            self.reported.setText("⚠  " + i18n.safety_reason(result, self.protocol)
                                  + look_details(self.look.log))
            self._update_doctor()
            self._show(self.doctor)
        else:
            self._show(self.heel)

    def _update_doctor(self) -> None:
        self.go_gently.setEnabled(self.nothing_open.isChecked() and self.wants_gentle.isChecked())

    def _continue_gently(self) -> None:
        assert self.log is not None
        self.log.answer(safety.CONFIRM_NOTHING_OPEN, True)
        result = self.log.answer(safety.CONTINUE_DESPITE_WARNING, True)
        if result.verdict == Verdict.GO_GENTLY and self.for_sign:
            self.for_sign = False
            self.signCleared.emit()
        elif result.verdict == Verdict.GO_GENTLY:
            self._show(self.heel)

    def show_sign(self, reason: str) -> None:
        """The doctor screen for a numbers-based sign, its reason in numbers; the sign is
        already recorded, and the two confirmations are asked afresh."""
        self.for_sign = True
        self.reported.setText("⚠  " + reason)
        for box in (self.nothing_open, self.wants_gentle):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._update_doctor()
        self._show(self.doctor)

    def _stop_for_doctor(self) -> None:
        assert self.log is not None
        self.log.answer(safety.CONTINUE_DESPITE_WARNING, False)
        self.log.stop_for_doctor()
        self.ended.emit()

    def _ready_toggled(self, answer_id: str, on: bool) -> None:
        assert self.log is not None
        self.log.answer(answer_id, on)
        self.ready.next.setEnabled(all(b.isChecked() for b in self.ready_boxes.values()))

    def _answer_next(self, value: bool) -> None:
        """Y / N answer the first open question on the screen, so no mouse is needed."""
        screen = self.stack.currentWidget()
        for widget in screen.findChildren(YesNoQuestion):
            if widget.value is None:
                (widget.yes if value else widget.no).click()
                nxt = next((w for w in screen.findChildren(YesNoQuestion) if w.value is None),
                           None)
                (nxt.no if nxt else screen.next).setFocus()
                return

    def _main_button(self) -> QPushButton | None:
        screen = self.stack.currentWidget()
        target = self.go_gently if screen is self.doctor else getattr(screen, "next", None)
        return target if isinstance(target, QPushButton) else None

    def _add_back(self, page: _Screen) -> None:
        """Back (a screen) and Cancel (the session, after asking) on every question
        screen (finding 18)."""
        back = button(self.tr("Back"), name=f"{page.objectName()}_back")
        back.clicked.connect(self.go_back)
        cancel = button(self.tr("Cancel"), name=f"{page.objectName()}_cancel")
        cancel.clicked.connect(self.cancelRequested.emit)
        page.buttons.insertWidget(0, cancel)
        page.buttons.insertWidget(1, back)
        page.back = back

    def go_back(self) -> None:
        order = [self.skin, self.changes, self.heel, self.ready]
        screen = self.stack.currentWidget()
        if screen is self.doctor and self.for_sign:
            self.for_sign = False
            self.signBack.emit()
        elif screen is self.doctor:
            self._show(self.changes)
        elif screen in order and order.index(screen) > 0:
            self._show(order[order.index(screen) - 1])
        elif screen is self.blocked:
            self.ended.emit()
        else:
            self.cancelRequested.emit()
