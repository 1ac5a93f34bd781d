"""core.reminders: plan refusals, "what now?" over a simulated month, adherence without guilt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from neurofoot_desktop.core.reminders import (
    Decision,
    DecisionKind,
    Now,
    Plan,
    PlanError,
    SessionMark,
    adherence,
    week_of,
    what_now,
)

MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str, tz: ZoneInfo = MADRID) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz).astimezone(UTC)


# -- refusals ------------------------------------------------------------------------------
@pytest.mark.parametrize(("kwargs", "words"), [
    ({"days": frozenset(), "times": (time(9),)}, "at least one day"),
    ({"days": frozenset({0}), "times": ()}, "one or two times"),
    ({"days": frozenset({0}), "times": (time(9), time(10))}, "overlap"),
    ({"days": frozenset({0}), "times": (time(9), time(9))}, "overlap"),
    ({"days": frozenset({0}), "times": (time(9), time(18)), "quiet_start": time(8),
      "quiet_end": time(0)}, "cover every reminder"),
    ({"days": frozenset({0}), "times": (time(23),), "quiet_start": time(22),
      "quiet_end": time(7)}, "cover every reminder"),
    ({"days": frozenset({0}), "times": (time(9),), "quiet_start": time(22)}, "both"),
])
def test_a_plan_that_cannot_work_is_refused_with_one_sentence(kwargs: dict, words: str) -> None:
    with pytest.raises(PlanError) as refused:
        Plan(**kwargs)
    message = str(refused.value)
    assert words in message
    assert message.count(".") == 1 and message.endswith(".")


def test_quiet_hours_may_wrap_midnight_and_cover_some_times() -> None:
    plan = Plan(frozenset({0}), (time(18), time(7)), time(22), time(8))
    assert plan.times == (time(7), time(18))
    assert plan.is_quiet(time(23)) and plan.is_quiet(time(7, 59)) and not plan.is_quiet(time(8))


# -- a simulated month ------------------------------------------------------------------------
PLAN_A = Plan(frozenset({0, 2, 4}), (time(9), time(18)), time(22), time(8))  # Mon Wed Fri
PLAN_B = Plan(frozenset({1, 3, 5}), (time(7, 30),), time(22), time(8))  # Tue Thu Sat
PLAN_B_FROM = date(2026, 11, 15)


def plan_on(day: date) -> Plan:
    return PLAN_B if day >= PLAN_B_FROM else PLAN_A


# The person flies to New York on Friday 20 and back to Madrid on Thursday 26 (10:00 there).
TO_NY, BACK = at("2026-11-20 13:00"), at("2026-11-26 10:00", NEW_YORK)


def zone(instant: datetime) -> ZoneInfo:
    return NEW_YORK if TO_NY <= instant < BACK else MADRID


# The computer is asleep (or NeuroFoot closed): no look-ups in these spans.
ASLEEP = [
    (at("2026-11-05 23:00"), at("2026-11-06 12:00")),  # Fri 6: the 09:00 slot is missed
    (at("2026-11-11 08:00"), at("2026-11-11 20:00")),  # Wed 11: both slots missed
]
# Thursday 19 at 08:30 the wall clock is set back an hour (a wrong clock corrected).
CLOCK_BACK = at("2026-11-19 08:30")

# Sessions the person does on their own, whatever the reminders: (start, status, final, when).
OWN_SESSIONS = [
    ("2026-11-04 08:30", "completed"),  # Wed 4: before the 09:00 reminder
    ("2026-11-09 08:50", "blocked"),  # Mon 9: the pre-check said no massage today
    ("2026-11-13 08:55", "completed"),  # Fri 13: under way at 09:00, finished 09:20
    ("2026-11-19 09:00", "completed"),  # Thu 19: after the clock was set back
]
IN_PROGRESS_UNTIL = {"2026-11-13 08:55": at("2026-11-13 09:20")}

# What the person does when reminded, keyed by the local time the reminder appeared.
REACTIONS: dict[str, tuple] = {
    "2026-11-02 09:00": ("session", 10, "completed"),
    "2026-11-04 18:00": ("snooze", 10),
    "2026-11-04 18:10": ("snooze", 30),
    "2026-11-04 18:40": ("session", 5, "completed"),
    "2026-11-06 12:00": ("not_today",),
    "2026-11-11 20:00": ("session", 5, "completed"),
    "2026-11-17 08:00": ("session", 10, "completed"),
    "2026-11-28 08:00": ("session", 30, "completed"),
}

# Exactly these reminders, in local time where the person was, and whether they were missed.
EXPECTED = [
    ("2026-11-02 09:00", 0, False),
    ("2026-11-02 18:00", 1, False),
    ("2026-11-04 18:00", 1, False),
    ("2026-11-04 18:10", 1, False),
    ("2026-11-04 18:40", 1, False),
    ("2026-11-06 12:00", 0, True),  # once at wake, not at 09:00 and again
    # Mon 9: blocked by the pre-check -> nothing
    ("2026-11-11 20:00", 1, True),  # two slots missed while asleep: one reminder, not two
    ("2026-11-13 18:00", 1, False),  # 09:00 was under way, then done
    ("2026-11-17 08:00", 0, False),  # 07:30 falls in quiet hours: given when they end
    ("2026-11-19 08:00", 0, False),  # once, although 08:00 came round twice
    ("2026-11-21 08:00", 0, False),  # in New York: at 08:00 there, not 08:00 in Madrid
    ("2026-11-24 08:00", 0, False),  # New York
    ("2026-11-26 08:00", 0, False),  # New York; back in Madrid at 16:00: not again
    ("2026-11-28 08:00", 0, False),  # Madrid again
]


def look_ups() -> Iterator[datetime]:
    """One look a minute while awake, the clock set back once."""
    t, end = at("2026-11-01 00:00"), at("2026-11-30 00:00")
    replayed = False
    while t < end:
        if not any(a <= t < b for a, b in ASLEEP):
            yield t
        if t == CLOCK_BACK and not replayed:
            replayed = True
            t -= timedelta(hours=1)
        t += timedelta(minutes=1)


Simulated = tuple[list[tuple[str, int, bool]], list[SessionMark], list[Decision]]


@pytest.fixture(scope="module")
def month() -> Simulated:
    return simulate()


def simulate() -> Simulated:
    pending = [(at(s), status, IN_PROGRESS_UNTIL.get(s)) for s, status in OWN_SESSIONS]
    decisions: list[Decision] = []
    given: list[tuple[str, int, bool]] = []
    for now in look_ups():
        tz = zone(now)
        sessions = [SessionMark(start, "incomplete" if until and now < until else status)
                    for start, status, until in pending if start <= now]
        answer = what_now(plan_on(now.astimezone(tz).date()), now, tz, sessions, decisions)
        if answer.what is not Now.REMIND:
            continue
        assert answer.day is not None
        local = now.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        given.append((local, answer.slot, answer.missed))
        decisions.append(Decision(DecisionKind.REMINDED, now, answer.day, answer.slot))
        match REACTIONS.get(local):
            case ("session", minutes, status):
                pending.append((now + timedelta(minutes=minutes), status, None))
            case ("snooze", minutes):
                decisions.append(Decision(DecisionKind.SNOOZED, now, answer.day, answer.slot,
                                          until=now + timedelta(minutes=minutes)))
            case ("not_today",):
                decisions.append(Decision(DecisionKind.NOT_TODAY, now, answer.day))
    return given, [SessionMark(s, st) for s, st, _ in pending], decisions


def test_a_simulated_month_gives_exactly_the_expected_reminders(month: Simulated) -> None:
    given, _sessions, _decisions = month
    assert given == EXPECTED


def test_adherence_counts_planned_sessions_done_and_puts_safety_and_skips_apart(
        month: Simulated) -> None:
    _given, sessions, decisions = month
    end = at("2026-11-30 00:00")
    week1 = adherence(plan_on, *week_of(date(2026, 11, 2)), MADRID, sessions, decisions, end)
    # Mon: 09:00 done, 18:00 not; Wed: both; Fri: "not today" (apart, not a miss).
    assert (week1.done, week1.planned, week1.skipped, week1.blocked) == (3, 4, 2, 0)
    week2 = adherence(plan_on, *week_of(date(2026, 11, 9)), MADRID, sessions, decisions, end)
    # Mon: safety said no (apart); Wed: the evening; Fri: the morning.
    assert (week2.done, week2.planned, week2.skipped, week2.blocked) == (2, 4, 0, 2)
    assert week2.share == 0.5


def test_adherence_of_the_week_in_progress_counts_what_is_still_ahead() -> None:
    plan = Plan(frozenset({0, 2, 4, 6}), (time(9),))
    sessions = [SessionMark(at("2026-11-02 09:05"), "completed"),
                SessionMark(at("2026-11-03 10:00"), "completed")]  # Tuesday: not planned
    now = at("2026-11-04 12:00")  # Wednesday noon, its session not done yet
    week = adherence(lambda _d: plan, *week_of(now.date()), MADRID, sessions, [], now)
    # Wednesday's session can still be done today: it is ahead, not missed.
    assert (week.done, week.planned, week.upcoming, week.extra) == (1, 4, 3, 1)
    assert week.share == 1.0


def test_nothing_is_due_when_today_is_done_and_the_next_reminder_is_another_day() -> None:
    plan = Plan(frozenset({0, 2}), (time(9),))
    sessions = [SessionMark(at("2026-11-02 08:00"), "completed")]
    answer = what_now(plan, at("2026-11-02 10:00"), MADRID, sessions, [])
    assert answer.what is Now.NOTHING and answer.today_done
    assert answer.next_at == at("2026-11-04 09:00")


def test_a_plan_with_reminders_off_never_reminds() -> None:
    plan = Plan(frozenset(range(7)), (time(9),), reminders=False)
    assert what_now(plan, at("2026-11-02 09:00"), MADRID, [], []).what is Now.NOTHING
    assert what_now(None, at("2026-11-02 09:00"), MADRID, [], []).what is Now.NOTHING


def test_weekly_adherence_counts_each_week_apart_with_blocked_days_apart() -> None:
    from neurofoot_desktop.core.reminders import weekly

    plan = Plan(frozenset({0, 2, 4}), (time(10),))  # Monday, Wednesday, Friday
    at = lambda d, h=10: datetime(2026, 1, d, h, tzinfo=UTC)  # noqa: E731
    sessions = [SessionMark(at(5), "completed"), SessionMark(at(7), "blocked"),
                SessionMark(at(12), "completed"), SessionMark(at(13), "completed")]
    weeks = weekly(lambda _d: plan, date(2026, 1, 7), date(2026, 1, 18), UTC, sessions, [],
                   at(30))
    assert [(a, b) for a, b, _ in weeks] == [(date(2026, 1, 7), date(2026, 1, 11)),
                                             (date(2026, 1, 12), date(2026, 1, 18))]
    first, second = weeks[0][2], weeks[1][2]
    # Wed 7 (blocked) and Fri 9 (missed) in the first, clipped week; Monday 5 is outside.
    assert (first.done, first.planned, first.blocked, first.extra) == (0, 1, 1, 0)
    assert (second.done, second.planned, second.blocked, second.extra) == (1, 3, 0, 1)
