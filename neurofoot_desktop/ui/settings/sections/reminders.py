"""Reminders (issue 20): the chosen person's plan, quiet hours, start at login, and where
reminders appear on this desktop.

The plan is not a setting: it lives in the log (storage/plans.py), per person, so it travels
with exports. A valid plan is saved a moment after the last change (a held arrow key in a
time field is one save, not fifty) and at once when the page is left; a plan that cannot work
shows its one-sentence refusal and is not saved. Start at login uses the same writer as
`neurofoot autostart`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCheckBox, QWidget

from neurofoot_desktop.autostart import AutostartError
from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import StorageError, plans
from neurofoot_desktop.ui.reminders.editor import PlanEditor
from neurofoot_desktop.ui.settings.base import Section, Services, label

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500


class RemindersSection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.context = services.reminders
        self.name = ""
        self.shown_plan: Plan | None = None  # what the log holds now
        layout = self.layout_
        self.intro = label(role="muted")
        layout.addWidget(self.intro)
        self.person = label(role="subtitle")
        self.person.setObjectName("reminderPerson")
        layout.addWidget(self.person)
        self.plan_on = QCheckBox()
        self.plan_on.setObjectName("planEnabled")
        layout.addWidget(self.plan_on)
        self.editor = PlanEditor()
        layout.addWidget(self.editor)
        self.plan_status = label(role="muted")
        self.plan_status.setObjectName("planStatus")
        layout.addWidget(self.plan_status)
        self.where = label(role="subtitle")
        layout.addWidget(self.where)
        self.tray_note = label(role="muted")
        self.tray_note.setObjectName("trayNote")
        layout.addWidget(self.tray_note)
        self.autostart = QCheckBox()
        self.autostart.setObjectName("autostart")
        layout.addWidget(self.autostart)
        self.autostart_help = label(role="muted")
        layout.addWidget(self.autostart_help)
        self.autostart_problem = label(role="warning")
        self.autostart_problem.setObjectName("autostartProblem")
        self.autostart_problem.hide()
        layout.addWidget(self.autostart_problem)
        layout.addStretch(1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_plan)
        self._plan_error = ""
        self.plan_on.toggled.connect(self._plan_edited)
        self.editor.changed.connect(self._plan_edited)
        self.autostart.toggled.connect(self._autostart_toggled)
        self._read()

    # -- Section ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reminders")

    def show_settings(self, s: Settings) -> None:
        self._read()

    def apply(self, s: Settings) -> Settings:
        return s  # nothing here is a setting: the plan is in the log, start at login in the OS

    def retranslate(self) -> None:
        tr = self.tr
        self.intro.setText(tr(
            "A reminder comes only on the days you plan, and only when that day's session is "
            "not done yet. A day the safety questions said no massage counts as done."))
        if self.context is None or self.context.profile_id is None:
            self.person.setText(tr("Choose a person on the start page to plan their sessions."))
        else:
            self.person.setText(tr("The plan for {name}").format(name=self.name))
        self.plan_on.setText(tr("Plan sessions for {name}").format(name=self.name or "…"))
        self.plan_on.setAccessibleName(self.plan_on.text())
        self.editor.retranslate()
        self.where.setText(tr("Where reminders appear"))
        has_tray = self.context is not None and self.context.has_tray
        self.tray_note.setText(tr(
            "A reminder appears beside the NeuroFoot icon in the tray. Closing the window can "
            "keep NeuroFoot running there.") if has_tray else tr(
            "This desktop shows no tray icon, so a reminder raises the NeuroFoot window with a "
            "calm banner at its top. Keep NeuroFoot open (minimised is fine) to be reminded."))
        self.autostart.setText(tr("Start at login"))
        self.autostart.setAccessibleName(tr("Start NeuroFoot when I log in"))
        self.autostart_help.setText(tr(
            "NeuroFoot then starts out of sight when you log in and shows itself when a "
            "reminder is due."))
        self._show_plan_status()

    def refresh(self) -> None:
        has_person = self.context is not None and self.context.profile_id is not None
        self.plan_on.setEnabled(has_person)
        self.editor.setEnabled(has_person and self.plan_on.isChecked())
        self.autostart.setEnabled(self.context is not None
                                  and self.context.autostart is not None)

    # -- the plan -------------------------------------------------------------------------
    def _read(self) -> None:
        """The person's plan and start at login as they are now."""
        ctx = self.context
        plan: Plan | None = None
        if ctx is not None and ctx.profile_id is not None:
            try:
                self.name = ctx.store.profile(ctx.profile_id).name
                plan = plans.current_plan(ctx.store, ctx.profile_id)
            except StorageError as exc:
                self._plan_error = str(exc)
        self.shown_plan = plan
        with self.loading():
            self.plan_on.blockSignals(True)
            self.plan_on.setChecked(plan is not None)
            self.plan_on.blockSignals(False)
            self.editor.blockSignals(True)
            self.editor.load(plan)
            self.editor.blockSignals(False)
            self.autostart.blockSignals(True)
            self.autostart.setChecked(self._autostart_on())
            self.autostart.blockSignals(False)
        self.retranslate()
        self.refresh()

    def _plan_edited(self, *_args: object) -> None:
        self.refresh()
        self._save_timer.start()

    def save_plan(self) -> bool:
        """Write the plan on screen to the log if it works and differs; False if refused."""
        self._save_timer.stop()
        ctx = self.context
        if ctx is None or ctx.profile_id is None:
            return False
        wanted: Plan | None = None
        if self.plan_on.isChecked():
            wanted = self.editor.plan()  # None here: refused, the reason is on screen
            if wanted is None:
                self.plan_status.hide()
                return False
        if wanted == self.shown_plan:
            return True
        try:
            plans.save_plan(ctx.store, ctx.profile_id, wanted, ctx.clock.now())
        except StorageError as exc:
            self._plan_error = str(exc)
            self._show_plan_status()
            return False
        self._plan_error = ""
        self.shown_plan = wanted
        self._show_plan_status(saved=True)
        if ctx.plan_saved is not None:
            ctx.plan_saved(ctx.profile_id)
        return True

    def _show_plan_status(self, saved: bool = False) -> None:
        if self._plan_error:
            self.plan_status.setProperty("role", "warning")
            self.plan_status.setText(self._plan_error)
        else:
            self.plan_status.setProperty("role", "muted")
            self.plan_status.setText(self.tr("The plan is saved.") if saved else "")
        self.plan_status.setVisible(bool(self.plan_status.text()))
        self.plan_status.style().unpolish(self.plan_status)
        self.plan_status.style().polish(self.plan_status)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._save_timer.isActive():  # leaving the page or closing the dialog: save now
            self.save_plan()
        super().hideEvent(event)

    # -- start at login --------------------------------------------------------------------
    def _autostart_on(self) -> bool:
        writer = self.context.autostart if self.context is not None else None
        try:
            return writer is not None and writer.is_on()
        except (OSError, AutostartError):
            return False

    def _autostart_toggled(self, on: bool) -> None:
        ctx = self.context
        if ctx is None or ctx.autostart is None:
            return
        try:
            if on:
                ctx.autostart.enable(list(ctx.autostart_argv))
            else:
                ctx.autostart.disable()
        except AutostartError as exc:
            self.autostart_problem.setText(str(exc))
            self.autostart_problem.show()
            self.autostart.blockSignals(True)
            self.autostart.setChecked(self._autostart_on())
            self.autostart.blockSignals(False)
            return
        self.autostart_problem.hide()
