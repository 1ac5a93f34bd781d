"""Recovery of a damaged log keeps the reminder plan and its decisions (issue 20)."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from helpers.clock import FakeClock
from test_recovery import corrupt_page, fill, healthy

from neurofoot_desktop.core.reminders import Decision, DecisionKind, Plan
from neurofoot_desktop.storage import Store, plans, recovery

PLAN = Plan(frozenset({1, 3}), (time(10), time(19)), time(22), time(7))


def test_a_damaged_log_is_recovered_with_its_plan(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir)
    ana = store.add_profile("Ana", clock.now()).id
    plans.save_plan(store, ana, PLAN, clock.now())
    plans.record_decision(store, ana, Decision(DecisionKind.NOT_TODAY, clock.now(),
                                               clock.now().date()))
    plans.record_decision(store, ana, Decision(DecisionKind.SNOOZED, clock.now(),
                                               clock.now().date(), 1,
                                               clock.now() + timedelta(minutes=10)))
    fill(store, clock, 30)
    store.close()
    path = data_dir / "neurofoot.sqlite3"
    corrupt_page(path)  # a page of step ratings, far from the small plan tables
    store, report = recovery.open_safely(data_dir)
    try:
        assert report is not None and report.cause == "damaged"
        assert report.salvaged["plans"] == 1 and report.salvaged["reminder_decisions"] == 2
        assert plans.current_plan(store, ana) == PLAN
        assert [d.kind for d in plans.decisions(store, ana)] == [DecisionKind.NOT_TODAY,
                                                                 DecisionKind.SNOOZED]
    finally:
        store.close()
    assert healthy(path)
