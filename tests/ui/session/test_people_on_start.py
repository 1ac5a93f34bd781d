"""The start page deletes a person (asking first, Undo until the program closes) and merges
two people into one (issue 14, finding 17)."""

from __future__ import annotations

import sqlite3

from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neurofoot_desktop.ui.main_window import MainWindow


def rows(win: MainWindow, sql: str) -> list[tuple]:
    conn = sqlite3.connect(win.store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def names(win: MainWindow) -> list[str]:
    lst = win.start.people
    return sorted(lst.item(i).text() for i in range(lst.count()))


def with_a_blocked_session(win: MainWindow, drive: Driver, name: str) -> None:
    drive.add_person(name)
    drive.begin()
    drive.answer({q.id: True for q in win.precheck.protocol.questions_on("skin")})
    drive.next()  # an open wound: no massage today, the session is in the log
    win.go_home()


def test_delete_asks_then_undo_brings_everything_back(window: MainWindow, drive: Driver,
                                                     qtbot: QtBot, scripted_dialogs) -> None:
    with_a_blocked_session(window, drive, "Ana")
    drive.add_person("Bea")
    window.start.reload(window.store.profile_by_name("Ana").id)
    scripted_dialogs.answers = [False]  # keep
    qtbot.mouseClick(window.start.delete, Qt.MouseButton.LeftButton)
    assert "Delete Ana with all of their sessions" in scripted_dialogs.asked[0]
    assert names(window) == ["Ana", "Bea"]
    scripted_dialogs.answers = [True]
    qtbot.mouseClick(window.start.delete, Qt.MouseButton.LeftButton)
    assert names(window) == ["Bea"]
    assert rows(window, "SELECT count(*) FROM sessions") == [(0,)]
    assert rows(window, "SELECT count(*) FROM precheck_answers") == [(0,)]
    undo = window.start.undo
    assert undo.isVisible() and undo.text() == "Undo: bring back Ana"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert names(window) == ["Ana", "Bea"] and not undo.isVisible()
    assert rows(window, "SELECT status FROM sessions") == [("blocked",)]
    assert rows(window, "SELECT count(*) FROM precheck_answers")[0][0] > 0


def test_merge_moves_the_sessions_to_the_chosen_person(window: MainWindow, drive: Driver,
                                                       qtbot: QtBot, scripted_dialogs) -> None:
    with_a_blocked_session(window, drive, "Ana")
    with_a_blocked_session(window, drive, "Anna")
    anna = window.store.profile_by_name("Anna").id
    ana = window.store.profile_by_name("Ana").id
    window.start.reload(anna)
    scripted_dialogs.answers = [0, True]  # into Ana (the only other person), then yes
    qtbot.mouseClick(window.start.merge, Qt.MouseButton.LeftButton)
    assert scripted_dialogs.offered == [["Ana"]]
    assert "Move every session" in scripted_dialogs.asked[1]
    assert names(window) == ["Ana"]
    assert rows(window, f"SELECT count(*) FROM sessions WHERE profile_id = {ana}") == [(2,)]
