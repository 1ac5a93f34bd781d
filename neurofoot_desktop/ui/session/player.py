"""The player: the screen people spend twenty minutes on (see shared/UI.md).

It shows the session's state and forwards intent; the state machine decides
what comes next and SessionLog writes every result the moment it exists.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.session import Cue, Phase, Session
from neurofoot_desktop.core.vocabulary import Outcome
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import dialogs, i18n, theme
from neurofoot_desktop.ui.diagram.widget import FootDiagram
from neurofoot_desktop.ui.session import player_layout
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import (
    CountdownRing,
    ElidedLabel,
    StepDots,
    WholeLabel,
    button,
    card,
    label,
    pressure_dots,
    scrolling,
    spoken_duration,
)

TICK_MS = 100  # the countdown is derived from the clock; ticks only refresh the screen
NOTICE_S = 6.0  # how long "Halfway" or a reminder stays highlighted
STEP_PHASES = (Phase.READY, Phase.RUNNING, Phase.PAUSED)  # a step is on screen


def ask_to_end(parent: QWidget, title: str, text: str) -> bool:
    """Both session-ending questions, through the one dialog service; the safe answer
    (carry on) is the default, and Esc means it."""
    return dialogs.service().confirm(
        parent, text, accept=parent.tr("End the session"), reject=parent.tr("Carry on"),
        destructive=True, title=title)


class PlayerPage(QWidget):
    stepFinished = Signal()  # time is up (or the helper is done): show the rating card
    sessionOver = Signal()  # every step done: show the summary
    sessionStopped = Signal()  # stopped early
    announce = Signal(str, str)  # (event, words to speak) for sound and voice guidance

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.log: SessionLog | None = None
        self.session: Session | None = None
        self.person = ""
        self._notice_until = 0.0
        self.hands_free = False
        self.get_ready_s = 10.0
        self._ready_deadline: float | None = None  # hands-free: the next step starts then
        self._shown_index = -1  # the step on screen: a new one starts at the top

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        # The step ends on its own precise timer, not at the next screen tick (up to
        # TICK_MS late); tick() then finds the time up, as it would anyway.
        self.end_timer = QTimer(self)
        self.end_timer.setSingleShot(True)
        self.end_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.end_timer.timeout.connect(self.tick)

        # header: who, time left in the whole session, pause
        self.who = ElidedLabel("subtitle", name="who")  # a long name ends in '…', not cut
        self.session_left = label("", wrap=False, name="session_left")
        self.session_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stop_button = button(self.tr("Stop session"), name="stop_session",
                                  tip=self.tr("End today's session early (Esc)"))
        self.stop_button.clicked.connect(self.request_stop)
        header = QFrame()
        header.setProperty("role", "bar")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(24, 4, 24, 4)
        header_row.addWidget(self.who, 1)
        header_row.addWidget(self.session_left)
        header_row.addSpacing(16)
        header_row.addWidget(self.stop_button)

        # left: the animated diagram
        self.diagram = FootDiagram(clock=clock)
        self.diagram.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        # right: what to do now. The step's name, the foot and the pressure keep the
        # height their words need and shrink their type (never below the body size) before
        # they wrap (finding 7).
        self.where = WholeLabel("subtitle", name="where")
        self.title = WholeLabel("title", name="step_title")
        self.pressure = WholeLabel("title", name="pressure")
        self.instruction = label("", name="instruction")
        self.purpose = label("", "muted", name="purpose")
        self.pressure_reason = label("", "muted", name="pressure_reason")
        self.notice = WholeLabel("warning", name="notice", shrink=False)
        # An icon drawn by the style, not the 🔔 emoji, which shows as an empty box where
        # no emoji font is installed (finding 19).
        self.notice_icon = QLabel()
        self.notice_icon.setObjectName("notice_icon")
        self.notice_row = QWidget()
        notice_box = QHBoxLayout(self.notice_row)
        notice_box.setContentsMargins(0, 0, 0, 0)
        notice_box.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        notice_box.addWidget(self.notice, 1)
        self.notice_row.setVisible(False)
        self._notice_live: Callable[[], str] | None = None  # words that follow the clock
        self.ring = CountdownRing()
        self.ring.setObjectName("countdown")
        # Each key in the screen's own language, with the word it stands for (finding 13):
        # Spanish "Duele" is D, "Atrás" A, "Finalizar" F. The hints are built from them.
        self.repeat_key = self.tr("R", "key for: Repeat")
        self.back_key = self.tr("B", "key for: Back")
        self.hurts_key = self.tr("H", "key for: It hurts")
        self.done_key = self.tr("D", "key for: Finish now")
        self.time_key = self.tr("T", "key for: Time left")
        self.play = button(self.tr("Start"), "primary", "play",
                           tip=self.tr("Start, pause or continue the step (Space)"))
        self.play.clicked.connect(self.toggle)
        self.back = button(self.tr("← Back"), name="back",
                           tip=self.tr("The previous step ({key})").format(key=self.back_key))
        self.back.clicked.connect(self.go_back)
        self.repeat = button(self.tr("Repeat"), name="repeat",
                             tip=self.tr("Start this step over ({key})").format(
                                 key=self.repeat_key))
        self.repeat.clicked.connect(self.do_repeat)
        self.skip = button(self.tr("Skip →"), name="skip", tip=self.tr("Skip this step (→)"))
        self.skip.clicked.connect(self.do_skip)
        self.done = button(self.tr("Done"), name="done",
                           tip=self.tr("Finish this step now and rate it ({key})").format(
                               key=self.done_key))
        self.done.clicked.connect(self.finish_now)
        self.hurts = button(self.tr("It hurts — stop"), "danger", "hurts",
                            tip=self.tr("Stop at once and lower the pressure next time "
                                        "({key})").format(key=self.hurts_key))
        self.hurts.clicked.connect(self.it_hurts)
        self.keys = label(
            self.tr("Space start/pause · {done} done · → skip · {repeat} repeat · {back} back · "
                    "{hurts} it hurts · {time} time left").format(
                done=self.done_key, repeat=self.repeat_key, back=self.back_key,
                hurts=self.hurts_key, time=self.time_key),
            "muted", name="keys")

        # The notice, why this pressure and the words scroll when type is large: a notice
        # can never push the name or the pressure away (it shows at the top of the words).
        words = QWidget()
        words_box = QVBoxLayout(words)
        words_box.setContentsMargins(0, 0, 0, 0)
        words_box.setSpacing(10)
        # what comes next, here when the footer is folded away (large type, short window)
        self.next_words = label("", "muted", name="next_words")
        self.next_words.setVisible(False)
        for widget in (self.notice_row, self.pressure_reason, self.instruction, self.purpose,
                       self.next_words):
            words_box.addWidget(widget)
        words_box.addStretch(1)
        self.words_area = scrolling(words)
        self.words_area.setMinimumHeight(0)
        self.panel = card(self.where, self.title, self.pressure, spacing=8)
        self.panel.layout().addWidget(self.words_area, 1)
        self.panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        # Under both: the countdown beside the buttons, a fixed grid (the buttons keep
        # their place whatever the text size), across the whole width so that neither
        # overlaps the other at 200 % or in a small window (finding 8).
        controls = QGridLayout()
        controls.setSpacing(10)
        self.controls = controls
        self._one_row: bool | None = None  # the buttons' arrangement now (see _place_controls)
        self.ring_row = QHBoxLayout()
        self.ring_row.setContentsMargins(20, 0, 20, 8)
        self.ring_row.setSpacing(20)
        self.ring_row.addWidget(self.ring)
        self.ring_row.addLayout(controls)
        self.ring_row.addWidget(self.keys, 1)

        self.middle = QHBoxLayout()
        self.middle.setContentsMargins(20, 8, 20, 8)
        self.middle.setSpacing(20)
        # about 60 % of the width for the diagram (UI.md), at every text size (finding 9)
        self.middle.addWidget(self.diagram, 3)
        self.middle.addWidget(self.panel, 2)
        middle = self.middle
        self.setFocusProxy(self.play)

        # footer: what comes next, and progress
        self.next_label = ElidedLabel(name="next")
        self.dots = StepDots()
        self.footer = footer = QFrame()
        footer.setProperty("role", "bar")
        footer_row = QHBoxLayout(footer)
        footer_row.setContentsMargins(24, 6, 24, 6)
        footer_row.addWidget(self.next_label, 1)
        footer_row.addWidget(self.dots)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(middle, 1)
        outer.addLayout(self.ring_row)
        outer.addWidget(footer)
        self.arrange()

        shortcuts: dict[object, Callable[[], None]] = {
            Qt.Key.Key_Right: self.do_skip, Qt.Key.Key_Left: self.go_back,
            Qt.Key.Key_Escape: self.request_stop,
            self.repeat_key: self.do_repeat, self.back_key: self.go_back,
            self.hurts_key: self.it_hurts, self.done_key: self.finish_now,
            self.time_key: self.announce_time,
        }
        for key, slot in shortcuts.items():
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda slot=slot: self._key(slot))
        # Enter and Space activate the focused button, else start or pause the step.
        keys.install(self, default=lambda: self.play, space_default=True)

    def arrange(self) -> None:
        """Fit the countdown, the buttons and the words to the text size: called again when
        it changes (finding 10). See player_layout."""
        player_layout.arrange(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        player_layout.place_controls(self)

    # -- setting up -----------------------------------------------------------------
    def begin(self, log: SessionLog, session: Session, person: str) -> None:
        self.log, self.session, self.person = log, session, person
        self._shown_index = -1
        # The first step follows the same get-ready countdown as the others (finding 20).
        self.next_step_ready()

    def _in_step(self) -> Session | None:
        """The session while a step is showing (ready, running or paused), else None."""
        s = self.session
        return s if s is not None and s.phase in STEP_PHASES else None

    def configure(self, hands_free: bool, get_ready_s: float) -> None:
        self.hands_free, self.get_ready_s = hands_free, get_ready_s
        if not hands_free:
            self.cancel_get_ready()

    # -- intent -----------------------------------------------------------------------
    def toggle(self) -> None:
        s = self._in_step()
        if s is None:
            return
        if self.cancel_get_ready():
            return
        if Cue.STARTED in s.toggle():
            self.announce.emit(Cue.STARTED.value, self._spoken_step())
        self.refresh()

    def next_step_ready(self) -> None:
        """Show the next step; hands-free, a 'get ready' countdown then starts it."""
        self.refresh()
        s = self.session
        if not self.hands_free or s is None or s.phase != Phase.READY:
            return
        self._ready_deadline = s.clock.monotonic() + self.get_ready_s
        self.announce.emit("get_ready", self.tr("Get ready. Next: {step}, {foot}.").format(
            step=s.current.step.title, foot=i18n.foot_words(s.current.foot)))
        self._show_get_ready()
        self.timer.start()

    def cancel_get_ready(self) -> bool:
        """Any key during the countdown holds the next step; Space then starts it."""
        if self._ready_deadline is None:
            return False
        self._ready_deadline = None
        self._put_notice(self.tr("Waiting. Press Space to start the step."))
        self.stop_timers()
        return True

    def keyPressEvent(self, event: object) -> None:
        if not self.cancel_get_ready():
            super().keyPressEvent(event)  # type: ignore[arg-type]

    def _key(self, action: Callable[[], None]) -> None:
        # A key during "get ready" only holds the countdown, except H and Esc: pain and
        # stopping are never swallowed (issue 14, finding 12).
        waited = self.cancel_get_ready()
        if not waited or action in (self.it_hurts, self.request_stop):
            action()

    def finish_now(self) -> None:
        s = self.session
        if s is None or s.phase not in (Phase.RUNNING, Phase.PAUSED):
            return
        s.finish_now()
        self._after_time_up()

    def do_skip(self) -> None:
        s, log = self._in_step(), self.log
        if s is None or log is None:
            return
        log.save(s.skip())
        self._after_result()

    def do_repeat(self) -> None:
        s = self._in_step()
        if s is None:
            return
        was_running = s.phase == Phase.RUNNING
        if s.phase != Phase.READY:  # something would be lost: ask first (finding 14)
            if was_running:
                s.pause()
                self.refresh()
            if not dialogs.service().confirm(
                    self, self.tr("Start this step again from the beginning? The time "
                                  "done so far in this step is not counted."),
                    accept=self.tr("Start again"), reject=self.tr("Carry on"),
                    title=self.tr("Repeat")):
                if was_running:
                    self.toggle()
                return
        s.repeat()
        self.diagram.restart()
        self.refresh()

    def go_back(self) -> None:
        s = self._in_step()
        if s is None:
            return
        s.back()
        self.refresh()

    def it_hurts(self) -> None:
        self.report_hurt()

    def report_hurt(self, note: str = "") -> None:
        """'It hurts — stop': end the step now, log it, and offer to end the session."""
        s, log = self.session, self.log
        if s is None or log is None or s.phase not in (*STEP_PHASES, Phase.RATING):
            return
        if s.phase == Phase.RUNNING:
            s.pause()
        was_rating = s.phase == Phase.RATING
        log.save(s.hurts(note))
        self.stop_timers()
        self.diagram.set_playing(False)
        if ask_to_end(self, self.tr("It hurts"),
                        self.tr("That step has stopped, and the pressure will be lighter next "
                                "time. Do you want to end today's session?")):
            if s.phase != Phase.SUMMARY:
                log.stop(Outcome.HURT)
            self.sessionStopped.emit()
        elif not was_rating:
            self._after_result()

    def request_stop(self) -> None:
        s, log = self._in_step(), self.log
        if s is None or log is None:
            return
        was_running = s.phase == Phase.RUNNING
        if was_running:
            s.pause()
            self.refresh()
        if ask_to_end(self, self.tr("Stop the session"),
                        self.tr("End today's session now? Everything rated so far is kept.")):
            log.stop("user")
            self.stop_timers()
            self.sessionStopped.emit()
        elif was_running:
            self.toggle()

    def announce_time(self) -> None:
        """T: say the time left aloud and show it."""
        s = self.session
        if s is None:
            return
        def words() -> str:
            return self.tr("{left} left in this step, {total} in the whole session.").format(
                left=spoken_duration(s.remaining()),
                total=spoken_duration(s.session_remaining()))

        text = words()
        self._show_notice(text, live=words)
        self.announce.emit("time_left", text)

    # -- clock --------------------------------------------------------------------------
    def tick(self) -> None:
        s = self.session
        if s is None:
            return
        if self._ready_deadline is not None:
            if s.clock.monotonic() < self._ready_deadline:
                self._show_get_ready()
                return
            self._ready_deadline = None
            self._hide_notice()
            self.toggle()
            return
        cues = s.tick()
        for c in cues:
            words = {Cue.HALFWAY: self.tr("Halfway through this step."),
                     Cue.TEN_SECONDS: self.tr("Ten seconds left."),
                     Cue.REMINDER: s.reminder_text,
                     Cue.FINISHED: self.tr("Time is up for this step.")}[c]
            if c != Cue.FINISHED:
                self._show_notice(words)
            self.announce.emit(c.value, words)
        if Cue.FINISHED in cues:
            self._after_time_up()
            return
        if self._notice_until and s.elapsed() >= self._notice_until:
            self._notice_until = 0.0
            self._hide_notice()
        elif self._notice_live is not None:
            self._put_notice(self._notice_live())
        self._refresh_time()

    # -- showing state -------------------------------------------------------------------
    def refresh(self) -> None:
        s = self._in_step()
        if s is None:
            self.stop_timers()
            return
        slot = s.current
        step = slot.step
        if s.index != self._shown_index:  # each step's words start at the top (finding 7)
            self._shown_index = s.index
            self.words_area.verticalScrollBar().setValue(0)
            if self.isVisible():
                self.play.setFocus(Qt.FocusReason.OtherFocusReason)
        foot = i18n.foot_words(slot.foot, "heading")
        # at large type the name alone: "NeuroFoot · " left room for "Ne…" only (the
        # window's title says NeuroFoot)
        large = theme.current().scale >= player_layout.LARGE
        self.who.setText(self.person if large else f"NeuroFoot · {self.person}")
        self.where.setText(self.tr("Step {n} of {total} · {foot}").format(
            n=s.step_number, total=s.steps_per_foot, foot=foot))
        self.title.setText(step.title)
        self.instruction.setText(step.instruction_for(s.heel_sensitive))
        self.purpose.setText(step.purpose)
        level = s.pressure
        name = self.log.protocol.pressure(level).name if self.log else str(level)
        self.pressure.setText(self.tr("Pressure  {dots}  {name}").format(
            dots=pressure_dots(level).replace("  ", " "), name=name))
        self.pressure.setAccessibleName(self.tr("Pressure: level {level} of 4, {name}").format(
            level=level, name=name))
        self.pressure_reason.setText(
            i18n.pressure_reason(s.recommendation.reason) if s.recommendation else "")
        self.diagram.show_step(step, slot.foot, level, s.heel_sensitive)
        running = s.phase == Phase.RUNNING
        self.diagram.set_playing(running)
        self.diagram.setAccessibleDescription(self.diagram.description())
        self.play.setText({Phase.READY: self.tr("Start"), Phase.RUNNING: self.tr("Pause"),
                           Phase.PAUSED: self.tr("Continue")}[s.phase])
        self.play.setAccessibleName(self.play.text())
        self.done.setEnabled(s.phase != Phase.READY)
        self.back.setEnabled(s.index > 0)
        nxt = s.next_slot
        if nxt is None:
            self.next_label.setText(self.tr("Next: the summary"))
            self.next_words.setText(self.next_label.text())
        else:
            nfoot = i18n.foot_words(nxt.foot)
            self.next_label.setText(self.tr("Next: {step}, {foot}").format(
                step=nxt.step.title, foot=nfoot))
            self.next_words.setText(self.next_label.text())
        self.dots.set_states(self._dot_states(), groups=2)
        if running or self._ready_deadline is not None:
            self.timer.start()
        else:
            self.timer.stop()
        if running:
            self.end_timer.start(max(0, math.ceil(s.remaining() * 1000)))
        else:
            self.end_timer.stop()
        if s.phase == Phase.READY and self._ready_deadline is None:
            self._hide_notice()
            self._notice_until = 0.0
        self._refresh_time()

    def _refresh_time(self) -> None:
        s = self.session
        assert s is not None
        remaining = s.remaining()
        self.ring.set_state(remaining, s.current.duration_s,
                            attention=s.phase == Phase.RUNNING and remaining <= 10)
        left = s.session_remaining()
        self.session_left.setText(self.tr("{time} left in session").format(
            time=i18n.clock_text(left)))
        self.session_left.setAccessibleName(self.tr("{time} left in the session").format(
            time=spoken_duration(left)))

    def _dot_states(self) -> list[str]:
        s = self.session
        assert s is not None
        states = []
        for i, slot in enumerate(s.slots):
            result = s.results.get((slot.step.id, slot.foot))
            if i == s.index:
                states.append("current")
            elif result is not None:
                states.append("skipped" if result.outcome is Outcome.SKIPPED else "done")
            else:
                states.append("todo")
        return states

    def _spoken_step(self) -> str:
        """What the voice says as a step starts: where, what, how firmly, reminders."""
        s = self.session
        assert s is not None and self.log is not None
        step = s.current.step
        level = self.log.protocol.pressure(s.pressure).name
        return " ".join([
            f"{step.title}, {i18n.foot_words(s.current.foot)}.",
            step.instruction_for(s.heel_sensitive),
            self.tr("Pressure: {level}.").format(level=level.lower()),
            s.reminder_text,
        ]).strip()

    def _show_get_ready(self) -> None:
        s = self.session
        assert s is not None and self._ready_deadline is not None
        left = max(0.0, self._ready_deadline - s.clock.monotonic())
        self._put_notice(self.tr(
            "Get ready: the next step starts in {n} s. Any key waits.").format(
            n=int(-(-left // 1))))

    def _put_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        side = self.notice.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.notice_icon.setPixmap(icon.pixmap(side, side))
        if not self.notice_row.isVisible():
            self.notice_row.setVisible(True)
            self.words_area.verticalScrollBar().setValue(0)  # the notice is at the top

    def _hide_notice(self) -> None:
        self._notice_live = None
        self.notice_row.setVisible(False)

    def _show_notice(self, text: str, live: Callable[[], str] | None = None) -> None:
        """live: recomputes the words at every tick, so they never disagree with the
        countdown beside them (finding 15)."""
        assert self.session is not None
        self._put_notice(text)
        self._notice_live = live
        self._notice_until = self.session.elapsed() + NOTICE_S

    def stop_timers(self) -> None:
        self.timer.stop()
        self.end_timer.stop()

    def halt(self) -> None:
        """Stop everything that moves or speaks: the session is being left as it is."""
        self._ready_deadline = None
        self.stop_timers()
        self.diagram.set_playing(False)

    def _after_time_up(self) -> None:
        self.stop_timers()
        self.diagram.set_playing(False)
        self.announce.emit("rating", self.tr(
            "How comfortable was that? Say a number from 0, painful, to 10, very comfortable."))
        self.stepFinished.emit()

    def _after_result(self) -> None:
        s = self.session
        assert s is not None
        if s.phase == Phase.SUMMARY:
            self.stop_timers()
            self.sessionOver.emit()
        else:
            self.next_step_ready()
