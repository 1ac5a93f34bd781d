"""The log as flat step rows, read in one query: what the CSV export writes, nothing more.

Store.sessions() builds whole session objects (answers, light touch, steps, scores); for ten
years that was about 0.7 s of CPU, more than half of the CSV's time, while the same facts as
plain tuples come in well under half of that. Sessions come oldest first (as sessions()
orders them) and each session's steps in the CSV's order: timed steps by their start, then
untimed ones, then by the routine's step and foot order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from neurofoot_desktop.core.vocabulary import FEET, MOMENTS, STEP_IDS, SYMPTOMS
from neurofoot_desktop.storage.errors import StorageError, cause
from neurofoot_desktop.storage.repository import WARNING_IDS, Store, sessions_where

BATCH = 2000  # rows fetched at a time

# One row per step result, or one row with the step columns NULL for a session without steps
# (it still counts as exported; the CSV writes it only when it has symptom scores):
COLUMNS = (
    "session_started", "step_started", "profile", "session_id", "session_status", "step",
    "foot", "outcome", "pressure", "comfort", "feel", "actual_s", "planned_s", "sensitivity",
    "warnings", "note", "session_note",
    *(f"{symptom}_{moment}" for symptom in SYMPTOMS for moment in MOMENTS),
    "scored",  # 1 when the session has any symptom row, "I don't know" included
)


def _sql(where: str) -> str:
    # A warning is listed when answered yes, in WARNING_IDS order (SessionRecord.warnings).
    warnings = " || ".join(
        f"CASE WHEN EXISTS (SELECT 1 FROM precheck_answers a WHERE a.session_id = s.id AND "
        f"a.question_id = '{w}' AND a.answer = 1) THEN ';{w}' ELSE '' END" for w in WARNING_IDS)
    pairs = [(symptom, moment) for symptom in SYMPTOMS for moment in MOMENTS]
    scores = ", ".join(
        f"(SELECT score FROM symptom_scores y WHERE y.session_id = s.id AND y.moment = '{m}' "
        f"AND y.symptom = '{sym}') AS {sym}_{m}" for sym, m in pairs)
    step_order = " ".join(f"WHEN '{step}' THEN {i}" for i, step in enumerate(STEP_IDS))
    foot_order = " ".join(f"WHEN '{foot}' THEN {i}" for i, foot in enumerate(FEET))
    # MATERIALIZED: the per-session look-ups run once per session, not once per step row.
    return (
        "WITH chosen AS MATERIALIZED (SELECT s.id, s.started_at, p.name, s.status, s.note, "
        f"substr({warnings}, 2) AS warnings, {scores}, "
        "EXISTS (SELECT 1 FROM symptom_scores y WHERE y.session_id = s.id) AS scored "
        f"FROM sessions s JOIN profiles p ON p.id = s.profile_id WHERE {where}) "
        "SELECT c.started_at, r.started_at, c.name, c.id, c.status, r.step_id, r.foot, "
        "r.outcome, r.pressure, r.comfort, r.feel, r.actual_s, r.planned_s, "
        "COALESCE(t.sensitivity, 'normal'), c.warnings, r.note, c.note, "
        + ", ".join(f"c.{sym}_{m}" for sym, m in pairs) + ", c.scored "
        "FROM chosen c LEFT JOIN step_results r ON r.session_id = c.id "
        "LEFT JOIN light_touch t ON t.session_id = r.session_id AND t.foot = r.foot "
        "ORDER BY c.started_at, c.id, r.started_at IS NULL, r.started_at, "
        f"CASE r.step_id {step_order} END, CASE r.foot {foot_order} END"
    )


def step_rows(store: Store, profile_id: int | None = None, since: datetime | None = None,
              until: datetime | None = None) -> Iterator[tuple[Any, ...]]:
    """Rows in COLUMNS order for one person or everyone, sessions started in [since, until)
    (as Store.sessions() chooses them). Times are the log's own text (written by to_iso),
    numbers and NULLs as SQLite gives them. The query runs (and sorts) here; the rows are
    then handed out a batch at a time, so ten years are never all in memory at once."""
    where, args = sessions_where(profile_id, since, until)
    rows = store.connection.cursor()
    rows.row_factory = None  # plain tuples: sqlite3.Row's look-ups cost as much as the query
    try:
        rows.execute(_sql(" AND ".join(where)), args)
    except sqlite3.Error as exc:
        rows.close()
        raise StorageError(f"Cannot read the NeuroFoot log: {cause(exc)}") from exc
    return _batches(rows)


def _batches(rows: sqlite3.Cursor) -> Iterator[tuple[Any, ...]]:
    try:
        while batch := rows.fetchmany(BATCH):
            yield from batch
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot read the NeuroFoot log: {cause(exc)}") from exc
    finally:
        rows.close()
