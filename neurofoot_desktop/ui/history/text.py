"""Dates as the person reads them: their language and their time zone."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

DATE_TIME = "ddd d MMM yyyy, HH:mm"


def local_date_text(t: float, fmt: str = DATE_TIME) -> str:
    """POSIX seconds as local date and time, month and day names in the UI language."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(t)), fmt)


def counted(translated: str, n: int) -> str:
    """A `tr("%n session(s)", "", n)` result as English reads it when no catalogue gave the
    numerus forms (English has none installed): "1 session", "2 sessions"."""
    return translated.replace("(s)", "" if n == 1 else "s")
