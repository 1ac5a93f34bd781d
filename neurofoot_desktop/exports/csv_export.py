"""One row per step result, in fixed documented columns (docs/csv-columns.md).

Text cells that a spreadsheet could take for a formula are neutralised with a
leading apostrophe (OWASP CSV injection guidance); numeric columns are written
as plain numbers so they stay numbers.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from datetime import tzinfo

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import ExportResult, write_atomic
from neurofoot_desktop.exports.period import Period, Selection, local_date, select
from neurofoot_desktop.storage.repository import Store

SCHEMA_VERSION = 1
COLUMNS = (
    "schema_version", "session_started_utc", "step_started_utc", "local_date", "profile",
    "session_id", "session_status", "step", "foot", "outcome", "pressure", "comfort", "feel",
    "duration_s", "planned_s", "sensitivity", "warnings", "note", "session_note",
    *symptoms_rows.CSV_COLUMNS,  # issue 18: the session's scores, on each of its rows
)
_RISKY_FIRST = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Make a text cell inert in spreadsheets: 'cell instead of =cell."""
    return "'" + text if text.startswith(_RISKY_FIRST) else text


def _seconds(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 3)


def rows(selection: Selection, tz: tzinfo | None = None) -> Iterator[list[object]]:
    """The data rows in column order; numbers as numbers, text already neutralised."""
    t = neutralise
    step_index = {step_id: i for i, step_id in enumerate(STEP_IDS)}
    foot_index = {foot: i for i, foot in enumerate(FEET)}
    for s in selection.sessions:
        # What is the same on every row of a session is worked out once (ten years: 35,000 rows)
        started = to_iso(s.started_at)
        head = [SCHEMA_VERSION, started]
        who = [local_date(s.started_at, tz).isoformat(), t(s.profile_name), t(s.id), s.status]
        warnings = ";".join(s.warnings)
        note = t(s.note)
        symptoms = symptoms_rows.csv_cells(s.symptoms)
        sensitivity = {foot: s.sensitivity(foot) for foot in FEET}
        # the canonical order of step_sort_key, with each step's time formatted only once
        steps = sorted(((to_iso(step.started_at) if step.started_at else "", step)
                        for step in s.steps),
                       key=lambda p: (p[1].started_at is None, p[0], step_index[p[1].step_id],
                                      foot_index[p[1].foot]))
        for at, step in steps:
            yield [
                *head, at, *who, step.step_id, step.foot,
                step.outcome.value, step.pressure, "" if step.comfort is None else step.comfort,
                step.feel or "", _seconds(step.actual_s), _seconds(step.planned_s),
                sensitivity[step.foot], warnings, t(step.note),
                note, *symptoms,
            ]
        if not s.steps and s.symptoms:  # e.g. blocked after the "before" scores: keep them
            yield [*head, "", *who, *[""] * 9, warnings, "", note, *symptoms]


def render_csv(selection: Selection, tz: tzinfo | None = None) -> tuple[bytes, int]:
    """UTF-8 text with a header line; returns the bytes and the number of data rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows(selection, tz):
        writer.writerow(row)
        count += 1
    return buffer.getvalue().encode("utf-8"), count


def export_csv(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, tz: tzinfo | None = None,
) -> ExportResult:
    """Write the step results (everyone, or one person) to path; raises ExportError."""
    selection = select(store, profile, period, tz)
    data, count = render_csv(selection, tz)
    return ExportResult(write_atomic(path, data), len(selection.sessions), count)
