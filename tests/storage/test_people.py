"""Deleting a person with Undo, and merging two people (issue 14, finding 17)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta

import pytest

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.core.vocabulary import Foot, Moment, Symptom
from neurofoot_desktop.storage import StorageError, Store, footcheck, people, plans
from neurofoot_desktop.storage import symptoms as symptom_store

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def count(store: Store, sql: str, *args: object) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(sql, args).fetchone()[0]
    finally:
        conn.close()


def person_with_history(store: Store, name: str, day: int) -> tuple[int, str]:
    pid = store.add_profile(name, NOW).id
    sid = store.start_session(pid, NOW + timedelta(days=day))
    symptom_store.record(store, sid, Moment.BEFORE, Symptom.PAIN, 4, NOW)
    footcheck.set_clear(store, sid, Foot.LEFT, NOW)
    plans.save_plan(store, pid, Plan(frozenset({0, 3}), (time(19, 0),)), NOW)
    return pid, sid


PER_PERSON = {
    "sessions": "SELECT count(*) FROM sessions WHERE profile_id = ?",
    "symptom_scores": "SELECT count(*) FROM symptom_scores JOIN sessions ON id = session_id "
                      "WHERE profile_id = ?",
    "footcheck_clear": "SELECT count(*) FROM footcheck_clear JOIN sessions ON id = session_id "
                       "WHERE profile_id = ?",
    "plans": "SELECT count(*) FROM plans WHERE profile_id = ?",
}


def test_delete_removes_everything_of_that_person_only_and_undo_puts_it_back(
        store: Store) -> None:
    ana, _ = person_with_history(store, "Ana", 0)
    bea, _ = person_with_history(store, "Bea", 1)
    removed = people.delete_person(store, ana)
    assert [p.name for p in store.profiles()] == ["Bea"]
    for sql in PER_PERSON.values():
        assert count(store, sql, ana) == 0
        assert count(store, sql, bea) == 1  # the other person keeps hers
    assert removed.count("symptom_scores") == 1 and removed.count("plans") == 1
    people.put_back(store, removed)
    assert sorted(p.name for p in store.profiles()) == ["Ana", "Bea"]
    for sql in PER_PERSON.values():
        assert count(store, sql, ana) == 1
    assert count(store, "SELECT score FROM symptom_scores JOIN sessions ON id = session_id "
                        "WHERE profile_id = ?", ana) == 4


def test_undo_refuses_when_the_name_was_taken_again_and_keeps_the_log_whole(
        store: Store) -> None:
    ana, _ = person_with_history(store, "Ana", 0)
    removed = people.delete_person(store, ana)
    store.add_profile("ana", NOW)
    with pytest.raises(StorageError, match="already a person"):
        people.put_back(store, removed)
    assert count(store, "SELECT count(*) FROM sessions") == 0  # nothing half put back


def test_merge_moves_every_row_to_the_one_kept(store: Store) -> None:
    ana, s1 = person_with_history(store, "Ana", 0)
    typo, s2 = person_with_history(store, "Anna", 1)
    people.merge_people(store, typo, ana)
    assert [p.name for p in store.profiles()] == ["Ana"]
    assert count(store, PER_PERSON["sessions"], ana) == 2
    assert count(store, PER_PERSON["symptom_scores"], ana) == 2
    assert count(store, PER_PERSON["footcheck_clear"], ana) == 2
    assert count(store, PER_PERSON["plans"], ana) == 2
    assert count(store, "SELECT count(*) FROM sessions WHERE id IN (?, ?)", s1, s2) == 2
    with pytest.raises(StorageError):
        people.merge_people(store, ana, ana)
