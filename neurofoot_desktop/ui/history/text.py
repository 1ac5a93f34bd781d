"""Dates as the person reads them: their language and their time zone."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

DATE_TIME = "ddd d MMM yyyy, HH:mm"


def local_date_text(t: float, fmt: str = DATE_TIME) -> str:
    """POSIX seconds as local date and time, month and day names in the UI language."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(t)), fmt)

