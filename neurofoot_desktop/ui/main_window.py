"""The main window: one page at a time, from choosing a person to the summary."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from neurofoot_desktop import APP_NAME
from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.protocol import Protocol, default_protocol
from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import SessionRecord
from neurofoot_desktop.ui.light_touch_page import LightTouchPage
from neurofoot_desktop.ui.player_page import PlayerPage
from neurofoot_desktop.ui.precheck_page import PrecheckPage
from neurofoot_desktop.ui.rating_card import RatingCard
from neurofoot_desktop.ui.start_page import StartPage
from neurofoot_desktop.ui.summary_page import SummaryPage
from neurofoot_desktop.ui.why_page import WhyPage


def ask_resume(parent: QWidget, record: SessionRecord) -> bool:
    when = record.started_at.astimezone().strftime("%d %b, %H:%M")
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("An unfinished session"))
    box.setText(parent.tr("The session started on {when} was not finished. Everything "
                          "entered so far is saved.").format(when=when))
    resume = box.addButton(parent.tr("Resume it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(parent.tr("Leave it as it is"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    return box.clickedButton() is resume


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        protocol: Protocol | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock or SystemClock()
        self.protocol = protocol or default_protocol()
        self.log: SessionLog | None = None
        self.person = ""
        self.ask_resume: Callable[[SessionRecord], bool] = lambda r: ask_resume(self, r)
        self._why_return: QWidget | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(1000, 640)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartPage(store, self.clock)
        self.precheck = PrecheckPage(self.protocol)
        self.light_touch = LightTouchPage(self.protocol, rng=rng)
        self.player = PlayerPage()
        self.rating = RatingCard()
        self.summary = SummaryPage(self.protocol)
        self.why = WhyPage(self.protocol)
        for page in (self.start, self.precheck, self.light_touch, self.player, self.rating,
                     self.summary, self.why):
            self.stack.addWidget(page)

        self.start.startRequested.connect(self.begin_session)
        self.start.whyRequested.connect(lambda: self.show_why(self.start))
        self.start.historyRequested.connect(self.show_history)
        self.start.settingsRequested.connect(self.show_settings)
        self.precheck.passed.connect(self._light_touch)
        self.precheck.ended.connect(self.go_home)
        self.light_touch.finished.connect(self._massage)
        self.player.stepFinished.connect(self._rate)
        self.player.sessionOver.connect(self._summary)
        self.player.sessionStopped.connect(self._summary)
        self.rating.rated.connect(self._rated)
        self.rating.hurt.connect(self._rating_hurt)
        self.summary.done.connect(self.go_home)
        self.summary.whyRequested.connect(lambda: self.show_why(self.summary))
        self.summary.historyRequested.connect(self.show_history)
        self.why.closed.connect(self._close_why)
        self.resize(1366, 768)
        self.go_home()

    # -- navigation ---------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def go_home(self) -> None:
        self.log = None
        self.start.reload(self.start.selected_profile())
        self.show_page(self.start)
        self.start.start.setFocus() if self.start.start.isEnabled() else self.start.name.setFocus()

    def show_why(self, came_from: QWidget) -> None:
        self._why_return = came_from
        self.show_page(self.why)

    def _close_why(self) -> None:
        self.show_page(self._why_return or self.start)

    def show_history(self) -> None:
        QMessageBox.information(self, APP_NAME, self.tr("The history view is coming soon."))

    def show_settings(self) -> None:
        QMessageBox.information(self, APP_NAME, self.tr("Settings are coming soon."))

    # -- a session ----------------------------------------------------------------------
    def begin_session(self, profile_id: int) -> None:
        self.person = self.store.profile(profile_id).name
        interrupted = self.store.interrupted_session(profile_id)
        if interrupted is not None:
            if self.ask_resume(interrupted):
                self.log = SessionLog(self.store, self.protocol, self.clock, profile_id,
                                      resume=interrupted)
                if len(interrupted.light_touch) == 2 and self.log.safety().may_massage:
                    self._massage()
                else:
                    self.precheck.begin(self.log)
                    self.show_page(self.precheck)
                return
            # Leaving it keeps every answer; it is just no longer offered for resuming.
            self.store.end_session(interrupted.id, "incomplete", self.clock.now(), "left")
        self.log = SessionLog(self.store, self.protocol, self.clock, profile_id)
        self.precheck.begin(self.log)
        self.show_page(self.precheck)

    def _light_touch(self) -> None:
        assert self.log is not None
        self.light_touch.begin(self.log)
        self.show_page(self.light_touch)

    def _massage(self) -> None:
        assert self.log is not None
        session = self.log.start_massage()
        if session.phase == Phase.SUMMARY:
            self._summary()
            return
        self.player.begin(self.log, session, self.person)
        self.show_page(self.player)

    def _rate(self) -> None:
        assert self.log is not None and self.log.session is not None
        slot = self.log.session.current
        foot = self.tr("left foot") if slot.foot == "left" else self.tr("right foot")
        self.rating.begin(f"{slot.step.title} · {foot}")
        self.show_page(self.rating)

    def _rated(self, comfort: int, feel: str | None, note: str) -> None:
        assert self.log is not None and self.log.session is not None
        self.log.save(self.log.session.rate(comfort, feel, note))
        self._after_rating()

    def _rating_hurt(self, note: str) -> None:
        self.player.report_hurt(note)
        if self.stack.currentWidget() is self.rating:
            self._after_rating()

    def _after_rating(self) -> None:
        assert self.log is not None and self.log.session is not None
        if self.log.session.phase == Phase.SUMMARY:
            self._summary()
        elif self.log.session.phase != Phase.STOPPED:
            self.player.refresh()
            self.show_page(self.player)

    def _summary(self) -> None:
        assert self.log is not None
        self.summary.show_log(self.log)
        self.show_page(self.summary)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save: every answer is already in the log, and an unfinished
        # session stays "incomplete" so the next start can offer to resume it.
        self.player.timer.stop()
        super().closeEvent(event)
