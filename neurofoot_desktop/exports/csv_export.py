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
from itertools import groupby
from operator import itemgetter
from typing import Any

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.vocabulary import FEET, STEP_IDS
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import Chunks, ExportError, ExportResult
from neurofoot_desktop.exports.period import Period, local_date
from neurofoot_desktop.storage.repository import Store
from neurofoot_desktop.storage.step_rows import step_rows

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
_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", re.ASCII)  # to_iso's


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


def _utc(text: str) -> str:
    """A time of the log as to_iso writes it; what the log holds is that already, and only
    other text (an older or hand-made file) is read and written again."""
    return text if _CANONICAL.fullmatch(text) else to_iso(from_iso(text))


def _step_key(row: tuple[Any, ...]) -> tuple[bool, str, int, int]:
    return (row[1] is None, _utc(row[1]) if row[1] else "", STEP_IDS.index(row[5]),
            FEET.index(row[6]))


def lines(rows: Iterable[tuple[Any, ...]], tz: tzinfo | None = None,
          counter: list[int] | None = None) -> Iterator[str]:
    """The data rows in column order as CSV lines; numbers as numbers, text neutralised.
    rows: storage.step_rows, in its order; counter[1] ends as the number of sessions.

    Written here rather than by csv.writer: what is the same on every row of a session (ten
    years: 35,000 rows of 3,650 sessions) is quoted and joined once, so the CSV of ten
    years takes well under a second. tests/exports/test_csv.py reads it back with csv."""
    t = neutralise
    seconds: dict[float, str] = {}  # durations repeat: each one formatted once
    answers: dict[tuple[object, ...], str] = {}  # so do step, foot, outcome ... feel
    counter = counter if counter is not None else [0, 0]

    def duration(value: float) -> str:
        text = seconds.get(value)
        if text is None:
            text = seconds[value] = _cells([_seconds(value)])
        return text

    for _, group in groupby(rows, key=itemgetter(3)):  # one session at a time
        steps = list(group)
        first = steps[0]
        counter[1] += 1
        head = _cells([SCHEMA_VERSION, _utc(first[0])])
        who = _cells([local_date(from_iso(first[0]), tz).isoformat(), t(first[2]), t(first[3]),
                      first[4]])
        warnings = _quoted(first[14])
        tail = _cells([t(first[16]), *("" if v is None else str(v) for v in first[17:-1])]
                      ) + "\r\n"
        if first[5] is None:  # no steps; blocked after the "before" scores: keep them
            if first[-1]:
                yield ",".join((head, "", who, ","*8, warnings, "", tail))
            continue
        canonical = all(r[1] is None or _CANONICAL.fullmatch(r[1]) for r in steps)
        if not canonical:  # SQL ordered the stored text; the CSV orders to_iso's
            steps.sort(key=_step_key)
        for row in steps:
            at, key = row[1], row[5:11]
            what = answers.get(key)
            if what is None:
                step, foot, outcome, pressure, comfort, feel = key
                what = answers[key] = _cells([step, foot, outcome, pressure,
                                              "" if comfort is None else comfort, feel or ""])
            yield ",".join((head, "" if at is None else at if canonical else _utc(at), who,
                            what, duration(row[11]), duration(row[12]), _quoted(row[13]),
                            warnings, _quoted(t(row[15])) if row[15] else "", tail))


def stream_csv(rows: Iterable[tuple[Any, ...]], tz: tzinfo | None,
               counter: list[int]) -> Iterator[bytes]:
    """UTF-8 text with a header line, in chunks of some hundred kilobytes: one join and one
    encode of the whole ten years were single calls of 40-70 ms under load that held Python's
    lock, so the window (its painting is Python too) stalled meanwhile. counter ends as
    [data rows, sessions]."""
    chunk = [_cells(COLUMNS) + "\r\n"]
    for line in lines(rows, tz, counter):
        chunk.append(line)
        counter[0] += 1
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk).encode("utf-8")
            chunk.clear()
    yield "".join(chunk).encode("utf-8")


def csv_chunks(store: Store, *, profile: str | None = None, period: Period | None = None,
               tz: tzinfo | None = None) -> Chunks:
    """The step results (everyone, or one person) as chunks; raises ExportError.

    Read as flat rows (storage.step_rows), not as whole sessions: that was more than half of
    the time for ten years."""
    profile_id = None
    if profile is not None:
        found = store.profile_by_name(profile)
        if found is None:
            raise ExportError(f"There is nobody called {profile!r} in the log.")
        profile_id = found.id
    since, until = (period or Period()).bounds(tz)
    rows = step_rows(store, profile_id, since, until)
    counter = [0, 0]
    return Chunks(stream_csv(rows, tz, counter), lambda: (counter[1], counter[0]))


def export_csv(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, tz: tzinfo | None = None,
) -> ExportResult:
    """Write the step results (everyone, or one person) to path; raises ExportError."""
    return csv_chunks(store, profile=profile, period=period, tz=tz).write(path)
