"""History's overview reads top to bottom: the comfort trend, its "Show each step" button and
step detail right under it, and only then "Does it help?" (issue 18)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from helpers.clock import FakeClock
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import Store, plans
from neurofoot_desktop.ui.history.page import HistoryView
from neurofoot_desktop.ui.history.symptoms import SymptomsSection


def test_the_step_detail_follows_the_trend_and_does_it_help_comes_after(
        qtbot: QtBot, store: Store) -> None:
    clock = FakeClock(datetime(2026, 11, 20, 12, tzinfo=UTC))
    pid = store.add_profile("Ana", datetime(2026, 10, 1, tzinfo=UTC)).id
    plans.save_plan(store, pid, Plan(frozenset(range(7)), (time(9),)),
                    datetime(2026, 11, 1, tzinfo=UTC))
    view = HistoryView(store, clock=clock)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.set_profile(pid)
    overview = view.charts.overview
    overview.steps_button.click()
    trend = overview.sections[0]
    helps = next(s for s in overview.sections if isinstance(s, SymptomsSection))
    qtbot.waitUntil(lambda: overview.steps.isVisible() and view.adherence.isVisible())

    def top(w: object) -> int:
        return w.mapTo(overview, w.rect().topLeft()).y()

    order = [top(w) for w in (trend, overview.steps_button, overview.steps, view.adherence,
                              helps.title)]
    assert order == sorted(order) and len(set(order)) == len(order)
    assert helps.title.text().startswith("Does it help?")
