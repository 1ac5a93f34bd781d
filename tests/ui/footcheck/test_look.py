"""The guided look as the first part of the pre-check (issue 19), driven through the window."""

from __future__ import annotations

import sqlite3

from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.ui.main_window import MainWindow


def start(drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin(look=True)
    assert drive.win.precheck.current_screen() == "look"


def press(qtbot: QtBot, page, name: str) -> None:
    widget = page.stack.currentWidget().findChild(QPushButton, name)
    assert widget is not None and widget.isVisible(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_foot(qtbot: QtBot, window: MainWindow, x: float, y: float) -> None:
    screen = window.precheck.look.stack.currentWidget()
    qtbot.mouseClick(screen.map, Qt.MouseButton.LeftButton, pos=screen.map.point_of(x, y)
                     .toPoint())


def rows(window: MainWindow, sql: str) -> list[tuple]:
    conn = sqlite3.connect(window.store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_all_clear_on_both_feet_in_one_action_each_answers_the_skin_questions(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    start(drive)
    look = window.precheck.look
    qtbot.keyClick(look, Qt.Key.Key_Return)  # "All clear on this foot" has the focus
    assert look.current() == "look_right"
    qtbot.keyClick(look, Qt.Key.Key_Escape)  # back to the left foot, its answer kept
    assert look.current() == "look_left" and "All clear" in look.feet["left"].marked.text()
    press(qtbot, look, "all_clear")
    qtbot.mouseClick(look.feet["right"].clear, Qt.MouseButton.LeftButton)
    assert look.current() == "look_temperature"
    press(qtbot, look, "temperature_skip")
    assert window.precheck.current_screen() == "changes"
    assert sorted(rows(window, "SELECT foot FROM footcheck_clear")) == [("left",), ("right",)]
    assert sorted(rows(window, "SELECT question_id, answer FROM precheck_answers")) == [
        ("infection", 0), ("new_lesion", 0), ("open_wound", 0)]


def test_a_marked_blister_rules_the_massage_out_and_says_why(
        window: MainWindow, drive: Driver, qtbot: QtBot, scripted_dialogs) -> None:
    start(drive)
    look = window.precheck.look
    scripted_dialogs.answers = [list(fc.Kind).index(fc.Kind.BLISTER), "under the big toe"]
    press(qtbot, look, "view_sole")
    click_foot(qtbot, window, 0.45, 0.3)
    assert "Blister · sole — under the big toe" in look.feet["left"].marked.text()
    press(qtbot, look, "foot_done")
    press(qtbot, look, "all_clear")
    press(qtbot, look, "temperature_skip")
    assert window.precheck.current_screen() == "blocked"
    reason = window.precheck.block_reason.text()
    assert "a new cut, sore or blister" in reason and "under the big toe" in reason
    assert rows(window, "SELECT status, status_reason FROM sessions") == [
        ("blocked", "new_lesion")]
    assert rows(window, "SELECT foot, view, kind FROM footcheck_findings") == [
        ("left", "sole", "blister")]


def test_a_callus_lets_the_massage_go_on_with_the_spot_shown(
        window: MainWindow, drive: Driver, qtbot: QtBot, scripted_dialogs) -> None:
    start(drive)
    look = window.precheck.look
    press(qtbot, look, "all_clear")
    # The keyboard's way: "Mark a spot…", the place, then what it is; no note.
    scripted_dialogs.answers = [list(fc.Area).index(fc.Area.HEEL),
                                list(fc.Kind).index(fc.Kind.CALLUS), None]
    press(qtbot, look, "mark_spot")
    assert look.feet["right"].view.value == "sole" and len(look.feet["right"].map.spots) == 1
    press(qtbot, look, "foot_done")
    press(qtbot, look, "temperature_skip")
    assert window.precheck.current_screen() == "changes"
    drive.answer({q.id: False for q in window.precheck.protocol.questions_on("changes")})
    drive.next()
    assert window.precheck.current_screen() == "heel"
    assert [f.kind for f in look.log.spots_to_avoid()] == [fc.Kind.CALLUS]


def test_a_temperature_difference_is_a_warning_sign_with_its_numbers(
        window: MainWindow, drive: Driver, qtbot: QtBot) -> None:
    start(drive)
    look = window.precheck.look
    press(qtbot, look, "all_clear")
    press(qtbot, look, "all_clear")
    press(qtbot, look, "unit_C")
    form = look.temperature.form
    for name, value in (("temp_arch_left", "30,1"), ("temp_arch_right", "33.0"),
                        ("temp_ball_left", "80"), ("temp_ball_right", "31")):
        field = form.findChild(QLineEdit, name)
        field.setText(value)
        field.editingFinished.emit()
    assert "between 15 and 42 °C" in form.problem.text()  # 80: one line, nothing lost
    assert form.findChild(QLineEdit, "temp_ball_left").text() == "80"
    press(qtbot, look, "temperature_next")
    assert look.current() == "look_temperature"  # not past a reading that makes no sense
    form.findChild(QLineEdit, "temp_ball_left").setText("31.5")
    press(qtbot, look, "temperature_next")
    assert rows(window, "SELECT site, left_c, right_c, unit FROM skin_temperatures "
                        "ORDER BY site") == [("arch", 30.1, 33.0, "C"), ("ball", 31.5, 31.0, "C")]
    drive.answer({q.id: False for q in window.precheck.protocol.questions_on("changes")
                   if q.id != "skin_change"})
    assert window.precheck.questions["skin_change"].value is True
    drive.next()
    assert window.precheck.current_screen() == "doctor"
    assert "left 30.1 °C, right 33.0 °C, 2.9 °C apart" in window.precheck.reported.text()


def test_the_callus_is_drawn_on_the_players_diagram(
        window: MainWindow, drive: Driver, qtbot: QtBot, scripted_dialogs) -> None:
    start(drive)
    look = window.precheck.look
    press(qtbot, look, "all_clear")
    scripted_dialogs.answers = [list(fc.Kind).index(fc.Kind.CALLUS), ""]
    press(qtbot, look, "view_sole")
    click_foot(qtbot, window, 0.5, 0.45)
    press(qtbot, look, "foot_done")
    press(qtbot, look, "temperature_skip")
    drive.answer({q.id: False for q in window.precheck.protocol.questions_on("changes")})
    drive.next()
    drive.answer({"heel_sensitive": False})
    drive.next()
    drive.ready()
    drive.light_touch()
    spots = window.player.diagram.avoid_spots
    assert [(s.foot.value, s.view.value, s.kind) for s in spots] == [
        ("right", "sole", fc.Kind.CALLUS)]
