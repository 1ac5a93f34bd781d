"""One row per step result, in fixed documented columns (docs/csv-columns.md).

Text cells that a spreadsheet could take for a formula are neutralised with a
leading apostrophe (OWASP CSV injection guidance); numeric columns are written
as plain numbers so they stay numbers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from datetime import tzinfo

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import Chunks, ExportResult
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
_NEEDS_QUOTES = re.compile('[,"\r\n]')
CHUNK_ROWS = 2000  # rows per chunk written (about 0.4 MB)


def neutralise(text: str) -> str:
    """Make a text cell inert in spreadsheets: 'cell instead of =cell."""
    return "'" + text if text.startswith(_RISKY_FIRST) else text


def _seconds(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 3)


def _quoted(text: str) -> str:
    """A cell as csv.writer's QUOTE_MINIMAL writes it (the file's dialect: ',', '"', CRLF)."""
    if _NEEDS_QUOTES.search(text) is None:
        return text
    return '"' + text.replace('"', '""') + '"'


def _cells(values: Iterable[object]) -> str:
    """Cells joined as csv.writer joins them: str() for numbers, repr() for floats."""
    return ",".join(_quoted(v if type(v) is str else repr(v) if type(v) is float else str(v))
                    for v in values)


def lines(selection: Selection, tz: tzinfo | None = None) -> Iterator[str]:
    """The data rows in column order as CSV lines; numbers as numbers, text neutralised.

    Written here rather than by csv.writer: what is the same on every row of a session (ten
    years: 35,000 rows of 3,650 sessions) is quoted and joined once, so the CSV of ten
    years takes well under a second. tests/exports/test_csv.py reads it back with csv."""
    t = neutralise
    step_index = {step_id: i for i, step_id in enumerate(STEP_IDS)}
    foot_index = {foot: i for i, foot in enumerate(FEET)}
    seconds: dict[float, str] = {}  # durations repeat: each one formatted once
    answers: dict[tuple[object, ...], str] = {}  # so do step, foot, outcome ... feel

    def duration(value: float) -> str:
        text = seconds.get(value)
        if text is None:
            text = seconds[value] = _cells([_seconds(value)])
        return text

    for s in selection.sessions:
        head = _cells([SCHEMA_VERSION, to_iso(s.started_at)])
        who = _cells([local_date(s.started_at, tz).isoformat(), t(s.profile_name), t(s.id),
                      s.status])
        warnings = _quoted(";".join(s.warnings))
        tail = _cells([t(s.note), *symptoms_rows.csv_cells(s.symptoms)]) + "\r\n"
        sensitivity = {foot: _quoted(s.sensitivity(foot)) for foot in FEET}
        # the canonical order of step_sort_key, with each step's time formatted only once
        steps = sorted(((to_iso(step.started_at) if step.started_at else "", step)
                        for step in s.steps),
                       key=lambda p: (p[1].started_at is None, p[0], step_index[p[1].step_id],
                                      foot_index[p[1].foot]))
        for at, step in steps:
            key = (step.step_id, step.foot, step.outcome, step.pressure, step.comfort,
                   step.feel)
            what = answers.get(key)
            if what is None:
                what = answers[key] = _cells([
                    step.step_id, step.foot, step.outcome.value, step.pressure,
                    "" if step.comfort is None else step.comfort, step.feel or ""])
            yield ",".join((head, at, who, what, duration(step.actual_s),
                            duration(step.planned_s), sensitivity[step.foot], warnings,
                            _quoted(t(step.note)) if step.note else "", tail))
        if not s.steps and s.symptoms:  # e.g. blocked after the "before" scores: keep them
            yield ",".join((head, "", who, ","*8, warnings, "", tail))


def stream_csv(selection: Selection, tz: tzinfo | None, counter: list[int]) -> Iterator[bytes]:
    """UTF-8 text with a header line, in chunks of some hundred kilobytes: one join and one
    encode of the whole ten years were single calls of 40-70 ms under load that held Python's
    lock, so the window (its painting is Python too) stalled meanwhile. counter[0] ends as
    the number of data rows."""
    chunk = [_cells(COLUMNS) + "\r\n"]
    for line in lines(selection, tz):
        chunk.append(line)
        counter[0] += 1
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk).encode("utf-8")
            chunk.clear()
    yield "".join(chunk).encode("utf-8")


def csv_chunks(store: Store, *, profile: str | None = None, period: Period | None = None,
               tz: tzinfo | None = None) -> Chunks:
    """The step results (everyone, or one person) as chunks; raises ExportError."""
    selection = select(store, profile, period, tz)
    counter = [0]
    return Chunks(stream_csv(selection, tz, counter),
                  lambda: (len(selection.sessions), counter[0]))


def export_csv(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, tz: tzinfo | None = None,
) -> ExportResult:
    """Write the step results (everyone, or one person) to path; raises ExportError."""
    return csv_chunks(store, profile=profile, period=period, tz=tz).write(path)
