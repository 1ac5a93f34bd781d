"""A whole guided session through the real main window, offscreen, with a fake clock."""

from __future__ import annotations

import sqlite3

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui.main_window import MainWindow


def rows(win: MainWindow, sql: str) -> list[tuple]:
    conn = sqlite3.connect(win.store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_whole_session_from_profile_to_summary(window: MainWindow, drive: Driver) -> None:
    win = window
    assert win.windowTitle() == "NeuroFoot"
    assert win.start.title.text() == "Who is having a massage today?"
    drive.add_person("Ana María")
    assert win.start.start.text() == "Begin with Ana María"
    drive.begin()
    assert win.precheck.current_screen() == "skin"
    assert "Look over both feet" in win.precheck.skin.title.text()
    assert not win.precheck.skin.next.isEnabled()  # every question needs an answer
    drive.clear_precheck(heel=True)
    assert win.current_page() is win.light_touch
    assert "LEFT foot" in win.light_touch.heading.text()
    drive.light_touch()
    assert win.current_page() is win.player

    player = win.player
    assert player.where.text() == "Step 1 of 5 · LEFT foot"
    assert player.title.text() == "Gliding strokes"
    assert "Light" in player.pressure.text()
    assert player.ring.text == "03:00"
    assert player.session_left.text() == "20:00 left in session"
    assert player.next_label.text() == "Next: Thumb circles on the sole, left foot"

    seen = []
    while win.current_page() is win.player:
        s = player.session
        seen.append((s.current.step.id, s.current.foot, player.title.text()))
        if s.current.step.id == "sole_kneading":
            assert "Leave the heel out today." in player.instruction.text()
        drive.run_step()
        assert win.current_page() is win.rating
        assert win.rating.question.text() == "How comfortable was that?"
        drive.rate(8)
    assert len(seen) == 10
    assert [f for _, f, _ in seen] == ["left"] * 5 + ["right"] * 5

    assert win.current_page() is win.summary
    assert "complete" in win.summary.title.text()
    assert win.summary.table.rowCount() == 10
    assert win.summary.cell(0, 0) == "Gliding strokes\nleft foot"
    assert win.summary.cell(0, 1) == "03:00 at light (2)\ncomfort 8 / 10"
    assert win.summary.cell(0, 2).startswith(("2 · Light", "3 · Gentle"))
    assert not win.summary.warnings.isVisible()

    assert rows(win, "SELECT status FROM sessions") == [("completed",)]
    assert rows(win, "SELECT count(*), min(comfort), max(comfort) FROM step_results") == [
        (10, 8, 8)]
    assert rows(win, "SELECT answer FROM precheck_answers WHERE question_id='heel_sensitive'") == [
        (1,)]
    assert rows(win, "SELECT foot, sensitivity FROM light_touch ORDER BY foot") == [
        ("left", "normal"), ("right", "normal")]


def test_open_wound_blocks_the_massage(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.answer({"open_wound": True, "infection": False, "new_lesion": False})
    drive.next()
    page = window.precheck
    assert page.current_screen() == "blocked"
    assert page.blocked.title.text() == "No massage today"
    assert "open wound" in page.block_reason.text()
    assert rows(window, "SELECT status, status_reason FROM sessions") == [
        ("blocked", "open_wound")]
    page.blocked.next.click()
    assert window.current_page() is window.start


def test_new_sore_pauses_home_massage(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.answer({"open_wound": False, "infection": False, "new_lesion": True})
    drive.next()
    assert window.precheck.current_screen() == "blocked"
    assert "new cut, sore or blister" in window.precheck.block_reason.text()


def test_warning_signs_show_contact_your_doctor(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.answer({"open_wound": False, "infection": False, "new_lesion": False})
    drive.next()
    drive.answer({"worse_pain": True, "worse_numbness": False, "new_symptoms": False,
                  "skin_change": True})
    drive.next()
    page = window.precheck
    assert page.current_screen() == "doctor"
    assert "Please contact your doctor" in page.doctor.title.text()
    assert page.reported.text() == (
        "⚠  Reported: stronger pain and a change in skin colour or temperature.")
    assert not page.go_gently.isEnabled()
    page.nothing_open.setChecked(True)
    assert not page.go_gently.isEnabled()
    page.wants_gentle.setChecked(True)
    page.go_gently.click()
    assert page.current_screen() == "heel"
    answers = dict(rows(window, "SELECT question_id, answer FROM precheck_answers"))
    assert answers["continue_despite_warning"] == 1 and answers["confirm_nothing_open"] == 1
    assert answers["worse_pain"] == 1 and answers["skin_change"] == 1


def test_warning_signs_and_ending_for_the_doctor(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.answer({"open_wound": False, "infection": False, "new_lesion": False})
    drive.next()
    drive.answer({"worse_pain": False, "worse_numbness": True, "new_symptoms": False,
                  "skin_change": False})
    drive.next()
    window.precheck.end_for_doctor.click()
    assert window.current_page() is window.start
    assert rows(window, "SELECT status, status_reason FROM sessions") == [
        ("stopped", "warning_signs:worse_numbness")]


def test_it_hurts_stops_lowers_pressure_and_ends(window: MainWindow, drive: Driver,
                                                 clock: FakeClock, scripted_dialogs) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    drive.run_step(30)
    assert window.player.session.phase == Phase.RUNNING
    scripted_dialogs.answers = [True]  # end the session
    window.player.hurts.click()
    assert "That step has stopped" in scripted_dialogs.asked[0]
    assert window.current_page() is window.summary
    assert window.summary.title.text() == "Session stopped early"
    assert window.summary.cell(0, 1) == "00:30 at light (2)\nstopped: it hurt"
    assert window.summary.cell(0, 2).startswith("1 · Feather")
    assert rows(window, "SELECT outcome, comfort, feel, actual_s FROM step_results") == [
        ("hurt", 0, "too_firm", 30.0)]
    assert rows(window, "SELECT status, status_reason FROM sessions") == [("stopped", "hurt")]


def test_pause_and_resume_keep_the_remaining_time_exact(window: MainWindow, drive: Driver,
                                                        qtbot: QtBot, clock: FakeClock) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    player = window.player
    drive.run_step(40)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.play.text() == "Continue"
    clock.advance(300)
    player.tick()
    assert player.ring.text == "02:20"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    clock.advance(19.5)
    player.tick()
    assert player.ring.text == "02:01"  # 180 - 40 - 19.5 = 120.5 s, shown rounded up
    assert player.session.remaining() == pytest.approx(120.5)


def test_halfway_and_reminders_are_shown(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    drive.run_step(91)
    assert window.player.notice.isVisibleTo(window.player)
    assert "Halfway" in window.player.notice.text()


def test_skip_and_back(window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert player.title.text() == "Thumb circles on the sole"
    qtbot.keyClick(player, Qt.Key.Key_B)
    assert player.title.text() == "Gliding strokes"
    assert rows(window, "SELECT step_id, outcome, comfort FROM step_results") == [
        ("effleurage", "skipped", None)]


def test_crash_mid_session_is_recovered_with_its_ratings(
    qtbot: QtBot, window: MainWindow, drive: Driver, data_dir, clock: FakeClock,
    scripted_dialogs,
) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    for comfort in (9, 6):
        drive.run_step()
        drive.rate(comfort)
    # The process dies here: nothing more is written. A new window opens on the same folder.
    second_store = Store.open(data_dir)
    again = MainWindow(second_store, clock=clock, settings=window.settings)
    qtbot.addWidget(again)
    scripted_dialogs.answers = [True]  # resume it
    again.start.start.click()
    assert len(scripted_dialogs.asked) == 1 and "was not finished" in scripted_dialogs.asked[0]
    assert again.current_page() is again.player
    assert again.player.title.text() == "Toe rolling"
    assert again.player.where.text() == "Step 3 of 5 · LEFT foot"
    assert rows(again, "SELECT comfort FROM step_results ORDER BY recorded_at") == [(9,), (6,)]
    second_store.close()


def test_leaving_an_interrupted_session_keeps_it(
    qtbot: QtBot, window: MainWindow, drive: Driver, data_dir, clock: FakeClock,
    scripted_dialogs,
) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    drive.run_step()
    drive.rate(7)
    second_store = Store.open(data_dir)
    again = MainWindow(second_store, clock=clock, settings=window.settings)
    qtbot.addWidget(again)
    scripted_dialogs.answers = [False]  # leave it as it is
    again.start.start.click()
    assert again.current_page() is again.precheck
    assert rows(again, "SELECT status, status_reason, comfort FROM sessions JOIN step_results "
                       "ON id = session_id") == [("incomplete", "left", 7)]
    second_store.close()


def test_light_touch_result_is_explained(window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    page = window.light_touch
    qtbot.keyClick(page, Qt.Key.Key_Return)
    for _ in page.probes:
        qtbot.keyClick(page, Qt.Key.Key_F)  # "felt" even on the pretend touch: guessing
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert page.title.text() == "Today's sensitivity: Reduced"
    assert "may be guesses" in page.text.text()
    assert rows(window, "SELECT foot, sensitivity, pretend_felt FROM light_touch") == [
        ("left", "reduced", 1)]
