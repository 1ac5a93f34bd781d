"""The start screen: who is having the massage today (remembered), and where to go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.storage import StorageError, Store, people
from neurofoot_desktop.storage.people import RemovedPerson
from neurofoot_desktop.ui import dialogs, theme
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import button, card, centered, label


class StartPage(QWidget):
    startRequested = Signal(int)
    whyRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock

        self.title = label(self.tr("Who is having a massage today?"), "title")
        self.hint = label(self.tr("Choose a person, or add their name below."), "muted")
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setAccessibleName(self.tr("People"))
        self.people.setMaximumHeight(theme.current().target_px * 5 + 8)  # five names, then scroll
        self.people.itemActivated.connect(lambda _item: self._start())
        self.people.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.name = QLineEdit()
        self.name.setObjectName("new_name")
        self.name.setPlaceholderText(self.tr("Name of a new person"))
        self.name.setAccessibleName(self.tr("Name of a new person"))
        self.add = button(self.tr("Add person"), name="add_person")
        self.add.clicked.connect(self._add)
        self.rename = button(self.tr("Rename…"), name="rename_person")
        self.rename.clicked.connect(self._rename)
        # Finding 17: a person can be deleted (Undo until the program closes) or merged.
        self.delete = button(self.tr("Delete…"), name="delete_person")
        self.delete.clicked.connect(self._delete)
        self.merge = button(self.tr("Merge…"), name="merge_person")
        self.merge.clicked.connect(self._merge)
        self.undo = button("", name="undo_delete")
        self.undo.clicked.connect(self._undo)
        self.undo.hide()
        self.removed: list[RemovedPerson] = []
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add)
        add_row.addWidget(self.rename)
        people_row = QHBoxLayout()
        for b in (self.delete, self.merge, self.undo):
            people_row.addWidget(b)
        people_row.addStretch(1)

        self.start = button(self.tr("Begin the safety check"), "primary", "start")
        self.start.clicked.connect(self._start)
        self.why = button(self.tr("Why this helps"), name="why")
        self.why.clicked.connect(self.whyRequested)
        self.history = button(self.tr("History"), name="history")
        self.history.clicked.connect(self.historyRequested)
        self.settings = button(self.tr("Settings"), name="settings")
        self.settings.clicked.connect(self.settingsRequested)
        # The main action has a row of its own, so large type never squeezes its words.
        links = QHBoxLayout()
        links.addWidget(self.why)
        links.addWidget(self.history)
        links.addWidget(self.settings)
        links.addStretch(1)

        # "3 of 4 planned this week" for the chosen person (issue 20); hidden without a plan.
        self.week = label("", "muted", name="plannedThisWeek")
        self.week.hide()
        body = card(self.title, self.hint, self.people, self.week)
        body.layout().addLayout(add_row)
        body.layout().addLayout(people_row)
        body.layout().addStretch(1)  # the card fills the window: spare room above the actions
        body.layout().addWidget(self.start)
        body.layout().addSpacing(8)
        body.layout().addLayout(links)
        self.setLayout(centered(body, 1100))
        self.setTabOrder(self.people, self.name)
        # The one key contract (issue 14): Enter on a focused button presses it; elsewhere it
        # adds the typed name, or begins with the chosen person.
        keys.install(self, default=self._enter)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.people.clear()
        for profile in self.store.profiles():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.people.addItem(item)
            if profile.id == select_id:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)  # profiles come most recently used first
        empty = self.people.count() == 0
        self.people.setVisible(not empty)
        self.hint.setText(
            self.tr("Type the name of the person receiving the massage, then press Enter.")
            if empty else self.tr("Choose a person, or add a new name below.")
        )
        self._update_buttons()
        # The page hands focus to what comes next: the name field, or "Begin with …".
        self.setFocusProxy(self.name if empty else self.start)
        self.focusProxy().setFocus()

    def selected_profile(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has = self.selected_profile() is not None
        self._update_week()
        self.start.setEnabled(has)
        self.rename.setEnabled(has)
        self.delete.setEnabled(has)
        self.merge.setEnabled(has and self.people.count() > 1)
        item = self.people.currentItem()
        if item is not None:
            self.start.setText(self.tr("Begin with {name}").format(name=item.text()))
            self.start.setAccessibleName(self.start.text())

    def _update_week(self) -> None:
        pid = self.selected_profile()
        text = None if pid is None else week_text(self.store, pid, self.clock)
        self.week.setText(text or "")
        self.week.setVisible(bool(text))

    def _enter(self) -> QPushButton | None:
        """What Enter presses: Add while a new name is typed (it would be lost otherwise),
        else Begin. None on the list, which begins by itself when a name is activated."""
        if self.focusWidget() is self.people and self.people.hasFocus():
            return None
        return self.add if self.name.text().strip() else self.start

    def _add(self) -> None:
        try:
            profile = self.store.add_profile(self.name.text(), self.clock.now())
        except StorageError as exc:
            dialogs.service().tell(self, str(exc), title=self.tr("Add person"))
            return
        self.name.clear()
        self.reload(profile.id)

    def _rename(self) -> None:
        pid = self.selected_profile()
        item = self.people.currentItem()
        if pid is None or item is None:
            return
        name = dialogs.service().ask_text(self, self.tr("Rename"), self.tr("New name:"),
                                          item.text())
        if name is None:
            return
        try:
            self.store.rename_profile(pid, name)
        except StorageError as exc:
            dialogs.service().tell(self, str(exc), title=self.tr("Rename"))
            return
        self.reload(pid)

    def _delete(self) -> None:
        pid, item = self.selected_profile(), self.people.currentItem()
        if pid is None or item is None:
            return
        ask = dialogs.service()
        if not ask.confirm(self, self.tr(
                "Delete {name} with all of their sessions, symptom scores, foot checks, photos "
                "and reminder plans? Undo brings them back until NeuroFoot closes; the backups "
                "keep them after that.").format(name=item.text()),
                accept=self.tr("Delete"), reject=self.tr("Keep"), destructive=True,
                title=self.tr("Delete a person")):
            return
        try:
            self.removed.append(people.delete_person(self.store, pid))
        except StorageError as exc:
            ask.tell(self, str(exc), "warning")
            return
        self._show_undo()
        self.reload()

    def _undo(self) -> None:
        if not self.removed:
            return
        removed = self.removed[-1]
        try:
            people.put_back(self.store, removed)
        except StorageError as exc:
            dialogs.service().tell(self, str(exc), "warning")
            return
        self.removed.pop()
        self._show_undo()
        self.reload(removed.profile_id)

    def _show_undo(self) -> None:
        if self.removed:
            self.undo.setText(self.tr("Undo: bring back {name}").format(
                name=self.removed[-1].name))
        self.undo.setVisible(bool(self.removed))

    def _merge(self) -> None:
        pid, item = self.selected_profile(), self.people.currentItem()
        if pid is None or item is None:
            return
        others = [p for p in self.store.profiles() if p.id != pid]
        ask = dialogs.service()
        index = ask.choose(self, self.tr(
            "Whose history should {name}'s sessions join? {name} is then removed.").format(
            name=item.text()), [p.name for p in others], title=self.tr("Merge two people"))
        if index is None:
            return
        target = others[index]
        if not ask.confirm(self, self.tr(
                "Move every session, score, foot check, photo and plan of {name} to {other}, "
                "and remove {name}? This cannot be undone here; the backups keep the log as it "
                "was.").format(name=item.text(), other=target.name),
                accept=self.tr("Merge"), reject=self.tr("Cancel"),
                title=self.tr("Merge two people")):
            return
        try:
            people.merge_people(self.store, pid, target.id)
        except StorageError as exc:
            ask.tell(self, str(exc), "warning")
            return
        self.reload(target.id)

    def _start(self) -> None:
        pid = self.selected_profile()
        if pid is not None:
            self.startRequested.emit(pid)


def week_text(store: Store, profile_id: int, clock: Clock) -> str | None:
    """This week's planned sessions done, or None when the person has no plan."""
    from datetime import datetime, time, timedelta

    from neurofoot_desktop.core import reminders
    from neurofoot_desktop.storage import plans
    from neurofoot_desktop.ui import i18n

    try:
        versions = plans.plan_versions(store, profile_id)
        if not versions or versions[-1].plan is None:
            return None
        now = clock.now()
        zone = now.astimezone().tzinfo
        assert zone is not None
        monday, sunday = reminders.week_of(now.astimezone(zone).date())
        since = datetime.combine(monday - timedelta(days=1), time(), zone)
        week = reminders.adherence(plans.plan_on(versions, zone), monday, sunday, zone,
                                   plans.session_marks(store, profile_id, since),
                                   plans.decisions(store, profile_id, monday), now)
    except StorageError:
        return None
    return i18n.adherence_words(week.done, week.planned, week.blocked, week.skipped)
