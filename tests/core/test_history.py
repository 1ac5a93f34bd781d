"""The numbers behind the History charts, without a screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.history import HistoryData
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage.repository import LightTouchRecord, SessionRecord

MADRID = ZoneInfo("Europe/Madrid")


def session(
    at: datetime, comfort: int = 7, *, warnings: tuple[str, ...] = (), hurt: bool = False,
    touch: tuple[str, str] | None = ("normal", "reduced"), skip: tuple[str, str] | None = None,
    sid: str | None = None,
) -> SessionRecord:
    """Ten step results; comfort differs per step and foot so each value can be traced."""
    steps = []
    for f, foot in enumerate(FEET):
        for s, step in enumerate(STEP_IDS):
            value = min(10, comfort + s - f)
            outcome = Outcome.RATED
            if skip == (step, foot):
                outcome, value = Outcome.SKIPPED, None
            if hurt and (step, foot) == ("toe_rolling", "right"):
                outcome, value = Outcome.HURT, None
            steps.append(StepResult(step, foot, at, 60, 60, 1 + (s + f) % 4, outcome, value))
    light = {}
    if touch:
        light = {foot: LightTouchRecord(foot, touch[i], 3, 3, 0, False)
                 for i, foot in enumerate(FEET)}
    return SessionRecord(
        id=sid or at.isoformat(), profile_id=1, profile_name="Ana", started_at=at,
        ended_at=at + timedelta(minutes=20), status="stopped" if hurt else "completed",
        status_reason="", note="", answers={w: True for w in warnings}, light_touch=light,
        steps=steps,
    )


def days(n: int, start: datetime = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)) -> list[datetime]:
    return [start + timedelta(days=i) for i in range(n)]


def test_series_hold_the_logged_values_per_step_and_foot() -> None:
    records = [session(at, comfort=3 + i) for i, at in enumerate(days(4))]
    data = HistoryData(records)
    for s, step in enumerate(STEP_IDS):
        for f, foot in enumerate(FEET):
            series = data.comfort_series(step, foot)
            expected = [r_step.comfort for r in records for r_step in r.steps
                        if r_step.step_id == step and r_step.foot == foot]
            assert series.y.tolist() == expected
            assert series.x.tolist() == [r.started_at.timestamp() for r in records]
            pressures = data.pressure_series(step, foot).y.tolist()
            assert pressures == [1 + (s + f) % 4] * 4


def test_both_feet_is_the_mean_of_the_feet_that_were_rated() -> None:
    at = days(2)
    records = [session(at[0], 6), session(at[1], 6, skip=("effleurage", "right"))]
    both = HistoryData(records).comfort_series("effleurage", hist.BOTH)
    assert both.y.tolist() == [5.5, 6.0]  # left 6, right 5; then left alone
    assert both.rows.tolist() == [0, 1]


def test_unrated_steps_leave_gaps_not_zeros() -> None:
    records = [session(at, 7, hurt=i == 1) for i, at in enumerate(days(3))]
    series = HistoryData(records).comfort_series("toe_rolling", "right")
    assert series.rows.tolist() == [0, 2]
    assert not np.isnan(series.y).any()


def test_light_touch_is_a_category_per_foot_and_missing_checks_are_left_out() -> None:
    at = days(3)
    records = [session(at[0], touch=("heightened", "reduced")), session(at[1], touch=None),
               session(at[2], touch=("normal", "normal"))]
    data = HistoryData(records)
    assert data.touch_series("left").y.tolist() == [2.0, 1.0]
    assert data.touch_series("right").y.tolist() == [0.0, 1.0]
    assert data.touch_series("left").rows.tolist() == [0, 2]


def test_marked_sessions_are_those_with_warning_signs_or_a_stop() -> None:
    at = days(4)
    records = [session(at[0]), session(at[1], warnings=("worse_pain",)), session(at[2], hurt=True),
               session(at[3], warnings=("skin_change",), hurt=True)]
    data = HistoryData(records)
    assert data.marked("warned").tolist() == [1, 3]
    assert data.marked("hurt").tolist() == [2, 3]


def test_weeks_start_on_local_monday() -> None:
    # Sunday 22:30 UTC is already Monday 00:30 in Madrid (summer time: UTC+2).
    sunday_utc = datetime(2026, 6, 7, 22, 30, tzinfo=UTC)
    records = [session(sunday_utc - timedelta(days=1)), session(sunday_utc),
               session(sunday_utc + timedelta(days=1), warnings=("new_symptoms",))]
    madrid = HistoryData(records).weekly(MADRID)
    assert madrid.counts.tolist() == [1, 2]
    assert madrid.flagged.tolist() == [0, 1]
    assert madrid.row_week.tolist() == [0, 1, 1]
    monday = datetime.fromtimestamp(madrid.starts[1], MADRID)
    assert (monday.date(), monday.hour, monday.minute) == (date(2026, 6, 8), 0, 0)
    assert HistoryData(records).weekly(UTC).counts.tolist() == [2, 1]


def test_weekly_of_nothing_is_empty() -> None:
    weeks = HistoryData([]).weekly()
    assert len(weeks.starts) == len(weeks.counts) == 0


@pytest.mark.parametrize(("period", "today", "first"), [
    ("2w", date(2026, 11, 20), date(2026, 11, 7)),
    ("3m", date(2026, 11, 20), date(2026, 8, 21)),
    ("3m", date(2026, 5, 31), date(2026, 3, 1)),  # 28 Feb + 1 day
    ("year", date(2028, 2, 29), date(2027, 3, 1)),
])
def test_periods_end_today(period: str, today: date, first: date) -> None:
    assert hist.period_dates(period, today) == (first, today)


def test_all_spans_the_data_and_unknown_periods_are_refused() -> None:
    span = (date(2017, 1, 1), date(2026, 11, 19))
    assert hist.period_dates("all", date(2026, 11, 20), span) == span
    assert hist.period_dates("all", date(2026, 11, 20)) == (date(2026, 11, 20),) * 2
    with pytest.raises(ValueError, match="unknown period"):
        hist.period_dates("decade", date(2026, 11, 20))


def test_add_months_keeps_the_day_or_takes_the_month_end() -> None:
    assert hist.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert hist.add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert hist.add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_span_runs_from_local_midnight_to_local_midnight_across_a_clock_change() -> None:
    # The last Sunday of March 2026 has 23 hours in Madrid.
    t0, t1 = hist.span_seconds(date(2026, 3, 29), date(2026, 3, 29), MADRID)
    assert t1 - t0 == 23 * 3600
    assert datetime.fromtimestamp(t0, MADRID).hour == 0
    t0, t1 = hist.span_seconds(date(2026, 3, 31), date(2026, 3, 29), MADRID)  # either order
    assert datetime.fromtimestamp(t1, MADRID).date() == date(2026, 4, 1)


def test_nearest_point_is_measured_in_screen_pixels() -> None:
    x = np.array([0.0, 100.0, 200.0, 300.0])
    y = np.array([5.0, 6.0, 7.0, 8.0])
    # 10 x-units and 0.1 y-units per pixel: (190, 6.9) is 1 px + 1 px from point 2.
    assert hist.nearest(x, y, 190, 6.9, 10, 0.1, 12) == 2
    assert hist.nearest(x, y, 250, 7.5, 10, 0.1, 3) == -1  # 5 px away in x from both
    assert hist.nearest(x, y, 100, 9.0, 10, 0.1, 12) == -1  # 30 px above point 1
    assert hist.nearest(np.zeros(0), np.zeros(0), 0, 0, 1, 1, 12) == -1


def test_rolling_mean_is_centred_on_each_point() -> None:
    x = np.arange(5, dtype=float) * 10
    y = np.array([0.0, 10.0, 0.0, 10.0, 0.0])
    assert hist.rolling_mean(x, y, 20).tolist() == [5.0, 10 / 3, 20 / 3, 10 / 3, 5.0]
    assert hist.rolling_mean(x, y, 0).tolist() == y.tolist()


def test_joined_parts_equal_one_read() -> None:
    records = [session(at, 2 + i % 6, warnings=("worse_pain",) * (i % 3 == 0))
               for i, at in enumerate(days(9))]
    whole = HistoryData(records)
    joined = HistoryData.joined([HistoryData(records[:4]), HistoryData(records[4:])])
    assert joined.ids == whole.ids
    for name in ("t", "comfort", "pressure", "touch", "warned", "hurt"):
        np.testing.assert_array_equal(getattr(joined, name), getattr(whole, name))
    assert len(HistoryData.joined([])) == 0


def test_first_last_and_duration() -> None:
    records = [session(at) for at in days(3)]
    data = HistoryData(records)
    assert data.first_last(UTC) == (date(2026, 3, 2), date(2026, 3, 4))
    assert HistoryData([]).first_last() is None
    assert hist.duration_s(records[0]) == 20 * 60
    records[0].ended_at = None
    assert hist.duration_s(records[0]) is None


def test_one_flag_rule_for_screen_and_report() -> None:
    from neurofoot_desktop.core.history import is_flagged

    plain, warned, hurt = (session(at, **kw) for at, kw in zip(
        days(3), ({}, {"warnings": ("worse_pain",)}, {"hurt": True}), strict=True))
    blocked = session(days(4)[-1])
    blocked.status = "blocked"
    records = [plain, warned, hurt, blocked]
    assert [is_flagged(r) for r in records] == [False, True, True, True]
    assert HistoryData(records).flagged.tolist() == [False, True, True, True]


def test_monthly_buckets_count_and_average() -> None:
    records = [session(at, comfort=2 + i % 3, warnings=("worse_pain",) if i == 40 else ())
               for i, at in enumerate(days(62, datetime(2026, 3, 1, 18, 0, tzinfo=UTC)))]
    data = HistoryData(records)
    b = hist.buckets(data, "month", UTC)
    assert b.starts == [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)]
    assert b.sessions.tolist() == [31, 30, 1]
    assert b.warned.tolist() == [0, 1, 0]
    march = data.overall[:31]
    assert b.comfort[0] == pytest.approx(march.mean())
    assert b.touch_shares()[0, 0].tolist() == [0.0, 1.0, 0.0]  # left foot: all "normal"


def test_summary_compares_with_the_period_before() -> None:
    records = [session(at, comfort=4 if at.month == 3 else 6, hurt=at.day == 5 and
                       at.month == 4) for at in days(61, datetime(2026, 3, 1, 18, tzinfo=UTC))]
    s = hist.summary(HistoryData(records), date(2026, 4, 1), date(2026, 4, 30), UTC)
    assert s.sessions == 30 and s.hurt_stops == 1
    assert s.comfort is not None and s.previous is not None and s.change > 1.5
    empty = hist.summary(HistoryData([]), date(1, 1, 1), date(1, 1, 5), UTC)
    assert empty.sessions == 0 and empty.comfort is None


def test_trend_band_holds_the_line() -> None:
    x = np.arange(100, dtype=float) * hist.DAY_S
    y = np.where(np.arange(100) % 2, 8.0, 4.0)
    t = hist.trend(hist.Series(x, y, np.arange(100)), 10 * hist.DAY_S)
    assert np.allclose(t.mean[5:-5], 6.0, atol=0.5)
    assert (t.low <= t.mean).all() and (t.mean <= t.high).all() and t.high.max() <= 10
