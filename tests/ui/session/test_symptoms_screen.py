"""Symptoms before and after (issue 18) through the real main window, offscreen."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.storage import symptoms as symptom_store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.main_window import MainWindow


def rows(win: MainWindow, sql: str) -> list[tuple]:
    conn = sqlite3.connect(win.store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def to_symptoms(win: MainWindow, drive: Driver) -> None:
    drive.stay_on_symptoms = True
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    assert win.current_page() is win.symptoms


def test_scores_before_are_saved_as_typed_and_i_dont_know_is_not_zero(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    win = window
    to_symptoms(win, drive)
    page = win.symptoms
    assert page.title.text() == "Before we start: how are the feet today?"
    assert all(row.value is None for row in page.rows.values())  # nothing chosen for them
    assert page.rows[Symptom.PAIN].hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_6)  # digits choose for the focused symptom
    assert rows(win, "SELECT moment, symptom, score FROM symptom_scores") == [
        ("before", "pain", 6)]  # in the log at once
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter: the next symptom
    assert page.rows[Symptom.TINGLING].hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.keyClick(page, Qt.Key.Key_0)  # 1 then 0 at once: 10
    assert page.rows[Symptom.TINGLING].shown.text() == "10 of 10"
    qtbot.mouseClick(page.rows[Symptom.NUMBNESS].unknown, Qt.MouseButton.LeftButton)
    assert page.rows[Symptom.NUMBNESS].shown.text() == "I don't know"
    assert not page.strong.isVisible()
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.light_touch
    assert sorted(rows(win, "SELECT symptom, score FROM symptom_scores")) == [
        ("numbness", None), ("pain", 6), ("tingling", 10)]


def test_strong_pain_shows_the_gentle_line(window: MainWindow, drive: Driver,
                                           qtbot: QtBot) -> None:
    to_symptoms(window, drive)
    page = window.symptoms
    qtbot.keyClick(page, Qt.Key.Key_8)
    assert page.strong.isVisible()
    assert "Strong pain today: keep the touch very light" in page.strong.text()
    qtbot.keyClick(page, Qt.Key.Key_Left)  # arrows move the choice: 7 is not strong
    assert page.rows[Symptom.PAIN].value == 7 and not page.strong.isVisible()


def test_esc_goes_back_to_the_precheck_and_skip_keeps_nothing(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    win = window
    to_symptoms(win, drive)
    qtbot.keyClick(win.symptoms, Qt.Key.Key_Escape)
    assert win.current_page() is win.precheck and win.precheck.current_screen() == "ready"
    qtbot.mouseClick(win.precheck.ready.next, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.symptoms
    qtbot.mouseClick(win.symptoms.skip, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.light_touch
    assert rows(win, "SELECT count(*) FROM symptom_scores") == [(0,)]


def test_a_score_well_above_the_usual_shows_the_doctor_screen(
        window: MainWindow, drive: Driver, qtbot: QtBot, clock: FakeClock) -> None:
    win = window
    store = win.store
    ana = store.add_profile("Ana", clock.now())
    for pain in (4, 4, 3, 5):  # four earlier scores in the last four weeks
        sid = store.start_session(ana.id, clock.now())
        symptom_store.record(store, sid, Moment.BEFORE, Symptom.PAIN, pain, clock.now())
        store.end_session(sid, "completed", clock.now())
        clock.advance(timedelta(days=3).total_seconds())
    win.start.reload(ana.id)
    drive.stay_on_symptoms = True
    drive.begin()
    drive.clear_precheck()
    qtbot.keyClick(win.symptoms, Qt.Key.Key_7)
    qtbot.mouseClick(win.symptoms.next, Qt.MouseButton.LeftButton)
    pre = win.precheck
    assert win.current_page() is pre and pre.current_screen() == "doctor"
    assert ("Your pain today is 7; over the last 4 weeks it has usually been 4."
            in pre.reported.text())
    assert not pre.go_gently.isEnabled()  # the same two confirmations
    pre.nothing_open.setChecked(True)
    pre.wants_gentle.setChecked(True)
    qtbot.mouseClick(pre.go_gently, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.light_touch
    assert rows(win, "SELECT question_id, answer FROM precheck_answers WHERE question_id IN "
                     "('pain_above_usual', 'continue_despite_warning') ORDER BY 1") == [
        ("continue_despite_warning", 1), ("pain_above_usual", 1)]


def test_ending_for_the_doctor_after_a_sign_is_recorded(
        window: MainWindow, drive: Driver, qtbot: QtBot, clock: FakeClock) -> None:
    win = window
    ana = win.store.add_profile("Ana", clock.now())
    for _ in range(4):
        sid = win.store.start_session(ana.id, clock.now())
        symptom_store.record(win.store, sid, Moment.BEFORE, Symptom.NUMBNESS, 2, clock.now())
        win.store.end_session(sid, "completed", clock.now())
        clock.advance(86400)
    win.start.reload(ana.id)
    drive.stay_on_symptoms = True
    drive.begin()
    drive.clear_precheck()
    numb = win.symptoms.rows[Symptom.NUMBNESS]
    numb.setFocus()
    qtbot.keyClick(win.symptoms, Qt.Key.Key_5)
    qtbot.mouseClick(win.symptoms.next, Qt.MouseButton.LeftButton)
    assert "numbness today is 5" in win.precheck.reported.text()
    qtbot.mouseClick(win.precheck.end_for_doctor, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.start
    assert rows(win, "SELECT status, status_reason FROM sessions ORDER BY started_at DESC "
                     "LIMIT 1") == [("stopped", "warning_signs:numbness_above_usual")]


def test_after_the_last_step_the_scores_again_then_the_summary(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    win = window
    drive.before = {Symptom.PAIN: 6, Symptom.NUMBNESS: 4}
    drive.after = {Symptom.PAIN: 3, Symptom.TINGLING: None}
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    while win.current_page() is win.player:
        drive.run_step()
        drive.rate(8)
    assert win.current_page() is win.summary
    assert sorted(rows(win, "SELECT moment, symptom, score FROM symptom_scores")) == [
        ("after", "pain", 3), ("after", "tingling", None),
        ("before", "numbness", 4), ("before", "pain", 6)]


def test_esc_after_the_massage_skips_to_the_summary_keeping_what_was_given(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    win = window
    drive.before = {Symptom.PAIN: 6}
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    drive.stay_on_symptoms = True  # the screen after the last step is left to this test
    while win.current_page() is win.player:
        drive.run_step()
        drive.rate(8)
    page = win.symptoms
    assert win.current_page() is page and page.moment is Moment.AFTER
    assert page.keys_hint.text().endswith("Esc skip")  # not "Esc back": it cannot go back
    qtbot.keyClick(page, Qt.Key.Key_3)  # pain after: 3, then Esc skips the rest
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert win.current_page() is win.summary
    assert sorted(rows(win, "SELECT moment, symptom, score FROM symptom_scores")) == [
        ("after", "pain", 3), ("before", "pain", 6)]  # no other "after": skipped, not zero


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_large_type_keeps_targets_big_and_buttons_in_view(
        window: MainWindow, drive: Driver, size: tuple[int, int]) -> None:
    theme.apply(QApplication.instance(), "light", 200)
    try:
        window.resize(*size)
        to_symptoms(window, drive)
        page = window.symptoms
        QApplication.processEvents()
        for row in page.rows.values():
            for b in [*row.numbers, row.unknown]:
                assert b.height() >= 48 and b.width() >= 48
        for b in (page.next, page.skip, page.back_button):
            assert b.isVisible() and page.rect().contains(b.geometry())
            assert b.sizeHint().width() <= b.width()  # its words are not cut
    finally:
        theme.apply(QApplication.instance(), "light", 100)
