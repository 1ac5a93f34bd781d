"""The plan and its reminders: what is due, what is done, skips and safety-blocked days.

No timers here: given the time, the local time zone, the plan, the person's sessions and the
decisions already in the log (reminders given, snoozes, "not today"), `what_now()` answers
"remind now", or "nothing now, next at T". The window asks on a timer; the command line and
the tests ask directly.

Rules, each for a reason:
- Plan times are local wall-clock times, read in the time zone of *now*: a person who travels
  is reminded at their usual hour where they are.
- A day is planned slot by slot (one or two times). Slot k "owns" the part of the day from the
  midpoint after the previous time to the midpoint before the next one; a session (completed
  or stopped) started inside it does that slot. A day on which the pre-check said "no
  massage" is done for safety: no reminders, counted apart, never as a miss.
- Each slot is reminded at most once, plus once per snooze. What was missed while the
  computer slept or NeuroFoot was closed is given once at the next look, and only the latest
  missed slot of today: never a burst, never yesterday's.
- Quiet hours hold a reminder back until they end (still within the slot's part of the day).
- Adherence counts planned slots done; "not today" and safety-blocked slots are counted apart
  and do not count against the person. There are no streaks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

MIN_GAP = timedelta(hours=2)  # two times closer than this are one session, not two
SNOOZE_MINUTES = (10, 30)
IN_PROGRESS = timedelta(hours=2)  # an unfinished session this recent is still going on
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # ids in the log and exports


class DecisionKind(StrEnum):
    REMINDED = "reminded"  # a reminder was given for a slot
    SNOOZED = "snoozed"  # remind again for that slot at `until`
    NOT_TODAY = "not_today"  # no more reminders that day; counted apart


class Now(StrEnum):
    NOTHING = "nothing"
    REMIND = "remind"


class PlanError(ValueError):
    """A plan that cannot work, said in one sentence; `reason` is its id in REFUSALS."""

    def __init__(self, reason: str) -> None:
        super().__init__(REFUSALS[reason])
        self.reason = reason


@dataclass(frozen=True)
class Plan:
    days: frozenset[int]  # 0 = Monday ... 6 = Sunday
    times: tuple[time, ...]  # one or two local times, earliest first
    quiet_start: time | None = None  # quiet hours, may wrap past midnight
    quiet_end: time | None = None
    reminders: bool = True  # the plan still counts for adherence when this is off

    def __post_init__(self) -> None:
        object.__setattr__(self, "times", tuple(sorted(t.replace(second=0, microsecond=0)
                                                       for t in self.times)))
        reason = refusal_id(self)
        if reason:
            raise PlanError(reason)

    def is_quiet(self, moment: time) -> bool:
        if self.quiet_start is None or self.quiet_end is None:
            return False
        start, end = self.quiet_start, self.quiet_end
        return start <= moment < end if start <= end else moment >= start or moment < end

    def day_ids(self) -> list[str]:
        return [DAY_NAMES[d] for d in sorted(self.days)]


# Why a plan is refused: an id (the window words it in the person's language) and a sentence.
REFUSALS = {
    "no_days": "Please choose at least one day.",
    "bad_day": "Days are numbered from 0 (Monday) to 6 (Sunday).",
    "times": "Please choose one or two times a day.",
    "overlap": "The two times overlap: please leave at least two hours between them.",
    "quiet_pair": "Quiet hours need both a start and an end.",
    "quiet_same": "Quiet hours need a start and an end that differ.",
    "quiet_covers": "The quiet hours cover every reminder: please move them or the times.",
}


def refusal_id(plan: Plan) -> str | None:
    """Why the plan cannot be used (a key of REFUSALS), or None."""
    if not plan.days:
        return "no_days"
    if any(not 0 <= d <= 6 for d in plan.days):
        return "bad_day"
    if not 1 <= len(plan.times) <= 2:
        return "times"
    if len(plan.times) == 2:
        first, second = (datetime.combine(date.min, t) for t in plan.times)
        if second - first < MIN_GAP:
            return "overlap"
    if (plan.quiet_start is None) != (plan.quiet_end is None):
        return "quiet_pair"
    if plan.quiet_start is not None and plan.quiet_start == plan.quiet_end:
        return "quiet_same"
    sample = _Day(date(2026, 1, 5), UTC, plan)  # any day: a time zone only shifts it
    if all(due >= end for due, end in zip(sample.due, sample.ends, strict=True)):
        return "quiet_covers"
    return None


def refusal(plan: Plan) -> str | None:
    """Why the plan cannot be used, in one English sentence, or None."""
    reason = refusal_id(plan)
    return REFUSALS[reason] if reason else None


@dataclass(frozen=True)
class SessionMark:
    """What reminders need to know of a session: when it started and how it ended."""

    started_at: datetime
    status: str  # completed / stopped / incomplete / blocked (vocabulary of the log)


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    at: datetime  # when it was made (an instant)
    day: date  # the local day of the slot it is about
    slot: int = 0
    until: datetime | None = None  # for a snooze


@dataclass(frozen=True)
class Answer:
    what: Now
    day: date | None = None  # the slot reminded (with REMIND)
    slot: int = 0
    missed: bool = False  # its time passed while NeuroFoot was not looking
    next_at: datetime | None = None  # with NOTHING: when something may be due next
    today_done: bool = False


@dataclass(frozen=True)
class Adherence:
    done: int = 0
    planned: int = 0  # slots that count: blocked and "not today" are not among them
    blocked: int = 0  # safety said "no massage" on that day
    skipped: int = 0  # "not today"
    upcoming: int = 0  # planned slots still ahead (part of `planned`)
    extra: int = 0  # sessions on days or at times beyond the plan

    @property
    def share(self) -> float | None:
        past = self.planned - self.upcoming
        return self.done / past if past > 0 else None


PlanOn = Callable[[date], "Plan | None"]


@dataclass
class _Day:
    """One local day of a plan: the slots' times and the part of the day each one owns."""

    day: date
    tz: tzinfo
    plan: Plan
    starts: list[datetime] = field(default_factory=list)  # of each slot's part of the day
    ends: list[datetime] = field(default_factory=list)
    due: list[datetime] = field(default_factory=list)

    def __post_init__(self) -> None:
        local = [datetime.combine(self.day, t) for t in self.plan.times]
        bounds = [datetime.combine(self.day, time())]
        bounds += [a + (b - a) / 2 for a, b in pairwise(local)]
        bounds.append(datetime.combine(self.day + timedelta(days=1), time()))
        self.starts = [_instant(b, self.tz) for b in bounds[:-1]]
        self.ends = [_instant(b, self.tz) for b in bounds[1:]]
        self.due = [self._after_quiet(t, i) for i, t in enumerate(local)]

    def _after_quiet(self, moment: datetime, slot: int) -> datetime:
        """When the slot's reminder may be given: its time, or the end of quiet hours."""
        if not self.plan.is_quiet(moment.time()) or self.plan.quiet_end is None:
            return _instant(moment, self.tz)
        end = datetime.combine(moment.date(), self.plan.quiet_end)
        if end <= moment:
            end += timedelta(days=1)
        return _instant(end, self.tz)  # may fall past the slot's end: then never given

    def slot_at(self, moment: datetime) -> int | None:
        for i, (start, end) in enumerate(zip(self.starts, self.ends, strict=True)):
            if start <= moment < end:
                return i
        return None


@lru_cache(maxsize=64)
def _plan_day(day: date, tz: tzinfo, plan: Plan) -> _Day:
    """A day's slots, computed once: the window asks every half minute."""
    return _Day(day, tz, plan)


def _instant(local: datetime, tz: tzinfo) -> datetime:
    return local.replace(tzinfo=tz).astimezone(UTC)


def local_day(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def _done_in(sessions: Sequence[SessionMark], start: datetime, end: datetime) -> bool:
    return any(s.status in ("completed", "stopped") and start <= s.started_at < end
               for s in sessions)


def _blocked_on(sessions: Sequence[SessionMark], day: date, tz: tzinfo) -> bool:
    return any(s.status == "blocked" and local_day(s.started_at, tz) == day for s in sessions)


def what_now(plan: Plan | None, now: datetime, tz: tzinfo, sessions: Sequence[SessionMark],
             decisions: Sequence[Decision]) -> Answer:
    """Remind now, or nothing now and when to look again."""
    if plan is None or not plan.reminders:
        return Answer(Now.NOTHING)
    today = local_day(now, tz)
    day = _plan_day(today, tz, plan) if today.weekday() in plan.days else None
    done_today = _day_done(plan, today, tz, sessions, decisions)
    if day is not None and not done_today:
        slot = day.slot_at(now)
        assert slot is not None
        answer = _slot_answer(day, slot, now, sessions, decisions)
        if answer is not None:
            return answer
    return Answer(Now.NOTHING, next_at=_next_at(plan, now, tz, sessions, decisions),
                  today_done=done_today)


def _day_done(plan: Plan, day: date, tz: tzinfo, sessions: Sequence[SessionMark],
              decisions: Sequence[Decision]) -> bool:
    """Nothing more is asked of this day: every slot done, safety said no, or "not today"."""
    if day.weekday() not in plan.days:
        return True
    if _blocked_on(sessions, day, tz) or _skipped(decisions, day):
        return True
    d = _plan_day(day, tz, plan)
    return all(_done_in(sessions, s, e) for s, e in zip(d.starts, d.ends, strict=True))


def _skipped(decisions: Iterable[Decision], day: date) -> bool:
    return any(d.kind is DecisionKind.NOT_TODAY and d.day == day for d in decisions)


def _slot_answer(day: _Day, slot: int, now: datetime, sessions: Sequence[SessionMark],
                 decisions: Sequence[Decision]) -> Answer | None:
    """REMIND when this slot is due and not yet reminded (or its snooze is over)."""
    start, end, due = day.starts[slot], day.ends[slot], day.due[slot]
    if _done_in(sessions, start, end) or due >= end:
        return None
    if any(s.status == "incomplete" and now - IN_PROGRESS <= s.started_at <= now
           for s in sessions):
        return None  # a session is going on (or was just cut short): don't interrupt
    if day.plan.is_quiet(now.astimezone(day.tz).time()):
        return None
    mine = [d for d in decisions if d.day == day.day and d.slot == slot]
    reminded = max((d.at for d in mine if d.kind is DecisionKind.REMINDED), default=None)
    if reminded is None:
        if now >= due:
            # Missed: its time passed more than two look-ups (a minute each) ago.
            return Answer(Now.REMIND, day.day, slot, missed=now - due > timedelta(minutes=2))
        return None
    snoozes = [d.until for d in mine if d.kind is DecisionKind.SNOOZED and d.until is not None
               and d.at >= reminded]
    if snoozes and max(snoozes) <= now:
        return Answer(Now.REMIND, day.day, slot, missed=now - max(snoozes) > timedelta(minutes=2))
    return None


def _next_at(plan: Plan, now: datetime, tz: tzinfo, sessions: Sequence[SessionMark],
             decisions: Sequence[Decision]) -> datetime | None:
    """The next moment a reminder could be due (for the timer and the command line)."""
    today = local_day(now, tz)
    for offset in range(0, 8):
        day = today + timedelta(days=offset)
        if day.weekday() not in plan.days or (offset == 0 and _day_done(
                plan, day, tz, sessions, decisions)):
            continue
        d = _plan_day(day, tz, plan)
        moments: list[datetime] = []
        for slot, due in enumerate(d.due):
            if due >= d.ends[slot] or (offset == 0 and _done_in(sessions, d.starts[slot],
                                                                d.ends[slot])):
                continue
            moments.append(due)
            moments += [x.until for x in decisions if x.kind is DecisionKind.SNOOZED
                        and x.day == day and x.slot == slot and x.until is not None]
        later = [m for m in moments if m > now]
        if later:
            return min(later)
    return None


def adherence(plan_on: PlanOn, first: date, last: date, tz: tzinfo,
              sessions: Sequence[SessionMark], decisions: Sequence[Decision],
              now: datetime) -> Adherence:
    """Planned slots done from `first` to `last` (local days, both included)."""
    done = planned = blocked = skipped = upcoming = used = 0
    day = first
    while day <= last:
        plan = plan_on(day)
        if plan is not None and day.weekday() in plan.days:
            d = _Day(day, tz, plan)
            is_blocked = _blocked_on(sessions, day, tz)
            is_skipped = _skipped(decisions, day)
            for start, end in zip(d.starts, d.ends, strict=True):
                if _done_in(sessions, start, end):
                    done += 1
                    planned += 1
                    used += 1
                elif is_blocked:
                    blocked += 1
                elif is_skipped:
                    skipped += 1
                else:
                    planned += 1
                    upcoming += end > now
        day += timedelta(days=1)
    start = _instant(datetime.combine(first, time()), tz)
    stop = _instant(datetime.combine(last + timedelta(days=1), time()), tz)
    held = sum(1 for s in sessions if s.status in ("completed", "stopped")
               and start <= s.started_at < stop)
    return Adherence(done, planned, blocked, skipped, upcoming, max(0, held - used))


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday around `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def marks(rows: Iterable[tuple[datetime, str]]) -> list[SessionMark]:
    return [SessionMark(at, status) for at, status in rows]


def weekly(plan_on: PlanOn, first: date, last: date, tz: tzinfo,
           sessions: Sequence[SessionMark], decisions: Sequence[Decision],
           now: datetime) -> list[tuple[date, date, Adherence]]:
    """Week by week (Monday to Sunday, the first and last clipped to the period): each
    week's first and last day and its adherence. The History draws these under the trend."""
    weeks = []
    monday = week_of(first)[0]
    while monday <= last:
        start, end = max(monday, first), min(monday + timedelta(days=6), last)
        weeks.append((start, end, adherence(plan_on, start, end, tz, sessions, decisions, now)))
        monday += timedelta(days=7)
    return weeks
