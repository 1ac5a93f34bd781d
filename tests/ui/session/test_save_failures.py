"""A save that fails half-way through a session (a full disk, say) is told, and loses nothing
that was saved before: the session stays unfinished in the log and can be resumed."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from pytestqt.qtbot import QtBot

from neurofoot_desktop import app
from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.ui.main_window import MainWindow

FULL = "Cannot save to the NeuroFoot log: database or disk is full"


def fail_saving(monkeypatch: pytest.MonkeyPatch, store: Store, method: str) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageError(FULL)

    monkeypatch.setattr(store, method, refuse)


def click_through_hook(qtbot: QtBot, window: MainWindow, action) -> list[str]:
    """Do action as a click would, and hand what escapes it to the program's excepthook."""
    fallback: list[BaseException] = []
    hook = app.storage_error_hook(window, lambda kind, exc, tb: fallback.append(exc))
    with qtbot.capture_exceptions() as escaped:
        action()
    for kind, exc, tb in escaped:
        hook(kind, exc, tb)
    assert fallback == []
    return [str(exc) for _kind, exc, _tb in escaped]


def to_the_first_step(drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()


def test_a_rating_that_cannot_be_saved_stops_the_session_and_it_can_be_resumed(
    qtbot: QtBot, window: MainWindow, drive: Driver, monkeypatch: pytest.MonkeyPatch,
    data_dir, clock: FakeClock, scripted_dialogs,
) -> None:
    to_the_first_step(drive)
    drive.run_step()
    drive.rate(8)  # saved
    drive.run_step()
    fail_saving(monkeypatch, window.store, "save_step_result")
    assert click_through_hook(qtbot, window, lambda: drive.rate(6)) == [FULL]

    assert window.current_page() is window.start
    assert not window.player.timer.isActive() and not window.player.diagram.is_playing()
    ((_kind, message),) = scripted_dialogs.told
    assert "The last answer could not be saved" in message
    assert "Everything saved before it is safe" in message and "database or disk is full" in message

    conn = sqlite3.connect(window.store.path)
    assert conn.execute("SELECT status, ended_at FROM sessions").fetchall() == [
        ("incomplete", None)]
    assert conn.execute("SELECT comfort FROM step_results").fetchall() == [(8,)]
    conn.close()

    # Room again: the same person begins, and the session carries on after the saved step.
    monkeypatch.undo()
    scripted_dialogs.answers = [True]  # resume it
    drive.begin()
    assert len(scripted_dialogs.asked) == 1 and "was not finished" in scripted_dialogs.asked[0]
    assert window.current_page() is window.player
    assert window.player.session is not None
    assert window.player.session.phase == Phase.READY
    assert window.player.title.text() == "Thumb circles on the sole"


def test_a_session_that_cannot_be_started_is_told_on_the_start_page(
    qtbot: QtBot, window: MainWindow, drive: Driver, monkeypatch: pytest.MonkeyPatch,
    scripted_dialogs,
) -> None:
    drive.add_person("Ana")
    fail_saving(monkeypatch, window.store, "start_session")
    assert click_through_hook(qtbot, window, drive.begin) == [FULL]
    assert window.current_page() is window.start
    ((_kind, message),) = scripted_dialogs.told
    assert message.startswith("NeuroFoot could not save this change.")


def test_other_errors_keep_python_s_own_report(window: MainWindow) -> None:
    seen: list[BaseException] = []
    hook = app.storage_error_hook(window, lambda kind, exc, tb: seen.append(exc))
    error = RuntimeError("a bug")
    hook(RuntimeError, error, None)
    assert seen == [error]
    assert sys.excepthook is not hook  # installed only by run_gui, for its window


def test_a_skip_that_cannot_be_saved_mid_step_stops_the_clock_and_the_picture(
    qtbot: QtBot, window: MainWindow, drive: Driver, monkeypatch: pytest.MonkeyPatch,
    scripted_dialogs,
) -> None:
    to_the_first_step(drive)
    drive.run_step(seconds=5)  # the first step is running
    player = window.player
    assert player.timer.isActive() and player.diagram.is_playing()
    fail_saving(monkeypatch, window.store, "save_step_result")
    assert click_through_hook(qtbot, window, player.skip.click) == [FULL]
    assert window.current_page() is window.start
    assert not player.timer.isActive() and not player.end_timer.isActive()
    assert not player.diagram.is_playing()
    ((_kind, message),) = scripted_dialogs.told
    assert "the session stops here" in message


def test_a_session_that_ends_makes_the_day_s_backup_once(
    qtbot: QtBot, window: MainWindow, drive: Driver, scripted_dialogs,
) -> None:
    from neurofoot_desktop.storage import backup

    drive.add_person("Ana")
    assert backup.list_backups(window.store.path) == []
    drive.begin()
    window.go_home()  # leaving the session, whichever way: the one place the backup starts
    qtbot.waitUntil(lambda: len(backup.list_backups(window.store.path)) == 1, timeout=10_000)
    scripted_dialogs.answers = [False]  # the unfinished session is offered: leave it
    drive.begin()
    window.go_home()
    qtbot.wait(200)
    assert [b.kind for b in backup.list_backups(window.store.path)] == ["daily"]


def test_a_busy_log_is_not_called_a_full_disk(
    qtbot: QtBot, window: MainWindow, drive: Driver, monkeypatch: pytest.MonkeyPatch,
    scripted_dialogs,
) -> None:
    busy = "another NeuroFoot program (an import or a restore from the command line) is using it"

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageError(busy)

    drive.add_person("Ana")
    monkeypatch.setattr(window.store, "start_session", refuse)
    assert click_through_hook(qtbot, window, drive.begin) == [busy]
    ((_kind, message),) = scripted_dialogs.told
    assert busy in message and "disk" not in message
