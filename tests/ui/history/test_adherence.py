"""History: sessions per week against the plan, under the comfort trend (issue 20)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import Store, plans
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history.chart_base import series_colours
from neurofoot_desktop.ui.history.page import HistoryView

EVERY_DAY = Plan(frozenset(range(7)), (time(12),))


def session(store: Store, pid: int, at: datetime, status: str) -> None:
    sid = store.start_session(pid, at)
    store.end_session(sid, status, at + timedelta(minutes=20))


def test_planned_sessions_held_are_shown_with_blocked_days_counted_apart(
        qtbot: QtBot, store: Store) -> None:
    now = datetime.now(UTC)
    pid = store.add_profile("Ana", now - timedelta(days=30)).id
    noon = now.astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    plans.save_plan(store, pid, EVERY_DAY, noon - timedelta(days=10))
    for days_ago in (9, 8, 6):
        session(store, pid, noon - timedelta(days=days_ago, hours=1), "completed")
    session(store, pid, noon - timedelta(days=7, hours=1), "blocked")
    view = HistoryView(store)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.set_profile(pid)
    section = view.adherence
    assert section.isVisible()
    # Ten planned days up to yesterday: 3 held, 1 held back for safety, 6 not held.
    assert section.total.done == 3 and section.total.blocked == 1
    assert section.sentence.text().startswith("3 of ")
    assert "1 held back by the safety questions" in section.sentence.text()
    assert sum(a.done for _s, _e, a in section.chart.weeks) == 3
    # The bars are drawn: the first series colour (sessions held) is on screen, and no red.
    image = section.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2)}
    assert QColor(series_colours(theme.current())[0]).name() in colours
    assert QColor(theme.current().danger).name() not in colours


def test_a_person_without_a_plan_sees_no_adherence(qtbot: QtBot, store: Store) -> None:
    pid = store.add_profile("Luis", datetime.now(UTC)).id
    view = HistoryView(store)
    qtbot.addWidget(view)
    view.show()
    view.set_profile(pid)
    assert not view.adherence.isVisible()
