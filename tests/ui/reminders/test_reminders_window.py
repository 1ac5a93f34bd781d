"""Reminders in the window: banner where there is no tray, snooze / not today in the log, a
hanging notification service, closing to the tray asked once, the plan offered once."""

from __future__ import annotations

import json
import sys
import time as wall
from datetime import UTC, time, timedelta
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import plans
from neurofoot_desktop.ui.main_window import MainWindow
from neurofoot_desktop.ui.reminders import notify
from neurofoot_desktop.ui.reminders.editor import PlanEditor
from neurofoot_desktop.ui.reminders.tray import Reminders

EVERY_DAY_AT_NINE = Plan(frozenset(range(7)), (time(9, 5),))  # the clock starts at 09:00 UTC


class Quiet:
    """A notification service that shows nothing (so the window's banner is what we see)."""

    def __init__(self, works: bool = False) -> None:
        self.works = works
        self.shown: list[str] = []

    def notify(self, title: str, text: str) -> bool:
        self.shown.append(text)
        return self.works


def kinds(window: MainWindow) -> list[str]:
    return [r[0] for r in window.store.connection.execute(
        "SELECT kind FROM reminder_decisions ORDER BY id")]


def reminders_for(window: MainWindow, has_tray: bool, notifier: Quiet | None = None
                  ) -> Reminders:
    r = Reminders(window, window.store, window.clock, has_tray=has_tray,
                  notifier=notifier or Quiet(), zone=lambda: UTC)
    r.driver.timer.stop()  # the test says when to look
    return r


@pytest.fixture
def ana(window: MainWindow, clock: FakeClock) -> int:
    pid = window.store.add_profile("Ana", clock.now()).id
    plans.save_plan(window.store, pid, EVERY_DAY_AT_NINE, clock.now())
    window.start.reload(pid)
    return pid


def test_without_a_tray_a_reminder_is_a_calm_banner_and_its_answers_go_to_the_log(
        window: MainWindow, ana: int, clock: FakeClock, qtbot: QtBot) -> None:
    r = reminders_for(window, has_tray=False)
    r.driver.check()
    assert not r.banner.isVisible()  # 09:00: not yet
    clock.advance(5 * 60)
    r.driver.check()
    assert r.banner.isVisible() and window.isVisible()
    assert "Ana" in r.banner.text.text()
    assert kinds(window) == ["reminded"]
    r.driver.check()
    assert kinds(window) == ["reminded"]  # once, not at every look
    r.banner.snooze_buttons[0][1].click()  # "In 10 minutes"
    assert not r.banner.isVisible() and kinds(window) == ["reminded", "snoozed"]
    clock.advance(10 * 60)
    r.driver.check()
    assert r.banner.isVisible()
    r.banner.not_today.click()
    clock.advance(3 * 3600)
    r.driver.check()
    assert not r.banner.isVisible()
    assert kinds(window) == ["reminded", "snoozed", "reminded", "not_today"]


def test_a_reminder_is_not_given_when_today_is_done(window: MainWindow, ana: int,
                                                    clock: FakeClock) -> None:
    r = reminders_for(window, has_tray=False)
    sid = window.store.start_session(ana, clock.now())
    window.store.end_session(sid, "blocked", clock.now())  # safety said no: done for today
    clock.advance(10 * 60)
    r.driver.check()
    assert not r.banner.isVisible() and kinds(window) == []


def test_begin_from_the_banner_starts_the_session_for_that_person(
        window: MainWindow, ana: int, clock: FakeClock) -> None:
    r = reminders_for(window, has_tray=False)
    clock.advance(6 * 60)
    r.driver.check()
    r.banner.begin_button.click()
    assert window.current_page() is window.precheck


def test_a_hanging_notification_service_never_freezes_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(notify, "WATCHDOG_MS", 300)
    hangs = tmp_path / "notify-send"
    hangs.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(30)\n")
    hangs.chmod(0o755)
    service = notify.DesktopNotifier(str(hangs))
    began = wall.monotonic()
    with qtbot.waitSignal(service.failed, timeout=3000):
        assert service.notify("NeuroFoot", "It is time") is True
        assert wall.monotonic() - began < 0.5  # notify() came back at once
    assert service.broken and service.notify("NeuroFoot", "again") is False
    missing = notify.DesktopNotifier(str(tmp_path / "no-such-program"))
    with qtbot.waitSignal(missing.failed, timeout=3000):
        missing.notify("NeuroFoot", "It is time")


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray window
def test_closing_with_reminders_on_asks_once_to_keep_running_in_the_tray(
        window: MainWindow, ana: int, scripted_dialogs, data_dir: Path) -> None:
    reminders_for(window, has_tray=True, notifier=Quiet(works=True))
    scripted_dialogs.answers = [True]
    window.close()
    assert not window.isVisible()
    assert "tray" in scripted_dialogs.asked[0]
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["close_to_tray"] == "tray"
    window.show()
    window.close()  # no second question: the scripted dialogs have no answer left
    assert len(scripted_dialogs.asked) == 1 and not window.isVisible()


def test_closing_without_a_tray_just_closes(window: MainWindow, ana: int,
                                            scripted_dialogs) -> None:
    reminders_for(window, has_tray=False)
    window.close()
    assert scripted_dialogs.asked == [] and not window.isVisible()


def test_the_plan_is_offered_once_after_the_first_completed_session(
        window: MainWindow, clock: FakeClock, scripted_dialogs) -> None:
    pid = window.store.add_profile("Luis", clock.now()).id
    r = reminders_for(window, has_tray=False)
    r.offer_plan(pid)
    assert scripted_dialogs.asked == []  # no session yet
    sid = window.store.start_session(pid, clock.now())
    window.store.end_session(sid, "completed", clock.now() + timedelta(minutes=20))
    chosen = Plan(frozenset({1, 3}), (time(18),))
    r.ask_plan = lambda name: chosen
    scripted_dialogs.answers = [True]
    r.offer_plan(pid)
    assert "Luis" in scripted_dialogs.asked[0]
    assert plans.current_plan(window.store, pid) == chosen
    r.offer_plan(pid)
    assert len(scripted_dialogs.asked) == 1  # once


def test_the_start_page_says_how_many_planned_sessions_are_done_this_week(
        window: MainWindow, ana: int, clock: FakeClock) -> None:
    # The plan began on Friday 20 November: Friday to Sunday are planned this week.
    assert window.start.week.isVisible()
    assert window.start.week.text() == "0 of 3 planned this week"
    sid = window.store.start_session(ana, clock.now())
    window.store.end_session(sid, "completed", clock.now())
    window.start.reload(ana)
    assert window.start.week.text() == "1 of 3 planned this week"


def test_the_plan_editor_refuses_overlapping_times_in_one_sentence(qtbot: QtBot) -> None:
    editor = PlanEditor()
    qtbot.addWidget(editor)
    editor.second_on.setChecked(True)
    editor.first.setTime(editor.first.time().fromString("09:00", "HH:mm"))
    editor.second.setTime(editor.second.time().fromString("10:00", "HH:mm"))
    assert editor.plan() is None
    assert "overlap" in editor.problem.text() and not editor.problem.isHidden()
    editor.second.setTime(editor.second.time().fromString("18:00", "HH:mm"))
    plan = editor.plan()
    assert plan is not None and plan.times == (time(9), time(18))
    assert editor.problem.isHidden()
