"""One person's session log as numpy arrays: the one aggregation behind History and the PDF.

Qt-free: the History page and the doctor's report both draw what this module
computes (series, buckets per day/week/month, the trend and its band, the
period summary, which sessions are flagged), so the numbers are tested once,
without a screen. Times are POSIX seconds of the session start; "local" means
the tz passed in (None: the computer's own time zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

import numpy as np

from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.vocabulary import SENSITIVITIES, Status

if TYPE_CHECKING:  # storage imports core; keep the arrow one way at run time
    from neurofoot_desktop.storage.repository import SessionRecord

BOTH = "both"
FOOT_CHOICES = (*FEET, BOTH)
SENSITIVITY_LEVELS = SENSITIVITIES  # y = 0, 1, 2 on the chart
PERIODS = ("2w", "3m", "year", "all")
DAY_S = 86_400.0
WEEK_S = 7 * DAY_S
PRESSURE_LEVELS = (1, 2, 3, 4)
STOPPED, BLOCKED = Status.STOPPED, Status.BLOCKED


def is_flagged(record: SessionRecord) -> bool:
    """The one rule for a session a doctor should look at, on screen and in the report:
    warning signs before it, a stop because it hurt, or no massage that day for safety."""
    return bool(record.warnings) or record.hurt or record.status == BLOCKED


def has_note(record: SessionRecord) -> bool:
    return bool(record.note.strip()) or any(s.note.strip() for s in record.steps)


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
        self.blocked = np.zeros(n, bool)
        self.stopped = np.zeros(n, bool)
        self.noted = np.zeros(n, bool)
        self.overall = np.full(n, np.nan)  # the mean of a session's rated steps
        step_index = {s: i for i, s in enumerate(STEP_IDS)}
        foot_index = {f: i for i, f in enumerate(FEET)}
        level_index = {s: i for i, s in enumerate(SENSITIVITY_LEVELS)}
        for row, record in enumerate(records):
            self.warned[row] = bool(record.warnings)
            self.hurt[row] = record.hurt
            self.blocked[row] = record.status == BLOCKED
            self.stopped[row] = record.status == STOPPED
            self.noted[row] = has_note(record)
            average = record.average_comfort
            if average is not None:
                self.overall[row] = average
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
        for name in _ARRAYS:
            setattr(out, name, np.concatenate([getattr(p, name) for p in parts]))
        return out

    @property
    def flagged(self) -> np.ndarray:
        """is_flagged() for every row."""
        return self.warned | self.hurt | self.blocked

    def between(self, t0: float, t1: float) -> HistoryData:
        """The sessions that started in [t0, t1), sharing this one's arrays (no copy)."""
        lo, hi = np.searchsorted(self.t, [t0, t1], "left")
        out = HistoryData([])
        out.records, out.ids = self.records[lo:hi], self.ids[lo:hi]
        for name in _ARRAYS:
            setattr(out, name, getattr(self, name)[lo:hi])
        return out

    def overall_series(self) -> Series:
        rows = np.flatnonzero(~np.isnan(self.overall))
        return Series(self.t[rows], self.overall[rows], rows)

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


_ARRAYS = ("t", "comfort", "pressure", "touch", "warned", "hurt", "blocked", "stopped",
           "noted", "overall")


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


# -- buckets: one mark or bar per day, week or month ------------------------------------------
UNITS = ("day", "week", "month")


def bucket_unit(first: date, last: date) -> str:
    """Days up to about six weeks, weeks up to about a year, months beyond."""
    span = (last - first).days + 1
    return "day" if span <= 45 else "week" if span <= 400 else "month"


MARK_UNITS = (*UNITS, "quarter", "year")  # the marks may be counted more coarsely
UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "quarter": 91.3, "year": 365.25}


def bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    return day


def next_bucket(day: date, unit: str) -> date:
    if unit in ("month", "quarter", "year"):
        return add_months(bucket_start(day, unit), {"month": 1, "quarter": 3, "year": 12}[unit])
    return day + timedelta(days=7 if unit == "week" else 1)


def mark_unit(first: date, last: date, width_px: float, room_px: float) -> str:
    """The finest unit (never finer than the chart's own buckets) whose marks, one per
    bucket and each room_px wide, fit side by side in width_px without overlapping."""
    days = (last - first).days + 1
    units = MARK_UNITS[MARK_UNITS.index(bucket_unit(first, last)):]
    for unit in units:
        if width_px * UNIT_DAYS[unit] / days >= room_px:
            return unit
    return units[-1]


@dataclass(frozen=True)
class Buckets:
    """Per day, week or month that has sessions (oldest first): counts, means and shares."""

    unit: str
    starts: list[date]
    t0: np.ndarray  # POSIX seconds of each bucket's first local midnight
    t1: np.ndarray  # ... and of the first midnight after it
    sessions: np.ndarray  # (k,)
    comfort: np.ndarray  # (k,) mean of the sessions' overall comfort; NaN if none rated
    step_comfort: np.ndarray  # (k, steps) mean comfort per step, both feet
    touch: np.ndarray  # (k, feet, levels) light-touch results counted
    pressure: np.ndarray  # (k, levels) step results done at each pressure level
    warned: np.ndarray  # (k,) sessions with warning signs
    hurt: np.ndarray  # (k,) sessions stopped because it hurt
    flagged: np.ndarray  # (k,) sessions flagged (is_flagged)
    row_bucket: np.ndarray  # (n,) each session's bucket

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def mid(self) -> np.ndarray:
        return (self.t0 + self.t1) / 2

    def touch_shares(self) -> np.ndarray:
        """(k, feet, levels): each foot's results as shares of that bucket's checks."""
        total = self.touch.sum(axis=2, keepdims=True)
        return np.divide(self.touch, total, out=np.zeros_like(self.touch), where=total > 0)

    def pressure_shares(self) -> np.ndarray:
        total = self.pressure.sum(axis=1, keepdims=True)
        return np.divide(self.pressure, total, out=np.zeros_like(self.pressure),
                         where=total > 0)


def _means(index: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """Per bucket mean of values (NaN ignored; NaN where a bucket has none)."""
    have = ~np.isnan(values)
    total = np.bincount(index[have], weights=values[have], minlength=k)
    count = np.bincount(index[have], minlength=k)
    return np.divide(total, count, out=np.full(k, np.nan), where=count > 0)


def buckets(data: HistoryData, unit: str, tz: tzinfo | None = None) -> Buckets:
    n, k_steps = len(data), len(STEP_IDS)
    starts_of: dict[date, int] = {}
    index = np.empty(n, np.int64)
    for row, t in enumerate(data.t):
        start = bucket_start(local_date(float(t), tz), unit)
        index[row] = starts_of.setdefault(start, len(starts_of))
    starts = list(starts_of)  # rows are in time order, so buckets are too
    k = len(starts)
    t0 = np.array([day_start(s, tz) for s in starts], np.float64)
    t1 = np.array([day_start(next_bucket(s, unit), tz) for s in starts], np.float64)
    step_comfort = np.full((k, k_steps), np.nan)
    have = ~np.isnan(data.comfort)
    both = np.divide(np.where(have, data.comfort, 0.0).sum(axis=2), have.sum(axis=2),
                     out=np.full((n, k_steps), np.nan), where=have.any(axis=2))
    for si in range(k_steps):
        step_comfort[:, si] = _means(index, both[:, si], k)
    touch = np.zeros((k, len(FEET), len(SENSITIVITY_LEVELS)))
    for fi in range(len(FEET)):
        for li in range(len(SENSITIVITY_LEVELS)):
            touch[:, fi, li] = np.bincount(index, weights=data.touch[:, fi] == li, minlength=k)
    pressure = np.zeros((k, len(PRESSURE_LEVELS)))
    for li, level in enumerate(PRESSURE_LEVELS):
        per_row = (data.pressure == level).sum(axis=(1, 2)) if n else np.zeros(0)
        pressure[:, li] = np.bincount(index, weights=per_row, minlength=k)

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(index, weights=mask, minlength=k).astype(int)

    return Buckets(unit, starts, t0, t1, np.bincount(index, minlength=k),
                   _means(index, data.overall, k), step_comfort, touch, pressure,
                   count(data.warned), count(data.hurt), count(data.flagged), index)


# -- the trend and the plain sentence ----------------------------------------------------------
@dataclass(frozen=True)
class Trend:
    """A smoothed line with a band (the spread of the points around it), clipped to 0..10."""

    x: np.ndarray
    mean: np.ndarray
    low: np.ndarray
    high: np.ndarray


def trend_window(span_s: float) -> float:
    """Smoothing that suits the range: two weeks at three months, about two months at ten years."""
    return float(np.clip(span_s / 8, 7 * DAY_S, 120 * DAY_S))


def trend(series: Series, window_s: float, points: int = 300) -> Trend:
    x, y = series.x, series.y
    if not len(x):
        empty = np.zeros(0)
        return Trend(empty, empty, empty, empty)
    sums = np.concatenate(([0.0], np.cumsum(y, dtype=np.float64)))
    squares = np.concatenate(([0.0], np.cumsum(y * y, dtype=np.float64)))
    lo = np.searchsorted(x, x - window_s / 2, "left")
    hi = np.searchsorted(x, x + window_s / 2, "right")
    count = hi - lo
    mean = (sums[hi] - sums[lo]) / count
    spread = np.sqrt(np.maximum((squares[hi] - squares[lo]) / count - mean * mean, 0.0))
    every = max(1, len(x) // points)  # a smooth line needs few points
    keep = slice(None, None, every)
    return Trend(x[keep], mean[keep], np.clip(mean - spread, 0, 10)[keep],
                 np.clip(mean + spread, 0, 10)[keep])


@dataclass(frozen=True)
class Summary:
    """What the one plain sentence says about a period (and the period of equal length before)."""

    first: date
    last: date
    sessions: int
    comfort: float | None  # mean of the sessions' overall comfort
    previous: float | None  # the same for the period before
    hurt_stops: int  # sessions stopped because it hurt
    warning_days: int  # local days with warning signs
    blocked: int  # days without massage for safety

    @property
    def change(self) -> float | None:
        if self.comfort is None or self.previous is None:
            return None
        return round(self.comfort, 1) - round(self.previous, 1)


def summary(data: HistoryData, first: date, last: date, tz: tzinfo | None = None) -> Summary:
    t0, t1 = span_seconds(first, last, tz)
    days = (last - first).days + 1
    now = data.between(t0, t1)
    start = first - timedelta(days=days) if (first - date.min).days > days else date.min
    before = data.between(day_start(start, tz), t0)

    def mean(part: HistoryData) -> float | None:
        rated = part.overall[~np.isnan(part.overall)]
        return float(rated.mean()) if len(rated) else None

    warned_days = {local_date(float(t), tz) for t in now.t[now.warned]}
    return Summary(first, last, len(now), mean(now), mean(before), int(now.hurt.sum()),
                   len(warned_days), int(now.blocked.sum()))
