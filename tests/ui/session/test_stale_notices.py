"""Issue 14, finding 15: the player's notices follow the countdown's clock and go when stale.

Seen before the fix: "the next step starts in 1 s" still on screen 2 s into the step, and
the T notice saying 2 min 54 s beside a countdown showing 02:52.
"""

from __future__ import annotations

import re

from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.ui.main_window import MainWindow


def to_player(drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()


def notice_shown(window: MainWindow) -> str:
    """The notice as a person sees it: its words only while it is on screen."""
    player = window.player
    return player.notice.text() if player.notice_row.isVisibleTo(player) else ""


def test_the_get_ready_notice_goes_when_the_step_starts(
        window: MainWindow, drive: Driver, clock: FakeClock) -> None:
    window.apply_settings(window.settings.changed(hands_free=True, get_ready_s=3))
    to_player(drive)
    player = window.player
    clock.advance(2.2)
    player.tick()
    assert "starts in 1 s" in notice_shown(window)
    clock.advance(1.0)  # the countdown ends: the step starts by itself
    player.tick()
    assert player.session.phase == Phase.RUNNING
    for _ in range(2):  # 2 s into the step
        clock.advance(1.0)
        player.tick()
    assert "starts in" not in notice_shown(window)


def test_the_time_notice_agrees_with_the_countdown_beside_it(
        window: MainWindow, drive: Driver, clock: FakeClock, qtbot: QtBot) -> None:
    to_player(drive)
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.session.phase == Phase.RUNNING
    for _ in range(5):
        clock.advance(1.0)
        player.tick()
    qtbot.keyClick(player, Qt.Key.Key_T)
    for seconds in range(1, 5):  # the words move with the clock, second by second
        clock.advance(1.0)
        player.tick()
        minutes, secs = (int(p) for p in player.ring.text.split(":"))
        said = re.match(r"(?:(\d+) min)? ?(?:(\d+) s)? left in this step", notice_shown(window))
        assert said, (seconds, notice_shown(window))
        assert (int(said.group(1) or 0), int(said.group(2) or 0)) == (minutes, secs), (
            f"{seconds} s after T the notice reads {notice_shown(window)!r} beside "
            f"{player.ring.text}")
    for _ in range(3):  # and it goes once it has been read
        clock.advance(1.0)
        player.tick()
    assert notice_shown(window) == ""
