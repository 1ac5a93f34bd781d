"""Which sessions the session browser lists: the filter is decided here, not in the widget.

Qt-free and tested without a screen. A filter keeps a session when it meets every
condition that is on: stopped because it hurt, warning signs before it, a note (the
session's or a step's), and every word searched for somewhere in those notes
(case- and accent-insensitive, so "dolor" finds "Dolor" and "pie" finds "PIÉ").
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from neurofoot_desktop.core.history import STOPPED, has_note

if TYPE_CHECKING:  # storage imports core; keep the arrow one way at run time
    from neurofoot_desktop.storage.repository import SessionRecord


def folded(text: str) -> str:
    """Lower case without accents: what a search compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class SessionFilter:
    stopped: bool = False  # stopped early, or a step stopped because it hurt
    warnings: bool = False  # warning signs before the session
    notes: bool = False  # has a note, on the session or on a step
    search: str = ""  # words that must all appear in the notes

    @property
    def active(self) -> bool:
        return self.stopped or self.warnings or self.notes or bool(self.search.strip())

    def words(self) -> list[str]:
        return folded(self.search).split()

    def keeps(self, record: SessionRecord) -> bool:
        if self.stopped and not (record.status == STOPPED or record.hurt):
            return False
        if self.warnings and not record.warnings:
            return False
        if self.notes and not has_note(record):
            return False
        words = self.words()
        if words:
            text = folded(" ".join([record.note, *(s.note for s in record.steps)]))
            return all(w in text for w in words)
        return True


def filter_sessions(records: Sequence[SessionRecord], f: SessionFilter) -> list[SessionRecord]:
    """The records f keeps, in the same order."""
    if not f.active:
        return list(records)
    return [r for r in records if f.keeps(r)]


def row_for_date(newest_first: Sequence[SessionRecord], day: date) -> int:
    """The row to show for "jump to day": the last session on or before the end of that day
    (the oldest one when every session is later); -1 for an empty list."""
    if not newest_first:
        return -1
    end = datetime.combine(day, datetime.max.time()).astimezone().timestamp()
    keys = [-r.started_at.timestamp() for r in newest_first]  # ascending
    row = bisect.bisect_left(keys, -end)
    return min(row, len(newest_first) - 1)
