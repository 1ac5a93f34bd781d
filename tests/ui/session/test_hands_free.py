"""Hands-free running: spoken and sounded guidance, and the 'get ready' countdown."""

from __future__ import annotations

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.main_window import MainWindow


class FakeCues:
    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, cue: str) -> bool:
        self.played.append(cue)
        return True

    def prepare(self) -> bool:
        return True

    def apply_settings(self, settings: Settings) -> None:
        pass


class FakeSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str, queue: bool = False) -> bool:
        self.said.append(text)
        return True

    def start(self) -> None:
        pass

    def apply_settings(self, settings: Settings) -> None:
        pass


@pytest.fixture
def guided(window: MainWindow) -> tuple[FakeCues, FakeSpeaker]:
    cues, speaker = FakeCues(), FakeSpeaker()
    window.guidance._cues = cues  # type: ignore[assignment]
    window.guidance._speaker = speaker  # type: ignore[assignment]
    window.apply_settings(window.settings.changed(hands_free=True, get_ready_s=5,
                                                  sound_enabled=True, voice_enabled=True))
    return cues, speaker


def to_player(drive: Driver) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck(heel=True)
    drive.light_touch()


def first_step_by_itself(window: MainWindow, clock: FakeClock) -> None:
    """Hands-free, the first step follows the same get-ready countdown as the others
    (issue 14, finding 20): no key starts it, the countdown does."""
    player = window.player
    assert player.session.phase == Phase.READY
    assert "starts in 5 s" in player.notice.text()
    clock.advance(5.2)
    player.tick()
    assert player.session.phase == Phase.RUNNING


def finish_step(window: MainWindow, clock: FakeClock) -> None:
    player = window.player
    while player.session.phase == Phase.RUNNING:
        clock.advance(1.0)
        player.tick()


def test_a_step_is_announced_by_sound_and_voice(
    window: MainWindow, drive: Driver, clock: FakeClock, guided: tuple[FakeCues, FakeSpeaker]
) -> None:
    cues, speaker = guided
    to_player(drive)
    assert speaker.said[-1] == "Get ready. Next: Gliding strokes, left foot."
    first_step_by_itself(window, clock)
    finish_step(window, clock)
    assert cues.played == ["step_start", "halfway", "ten_seconds", "step_end", "rating_due"]
    spoken = [w for w in speaker.said if w.startswith("Gliding strokes, left foot.")]
    assert spoken and spoken[0].startswith("Gliding strokes, left foot. Rest your palms")
    assert "Pressure: light." in spoken[0]
    assert "Halfway through this step." in speaker.said
    assert speaker.said[-1].startswith("How comfortable was that?")


def test_get_ready_countdown_starts_the_next_step_by_itself(
    window: MainWindow, drive: Driver, clock: FakeClock, guided: tuple[FakeCues, FakeSpeaker]
) -> None:
    _, speaker = guided
    to_player(drive)
    first_step_by_itself(window, clock)
    finish_step(window, clock)
    drive.rate(8)
    player = window.player
    assert window.current_page() is player
    assert player.session.phase == Phase.READY
    assert speaker.said[-1] == "Get ready. Next: Thumb circles on the sole, left foot."
    assert "starts in 5 s" in player.notice.text()
    clock.advance(2.2)
    player.tick()
    assert "starts in 3 s" in player.notice.text()
    clock.advance(3.0)
    player.tick()
    assert player.session.phase == Phase.RUNNING
    assert speaker.said[-1].startswith("Thumb circles on the sole, left foot.")
    assert "Leave the heel out today." in speaker.said[-1]


def test_any_key_holds_the_countdown_and_space_starts(
    window: MainWindow, drive: Driver, clock: FakeClock, qtbot: QtBot,
    guided: tuple[FakeCues, FakeSpeaker]
) -> None:
    to_player(drive)
    first_step_by_itself(window, clock)
    finish_step(window, clock)
    drive.rate(7)
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_A)
    assert player.notice.text() == "Waiting. Press Space to start the step."
    clock.advance(30)
    player.tick()
    assert player.session.phase == Phase.READY
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.session.phase == Phase.RUNNING


def test_the_whole_session_runs_with_number_keys_alone(
    window: MainWindow, drive: Driver, clock: FakeClock, qtbot: QtBot,
    guided: tuple[FakeCues, FakeSpeaker]
) -> None:
    to_player(drive)
    player = window.player
    assert player.session.phase == Phase.READY  # no key: the countdown starts every step
    for _ in range(10):
        while player.session.phase != Phase.RATING:
            clock.advance(1.0)
            player.tick()
        for digit in "9":
            qtbot.keyClick(window.rating, getattr(Qt.Key, f"Key_{digit}"))
        qtbot.keyClick(window.rating, Qt.Key.Key_Return)
    drive.symptoms_if_shown()  # the "after" symptom screen (issue 18), skipped here
    assert window.current_page() is window.summary
    assert window.summary.cell(9, 1).endswith("comfort 9 / 10")


def test_time_left_on_request(window: MainWindow, drive: Driver, qtbot: QtBot, clock: FakeClock,
                              guided: tuple[FakeCues, FakeSpeaker]) -> None:
    _, speaker = guided
    to_player(drive)
    first_step_by_itself(window, clock)
    for _ in range(60):
        clock.advance(1.0)
        window.player.tick()
    qtbot.keyClick(window.player, Qt.Key.Key_T)
    assert speaker.said[-1] == "2 min left in this step, 19 min in the whole session."
    assert window.player.notice.text().endswith(speaker.said[-1])


def test_without_hands_free_the_next_step_waits(window: MainWindow, drive: Driver,
                                                clock: FakeClock) -> None:
    to_player(drive)
    drive.run_step()
    drive.rate(8)
    clock.advance(60)
    window.player.tick()
    assert window.player.session.phase == Phase.READY
    assert not window.player.notice.isVisibleTo(window.player)
