"""The reminder plan in the JSON log (issue 20): exported per person, imported exactly and
once, older files without it still import, a bad plan refused in one line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.exports.json import LogFormatError, build_log, export_json, import_log
from neurofoot_desktop.exports.period import select
from neurofoot_desktop.storage import Store, plans

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
WEEKDAYS = Plan(frozenset({0, 2, 4}), (time(9), time(18, 30)), time(21), time(8))
WEEKEND = Plan(frozenset({5, 6}), (time(11),), reminders=False)


def with_plans(store: Store) -> int:
    pid = store.add_profile("Ana", datetime(2026, 1, 1, tzinfo=UTC)).id
    plans.save_plan(store, pid, WEEKDAYS, datetime(2026, 2, 1, 8, tzinfo=UTC))
    plans.save_plan(store, pid, None, datetime(2026, 3, 1, 8, tzinfo=UTC))
    plans.save_plan(store, pid, WEEKEND, datetime(2026, 4, 1, 8, tzinfo=UTC))
    return pid


def test_the_plan_travels_with_the_export_and_imports_exactly_once(
        store: Store, other_store: Store, tmp_path: Path) -> None:
    with_plans(store)
    out = tmp_path / "log.json"
    export_json(store, out, now=NOW)
    person = json.loads(out.read_text())["profiles"][0]
    assert person["plans"][0] == {
        "since": "2026-02-01T08:00:00.000Z",
        "plan": {"days": ["mon", "wed", "fri"], "times": ["09:00", "18:30"],
                 "quiet_hours": ["21:00", "08:00"], "reminders": True}}
    assert person["plans"][1]["plan"] is None
    import_log(other_store, out, now=NOW)
    import_log(other_store, out, now=NOW)  # twice: nothing more
    ana = other_store.profiles()[0].id
    assert [(v.since, v.plan) for v in plans.plan_versions(other_store, ana)] == [
        (datetime(2026, 2, 1, 8, tzinfo=UTC), WEEKDAYS),
        (datetime(2026, 3, 1, 8, tzinfo=UTC), None),
        (datetime(2026, 4, 1, 8, tzinfo=UTC), WEEKEND)]
    again = tmp_path / "again.json"
    export_json(other_store, again, now=NOW)
    assert again.read_bytes() == out.read_bytes()  # the round trip is exact


def test_an_older_file_without_a_plan_still_imports(store: Store, other_store: Store,
                                                    tmp_path: Path) -> None:
    with_plans(store)
    old = build_log(select(store), NOW)  # without the store: no "plans", as before issue 20
    assert "plans" not in old["profiles"][0]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    result = import_log(other_store, path, now=NOW)
    assert result.profiles_added == ["Ana"]
    assert plans.plan_versions(other_store, other_store.profiles()[0].id) == []


@pytest.mark.parametrize(("plan", "message"), [
    ({"days": [], "times": ["09:00"]},
     "profiles[0].plans[0].plan: Please choose at least one day."),
    ({"days": ["mon"], "times": ["09:00", "10:00"]},
     "profiles[0].plans[0].plan: The two times overlap: please leave at least two hours "
     "between them."),
    ({"days": ["funday"], "times": ["09:00"]},
     "profiles[0].plans[0].plan.days[0]: expected one of mon, tue, wed, thu, fri, sat, sun, "
     'got "funday"'),
    ({"days": ["mon"], "times": ["25:00"]},
     'profiles[0].plans[0].plan.times[0]: expected a time of day as HH:MM, got "25:00"'),
    ({"days": ["mon"], "times": ["09:00"], "reminders": "yes"},
     'profiles[0].plans[0].plan.reminders: expected true or false, got "yes"'),
])
def test_a_bad_plan_refuses_the_file_in_one_line_and_changes_nothing(
        store: Store, other_store: Store, tmp_path: Path, plan: dict, message: str) -> None:
    with_plans(store)
    log = build_log(select(store), NOW, store)
    log["profiles"][0]["plans"][0]["plan"] = plan
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(log))
    with pytest.raises(LogFormatError) as refused:
        import_log(other_store, path, now=NOW)
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)
    assert other_store.profiles() == []
