"""Snoozes and "not today" answers in the JSON log (issue 20): carried per person, so that
after an import a day set aside counts apart in adherence and not as a session missed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from neurofoot_desktop.core.reminders import Decision, DecisionKind, Plan
from neurofoot_desktop.exports.json import LogFormatError, build_log, export_json, import_log
from neurofoot_desktop.exports.pdf.adherence import numbers
from neurofoot_desktop.exports.period import Period, select
from neurofoot_desktop.storage import Store, plans

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
EVERY_DAY = Plan(frozenset(range(7)), (time(9),))
NOT_TODAY = Decision(DecisionKind.NOT_TODAY, datetime(2026, 11, 3, 9, 5, tzinfo=UTC),
                     date(2026, 11, 3))
SNOOZE = Decision(DecisionKind.SNOOZED, datetime(2026, 11, 4, 9, 1, tzinfo=UTC),
                  date(2026, 11, 4), 0, datetime(2026, 11, 4, 9, 11, tzinfo=UTC))
REMINDED = Decision(DecisionKind.REMINDED, datetime(2026, 11, 4, 9, 0, tzinfo=UTC),
                    date(2026, 11, 4))


def with_decisions(store: Store) -> int:
    pid = store.add_profile("Ana", datetime(2026, 1, 1, tzinfo=UTC)).id
    plans.save_plan(store, pid, EVERY_DAY, datetime(2026, 11, 1, 8, tzinfo=UTC))
    for d in (REMINDED, NOT_TODAY, SNOOZE):
        plans.record_decision(store, pid, d)
    return pid


def week(store: Store) -> tuple[int, int]:
    """(set aside with "not today", planned and not set aside) for Nov 2-8, in UTC."""
    a = numbers(store, store.profiles()[0].id, date(2026, 11, 2), date(2026, 11, 8), UTC, NOW)
    assert a is not None
    return a.skipped, a.planned


def test_decisions_travel_and_adherence_reads_the_same_after_import(
        store: Store, other_store: Store, tmp_path: Path) -> None:
    with_decisions(store)
    out = tmp_path / "log.json"
    export_json(store, out, now=NOW)
    person = json.loads(out.read_text())["profiles"][0]
    assert person["reminder_decisions"] == [
        {"kind": "not_today", "made_at": "2026-11-03T09:05:00.000Z", "day": "2026-11-03",
         "slot": 0, "until": None},
        {"kind": "snoozed", "made_at": "2026-11-04T09:01:00.000Z", "day": "2026-11-04",
         "slot": 0, "until": "2026-11-04T09:11:00.000Z"}]  # "reminded" stays here
    assert week(store) == (1, 6)
    import_log(other_store, out, now=NOW)
    import_log(other_store, out, now=NOW)  # twice: nothing more
    ana = other_store.profiles()[0].id
    assert plans.decisions(other_store, ana) == [NOT_TODAY, SNOOZE]
    assert week(other_store) == (1, 6)  # Nov 3 is set aside, not a miss, as at home
    again = tmp_path / "again.json"
    export_json(other_store, again, now=NOW)
    assert again.read_bytes() == out.read_bytes()


def test_a_period_carries_only_its_days(store: Store, tmp_path: Path) -> None:
    with_decisions(store)
    log = build_log(select(store, period=Period(date(2026, 11, 4), None)), NOW, store)
    assert [d["day"] for d in log["profiles"][0]["reminder_decisions"]] == ["2026-11-04"]


def test_an_older_file_without_decisions_still_imports(store: Store, other_store: Store,
                                                       tmp_path: Path) -> None:
    with_decisions(store)
    log = build_log(select(store), NOW, store)
    del log["profiles"][0]["reminder_decisions"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(log))
    assert import_log(other_store, path, now=NOW).profiles_added == ["Ana"]
    assert plans.decisions(other_store, other_store.profiles()[0].id) == []
    assert week(other_store) == (0, 7)  # without them, Nov 3 reads as not held


@pytest.mark.parametrize(("change", "message"), [
    ({"kind": "reminded"},
     'profiles[0].reminder_decisions[0].kind: expected one of snoozed, not_today, '
     'got "reminded"'),
    ({"day": "2026-13-01"},
     'profiles[0].reminder_decisions[0].day: expected a day as YYYY-MM-DD, got "2026-13-01"'),
    ({"slot": 2},
     "profiles[0].reminder_decisions[0].slot: expected 0 or 1 (the first or second time of "
     "the day), got 2"),
    ({"until": "2026-11-03T10:00:00.000Z"},
     'profiles[0].reminder_decisions[0].until: expected null for not_today, '
     'got "2026-11-03T10:00:00.000Z"'),
    ({"made_at": 5},
     "profiles[0].reminder_decisions[0].made_at: expected a time such as "
     "2026-11-20T18:30:00.000Z, got 5"),
    ({"why": "tired"},
     'profiles[0].reminder_decisions[0].why: expected only kind, made_at, day, slot, until, '
     'got "why"'),
])
def test_a_bad_decision_refuses_the_file_in_one_line(
        store: Store, other_store: Store, tmp_path: Path, change: dict, message: str) -> None:
    with_decisions(store)
    log = build_log(select(store), NOW, store)
    log["profiles"][0]["reminder_decisions"][0].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(log))
    with pytest.raises(LogFormatError) as refused:
        import_log(other_store, path, now=NOW)
    assert str(refused.value) == message
    assert other_store.profiles() == []


def test_a_snooze_must_end_after_it_was_made(store: Store, other_store: Store,
                                             tmp_path: Path) -> None:
    with_decisions(store)
    log = build_log(select(store), NOW, store)
    snooze = log["profiles"][0]["reminder_decisions"][1]
    snooze["until"] = (SNOOZE.at - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(log))
    with pytest.raises(LogFormatError, match=r"reminder_decisions\[1\]\.until: expected a "
                                             r"time after made_at"):
        import_log(other_store, path, now=NOW)
