"""Spoken guidance through Qt's "mock" engine, and a voice that can never freeze the window.

PySide6's mock engine ("mock" plug-in; the same in 6.11 and 6.12) offers locales en_GB,
en_US, nb_NO, nn_NO and fi_FI with two voices each (en_GB: Bob, Anne), speaks by timing
words (stateChanged Speaking -> Ready, sayingWord per word), and takes the parameter
{"delayedInitialization": True} to become Ready 50 ms after construction, like an engine
that starts asynchronously.

Loading QtTextToSpeech loads QtMultimedia, which on a machine without audio logs the
warnings in cues.NO_DEVICE_LOG; these tests ignore exactly those.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.guidance import cues
from neurofoot_desktop.ui.guidance.speech import Speaker

pytestmark = pytest.mark.qt_log_ignore(*cues.NO_DEVICE_LOG)

EN = Settings(language="en")


def mock_engines() -> list[str]:
    return ["mock"]


@pytest.fixture
def make_speaker(qtbot: QtBot) -> Iterator[Any]:
    made: list[Speaker] = []

    def make(settings: Settings = EN, **kwargs: Any) -> Speaker:
        kwargs.setdefault("engine", "mock")
        kwargs.setdefault("probe_command", None)
        kwargs.setdefault("engines", mock_engines)
        speaker = Speaker(settings, **kwargs)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.shutdown()


def hanging_constructor(_engine: str) -> list[str]:
    """A child that loads, says it is constructing, then hangs like a stuck speech-dispatcher."""
    code = "import time; print('constructing', flush=True); time.sleep(60)"
    return [sys.executable, "-c", code]


# -- laziness ----------------------------------------------------------------------

def test_importing_speech_does_not_load_qt_text_to_speech() -> None:
    code = ("import sys, neurofoot_desktop.ui.guidance.speech; "
            "print('PySide6.QtTextToSpeech' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_nothing_starts_until_speech_is_needed(make_speaker: Any) -> None:
    speaker = make_speaker()
    assert speaker.state == "idle"
    assert speaker.tts is None
    assert speaker.voices() == []
    assert "when it is first needed" in speaker.status


def test_voice_off_never_starts_the_engine(make_speaker: Any) -> None:
    speaker = make_speaker(Settings(voice_enabled=False))
    assert speaker.say("Step one, left foot") is False
    assert speaker.state == "idle"
    assert speaker.status == "Spoken guidance is off."


# -- speaking through the mock engine ----------------------------------------------

def test_say_speaks_through_the_engine(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker()
    words: list[str] = []
    with qtbot.waitSignal(speaker.availableChanged, timeout=2000) as ready:
        speaker.start()
    assert ready.args == [True]
    speaker.tts.sayingWord.connect(lambda word, *_: words.append(word))
    with qtbot.waitSignals([speaker.speakingChanged, speaker.speakingChanged], timeout=5000):
        assert speaker.say("Sole kneading, left foot") is True
    assert words == ["Sole", "kneading", "left", "foot"]
    assert not speaker.is_speaking()
    assert speaker.status == "Spoken guidance is on."


def test_text_said_while_starting_is_spoken_once_ready(make_speaker: Any, qtbot: QtBot) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    def slow_to_initialise(engine: str, parent: QObject) -> QTextToSpeech:
        return QTextToSpeech(engine, {"delayedInitialization": True}, parent)

    speaker = make_speaker(factory=slow_to_initialise)
    spoken: list[str] = []
    assert speaker.say("This will be replaced") is True
    assert speaker.state == "starting"
    assert speaker.say("Ten seconds left") is True  # newer guidance replaces stale guidance
    assert speaker.tts is not None
    speaker.tts.aboutToSynthesize.connect(lambda *_: spoken.append("x"))
    speaker.tts.sayingWord.connect(lambda word, *_: spoken.append(word))
    qtbot.waitUntil(lambda: "left" in spoken, timeout=3000)
    assert [w for w in spoken if w != "x"] == ["Ten", "seconds", "left"]


def test_voices_rate_volume_and_voice_follow_settings(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker(Settings(language="en", voice_name="Anne", voice_rate=0.5,
                                    voice_volume=40))
    with qtbot.waitSignal(speaker.voicesChanged, timeout=2000):
        speaker.start()
    assert set(speaker.voices()) >= {"Anne"}
    tts = speaker.tts
    assert tts.voice().name() == "Anne"
    assert tts.rate() == pytest.approx(0.5)
    assert tts.volume() == pytest.approx(0.4)
    speaker.apply_settings(Settings(language="en", voice_name="", voice_rate=-1.0))
    assert tts.rate() == pytest.approx(-1.0)
    assert tts.voice().name() != "Anne"  # back to the engine's default voice


def test_stop_silences_and_drops_queued_text(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker()
    with qtbot.waitSignal(speaker.availableChanged, timeout=2000):
        speaker.start()
    speaker.say("A long instruction about small circles over the arch")
    speaker.say("and then another one", queue=True)
    qtbot.waitUntil(speaker.is_speaking, timeout=2000)
    speaker.stop()
    qtbot.waitUntil(lambda: not speaker.is_speaking(), timeout=2000)


def test_turning_the_voice_off_stops_speech(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker()
    with qtbot.waitSignal(speaker.availableChanged, timeout=2000):
        speaker.start()
    speaker.say("Gently round the ankle, clockwise")
    qtbot.waitUntil(speaker.is_speaking, timeout=2000)
    speaker.apply_settings(Settings(language="en", voice_enabled=False))
    qtbot.waitUntil(lambda: not speaker.is_speaking(), timeout=2000)
    assert speaker.say("Not heard") is False


def test_the_real_probe_process_accepts_the_mock_engine(make_speaker: Any, qtbot: QtBot) -> None:
    from neurofoot_desktop.ui.guidance.speech import default_probe_command

    speaker = make_speaker(probe_command=default_probe_command)
    with qtbot.waitSignal(speaker.availableChanged, timeout=30_000) as ready:
        speaker.start()
    assert ready.args == [True]
    assert speaker.engine_name() == "mock"


def test_the_probe_also_runs_as_a_function_for_frozen_builds() -> None:
    code = "from neurofoot_desktop.ui.guidance.speech import probe_main; probe_main('mock')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    lines = out.stdout.splitlines()
    assert lines[0] == "constructing"
    assert '"state": "Ready"' in lines[1]


# -- missing, broken and hanging engines --------------------------------------------------

def test_no_engine_installed_turns_speech_off_with_a_notice(make_speaker: Any) -> None:
    speaker = make_speaker(engine="", engines=list)
    assert speaker.say("Hello") is False
    assert speaker.available is False
    assert "No speech engine" in speaker.status


def test_the_test_engine_is_never_used_by_default(make_speaker: Any) -> None:
    speaker = make_speaker(engine="")  # only "mock" is installed
    speaker.start()
    assert speaker.available is False
    assert "No speech engine" in speaker.status


def test_a_hanging_engine_constructor_times_out_and_the_window_keeps_working(
    make_speaker: Any, qtbot: QtBot
) -> None:
    speaker = make_speaker(probe_command=hanging_constructor, timeout_s=0.5)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(20)
    began = time.monotonic()
    with qtbot.waitSignal(speaker.availableChanged, timeout=20_000) as failed:
        assert speaker.say("Step one") is True  # waits for the engine
    heartbeat.stop()
    assert failed.args == [False]
    assert time.monotonic() - began < 15  # the child's Python start-up plus 0.5 s, not 60 s
    assert "did not answer within 0.5 seconds" in speaker.status
    assert "Sound and screen cues continue" in speaker.status
    # The GUI thread went on handling events throughout: no gap of a second or more.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 5 and max(gaps) < 1.0
    assert speaker.say("Not heard") is False
    assert speaker.tts is None


def test_a_child_that_never_loads_times_out_too(make_speaker: Any, qtbot: QtBot) -> None:
    def never_loads(_engine: str) -> list[str]:
        return [sys.executable, "-c", "import time; time.sleep(60)"]

    speaker = make_speaker(probe_command=never_loads, startup_timeout_s=0.3)
    with qtbot.waitSignal(speaker.availableChanged, timeout=10_000):
        speaker.start()
    assert "did not start in time" in speaker.status


def test_retry_after_a_failure_can_succeed(make_speaker: Any, qtbot: QtBot) -> None:
    attempts: list[str] = []

    def first_hangs_then_works(engine: str) -> list[str] | None:
        attempts.append(engine)
        return hanging_constructor(engine) if len(attempts) == 1 else None

    speaker = make_speaker(probe_command=first_hangs_then_works, timeout_s=0.3)
    with qtbot.waitSignal(speaker.availableChanged, timeout=20_000) as failed:
        speaker.start()
    assert failed.args == [False]
    with qtbot.waitSignal(speaker.availableChanged, timeout=2000) as ready:
        speaker.retry()
    assert ready.args == [True]


def test_an_engine_reporting_an_error_is_not_used(make_speaker: Any, qtbot: QtBot) -> None:
    def broken(_engine: str) -> list[str]:
        code = (
            "print('constructing', flush=True); "
            "print('{\"engine\": \"speechd\", \"state\": \"Error\", \"error\": \"daemon gone\"}')"
        )
        return [sys.executable, "-c", code]

    speaker = make_speaker(probe_command=broken)
    with qtbot.waitSignal(speaker.availableChanged, timeout=20_000):
        speaker.start()
    assert "daemon gone" in speaker.status
    assert speaker.tts is None


def test_an_engine_that_cannot_load_is_reported_plainly(make_speaker: Any, qtbot: QtBot) -> None:
    def not_loadable(_engine: str) -> list[str]:
        code = (
            "print('constructing', flush=True); "
            "print('{\"engine\": \"\", \"state\": \"Error\", \"reason\": \"Initialization\", "
            "\"error\": \"Text to speech engine not initialized\"}')"
        )
        return [sys.executable, "-c", code]

    speaker = make_speaker(probe_command=not_loadable)
    with qtbot.waitSignal(speaker.availableChanged, timeout=20_000):
        speaker.start()
    assert speaker.status.startswith("No working speech engine was found")


def test_a_crashing_probe_turns_speech_off(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker(probe_command=lambda _e: [sys.executable, "-c", "raise SystemExit(3)"])
    with qtbot.waitSignal(speaker.availableChanged, timeout=20_000):
        speaker.start()
    assert "stopped while starting" in speaker.status


def test_a_probe_that_cannot_run_turns_speech_off(make_speaker: Any, qtbot: QtBot) -> None:
    speaker = make_speaker(probe_command=lambda _e: ["/nonexistent/neurofoot-probe"])
    with qtbot.waitSignal(speaker.availableChanged, timeout=5000):
        speaker.start()
    assert "could not be checked" in speaker.status


def test_an_engine_that_never_finishes_initialising_times_out(
    make_speaker: Any, qtbot: QtBot
) -> None:
    class NeverReady(QObject):
        from PySide6.QtCore import Signal

        stateChanged = Signal(object)
        errorOccurred = Signal(object, str)

        def state(self) -> Any:
            from PySide6.QtTextToSpeech import QTextToSpeech

            return QTextToSpeech.State.Error

        def errorReason(self) -> Any:
            from PySide6.QtTextToSpeech import QTextToSpeech

            return QTextToSpeech.ErrorReason.NoError

    speaker = make_speaker(factory=lambda _e, parent: NeverReady(parent), timeout_s=0.2)
    with qtbot.waitSignal(speaker.availableChanged, timeout=5000) as failed:
        speaker.start()
    assert failed.args == [False]
    assert "did not answer" in speaker.status
