"""One person's session log as numpy arrays, for the History view and summaries.

Qt-free: the view draws what this module computes, so the numbers behind every
chart (series, weekly counts, date ranges, which point is under the mouse) are
tested without a screen. Times are POSIX seconds of the session start; "local"
means the tz passed in (None: the computer's own time zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

import numpy as np

from neurofoot_desktop.core.protocol import FEET, STEP_IDS

if TYPE_CHECKING:  # storage imports core; keep the arrow one way at run time
    from neurofoot_desktop.storage.repository import SessionRecord

BOTH = "both"
FOOT_CHOICES = (*FEET, BOTH)
SENSITIVITY_LEVELS = ("reduced", "normal", "heightened")  # y = 0, 1, 2 on the chart
PERIODS = ("2w", "3m", "year", "all")
DAY_S = 86_400.0
WEEK_S = 7 * DAY_S


@dataclass(frozen=True)
class Series:
    """Points of one chart line: x in POSIX seconds, y, and the session row of each."""

    x: np.ndarray
    y: np.ndarray
    rows: np.ndarray

    def __len__(self) -> int:
        return len(self.x)


@dataclass(frozen=True)
class WeeklyCounts:
    starts: np.ndarray  # POSIX seconds of local Monday 00:00, only weeks with sessions
    counts: np.ndarray  # sessions that week
    flagged: np.ndarray  # of those, sessions with warning signs or a stop because it hurt
    row_week: np.ndarray  # for each session row, the index of its week in starts


class HistoryData:
    """Sessions oldest first; per-step values in (session, step, foot) arrays, NaN if absent."""

    def __init__(self, records: Sequence[SessionRecord]) -> None:
        n = len(records)
        self.records = list(records)
        self.ids = [r.id for r in records]
        self.t = np.fromiter((r.started_at.timestamp() for r in records), np.float64, n)
        self.comfort = np.full((n, len(STEP_IDS), len(FEET)), np.nan)
        self.pressure = np.full((n, len(STEP_IDS), len(FEET)), np.nan)
        self.touch = np.full((n, len(FEET)), np.nan)
        self.warned = np.zeros(n, bool)
        self.hurt = np.zeros(n, bool)
        step_index = {s: i for i, s in enumerate(STEP_IDS)}
        foot_index = {f: i for i, f in enumerate(FEET)}
        level_index = {s: i for i, s in enumerate(SENSITIVITY_LEVELS)}
        for row, record in enumerate(records):
            self.warned[row] = bool(record.warnings)
            self.hurt[row] = record.hurt
            for foot, lt in record.light_touch.items():
                if foot in foot_index and lt.sensitivity in level_index:
                    self.touch[row, foot_index[foot]] = level_index[lt.sensitivity]
            for s in record.steps:
                si, fi = step_index.get(s.step_id), foot_index.get(s.foot)
                if si is None or fi is None:
                    continue
                self.pressure[row, si, fi] = s.pressure
                if s.comfort is not None:
                    self.comfort[row, si, fi] = s.comfort

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def joined(cls, parts: Sequence[HistoryData]) -> HistoryData:
        """Parts already in time order (older first) as one, without re-reading the records."""
        out = cls([])
        if not parts:
            return out
        out.records = [r for p in parts for r in p.records]
        out.ids = [i for p in parts for i in p.ids]
        for name in ("t", "comfort", "pressure", "touch", "warned", "hurt"):
            setattr(out, name, np.concatenate([getattr(p, name) for p in parts]))
        return out

    @property
    def flagged(self) -> np.ndarray:
        return self.warned | self.hurt

    def comfort_series(self, step_id: str, foot: str) -> Series:
        return self._series(self.comfort[:, STEP_IDS.index(step_id), :], foot)

    def pressure_series(self, step_id: str, foot: str) -> Series:
        return self._series(self.pressure[:, STEP_IDS.index(step_id), :], foot)

    def touch_series(self, foot: str) -> Series:
        return self._series(self.touch, foot)

    def _series(self, values: np.ndarray, foot: str) -> Series:
        """values: (n, 2) by foot. "both" is the mean of the feet that have a value."""
        if foot == BOTH:
            have = ~np.isnan(values)
            count = have.sum(axis=1)
            total = np.where(have, values, 0.0).sum(axis=1)
            y = np.divide(total, count, out=np.full(len(values), np.nan), where=count > 0)
        else:
            y = values[:, FEET.index(foot)]
        rows = np.flatnonzero(~np.isnan(y))
        return Series(self.t[rows], y[rows], rows)

    def marked(self, which: str) -> np.ndarray:
        """Rows of sessions with warning signs ("warned") or stopped because it hurt ("hurt")."""
        return np.flatnonzero(self.warned if which == "warned" else self.hurt)

    def weekly(self, tz: tzinfo | None = None) -> WeeklyCounts:
        if not len(self):
            none = np.zeros(0, int)
            return WeeklyCounts(np.zeros(0), none, none, none)
        mondays: dict[date, float] = {}
        week_of = np.empty(len(self), np.float64)
        for row, t in enumerate(self.t):
            day = local_date(float(t), tz)
            monday = day - timedelta(days=day.weekday())
            if monday not in mondays:
                mondays[monday] = day_start(monday, tz)
            week_of[row] = mondays[monday]
        starts, inverse = np.unique(week_of, return_inverse=True)
        counts = np.bincount(inverse, minlength=len(starts))
        flagged = np.bincount(inverse, weights=self.flagged, minlength=len(starts)).astype(int)
        return WeeklyCounts(starts, counts, flagged, inverse.astype(int))

    def first_last(self, tz: tzinfo | None = None) -> tuple[date, date] | None:
        if not len(self):
            return None
        return local_date(float(self.t.min()), tz), local_date(float(self.t.max()), tz)


def local_date(t: float, tz: tzinfo | None = None) -> date:
    return datetime.fromtimestamp(t, tz).date()


def day_start(day: date, tz: tzinfo | None = None) -> float:
    """POSIX seconds of local midnight at the start of day."""
    midnight = datetime.combine(day, time())
    return (midnight.replace(tzinfo=tz) if tz else midnight).timestamp()


def period_dates(
    period: str, today: date, data_span: tuple[date, date] | None = None
) -> tuple[date, date]:
    """First and last local day (inclusive) of a period ending today; "all" spans the data."""
    if period == "2w":
        return today - timedelta(days=13), today
    if period == "3m":
        return add_months(today, -3) + timedelta(days=1), today
    if period == "year":
        return add_months(today, -12) + timedelta(days=1), today
    if period == "all":
        return data_span if data_span else (today, today)
    raise ValueError(f"unknown period {period!r}")


def add_months(day: date, months: int) -> date:
    """The same day of another month, or that month's last day (31 May - 3 months: 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_month - timedelta(days=1)).day))


def span_seconds(first: date, last: date, tz: tzinfo | None = None) -> tuple[float, float]:
    """From local midnight before first to local midnight after last."""
    if last < first:
        first, last = last, first
    return day_start(first, tz), day_start(last + timedelta(days=1), tz)


def nearest(
    x: np.ndarray, y: np.ndarray, at_x: float, at_y: float,
    x_per_px: float, y_per_px: float, within_px: float,
) -> int:
    """Index of the point nearest (at_x, at_y) in screen pixels, if within within_px; else -1.

    x must be sorted; only the points inside the x window are looked at.
    """
    if not len(x) or x_per_px <= 0 or y_per_px <= 0:
        return -1
    lo = np.searchsorted(x, at_x - within_px * x_per_px, "left")
    hi = np.searchsorted(x, at_x + within_px * x_per_px, "right")
    if hi <= lo:
        return -1
    dx = (x[lo:hi] - at_x) / x_per_px
    dy = (y[lo:hi] - at_y) / y_per_px
    d2 = dx * dx + dy * dy
    best = int(np.argmin(d2))
    return lo + best if d2[best] <= within_px * within_px else -1


def duration_s(record: SessionRecord) -> float | None:
    """Wall-clock length of a session; None while it has not ended."""
    if record.ended_at is None:
        return None
    return max(0.0, (record.ended_at - record.started_at).total_seconds())


def rolling_mean(x: np.ndarray, y: np.ndarray, window_s: float) -> np.ndarray:
    """Mean of y over the points within window_s/2 either side of each x (x sorted)."""
    if not len(x):
        return np.zeros(0)
    sums = np.concatenate(([0.0], np.cumsum(y, dtype=np.float64)))
    lo = np.searchsorted(x, x - window_s / 2, "left")
    hi = np.searchsorted(x, x + window_s / 2, "right")
    return (sums[hi] - sums[lo]) / (hi - lo)
