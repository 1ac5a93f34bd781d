"""Sound cues: soft WAVs we make ourselves, volume and mute from Settings, silence without a device.

This machine (and CI) has no audio device, so Qt's multimedia backend logs a few
warnings the moment it looks for one; that is the expected no-device path and these
tests ignore exactly those messages (cues.NO_DEVICE_LOG).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import wave
from enum import Enum
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.guidance import cues
from neurofoot_desktop.ui.guidance.cues import CUES, CuePlayer

pytestmark = pytest.mark.qt_log_ignore(*cues.NO_DEVICE_LOG)

ROOT = Path(__file__).resolve().parents[3]


def read_wav(path: Path) -> tuple[wave._wave_params, np.ndarray]:
    with wave.open(str(path), "rb") as w:
        return w.getparams(), np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")


# -- the sound files ---------------------------------------------------------

@pytest.mark.parametrize("name", CUES)
def test_each_cue_is_a_short_soft_clean_tone(name: str) -> None:
    params, samples = read_wav(cues.sounds_dir() / f"{name}.wav")
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    assert 0.2 < len(samples) / 44_100 < 1.0
    peak = np.abs(samples.astype(float)).max() / 32768
    assert 0.1 < peak < 0.5  # audible, never startling
    # Gentle attack and a silent end: no click at either edge.
    assert np.abs(samples[:44]).max() < 0.02 * 32768  # first millisecond
    assert np.abs(samples[-44:]).max() < 0.002 * 32768
    # Energy sits where ageing ears still hear well (below 2 kHz).
    spectrum = np.abs(np.fft.rfft(samples.astype(float)))
    freqs = np.fft.rfftfreq(len(samples), 1 / 44_100)
    assert spectrum[freqs < 2000].sum() > 0.97 * spectrum.sum()


def test_cues_sound_different_from_one_another() -> None:
    data = {n: read_wav(cues.sounds_dir() / f"{n}.wav")[1] for n in CUES}
    assert len({d.tobytes() for d in data.values()}) == len(CUES)


def test_committed_sounds_are_what_the_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    assert spec and spec.loader
    make_sounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sounds)
    assert set(make_sounds.CUES) == set(CUES)
    for name, notes in make_sounds.CUES.items():
        fresh = make_sounds.render(notes)
        committed = read_wav(cues.sounds_dir() / f"{name}.wav")[1]
        assert fresh.shape == committed.shape
        # +-1 LSB: floating point may round differently on another machine.
        assert np.abs(fresh.astype(int) - committed.astype(int)).max() <= 1


# -- start-up cost -------------------------------------------------------------

def test_importing_cues_does_not_load_qtmultimedia() -> None:
    code = (
        "import sys, neurofoot_desktop.ui.guidance.cues\n"
        "print('PySide6.QtMultimedia' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- no audio device ---------------------------------------------------------------

def no_dialog_is_open() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog | QMessageBox) and w.isVisible()
    ]


def test_without_an_audio_device_cues_are_silent_with_a_notice(qtbot: QtBot) -> None:
    player = CuePlayer(Settings(), has_output=lambda: False)
    with qtbot.waitSignal(player.statusChanged) as signal:
        assert player.play("step_start") is False
    assert "No speaker or headphones" in signal.args[0]
    assert player.status == signal.args[0]
    assert player.available is False
    assert all(player.play(c) is False for c in CUES)
    assert no_dialog_is_open()


def test_the_real_device_check_never_raises_or_opens_a_dialog(qtbot: QtBot) -> None:
    player = CuePlayer(Settings())
    player.prepare()
    for cue in CUES:
        player.play(cue)
    qtbot.wait(50)
    assert player.status
    assert no_dialog_is_open()


def test_a_device_that_refuses_the_format_leaves_cues_silent(qtbot: QtBot) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has a real audio output; the refusal path needs none")
    # Pretend an output exists, so real QSoundEffects are made and then fail to open.
    player = CuePlayer(Settings(), has_output=lambda: True)
    player.prepare()
    qtbot.waitUntil(lambda: player.available is False, timeout=3000)
    assert "refused" in player.status
    assert player.play("halfway") is False
    assert no_dialog_is_open()


# -- with a stand-in sound effect -------------------------------------------------

class FakeStatus(Enum):
    Ready = 2
    Error = 3


class FakeEffect(QObject):
    statusChanged = Signal()
    made: list[FakeEffect] = []  # noqa: RUF012 (a test registry)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = ""
        self.volume = -1.0
        self.plays = 0
        self.state = FakeStatus.Ready
        FakeEffect.made.append(self)

    def setSource(self, url: QUrl) -> None:
        self.source = url.toLocalFile()

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> FakeStatus:
        return self.state

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        pass


@pytest.fixture
def fake_player(qtbot: QtBot) -> CuePlayer:
    FakeEffect.made = []
    return CuePlayer(Settings(), has_output=lambda: True, effect_factory=FakeEffect)


def effect_for(name: str) -> FakeEffect:
    return next(e for e in FakeEffect.made if Path(e.source).stem == name)


def test_each_cue_plays_its_own_file(fake_player: CuePlayer) -> None:
    for name in CUES:
        assert fake_player.play(name) is True
        assert effect_for(name).plays == 1
    assert fake_player.available is True
    assert fake_player.status == "Sound cues are on."


def test_session_cue_names_are_accepted(fake_player: CuePlayer) -> None:
    assert fake_player.play("finished") is True
    assert effect_for("step_end").plays == 1
    with pytest.raises(ValueError, match="unknown cue"):
        fake_player.play("fanfare")


def test_volume_follows_settings_on_a_perceptual_scale(fake_player: CuePlayer) -> None:
    fake_player.prepare()
    fake_player.apply_settings(Settings(sound_volume=100))
    assert effect_for("halfway").volume == pytest.approx(1.0)
    fake_player.apply_settings(Settings(sound_volume=50))
    half = effect_for("halfway").volume
    assert 0.05 < half < 0.5  # half as loud to the ear is much less than half the gain


def test_mute_and_zero_volume_play_nothing(fake_player: CuePlayer) -> None:
    fake_player.apply_settings(Settings(sound_enabled=False))
    assert fake_player.play("step_start") is False
    assert fake_player.status == "Sound cues are off."
    fake_player.apply_settings(Settings(sound_volume=0))
    assert fake_player.play("step_start") is False
    assert "zero" in fake_player.status
    assert not FakeEffect.made or all(e.plays == 0 for e in FakeEffect.made)


def test_mute_does_not_even_load_qt_multimedia_objects(qtbot: QtBot) -> None:
    FakeEffect.made = []
    player = CuePlayer(Settings(sound_enabled=False), has_output=lambda: True,
                       effect_factory=FakeEffect)
    player.play("step_start")
    assert FakeEffect.made == []
    assert player.available is None


def test_all_effects_failing_makes_a_notice(fake_player: CuePlayer, qtbot: QtBot) -> None:
    fake_player.prepare()
    with qtbot.waitSignal(fake_player.statusChanged):
        for effect in FakeEffect.made:
            effect.state = FakeStatus.Error
            effect.statusChanged.emit()
    assert "refused" in fake_player.status
    assert fake_player.play("step_start") is False


def test_missing_sound_files_are_reported(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "halfway.wav").write_bytes((cues.sounds_dir() / "halfway.wav").read_bytes())
    FakeEffect.made = []
    player = CuePlayer(Settings(), sound_folder=tmp_path, has_output=lambda: True,
                       effect_factory=FakeEffect)
    assert player.play("halfway") is True
    assert player.play("step_start") is False
    assert "step_start" in player.status
    empty = CuePlayer(Settings(), sound_folder=tmp_path / "none", has_output=lambda: True,
                      effect_factory=FakeEffect)
    assert empty.play("halfway") is False
    assert "missing" in empty.status
