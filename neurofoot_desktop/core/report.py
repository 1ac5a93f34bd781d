"""The facts of the doctor's report that are not chart numbers, Qt-free and tested alone.

Which rows the per-step table holds, which warnings and stops are listed (and how
they are grouped when there are many), which notes are shown and how a long one
is shortened. The PDF only lays these out; the numbers come from core.history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from neurofoot_desktop.core.history import BLOCKED, STOPPED, has_note, is_flagged
from neurofoot_desktop.core.protocol import FEET, STEP_IDS

if TYPE_CHECKING:
    from neurofoot_desktop.storage.repository import SessionRecord

NOTE_CHARS = 280  # a note longer than this is shortened in the PDF (never in the log)
LONG_WORD = 40  # a longer run without spaces gets break opportunities, so it wraps
MAX_EVENT_LINES = 24  # more than this: events are counted per month instead of listed
MAX_NOTES = 12  # flagged notes in the summary; the rest are in the appendix


@dataclass(frozen=True)
class StepRow:
    step_id: str
    foot: str
    rated: int
    mean: float | None
    lowest: int | None
    mean_pressure: float | None
    last_pressure: int | None
    skipped: int
    hurt: int


def step_rows(records: Sequence[SessionRecord]) -> list[StepRow]:
    """One row per step and foot, in the routine's order."""
    grouped: dict[tuple[str, str], list] = {}
    for r in records:
        for s in r.steps:
            grouped.setdefault((s.step_id, s.foot), []).append(s)
    rows = []
    for step_id in STEP_IDS:
        for foot in FEET:
            results = grouped.get((step_id, foot), [])
            rated = [s.comfort for s in results if s.comfort is not None]
            done = [s.pressure for s in results if s.outcome != "skipped"]  # Outcome.SKIPPED
            rows.append(StepRow(
                step_id, foot, len(rated), sum(rated) / len(rated) if rated else None,
                min(rated) if rated else None, sum(done) / len(done) if done else None,
                done[-1] if done else None, sum(s.outcome == "skipped" for s in results),
                sum(s.outcome == "hurt" for s in results)))
    return rows


@dataclass(frozen=True)
class Event:
    """One thing a clinician should see about one session."""

    when: datetime
    kind: str  # "blocked" | "warned" | "hurt" | "stopped"
    warnings: tuple[str, ...] = ()
    step_id: str = ""
    foot: str = ""
    pressure: int = 0
    reason: str = ""


def events(record: SessionRecord) -> list[Event]:
    out = []
    warnings = tuple(record.warnings)
    if record.status == BLOCKED:
        out.append(Event(record.started_at, "blocked", warnings, reason=record.status_reason))
    elif warnings:
        out.append(Event(record.started_at, "warned", warnings))
    for s in record.steps:
        if s.outcome == "hurt":
            out.append(Event(record.started_at, "hurt", step_id=s.step_id, foot=s.foot,
                             pressure=s.pressure))
    if record.status == STOPPED and not record.hurt:
        out.append(Event(record.started_at, "stopped", reason=record.status_reason))
    return out


@dataclass(frozen=True)
class MonthEvents:
    month: date
    counts: Counter[str]  # kind -> sessions


def all_events(records: Sequence[SessionRecord]) -> list[Event]:
    return [e for r in records for e in events(r)]


def grouped_events(found: Sequence[Event], tz: tzinfo | None) -> list[MonthEvents] | None:
    """None when the events fit as a list; else counted per month (newest first)."""
    if len(found) <= MAX_EVENT_LINES:
        return None
    months: dict[date, Counter[str]] = {}
    for e in found:
        moment = e.when.astimezone(tz) if tz else e.when.astimezone()
        months.setdefault(moment.date().replace(day=1), Counter())[e.kind] += 1
    return [MonthEvents(m, months[m]) for m in sorted(months, reverse=True)]


@dataclass(frozen=True)
class Note:
    when: datetime
    step_id: str  # "" for the session's own note
    foot: str
    text: str
    session_flagged: bool


def notes(records: Sequence[SessionRecord]) -> list[Note]:
    out = []
    for r in records:
        if not has_note(r):
            continue
        flagged = is_flagged(r)
        if r.note.strip():
            out.append(Note(r.started_at, "", "", r.note.strip(), flagged))
        for s in r.steps:
            if s.note.strip():
                out.append(Note(s.started_at or r.started_at, s.step_id, s.foot, s.note.strip(),
                                flagged))
    return out


def shorten(text: str, limit: int = NOTE_CHARS) -> tuple[str, bool]:
    """At most limit characters, cut at a space where one is near; True if it was cut.

    Runs of more than LONG_WORD characters without a space get zero-width spaces, so
    a hostile note of one endless word still wraps inside the page."""
    cut = len(text) > limit
    if cut:
        text = text[:limit]
        space = text.rfind(" ", limit - 40)
        text = (text[:space] if space > 0 else text).rstrip() + "…"
    words = []
    for word in text.split(" "):
        if len(word) > LONG_WORD:
            word = "\u200b".join(word[i:i + LONG_WORD] for i in range(0, len(word), LONG_WORD))
        words.append(word)
    return " ".join(words), cut
