"""The reminders on screen: the tray icon and its menu, notifications, the fallback banner,
closing to the tray (asked once), and the plan offered once after the first completed session.

Installed after the first paint (or at once for a --background start). Where the desktop shows
no tray (stock GNOME without the AppIndicator extension) a reminder raises the window with the
banner instead, and closing the window quits as it always did.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop import APP_NAME
from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.reminders import SNOOZE_MINUTES, Plan
from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import StorageError, Store, plans
from neurofoot_desktop.ui import dialogs
from neurofoot_desktop.ui.reminders import words as rwords
from neurofoot_desktop.ui.reminders.banner import ReminderBanner
from neurofoot_desktop.ui.reminders.driver import ReminderDriver, local_zone
from neurofoot_desktop.ui.reminders.notify import DesktopNotifier, Notifier, TrayNotifier

log = logging.getLogger(__name__)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminders(QObject):
    """Everything reminders do in the window; `window` is the MainWindow."""

    def __init__(self, window: QMainWindow, store: Store, clock: Clock,
                 has_tray: bool | None = None, notifier: Notifier | None = None,
                 zone: Callable[[], tzinfo] = local_zone) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.driver = ReminderDriver(store, clock, zone, self)
        self.driver.remind.connect(self._remind)
        self.banner = ReminderBanner()
        self.banner.begin.connect(self.begin)
        self.banner.snooze.connect(self.snooze)
        self.banner.notToday.connect(self.not_today)
        self._wrap_central()
        self.quitting = False
        self.last_reminded: int | None = None
        self.has_tray = tray_available() if has_tray is None else has_tray
        self.tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.desktop = DesktopNotifier(parent=self)
        if self.has_tray:
            self._build_tray()
        self.notifier: Notifier = notifier or (TrayNotifier(self.tray) if self.tray
                                               else self.desktop)
        self.ask_plan: Callable[[str], Plan | None] = lambda name: ask_plan(window, name)
        window.installEventFilter(self)
        stack = getattr(window, "stack", None)
        self._previous_page: QWidget | None = None
        if stack is not None:
            stack.currentChanged.connect(self._page_changed)
        self.driver.start()

    # -- building ------------------------------------------------------------------------
    def _wrap_central(self) -> None:
        """The banner above whatever page is showing (the main window keeps its stack)."""
        central = self.window.takeCentralWidget()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        if central is not None:
            column.addWidget(central, 1)
            central.show()  # taken out of a window that may be showing: shown again
        self.window.setCentralWidget(holder)
        holder.show()

    def _build_tray(self) -> None:
        icon = QApplication.windowIcon()
        if icon.isNull():  # started hidden: the window's icon may not be loaded yet
            from neurofoot_desktop.ui.icons import app_icon

            icon = app_icon()
        tray = QSystemTrayIcon(icon, self)
        menu = QMenu()
        self.start_action = QAction(menu)
        self.start_action.triggered.connect(lambda: self.begin(self._person()))
        menu.addAction(self.start_action)
        self.snooze_actions = []
        for minutes in SNOOZE_MINUTES:
            action = QAction(menu)
            action.triggered.connect(lambda _=False, m=minutes: self._snooze_last(m))
            menu.addAction(action)
            self.snooze_actions.append((minutes, action))
        self.not_today_action = QAction(menu)
        self.not_today_action.triggered.connect(lambda: self._not_today_last())
        menu.addAction(self.not_today_action)
        menu.addSeparator()
        self.open_action = QAction(menu)
        self.open_action.triggered.connect(self.open)
        menu.addAction(self.open_action)
        self.quit_action = QAction(menu)
        self.quit_action.triggered.connect(self.quit)
        menu.addAction(self.quit_action)
        tray.setContextMenu(menu)
        menu.installEventFilter(self)  # a menu of its own: told of a new language directly
        menu.aboutToShow.connect(self._fit_menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.open)
        self.tray, self.menu = tray, menu
        self.retranslate()
        self._update_menu()
        tray.show()

    def retranslate(self) -> None:
        self.banner.retranslate()
        if self.menu is None:
            return
        if self.tray is not None:
            self.tray.setToolTip(self.tr("NeuroFoot: reminders of the sessions you planned"))
        self.start_action.setText(self.tr("Start a session"))
        for minutes, action in self.snooze_actions:
            action.setText(rwords.snooze_words(minutes))
        self.not_today_action.setText(self.tr("Not today"))
        self.open_action.setText(self.tr("Open NeuroFoot"))
        self.quit_action.setText(self.tr("Quit NeuroFoot"))

    def _fit_menu(self) -> None:
        """The actions measured in the font the menu paints them with (the style sheet's text
        size): else at 200 % "In 10 minutes" is cut to "In 1… minutes"."""
        if self.menu is None:
            return
        self.menu.ensurePolished()
        font = self.menu.font()
        for action in self.menu.actions():
            action.setFont(font)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(a.text()) for a in self.menu.actions())
        self.menu.setMinimumWidth(widest + 4 * metrics.height())  # check column and margins

    def _update_menu(self) -> None:
        if self.menu is None:
            return
        pending = self.last_reminded is not None
        for _m, action in self.snooze_actions:
            action.setEnabled(pending)
        self.not_today_action.setEnabled(pending)

    # -- a reminder ----------------------------------------------------------------------
    def _remind(self, profile_id: int, name: str, missed: bool) -> None:
        self.last_reminded = profile_id
        self._update_menu()
        self.banner.show_for(profile_id, name, missed)
        shown = self.notifier.notify(APP_NAME, rwords.reminder_words(name, missed))
        if not shown or not self.has_tray or self.window.isVisible():
            self.open()  # no tray, no notification service: the window itself, calmly

    def _person(self) -> int | None:
        if self.last_reminded is not None:
            return self.last_reminded
        start = getattr(self.window, "start", None)
        return start.selected_profile() if start is not None else None

    def begin(self, profile_id: int | None) -> None:
        self.banner.hide()
        self.last_reminded = None
        self._update_menu()
        self.open()
        in_session = getattr(self.window, "in_session", lambda: False)
        if profile_id is not None and not in_session():
            self.window.start.reload(profile_id)  # type: ignore[attr-defined]
            self.window.begin_session(profile_id)  # type: ignore[attr-defined]

    def snooze(self, profile_id: int, minutes: int) -> None:
        self._answered(lambda: self.driver.snooze(profile_id, minutes))

    def not_today(self, profile_id: int) -> None:
        self._answered(lambda: self.driver.not_today(profile_id))

    def _snooze_last(self, minutes: int) -> None:
        if self.last_reminded is not None:
            self.snooze(self.last_reminded, minutes)

    def _not_today_last(self) -> None:
        if self.last_reminded is not None:
            self.not_today(self.last_reminded)

    def _answered(self, write: Callable[[], None]) -> None:
        try:
            write()
        except StorageError as exc:
            dialogs.service().tell(self.window, str(exc), "warning")
            return
        self.banner.hide()
        self.last_reminded = None
        self._update_menu()

    # -- the window ----------------------------------------------------------------------
    def open(self) -> None:
        w = self.window
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        if QApplication.platformName() != "offscreen":  # it has no stacking to change
            w.raise_()
            w.activateWindow()

    def quit(self) -> None:
        self.quitting = True
        if self.window.close():
            QApplication.quit()
        self.quitting = False

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched in (self.window, self.menu):
            self.retranslate()  # the tray menu and its tool tip are no widgets of the window
            return False
        if watched is self.window and event.type() == QEvent.Type.Close and not self.quitting:
            assert isinstance(event, QCloseEvent)
            if self._keep_in_tray():
                event.ignore()
                self.window.hide()
                return True
        return False

    def _keep_in_tray(self) -> bool:
        """With reminders on and a tray, closing asks once whether to keep reminding."""
        if not self.has_tray or not self.driver.any_plan_reminds():
            return False
        settings: Settings = self.window.settings  # type: ignore[attr-defined]
        choice = settings.close_to_tray
        if choice == "ask":
            keep = dialogs.service().confirm(
                self.window, self.tr("Keep NeuroFoot running in the tray, so it can remind you "
                                     "of the sessions you planned? You can quit it from the "
                                     "tray icon's menu."),
                accept=self.tr("Keep reminding"), reject=self.tr("Quit"))
            choice = "tray" if keep else "quit"
            settings = settings.changed(close_to_tray=choice)
            self.window.settings = settings  # type: ignore[attr-defined]
            try:
                settings.save(self.store.path.parent)
            except OSError as exc:
                log.warning("the close choice was not saved: %s", exc)
        if choice == "tray":
            QApplication.instance().setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
        return choice == "tray"

    # -- the plan, offered once after the first completed session ----------------------------
    def _page_changed(self, _index: int) -> None:
        stack = self.window.stack  # type: ignore[attr-defined]
        page, came_from = stack.currentWidget(), self._previous_page
        self._previous_page = page
        summary = self.window.__dict__.get("summary")  # built once a session has ended
        start = getattr(self.window, "start", None)
        if start is not None and page is start and came_from is not None \
                and came_from is summary:
            self.offer_plan(start.selected_profile())

    def offer_plan(self, profile_id: int | None) -> None:
        if profile_id is None:
            return
        try:
            if plans.plan_was_offered(self.store, profile_id) or not any(
                    m.status == "completed" for m in plans.session_marks(self.store, profile_id)):
                return
            name = self.store.profile(profile_id).name
        except StorageError:
            return
        wants = dialogs.service().confirm(
            self.window, rwords.plan_offer_words(name), accept=self.tr("Choose days and times"),
            reject=self.tr("Not now"))
        plan = self.ask_plan(name) if wants else None
        try:
            plans.save_plan(self.store, profile_id, plan, self.driver.clock.now())
        except StorageError as exc:
            dialogs.service().tell(self.window, str(exc), "warning")
            return
        self.window.start.reload(profile_id)  # type: ignore[attr-defined]


def ask_plan(parent: QWidget, name: str) -> Plan | None:
    """The plan editor in a dialog; None when cancelled."""
    from neurofoot_desktop.ui.reminders.editor import PlanDialog

    dialog = PlanDialog(name, None, parent)
    return dialog.result_plan if dialog.exec() else None


def install(window: QMainWindow, store: Store, clock: Clock) -> Reminders:
    return Reminders(window, store, clock)
