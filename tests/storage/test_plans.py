"""storage.plans: the plan per person as versions, decisions, and what reminders read."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from neurofoot_desktop.core.reminders import Decision, DecisionKind, Now, Plan, what_now
from neurofoot_desktop.storage import Store, migrations, plans

MADRID = ZoneInfo("Europe/Madrid")
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday


def test_a_plan_is_kept_in_the_log_as_versions(store: Store, data_dir: Path) -> None:
    ana = store.add_profile("Ana", T0)
    assert plans.current_plan(store, ana.id) is None
    assert not plans.plan_was_offered(store, ana.id)
    first = Plan(frozenset({0, 2, 4}), (time(18), time(9)), time(22), time(7))
    plans.save_plan(store, ana.id, first, T0)
    later = Plan(frozenset({5}), (time(10, 30),), reminders=False)
    plans.save_plan(store, ana.id, later, T0 + timedelta(days=7))
    store.close()
    reopened = Store.open(data_dir)  # what the file holds, not what memory held
    try:
        assert plans.current_plan(reopened, ana.id) == later
        versions = plans.plan_versions(reopened, ana.id)
        assert [v.plan for v in versions] == [first, later]
        row = reopened.connection.execute(
            "SELECT days, times, quiet_start, quiet_end FROM plans ORDER BY id").fetchone()
        assert tuple(row) == ("mon,wed,fri", "09:00,18:00", "22:00", "07:00")
        on = plans.plan_on(versions, MADRID)
        assert on(date(2026, 11, 1)) is None  # before any plan nothing was planned
        assert on(date(2026, 11, 5)) == first
        assert on(date(2026, 11, 9)) == later
    finally:
        reopened.close()


def test_declining_the_plan_is_remembered_as_no_plan(store: Store) -> None:
    ana = store.add_profile("Ana", T0)
    plans.save_plan(store, ana.id, None, T0)
    assert plans.plan_was_offered(store, ana.id)
    assert plans.current_plan(store, ana.id) is None


def test_decisions_and_sessions_feed_what_now(store: Store) -> None:
    ana = store.add_profile("Ana", T0)
    plan = Plan(frozenset({0}), (time(9),))
    plans.save_plan(store, ana.id, plan, T0)
    nine = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # 09:00 in Madrid
    day = date(2026, 11, 2)
    plans.record_decision(store, ana.id, Decision(DecisionKind.REMINDED, nine, day))
    plans.record_decision(store, ana.id, Decision(
        DecisionKind.SNOOZED, nine, day, until=nine + timedelta(minutes=10)))
    read = plans.decisions(store, ana.id, day)
    assert [d.kind for d in read] == [DecisionKind.REMINDED, DecisionKind.SNOOZED]
    assert read[1].until == nine + timedelta(minutes=10)
    answer = what_now(plan, nine + timedelta(minutes=10), MADRID,
                      plans.session_marks(store, ana.id), read)
    assert answer.what is Now.REMIND
    sid = store.start_session(ana.id, nine + timedelta(minutes=11))
    store.end_session(sid, "blocked", nine + timedelta(minutes=12))
    answer = what_now(plan, nine + timedelta(minutes=40), MADRID,
                      plans.session_marks(store, ana.id), read)
    assert answer.what is Now.NOTHING and answer.today_done  # done for safety


def test_the_log_refuses_a_decision_it_does_not_know(store: Store) -> None:
    ana = store.add_profile("Ana", T0)
    with pytest.raises(sqlite3.IntegrityError):
        store.connection.execute(
            "INSERT INTO reminder_decisions (profile_id, kind, made_at, day) "
            "VALUES (?, 'streak', 'x', '2026-11-02')", (ana.id,))
    assert migrations.user_version(store.connection) == migrations.LATEST


def test_a_damaged_plan_row_is_refused_in_one_sentence() -> None:
    with pytest.raises(ValueError, match="unknown day"):
        plans.decode("mon,funday", "09:00", None, None)
    with pytest.raises(ValueError, match="overlap"):
        plans.decode("mon", "09:00,09:30", None, None)
