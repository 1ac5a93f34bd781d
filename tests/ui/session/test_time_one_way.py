"""Time comes one way (issue 13 item 7): the session screens read the window's Clock.

Each test moves a FakeClock by hand between two key presses; with the system clock the
presses would be milliseconds apart and the answers would differ.
"""

from __future__ import annotations

from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.vocabulary import Symptom
from neurofoot_desktop.ui.main_window import MainWindow
from neurofoot_desktop.ui.session.player import PlayerPage
from neurofoot_desktop.ui.session.rating import RatingCard


def test_rating_card_types_ten_only_when_the_clock_says_one_then_zero_quickly(
    qtbot: QtBot, clock: FakeClock
) -> None:
    card = RatingCard(clock=clock)
    qtbot.addWidget(card)
    card.show()
    card.begin("Effleurage · left foot")
    qtbot.keyClick(card, Qt.Key.Key_1)
    clock.advance(0.5)
    qtbot.keyClick(card, Qt.Key.Key_0)
    assert card.comfort == 10
    qtbot.keyClick(card, Qt.Key.Key_1)
    clock.advance(1.5)  # too slow for "10": the 0 is a 0
    qtbot.keyClick(card, Qt.Key.Key_0)
    assert card.comfort == 0


def test_the_window_hands_its_clock_to_the_symptom_scores(
    window: MainWindow, drive: Driver, qtbot: QtBot, clock: FakeClock
) -> None:
    drive.stay_on_symptoms = True
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    page = window.symptoms
    row = page.rows[Symptom.PAIN]
    assert row.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_1)
    clock.advance(2.0)
    qtbot.keyClick(page, Qt.Key.Key_0)
    assert row.shown.text() == "0 of 10"
    qtbot.keyClick(page, Qt.Key.Key_1)
    clock.advance(0.2)
    qtbot.keyClick(page, Qt.Key.Key_0)
    assert row.shown.text() == "10 of 10"
    assert window.player.diagram._clock is clock  # the same clock down to the diagram


def test_the_players_diagram_animates_on_the_players_clock(
    qtbot: QtBot, clock: FakeClock, protocol: Protocol
) -> None:
    player = PlayerPage(clock=clock)
    qtbot.addWidget(player)
    diagram = player.diagram
    diagram.show_step(protocol.step("effleurage"), "left", 2, False)
    diagram.set_playing(True)
    clock.advance(7.5)
    assert diagram.animation_time() == 7.5
