"""History and the file actions read "today" from the window's clock, not the computer's:
with the clock set to July 2023, History's default three months, the "Sessions against the
plan" weeks and the export's suggested file name are those of July 2023."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from helpers.history_fixtures import make_session
from pytestqt.qtbot import QtBot

from neurofoot_desktop.charts.sentence import day_text
from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import plans
from neurofoot_desktop.ui.main_window import MainWindow

THEN = datetime(2023, 7, 15, 12, 0, tzinfo=UTC)
JUNE = datetime(2023, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(THEN)


def ana_in_june_2023(window: MainWindow) -> int:
    """Ana: 30 daily sessions in June 2023, and a plan of every day from 1 July."""
    store = window.store
    pid = store.add_profile("Ana", JUNE - timedelta(days=1)).id
    for day in range(30):
        store.insert_session(make_session(pid, "Ana", day, JUNE))
    plans.save_plan(store, pid, Plan(frozenset(range(7)), (time(9),)),
                    datetime(2023, 7, 1, 8, tzinfo=UTC))
    window.start.reload(pid)
    return pid


def test_history_shows_the_period_of_the_clocks_day(window: MainWindow, qtbot: QtBot) -> None:
    ana_in_june_2023(window)
    window.show_history()
    view = window.history_view
    qtbot.waitUntil(lambda: not view.loading)
    today = THEN.astimezone().date()
    first, last = view.charts.period_span()
    assert last == today and date(2023, 4, 14) <= first <= date(2023, 4, 16)
    assert view.charts.to_date.date().toPython() == today
    # The sentence a person reads: June's 30 sessions are in "the last 3 months" of July 2023
    # (with the computer's own day they would be years out of the period: "no sessions").
    words = view.charts.overview.sentence.text()
    assert day_text(today) in words and "30 sessions" in words
    # The plan's weeks end at the clock's day; 1-14 July planned and past, none held.
    section = view.adherence
    assert section.isVisible() and section.chart.last == today
    assert section.total.done == 0 and section.total.planned - section.total.upcoming == 14


def test_export_suggests_a_name_with_the_clocks_day(window: MainWindow,
                                                   scripted_dialogs) -> None:
    ana_in_june_2023(window)
    # the report: the last 3 months; then no file chosen (cancelled: nothing written), twice
    scripted_dialogs.answers = [0, None, None]
    window.export("pdf")
    window.export("csv")
    suggested = [Path(s).name for s in scripted_dialogs.suggested]
    assert suggested == ["neurofoot-Ana-2023-07-15.pdf", "neurofoot-Ana-2023-07-15.csv"]
    assert scripted_dialogs.told == []
