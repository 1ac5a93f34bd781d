"""Sample data for the export tests: a small log with everything an export must
carry: both people, every status, skipped and hurt steps, warnings, and notes in
many scripts and shapes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import LightTouchRecord, SessionRecord

T0 = datetime(2026, 11, 1, 18, 30, tzinfo=UTC)
NOTES = {
    "emoji": "Lovely 😊👍🏽 warm feet 🦶",
    "rtl": "مريح جدًا اليوم — נעים מאוד",
    "combining": "Cafe\u0301 n\u0303 Z\u0324\u0308 a\u030a",
    "newlines": "first line\nsecond line\r\nthird, with \"quotes\"",
    "formula": "=HYPERLINK(\"http://evil\",\"click\")",
    "plus": "+1 firmer next time",
    "minus": "-2 felt better",
    "at": "@SUM(A1:A2)",
    "tab": "\tindented",
    "cr": "\rcarriage",
    "number": "-3",
}
ANSWERS = ("open_wound", "infection", "new_lesion", "worse_pain", "worse_numbness",
           "new_symptoms", "skin_change", "heel_sensitive")


def _answers(**yes: bool) -> dict[str, bool]:
    return {q: yes.get(q, False) for q in ANSWERS}


def _touch(left: str, right: str) -> dict[str, LightTouchRecord]:
    felt = {"reduced": 2, "normal": 3, "heightened": 3}
    return {foot: LightTouchRecord(foot, s, felt[s], 3, 0, s == "heightened")
            for foot, s in (("left", left), ("right", right))}


def _steps(start: datetime, notes: list[str], pressure: int = 2) -> list[StepResult]:
    steps = []
    at = start + timedelta(minutes=3)
    for i, (foot, step_id) in enumerate((f, s) for f in FEET for s in STEP_IDS):
        note = notes[i % len(notes)] if i < len(notes) else ""
        steps.append(StepResult(step_id, foot, at, 120.0, 118.25 if i == 3 else 120.0,
                                pressure, Outcome.RATED, 5 + i % 6,
                                ("just_right", "too_light", "too_firm", None)[i % 4], note))
        at += timedelta(minutes=2, seconds=30)
    return steps


def sample_sessions() -> list[tuple[str, SessionRecord]]:
    """(person, session) pairs; ids are fixed so tests can point at them."""
    notes = list(NOTES.values())
    ana: list[SessionRecord] = []
    completed = SessionRecord(
        "00000000-0000-4000-8000-000000000001", 0, "", T0, T0 + timedelta(minutes=30),
        "completed", "", NOTES["newlines"], _answers(heel_sensitive=True),
        _touch("reduced", "normal"), _steps(T0, notes),
    )
    ana.append(completed)
    t1 = T0 + timedelta(days=1)
    hurt_steps = _steps(t1, ["", NOTES["rtl"]], pressure=3)[:3]
    hurt_steps[2] = StepResult(hurt_steps[2].step_id, "left", hurt_steps[2].started_at, 120.0,
                               40.5, 3, Outcome.HURT, 0, "too_firm", "It hurt suddenly")
    hurt_steps[1] = StepResult(hurt_steps[1].step_id, "left", None, 120.0, 0.0, 3,
                               Outcome.SKIPPED)
    ana.append(SessionRecord(
        "00000000-0000-4000-8000-000000000002", 0, "", t1, t1 + timedelta(minutes=9),
        "stopped", "It hurts", "", _answers(worse_pain=True, skin_change=True),
        _touch("heightened", "reduced"), hurt_steps,
    ))
    t2 = T0 + timedelta(days=2)
    ana.append(SessionRecord(
        "00000000-0000-4000-8000-000000000003", 0, "", t2, t2 + timedelta(minutes=2),
        "blocked", "An open wound on the left heel", NOTES["emoji"],
        _answers(open_wound=True), {}, [],
    ))
    t3 = T0 + timedelta(days=3, hours=5)  # 23:30 UTC: the next day east of Greenwich
    ana.append(SessionRecord(
        "00000000-0000-4000-8000-000000000004", 0, "", t3, None, "incomplete", "", "",
        _answers(), _touch("normal", "normal"), _steps(t3, ["", NOTES["combining"]])[:2],
    ))
    t4 = T0 + timedelta(days=10)
    bob = SessionRecord(
        "00000000-0000-4000-8000-000000000005", 0, "", t4, t4 + timedelta(minutes=25),
        "completed", "", NOTES["number"], _answers(new_symptoms=True),
        _touch("normal", "reduced"),
        _steps(t4, ["", "", NOTES["formula"]], pressure=1),
    )
    return [("Ana María", s) for s in ana] + [("Bob", bob)]


def fill(store: Store) -> list[SessionRecord]:
    ids: dict[str, int] = {}
    for name in ("Ana María", "Bob"):
        ids[name] = store.add_profile(name, T0 - timedelta(days=30)).id
    with store.transaction() as conn:
        for name, record in sample_sessions():
            record.profile_id = ids[name]
            record.profile_name = name
            store.insert_session(record, conn)
    return store.sessions()


def dump(store: Store) -> list[str]:
    """Everything in the database, to show that a refused import changed nothing."""
    conn: sqlite3.Connection = store.connection
    return list(conn.iterdump())


def comparable(store: Store) -> list[tuple[object, ...]]:
    """Sessions without database row ids, steps in a fixed order."""
    result = []
    for s in store.sessions():
        steps = sorted(s.steps, key=lambda st: (st.step_id, st.foot))
        result.append((s.profile_name, s.id, s.started_at, s.ended_at, s.status,
                       s.status_reason, s.note, s.answers, s.light_touch, steps))
    return result
