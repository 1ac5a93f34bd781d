"""Issue 14, finding 13: the player's keys are the screen's own language's letters, and every
hint names the key that works ("Lo notó (F)" on a Spanish screen was English).

The first test gives the keys other letters through a catalogue of its own, so it holds
whatever the shipped translations say; the second needs the Spanish catalogue's letters
(D for "Duele", A for "Atrás", F for "Finalizar").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.session_driver import Driver
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.main_window import MainWindow

# the letters a Spanish catalogue gives the player's keys
SPANISH = {"key for: Repeat": "R", "key for: Back": "A", "key for: It hurts": "D",
           "key for: Finish now": "F", "key for: Time left": "T"}


class Letters(QTranslator):
    """A catalogue holding only the player's keys, in Spanish letters."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context == "PlayerPage" and disambiguation in SPANISH:
            return SPANISH[disambiguation]
        return None  # every other text as it is


@pytest.fixture
def letters() -> Iterator[None]:
    app = QApplication.instance()
    catalogue = Letters()
    app.installTranslator(catalogue)
    yield
    app.removeTranslator(catalogue)


def to_player(drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()


def test_the_keys_and_their_hints_come_from_the_catalogue(
        letters: None, window: MainWindow, drive: Driver, scripted_dialogs) -> None:
    to_player(drive)
    player = window.player
    assert player.back.toolTip().endswith("(A)")
    assert player.done.toolTip().endswith("(F)")
    assert player.hurts.toolTip().endswith("(D)")
    assert player.repeat.toolTip().endswith("(R)")
    first = player.title.text()
    drive.run_step(seconds=5)
    drive.qtbot.keyClick(player, "F")  # "Finalizar": finish now and rate
    assert window.current_page() is window.rating
    drive.rate(8)
    assert player.title.text() != first
    drive.qtbot.keyClick(player, "B")  # the English letter does nothing here
    assert player.title.text() != first
    drive.qtbot.keyClick(player, "A")  # "Atrás": the step before
    assert player.title.text() == first
    scripted_dialogs.answers = [False]  # carry on
    drive.qtbot.keyClick(player, "D")  # "Duele": it hurts, however the step stands
    assert scripted_dialogs.asked == [player.tr(
        "That step has stopped, and the pressure will be lighter next time. Do you want to "
        "end today's session?")]
    assert player.session is not None and player.session.phase == Phase.READY


def test_spanish_keys_are_spanish_letters(window: MainWindow, drive: Driver) -> None:
    """Needs the Spanish catalogue's letters for the player's keys."""
    app = QApplication.instance()
    i18n.install(app, "es")
    try:
        to_player(drive)
        player = window.player
        assert (player.hurts_key, player.back_key, player.done_key) == ("D", "A", "F")
        assert player.hurts.toolTip().endswith("(D)")
        assert player.back.toolTip().endswith("(A)")
    finally:
        i18n.install(app, "en")
