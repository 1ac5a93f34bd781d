"""storage.step_rows: the log as the CSV's flat rows, in the CSV's order, from one query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import symptoms as symptom_store
from neurofoot_desktop.storage.step_rows import COLUMNS, step_rows

T0 = datetime(2026, 3, 1, 18, tzinfo=UTC)


def rows_as_dicts(store: Store, **where: object) -> list[dict[str, object]]:
    return [dict(zip(COLUMNS, row, strict=True)) for row in step_rows(store, **where)]


def test_sessions_oldest_first_and_steps_in_the_csv_order(store: Store) -> None:
    ana = store.add_profile("Ana", T0)
    later = store.start_session(ana.id, T0 + timedelta(days=1), "b-later")
    earlier = store.start_session(ana.id, T0, "a-earlier")
    at = T0 + timedelta(minutes=5)
    for step, foot, started in (("toe_rolling", "right", None), ("effleurage", "right", None),
                                ("sole_kneading", "left", at + timedelta(minutes=2)),
                                ("effleurage", "left", at)):
        store.save_step_result(earlier, StepResult(step, foot, started, 120.0, 90.5, 2,
                                                   Outcome.RATED, 7, "just_right", ""), at)
    store.record_answer(earlier, "skin_change", True, T0)
    store.record_answer(earlier, "worse_pain", True, T0)
    store.record_answer(earlier, "heel_sensitive", True, T0)  # not a warning
    store.record_answer(earlier, "new_symptoms", False, T0)
    rows = rows_as_dicts(store)
    assert [(r["session_id"], r["step"], r["foot"]) for r in rows] == [
        ("a-earlier", "effleurage", "left"), ("a-earlier", "sole_kneading", "left"),
        ("a-earlier", "effleurage", "right"), ("a-earlier", "toe_rolling", "right"),
        ("b-later", None, None)]  # timed steps by time, then the routine's order; no steps
    first = rows[0]
    assert first["session_started"] == "2026-03-01T18:00:00.000Z"
    assert first["step_started"] == "2026-03-01T18:05:00.000Z"
    assert first["warnings"] == "worse_pain;skin_change"  # the order of WARNING_IDS
    assert first["sensitivity"] == "normal"  # no light-touch result: normal
    assert (first["actual_s"], first["planned_s"], first["pressure"]) == (90.5, 120.0, 2)
    assert rows[-1]["scored"] == 0 and rows[-1]["session_id"] == later


def test_scores_and_the_person_and_period_chosen(store: Store) -> None:
    ana, bob = store.add_profile("Ana", T0), store.add_profile("Bob", T0)
    scored = store.start_session(ana.id, T0)
    symptom_store.record(store, scored, Moment.BEFORE, Symptom.PAIN, 6, T0)
    symptom_store.record(store, scored, Moment.AFTER, Symptom.NUMBNESS, None, T0)
    store.start_session(bob.id, T0 + timedelta(days=2))
    (row,) = rows_as_dicts(store, profile_id=ana.id)
    assert [row[c] for c in COLUMNS[17:]] == [6, None, None, None, None, None, 1]
    assert [r["profile"] for r in rows_as_dicts(store, since=T0 + timedelta(days=1))] == ["Bob"]
    assert rows_as_dicts(store, until=T0) == []


def test_a_read_that_fails_is_a_storage_error(store: Store) -> None:
    store.connection.execute("DROP TABLE symptom_scores")
    with pytest.raises(StorageError, match="Cannot read the NeuroFoot log"):
        step_rows(store)
