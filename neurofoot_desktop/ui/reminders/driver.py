"""Asks the core "what now?" for every person with a plan, on a timer; time from the Clock.

The timer only decides how often to look (every 30 s, and at once after a sleep: a tick that
arrives late looks like a jump of the clock). Every decision is the core's, and every
reminder given, snooze and "not today" is written to the log before anything is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.reminders import Decision, DecisionKind, Now, what_now
from neurofoot_desktop.storage import StorageError, Store, plans

log = logging.getLogger(__name__)
LOOK_EVERY_MS = 30_000


def local_zone() -> tzinfo:
    """The computer's time zone now (read each time: it may change while running)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class ReminderDriver(QObject):
    remind = Signal(int, str, bool)  # profile id, name, missed while asleep or closed

    def __init__(self, store: Store, clock: Clock, zone: Callable[[], tzinfo] = local_zone,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.zone = zone
        self.reminded: dict[int, Decision] = {}  # the last reminder given per person
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)  # what was missed while closed: at once

    def any_plan_reminds(self) -> bool:
        try:
            return any((p := plans.current_plan(self.store, person.id)) is not None
                       and p.reminders for person in self.store.profiles())
        except StorageError:
            return False

    def check(self) -> None:
        now, zone = self.clock.now(), self.zone()
        today = now.astimezone(zone).date()
        try:
            for person in self.store.profiles():
                plan = plans.current_plan(self.store, person.id)
                if plan is None or not plan.reminders:
                    continue
                answer = what_now(
                    plan, now, zone, plans.session_marks(self.store, person.id,
                                                         now - timedelta(days=2)),
                    plans.decisions(self.store, person.id, today - timedelta(days=1)))
                if answer.what is not Now.REMIND or answer.day is None:
                    continue
                given = Decision(DecisionKind.REMINDED, now, answer.day, answer.slot)
                plans.record_decision(self.store, person.id, given)  # before it is shown
                self.reminded[person.id] = given
                self.remind.emit(person.id, person.name, answer.missed)
        except StorageError as exc:  # the log is busy or damaged: try again next time
            log.warning("reminders skipped a look: %s", exc)

    def snooze(self, profile_id: int, minutes: int) -> None:
        given = self.reminded.get(profile_id)
        if given is None:
            return
        now = self.clock.now()
        plans.record_decision(self.store, profile_id, Decision(
            DecisionKind.SNOOZED, now, given.day, given.slot, now + timedelta(minutes=minutes)))

    def not_today(self, profile_id: int) -> None:
        now = self.clock.now()
        plans.record_decision(self.store, profile_id, Decision(
            DecisionKind.NOT_TODAY, now, now.astimezone(self.zone()).date()))
