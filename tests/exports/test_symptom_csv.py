"""The CSV keeps the scores of a session without step rows (issue 18), as documented in
docs/csv-columns.md: one row with the step's columns empty."""

from __future__ import annotations

import csv
from pathlib import Path

from helpers.clock import FakeClock

from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.exports.csv_export import export_csv
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import symptoms as symptom_store


def test_a_blocked_session_with_scores_keeps_one_row(store: Store, clock: FakeClock,
                                                     tmp_path: Path) -> None:
    ana = store.add_profile("Ana", clock.now())
    scored = store.start_session(ana.id, clock.now())
    symptom_store.record(store, scored, Moment.BEFORE, Symptom.PAIN, 9, clock.now())
    symptom_store.record(store, scored, Moment.BEFORE, Symptom.NUMBNESS, 4, clock.now())
    store.end_session(scored, "blocked", clock.now())
    clock.advance(86400)
    plain = store.start_session(ana.id, clock.now())  # blocked, no scores: no row, as before
    store.end_session(plain, "blocked", clock.now())

    out = tmp_path / "log.csv"
    result = export_csv(store, out)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert (result.sessions, result.items, len(rows)) == (2, 1, 1)
    row = rows[0]
    assert (row["session_id"], row["session_status"]) == (scored, "blocked")
    assert (row["pain_before"], row["pain_after"], row["numbness_before"]) == ("9", "", "4")
    assert all(row[c] == "" for c in ("step_started_utc", "step", "foot", "outcome", "pressure",
                                      "comfort", "duration_s", "planned_s", "sensitivity"))
