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
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import ExportResult, write_atomic
from neurofoot_desktop.exports.json import step_sort_key
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
    for s in selection.sessions:
        started = to_iso(s.started_at)
        day = local_date(s.started_at, tz).isoformat()
        warnings = ";".join(s.warnings)
        for step in sorted(s.steps, key=step_sort_key):
            yield [
                SCHEMA_VERSION, started, to_iso(step.started_at) if step.started_at else "",
                day, t(s.profile_name), t(s.id), s.status, step.step_id, step.foot,
                step.outcome.value, step.pressure, "" if step.comfort is None else step.comfort,
                step.feel or "", _seconds(step.actual_s), _seconds(step.planned_s),
                s.sensitivity(step.foot), warnings, t(step.note), t(s.note),
                *symptoms_rows.csv_cells(s.symptoms),
            ]
        if not s.steps and s.symptoms:  # e.g. blocked after the "before" scores: keep them
            yield [SCHEMA_VERSION, started, "", day, t(s.profile_name), t(s.id), s.status,
                   *[""] * 9, warnings, "", t(s.note), *symptoms_rows.csv_cells(s.symptoms)]


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
