"""The warning and stop marks are counted per week, month, quarter or year so they never
stack into a band: the bucket grows with the range and shrinks with the room."""

from __future__ import annotations

from datetime import date

from neurofoot_desktop.core import history as hist


def test_ten_years_on_a_page_counts_marks_per_year() -> None:
    assert hist.mark_unit(date(2016, 11, 22), date(2026, 11, 19), 540, 40) == "year"


def test_a_wide_screen_counts_ten_years_per_quarter() -> None:
    assert hist.mark_unit(date(2016, 11, 22), date(2026, 11, 19), 1800, 40) == "quarter"


def test_three_months_on_a_wide_screen_counts_per_week() -> None:
    assert hist.mark_unit(date(2026, 8, 21), date(2026, 11, 20), 1200, 40) == "week"


def test_never_finer_than_the_charts_own_buckets() -> None:
    assert hist.mark_unit(date(2025, 11, 21), date(2026, 11, 20), 100_000, 40) == "week"


def test_quarter_and_year_buckets_start_and_end_on_their_calendar_edges() -> None:
    assert hist.bucket_start(date(2026, 8, 31), "quarter") == date(2026, 7, 1)
    assert hist.next_bucket(date(2026, 8, 31), "quarter") == date(2026, 10, 1)
    assert hist.bucket_start(date(2026, 12, 31), "year") == date(2026, 1, 1)
    assert hist.next_bucket(date(2026, 12, 31), "year") == date(2027, 1, 1)
