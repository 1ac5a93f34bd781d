"""The main window: one page at a time, from choosing a person to the summary."""

from __future__ import annotations

import logging
import random
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop import APP_NAME, __version__
from neurofoot_desktop.core.clock import Clock, SystemClock
from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.ui import dialogs, i18n, theme
from neurofoot_desktop.ui.guidance.router import Guidance
from neurofoot_desktop.ui.session.start import StartPage
from neurofoot_desktop.ui.widgets.controls import button, label

# Only what the start page needs is imported here. The routine, the session engine and the
# other pages are loaded when first used, so that the window opens sooner.
if TYPE_CHECKING:
    from neurofoot_desktop.core.protocol import Protocol
    from neurofoot_desktop.session_log import SessionLog
    from neurofoot_desktop.storage.repository import SessionRecord
    from neurofoot_desktop.ui.reminders.context import ReminderServices
    from neurofoot_desktop.ui.session.light_touch import LightTouchPage
    from neurofoot_desktop.ui.session.player import PlayerPage
    from neurofoot_desktop.ui.session.precheck import PrecheckPage
    from neurofoot_desktop.ui.session.rating import RatingCard
    from neurofoot_desktop.ui.session.summary import SummaryPage
    from neurofoot_desktop.ui.session.symptoms import SymptomsPage
    from neurofoot_desktop.ui.session.why import WhyPage

log = logging.getLogger(__name__)
PageT = TypeVar("PageT", bound=QWidget)


def ask_resume(parent: QWidget, record: SessionRecord) -> bool:
    when = i18n.local_datetime(record.started_at)
    return dialogs.service().confirm(
        parent, parent.tr("The session started on {when} was not finished. Everything "
                          "entered so far is saved.").format(when=when),
        accept=parent.tr("Resume it"), reject=parent.tr("Leave it as it is"),
        title=parent.tr("An unfinished session"))


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        protocol: Protocol | None = None,
        rng: random.Random | None = None,
        settings: Settings | None = None,
        settings_problems: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.settings_problems = settings_problems or []
        self.guidance = Guidance(self.settings, self)
        self.history: QWidget | None = None  # built on first use: it loads pyqtgraph
        self.clock = clock or SystemClock()
        self._protocol = protocol
        self.log: SessionLog | None = None
        self.person = ""
        self._why_return: QWidget | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(800, 520)  # a 1024x640 screen with a title bar and a panel

        self._rng = rng
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # Only the start page is built now; the others when first shown (start-up time).
        self.start = self._add(StartPage(store, self.clock))
        self.start.startRequested.connect(self.begin_session)
        self.start.whyRequested.connect(lambda: self.show_why(self.start))
        self.start.historyRequested.connect(self.show_history)
        self.start.settingsRequested.connect(self.show_settings)
        self._build_menus()
        self._fit_screen()
        self.go_home()

    def _fit_screen(self) -> None:
        """1366x768 where there is room; on a smaller screen, all of it (frame included)."""
        area = self.screen().availableGeometry()
        # The window manager's frame is not known before the window is shown: leave room for
        # a title bar and borders so nothing ends up off-screen.
        self.resize(min(1366, area.width() - 16), min(768, area.height() - 48))

    @property
    def protocol(self) -> Protocol:
        """The routine in the current language, read when first needed."""
        if self._protocol is None:
            self._protocol = i18n.current_protocol()
        return self._protocol

    # -- the pages, built on first use -------------------------------------------------------
    def _add(self, page: PageT) -> PageT:
        self.stack.addWidget(page)
        return page

    def _built(self, name: str) -> QWidget | None:
        """The page if it exists already (cached_property keeps it in __dict__)."""
        return self.__dict__.get(name)

    @cached_property
    def precheck(self) -> PrecheckPage:
        from neurofoot_desktop.ui.session.precheck import PrecheckPage

        page = self._add(PrecheckPage(self.protocol))
        page.passed.connect(self._symptoms_before)
        page.signCleared.connect(self._light_touch)
        page.signBack.connect(self._symptoms_before)
        page.ended.connect(self.go_home)
        page.cancelRequested.connect(self._cancel_before_massage)
        return page

    @cached_property
    def symptoms(self) -> SymptomsPage:
        from neurofoot_desktop.ui.session.symptoms import SymptomsPage

        page = self._add(SymptomsPage(clock=self.clock))
        page.finished.connect(self._symptoms_done)
        page.back.connect(lambda: self.show_page(self.precheck))
        return page

    @cached_property
    def light_touch(self) -> LightTouchPage:
        from neurofoot_desktop.ui.session.light_touch import LightTouchPage

        page = self._add(LightTouchPage(self.protocol, rng=self._rng, clock=self.clock))
        page.finished.connect(self._massage)
        page.cancelRequested.connect(self._cancel_before_massage)
        return page

    @cached_property
    def player(self) -> PlayerPage:
        from neurofoot_desktop.ui.session.player import PlayerPage

        page = self._add(PlayerPage(clock=self.clock))
        page.stepFinished.connect(self._rate)
        page.sessionOver.connect(self._summary)
        page.sessionStopped.connect(self._summary)
        page.announce.connect(self.guidance.announce)
        page.configure(self.settings.hands_free, self.settings.get_ready_s)
        return page

    @cached_property
    def rating(self) -> RatingCard:
        from neurofoot_desktop.ui.session.rating import RatingCard

        page = self._add(RatingCard(clock=self.clock))
        page.rated.connect(self._rated)
        page.hurt.connect(self._rating_hurt)
        page.stopRequested.connect(self._stop_from_rating)
        return page

    @cached_property
    def summary(self) -> SummaryPage:
        from neurofoot_desktop.ui.session.summary import SummaryPage

        page = self._add(SummaryPage(self.protocol))
        page.done.connect(self.go_home)
        page.whyRequested.connect(lambda: self.show_why(page))
        page.historyRequested.connect(self.show_history)
        return page

    @cached_property
    def why(self) -> WhyPage:
        from neurofoot_desktop.ui.session.why import WhyPage

        page = self._add(WhyPage(self.protocol))
        page.closed.connect(self._close_why)
        return page

    # -- navigation ---------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        # Every way out of a session (the summary, a block, a stop, a failed save) passes here:
        # the one place the daily backup is started.
        session_over = self.in_session() and (page is self.start
                                              or page is self._built("summary"))
        self.stack.setCurrentWidget(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        if session_over:
            self._daily_backup()

    def _daily_backup(self) -> None:
        """At most once a day, off the GUI thread; a failure never touches the log itself."""
        from neurofoot_desktop.storage import backup
        from neurofoot_desktop.ui.files import progress

        path = self.store.path
        self._backup = progress.in_background(lambda: backup.maybe_daily_backup(path),
                                              "daily backup")

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def go_home(self) -> None:
        self.log = None
        self.start.reload(self.start.selected_profile())
        self.show_page(self.start)

    def show_why(self, came_from: QWidget) -> None:
        self._why_return = came_from
        self.show_page(self.why)

    def _close_why(self) -> None:
        self.show_page(self._why_return or self.start)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for fmt, text in (("pdf", self.tr("Report for the doctor (PDF)…")),
                          ("csv", self.tr("Spreadsheet (CSV)…")),
                          ("json", self.tr("Complete log (JSON)…")),
                          ("fhir", self.tr("Health record (FHIR)…"))):
            action = export_menu.addAction(text)
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))
        file_menu.addAction(self.tr("&Import a log…")).triggered.connect(self.import_log)
        file_menu.addAction(self.tr("&Restore from backup…")).triggered.connect(
            self.restore_backup)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view = bar.addMenu(self.tr("&View"))
        history = QAction(self.tr("&History"), self)
        history.setShortcut(QKeySequence("Ctrl+H"))
        history.triggered.connect(self.show_history)
        view.addAction(history)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.show_settings)
        view.addAction(settings)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Why this helps")).triggered.connect(
            lambda: self.show_why(self.current_page()))
        help_menu.addAction(self.tr("&About NeuroFoot")).triggered.connect(self.about)

    def in_session(self) -> bool:
        current = self.current_page()
        return any(self._built(name) is current
                   for name in ("player", "rating", "light_touch", "precheck", "symptoms"))

    def show_history(self) -> None:
        if self.in_session():
            return
        if self.history is None:
            from neurofoot_desktop.ui.history.page import HistoryView

            self.history_view = HistoryView(self.store, clock=self.clock)
            self.history_view.exportRequested.connect(self.export)
            self.history_title = label("", "title")  # wraps: a long name at 200 % (issue 14)
            back = button(self.tr("Back"), "primary", "history_back")
            back.clicked.connect(self.go_home)
            top = QHBoxLayout()
            top.addWidget(self.history_title, 1)
            top.addWidget(back)
            self.history = QWidget()
            column = QVBoxLayout(self.history)
            column.setContentsMargins(24, 12, 24, 12)
            column.addLayout(top)
            column.addWidget(self.history_view, 1)
            self.stack.addWidget(self.history)
        pid = self.start.selected_profile()
        if pid is not None:
            self.history_title.setText(self.tr("History · {name}").format(
                name=self.store.profile(pid).name))
            self.history_view.set_profile(pid)
        self.show_page(self.history)

    def show_settings(self) -> None:
        from neurofoot_desktop.ui.settings.dialog import SettingsDialog

        # The dialog hands each change to apply_settings: the one place a change applies.
        dialog = SettingsDialog(self.settings, self, folder=self.store.path.parent,
                                cues=self.guidance.cues, speaker=self.guidance.speaker,
                                problems=self.settings_problems, apply=self.apply_settings,
                                reminders=self._reminder_services())
        dialog.open()

    def _reminder_services(self) -> ReminderServices:
        """The Reminders section's view of the window: whose plan, the tray, start at login."""
        from neurofoot_desktop import autostart, datadir
        from neurofoot_desktop.ui.reminders.context import ReminderServices
        from neurofoot_desktop.ui.reminders.tray import tray_available

        folder = self.store.path.parent
        running = self.__dict__.get("reminders")  # installed after the first paint
        has_tray = running.has_tray if running is not None else tray_available()
        # The default folder is not written into the login entry: it is found again anyway.
        explicit = None if folder == datadir.resolve(None) else folder
        return ReminderServices(
            self.store, self.clock, self.start.selected_profile(), has_tray,
            autostart.for_this_system(folder), autostart.command_line(explicit),
            plan_saved=self.start.reload)

    def apply_settings(self, settings: Settings) -> None:
        """Changes apply at once; step durations and order from the next session on."""
        old, self.settings = self.settings, settings
        self.guidance.apply_settings(settings)
        player = self._built("player")
        if player is not None:
            player.configure(settings.hands_free, settings.get_ready_s)
        if (old.theme, old.font_scale) != (settings.theme, settings.font_scale):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, settings.theme, settings.font_scale)
                if player is not None:
                    player.arrange()

    def export(self, fmt: str) -> None:
        pid = self.start.selected_profile()
        person = self.store.profile(pid).name if pid is not None else None
        from neurofoot_desktop.ui.files import actions as file_actions

        file_actions.export_via_dialog(self, self.store, fmt, person, clock=self.clock)

    def import_log(self) -> None:
        from neurofoot_desktop.ui.files import actions as file_actions

        if file_actions.import_via_dialog(self, self.store):
            self.start.reload(self.start.selected_profile())

    def restore_backup(self) -> None:
        if self.in_session():
            dialogs.service().tell(self, self.tr("Please finish or stop the session first."))
            return
        from neurofoot_desktop.ui.files.restore import restore_from_backup

        if restore_from_backup(self, self.store):
            self.go_home()

    def about(self) -> None:
        dialogs.service().tell(self, self.tr(
            "NeuroFoot {version}\n\nA calm guide to gentle home foot massage for people with "
            "peripheral neuropathy. Everything stays on this computer.\n\n{limits}").format(
            version=__version__, limits=self.protocol.advice["limits"]),
            title=self.tr("About NeuroFoot"))

    # -- a session ----------------------------------------------------------------------
    def begin_session(self, profile_id: int) -> None:
        from neurofoot_desktop.session_log import SessionLog, leave_interrupted

        self.person = self.store.profile(profile_id).name
        interrupted = self.store.interrupted_session(profile_id)
        if interrupted is not None:
            if ask_resume(self, interrupted):
                self.log = SessionLog(self.store, self.protocol, self.clock, profile_id,
                                      resume=interrupted)
                if len(interrupted.light_touch) == 2 and self.log.safety().may_massage:
                    self._massage()
                else:
                    self.precheck.begin(self.log)
                    self.show_page(self.precheck)
                return
            leave_interrupted(self.store, self.clock, interrupted)
        self.log = SessionLog(self.store, self.protocol, self.clock, profile_id)
        self.precheck.begin(self.log)
        self.show_page(self.precheck)

    def _symptoms_before(self) -> None:
        from neurofoot_desktop.core.vocabulary import Moment

        assert self.log is not None
        self.symptoms.begin(self.log, Moment.BEFORE)
        self.show_page(self.symptoms)

    def _symptoms_done(self, moment: object) -> None:
        """Issue 18: after the scores before, the numbers-based sign (core decides) or the
        light-touch check; after the scores after, the summary."""
        from neurofoot_desktop.core.vocabulary import Moment

        assert self.log is not None
        if moment is Moment.AFTER:
            self._show_summary()
            return
        found = self.log.symptom_signs()
        if not found:
            self._light_touch()
            return
        self.log.record_signs(found)
        self.precheck.show_sign(" ".join(
            i18n.symptom_sign_reason(s.symptom, s.today, s.usual) for s in found))
        self.show_page(self.precheck)

    def _light_touch(self) -> None:
        assert self.log is not None
        self.light_touch.begin(self.log, self.settings.first_foot)
        self.show_page(self.light_touch)

    def _massage(self) -> None:
        from neurofoot_desktop.core.session import Phase

        assert self.log is not None
        s = self.settings
        session = self.log.start_massage(s.order, s.first_foot, s.durations)
        self.guidance.prepare()
        if session.phase == Phase.SUMMARY:
            self._summary()
            return
        self.player.begin(self.log, session, self.person)
        from neurofoot_desktop.storage import footcheck as footcheck_store

        look = footcheck_store.check(self.store, self.log.session_id)  # issue 19: spots to avoid
        self.player.diagram.set_avoid_spots([f for f in look.findings if f.avoid] if look else [])
        self.show_page(self.player)

    def _rate(self) -> None:
        assert self.log is not None and self.log.session is not None
        slot = self.log.session.current
        foot = i18n.foot_words(slot.foot)
        self.rating.begin(f"{slot.step.title} · {foot}",
                          self.log.ask_direction_first(slot.step.id, slot.foot))
        self.show_page(self.rating)

    def _rated(self, comfort: int, feel: str | None, note: str) -> None:
        assert self.log is not None and self.log.session is not None
        self.log.save(self.log.session.rate(comfort, feel, note))
        from neurofoot_desktop.core.next_time import needs_doctor_advice

        if needs_doctor_advice(comfort) and self._offer_stop_for_pain(comfort):
            return
        self._after_rating()

    def _offer_stop_for_pain(self, comfort: int) -> bool:
        """A comfort of 0-2 (issue 14, finding 3): the doctor advice, and an offer to stop.
        The rating is saved already; stopping is recorded as the session's reason."""
        assert self.log is not None
        stop = dialogs.service().confirm(
            self, self.tr("A comfort of {n} out of 10 means that step was painful. {advice}\n\n"
                          "Do you want to end today's session?").format(
                n=comfort, advice=i18n.pain_advice()),
            accept=self.tr("End the session"), reject=self.tr("Carry on more gently"),
            title=self.tr("That was painful"))
        if not stop:
            return False
        self.log.stop("low_comfort")
        self._summary()
        return True

    def _cancel_before_massage(self) -> None:
        """Esc before the massage: ask, then end the session with what was answered."""
        if self.log is None:
            return
        from neurofoot_desktop.ui.session.player import ask_to_end

        if ask_to_end(self, self.tr("Stop the session"), self.tr(
                "End today's session now? Every answer given so far is kept.")):
            self.log.stop("user")
            self.go_home()

    def _stop_from_rating(self) -> None:
        """Esc on the rating card: the same question as Stop session on the player."""
        assert self.log is not None
        from neurofoot_desktop.ui.session.player import ask_to_end

        if ask_to_end(self, self.tr("Stop the session"), self.tr(
                "End today's session now? Everything rated so far is kept.")):
            self.log.stop("user")
            self._summary()

    def _rating_hurt(self, note: str) -> None:
        self.player.report_hurt(note)
        if self.stack.currentWidget() is self.rating:
            self._after_rating()

    def _after_rating(self) -> None:
        from neurofoot_desktop.core.session import Phase

        assert self.log is not None and self.log.session is not None
        if self.log.session.phase == Phase.SUMMARY:
            self._summary()
        elif self.log.session.phase != Phase.STOPPED:
            self.show_page(self.player)
            self.player.next_step_ready()

    def _summary(self) -> None:
        """After the last step, the symptom scores again (skippable) before the summary."""
        from neurofoot_desktop.core.session import Phase
        from neurofoot_desktop.core.vocabulary import Moment

        assert self.log is not None
        if self.log.session is not None and self.log.session.phase == Phase.SUMMARY:
            self.symptoms.begin(self.log, Moment.AFTER)
            self.show_page(self.symptoms)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        assert self.log is not None
        self.summary.show_log(self.log)
        self.show_page(self.summary)

    def storage_failed(self, exc: StorageError) -> None:
        """Something could not be saved (a full disk, say). Whatever was saved before stays in
        the log; an unfinished session stays unfinished there, so it can be resumed once the
        problem is solved. The screen goes back to the start rather than carry on as if the
        last answer had been kept."""
        log.error("a save failed: %s", exc)
        in_session = self.in_session()
        player = self._built("player")
        if player is not None:
            player.halt()
        self.go_home()
        if in_session:
            text = self.tr(
                "The last answer could not be saved, so the session stops here. Everything "
                "saved before it is safe: when the problem is solved, choose the same person "
                "and begin again to carry on.")
        else:
            text = self.tr("NeuroFoot could not save this change.")
        # The reason names its own cause (a full disk, a read-only folder, an import from the
        # command line still running), so no guess about the disk is added here.
        dialogs.service().tell(self, text + "\n\n" + self.tr("What happened: {reason}").format(
            reason=exc), kind="warning")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save: every answer is already in the log, and an unfinished
        # session stays "incomplete" so the next start can offer to resume it.
        player = self._built("player")
        if player is not None:
            player.stop_timers()
        super().closeEvent(event)
