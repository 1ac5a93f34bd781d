"""Which sessions the browser lists: decided in core, tested without a screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from helpers.history_fixtures import HURT_DAY, NOTE_DAY, WARNED_DAY, make_session

from neurofoot_desktop.core.session_filter import SessionFilter, filter_sessions, row_for_date

START = datetime(2024, 1, 1, 17, 30, tzinfo=UTC)
RECORDS = [make_session(1, "Ana", d, START) for d in range(200)]


def days(records: list) -> list[int]:
    return [int(r.id.split("-")[1]) for r in records]


def test_no_filter_keeps_everything_in_order() -> None:
    assert filter_sessions(RECORDS, SessionFilter()) == RECORDS


def test_each_toggle_keeps_only_its_sessions() -> None:
    assert days(filter_sessions(RECORDS, SessionFilter(stopped=True))) == [HURT_DAY]
    assert days(filter_sessions(RECORDS, SessionFilter(warnings=True))) == [WARNED_DAY]
    assert days(filter_sessions(RECORDS, SessionFilter(notes=True))) == [NOTE_DAY]
    assert filter_sessions(RECORDS, SessionFilter(stopped=True, warnings=True)) == []


def test_search_finds_session_and_step_notes_ignoring_case_and_accents() -> None:
    RECORDS[5].note = "Dolor en el TALÓN izquierdo"
    try:
        assert days(filter_sessions(RECORDS, SessionFilter(search="lovely"))) == [NOTE_DAY]
        assert days(filter_sessions(RECORDS, SessionFilter(search="cold HANDS"))) == [NOTE_DAY]
        assert days(filter_sessions(RECORDS, SessionFilter(search="talon dolor"))) == [5]
        assert filter_sessions(RECORDS, SessionFilter(search="talon lovely")) == []
        assert filter_sessions(RECORDS, SessionFilter(search="   ")) == RECORDS
    finally:
        RECORDS[5].note = ""


def test_jump_to_a_date_picks_the_last_session_on_or_before_it() -> None:
    newest_first = list(reversed(RECORDS))
    local = [r.started_at.astimezone().date() for r in newest_first]
    target = local[50]
    row = row_for_date(newest_first, target)
    assert local[row] == target
    before = date(2000, 1, 1)  # before every session: the oldest
    assert row_for_date(newest_first, before) == len(RECORDS) - 1
    assert row_for_date(newest_first, local[0] + timedelta(days=30)) == 0
    assert row_for_date([], target) == -1
