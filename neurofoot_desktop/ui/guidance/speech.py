"""Spoken guidance through QTextToSpeech, started lazily and unable to freeze the window.

Why a child process and not a thread: speech-dispatcher has been seen to block for
more than 40 s inside the QTextToSpeech constructor. PySide6 keeps the Python GIL
while a C++ constructor runs, so constructing the engine on a Python worker thread
would stall every Python slot and paint of the GUI thread just the same (measured:
a ticking Python thread got 1 tick during a 160 ms QSettings constructor and 29
during a 300 ms QThread.msleep, which does release the GIL). So a short-lived child
process constructs the engine first, under a watchdog (3 s by default); only when it
comes back healthy is the engine built here, where it then answers at once. A hang,
a crash or a missing engine leaves speech off, with a one-line `status` for the
settings dialog; sound and screen cues carry on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QProcess, QTimer, Signal

from neurofoot_desktop.core.settings import Settings

TIMEOUT_S = 3.0  # for the engine's constructor: the part known to hang
STARTUP_TIMEOUT_S = 30.0  # for the child's Python and Qt to load on a slow, cold machine
CONSTRUCTING = "constructing"

# Runs in the child process: report when construction begins, then how it ended.
PROBE_CODE = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech
app = QCoreApplication([])
print("constructing", flush=True)
name = sys.argv[1] if len(sys.argv) > 1 else ""
tts = QTextToSpeech(name) if name else QTextToSpeech()
def report():
    print(json.dumps({"engine": tts.engine(), "state": tts.state().name,
                      "reason": tts.errorReason().name, "error": tts.errorString()}),
          flush=True)
    app.quit()
def settled():
    s = tts.state()
    return s != QTextToSpeech.State.Error or tts.errorReason() != tts.errorReason().NoError
if settled():
    report()
else:  # an engine that finishes starting asynchronously
    tts.stateChanged.connect(lambda _s: report())
    QTimer.singleShot(60_000, report)
    app.exec()
"""

EngineFactory = Callable[[str, QObject], Any]
ProbeCommand = Callable[[str], list[str] | None]


def _reap(process: QProcess) -> None:
    from shiboken6 import isValid

    if isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(1000)


def default_probe_command(engine: str) -> list[str] | None:
    """The child process that tries the engine; None where we cannot start one."""
    if getattr(sys, "frozen", False):  # a frozen executable takes no -c: cli.py has a switch
        return [sys.executable, "--probe-speech", engine]
    return [sys.executable, "-c", PROBE_CODE, engine]


def probe_main(engine: str = "") -> int:
    """The probe as a function, for a frozen build: `neurofoot --probe-speech ENGINE`."""
    sys.argv = ["speech-probe", engine]
    exec(compile(PROBE_CODE, "speech-probe", "exec"), {"__name__": "__speech_probe__"})
    return 0


def default_factory(engine: str, parent: QObject) -> Any:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech(engine, parent) if engine else QTextToSpeech(parent)


def available_engines() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return list(QTextToSpeech.availableEngines())


class Speaker(QObject):
    """say(), stop(), voices(); rate, volume and voice from Settings.

    States: "idle" (nothing tried yet), "starting", "ready", "unavailable".
    """

    statusChanged = Signal(str)
    availableChanged = Signal(bool)
    voicesChanged = Signal(list)
    speakingChanged = Signal(bool)

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QObject | None = None,
        *,
        engine: str = "",
        probe_command: ProbeCommand | None = default_probe_command,
        factory: EngineFactory = default_factory,
        engines: Callable[[], list[str]] = available_engines,
        timeout_s: float = TIMEOUT_S,
        startup_timeout_s: float = STARTUP_TIMEOUT_S,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or Settings()
        self._engine_name = engine
        self._probe_command = probe_command
        self._factory = factory
        self._engines = engines
        self._timeout_ms = round(timeout_s * 1000)
        self._startup_timeout_ms = round(startup_timeout_s * 1000)
        self._tts: Any = None
        self._state = "idle"
        # The status is kept as a function, so it is worded in the language of the moment.
        self._status_fn: Callable[[], str] = str
        self._pending: list[tuple[str, bool]] = []
        self._process: QProcess | None = None
        self._output = ""
        self._constructing = False  # the child has loaded and is inside the constructor
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._timed_out)
        self._default_voice = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._refresh_status()

    # -- public API ---------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def status(self) -> str:
        """One line for the settings dialog: whether the voice works, and if not, why."""
        return self._status_fn()

    @property
    def available(self) -> bool | None:
        """None until tried; then whether speech works."""
        return {"ready": True, "unavailable": False}.get(self._state)

    @property
    def settings(self) -> Settings:
        return self._settings

    def start(self) -> None:
        """Begin starting the engine in the background (idempotent; also a retry)."""
        if self._state in ("starting", "ready"):
            return
        self._state = "starting"
        self._set_status(lambda: self.tr("Starting the voice…"))
        try:
            engines = self._engines()
        except ImportError:
            engines = []
        wanted = self._engine_name
        usable = [e for e in engines if e != "mock"] if not wanted else [e for e in engines
                                                                         if e == wanted]
        if not usable:
            self._fail(lambda: self.tr(
                "No speech engine is installed, so spoken guidance is off. "
                "Sound and screen cues continue."
            ))
            return
        command = self._probe_command(wanted) if self._probe_command else None
        if command is None:
            self._construct(wanted)
        else:
            self._run_probe(command)

    def say(self, text: str, queue: bool = False) -> bool:
        """Speak now (interrupting), or after what is being said when queue is true.

        Returns False when the text will not be heard (voice off or unavailable). While
        the engine is starting, the text waits and is spoken once it is ready.
        """
        text = text.strip()
        if not text or not self._settings.voice_enabled or self._settings.voice_volume == 0:
            return False
        if self._state == "unavailable":
            return False
        if self._state == "ready":
            self._speak(text, queue)
            return True
        # Guidance that is replaced before the voice is ready is stale: keep only the newest.
        self._pending = [*self._pending, (text, True)] if queue else [(text, False)]
        self.start()
        return self._state != "unavailable"

    def stop(self) -> None:
        self._pending.clear()
        if self._tts is not None:
            self._tts.stop()

    def is_speaking(self) -> bool:
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() == QTextToSpeech.State.Speaking

    def voices(self) -> list[str]:
        """Names of the voices for the current language; empty until the engine is ready."""
        if self._tts is None:
            return []
        return [v.name() for v in self._tts.availableVoices()]

    @property
    def tts(self) -> Any:
        """The QTextToSpeech in use, or None (for diagnostics and tests)."""
        return self._tts

    def engine_name(self) -> str:
        return self._tts.engine() if self._tts is not None else ""

    def apply_settings(self, settings: Settings) -> None:
        old = self._settings
        self._settings = settings
        if self._tts is not None:
            self._configure(language_changed=old.language != settings.language)
        if not settings.voice_enabled:
            self.stop()
        self._refresh_status()

    def retry(self) -> None:
        """Try again after a failure (the settings dialog's "Test voice" does this)."""
        if self._state == "unavailable":
            self._state = "idle"
        self.start()

    def shutdown(self) -> None:
        """Stop speaking and end a probe still running (called on quit, or by the owner)."""
        self._watchdog.stop()
        self._pending.clear()
        self._kill_probe()
        if self._tts is not None:
            self._tts.stop()

    # -- starting the engine ------------------------------------------------
    def _run_probe(self, command: list[str]) -> None:
        process = QProcess(self)
        self._process = process
        self._output = ""
        self._constructing = False
        # If we are deleted while the child runs, end it first: a QProcess destroyed while
        # running warns and blocks in its destructor.
        self.destroyed.connect(lambda *_a, p=process: _reap(p))
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(lambda p=process: self._probe_output(p))
        process.readyReadStandardError.connect(process.readAllStandardError)  # discard
        process.finished.connect(lambda *_a, p=process: self._probe_finished(p))
        process.errorOccurred.connect(lambda _e, p=process: self._probe_error(p))
        self._watchdog.start(self._startup_timeout_ms)
        process.start(command[0], command[1:])

    def _probe_output(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._output += bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        lines = self._output.splitlines()
        if CONSTRUCTING in lines and not self._constructing:
            # The child's Python and Qt have loaded; from here on only the engine is timed.
            self._constructing = True
            self._watchdog.start(self._timeout_ms)
        for line in lines:
            if line.startswith("{"):
                self._probe_result(line)
                return

    def _probe_result(self, line: str) -> None:
        self._watchdog.stop()
        self._kill_probe()
        try:
            result = json.loads(line)
        except json.JSONDecodeError:
            result = {}
        if result.get("state") not in ("Ready", "Speaking", "Paused", "Synthesizing"):
            if result.get("reason") == "Initialization":  # no plug-in, or it could not load
                self._fail(lambda: self.tr(
                    "No working speech engine was found, so spoken guidance is off. "
                    "Sound and screen cues continue."
                ))
                return
            reason = result.get("error") or self.tr("unknown error")
            self._fail(lambda: self.tr(
                "The speech engine could not start ({reason}), so spoken guidance is off. "
                "Sound and screen cues continue."
            ).format(reason=reason))
            return
        engine = str(result.get("engine") or self._engine_name)
        if engine == "mock" and self._engine_name != "mock":
            self._fail(lambda: self.tr(
                "No speech engine is installed, so spoken guidance is off. "
                "Sound and screen cues continue."
            ))
            return
        self._construct(engine)

    def _probe_finished(self, process: QProcess) -> None:
        if process is not self._process or self._state != "starting":
            return
        self._probe_output(process)  # a result may have arrived with the exit
        if self._state == "starting" and self._process is process:
            self._watchdog.stop()
            self._kill_probe()
            self._fail(lambda: self.tr(
                "The speech engine stopped while starting, so spoken guidance is off. "
                "Sound and screen cues continue."
            ))

    def _probe_error(self, process: QProcess) -> None:
        if process is not self._process or process.error() != QProcess.ProcessError.FailedToStart:
            return
        self._watchdog.stop()
        self._kill_probe()
        # We could not test the engine safely; do not risk building it in the GUI process.
        self._fail(lambda: self.tr(
            "The voice could not be checked safely, so spoken guidance is off. "
            "Sound and screen cues continue."
        ))

    def _timed_out(self) -> None:
        if self._state != "starting":
            return
        if self._process is not None and not self._constructing:
            self._kill_probe()
            self._fail(lambda: self.tr(
                "The voice check did not start in time (the computer may be busy), so spoken "
                "guidance is off for now. Sound and screen cues continue; Test voice tries again."
            ))
            return
        self._kill_probe()
        if self._tts is not None:  # an in-process engine that never finished starting
            self._tts.deleteLater()
            self._tts = None
        self._fail(lambda: self.tr(
            "The speech engine did not answer within {seconds} seconds, so spoken guidance "
            "is off for now. Sound and screen cues continue; Test voice tries again."
        ).format(seconds=f"{self._timeout_ms / 1000:g}"))

    def _kill_probe(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)  # a killed child ends at once; never wait long
        process.deleteLater()

    def _construct(self, engine: str) -> None:
        try:
            tts = self._factory(engine, self)
        except Exception as exc:  # a broken plug-in must not take the program down
            error = str(exc)
            self._fail(lambda: self.tr(
                "The speech engine could not start ({reason}), so spoken guidance is off. "
                "Sound and screen cues continue."
            ).format(reason=error))
            return
        self._tts = tts
        tts.stateChanged.connect(self._engine_state)
        tts.errorOccurred.connect(self._engine_error)
        if not self._engine_settled():
            self._watchdog.start(self._timeout_ms)  # initialises asynchronously
            return
        self._engine_ready_or_failed()

    def _engine_settled(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        return (tts.state() != QTextToSpeech.State.Error
                or tts.errorReason() != QTextToSpeech.ErrorReason.NoError)

    def _engine_ready_or_failed(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._watchdog.stop()
        tts = self._tts
        if tts.state() == QTextToSpeech.State.Error:
            reason = tts.errorString() or self.tr("unknown error")
            tts.deleteLater()
            self._tts = None
            self._fail(lambda: self.tr(
                "The speech engine could not start ({reason}), so spoken guidance is off. "
                "Sound and screen cues continue."
            ).format(reason=reason))
            return
        self._state = "ready"
        self._default_voice = tts.voice().name()
        self._configure(language_changed=True)
        self._refresh_status()
        self.availableChanged.emit(True)
        self.voicesChanged.emit(self.voices())
        pending, self._pending = self._pending, []
        for text, queue in pending:
            self._speak(text, queue)

    def _engine_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._state == "starting" and self._engine_settled():
            self._engine_ready_or_failed()
            return
        self.speakingChanged.emit(state == QTextToSpeech.State.Speaking)

    def _engine_error(self, _reason: Any, message: str) -> None:
        if self._state != "ready":
            return
        # The engine broke mid-session (e.g. its daemon died): say so and carry on without it.
        self._set_status(lambda: self.tr(
            "The voice stopped working ({reason}). Sound and screen cues continue."
        ).format(reason=message))

    def _fail(self, reason: Callable[[], str]) -> None:
        self._state = "unavailable"
        self._pending.clear()
        self._set_status(reason)
        self.availableChanged.emit(False)

    # -- speaking -------------------------------------------------------------
    def _speak(self, text: str, queue: bool) -> None:
        if queue:
            self._tts.enqueue(text)
        else:
            self._tts.say(text)

    def _configure(self, language_changed: bool) -> None:
        tts, s = self._tts, self._settings
        if language_changed:
            self._choose_locale()
        tts.setRate(float(s.voice_rate))
        tts.setVolume(s.voice_volume / 100)
        wanted = s.voice_name or self._default_voice
        for voice in tts.availableVoices():
            if voice.name() == wanted:
                if voice.name() != tts.voice().name():
                    tts.setVoice(voice)
                break

    def _choose_locale(self) -> None:
        tts = self._tts
        lang = self._settings.language
        want = QLocale.system() if lang == "system" else QLocale(lang)
        if tts.locale().language() == want.language():
            return
        same_language = [loc for loc in tts.availableLocales() if loc.language() == want.language()]
        if not same_language:
            return  # no voice for this language: keep the engine's own choice
        exact = [loc for loc in same_language if loc.territory() == want.territory()]
        tts.setLocale((exact or same_language)[0])
        self._default_voice = tts.voice().name()
        self.voicesChanged.emit(self.voices())

    # -- status -----------------------------------------------------------------
    def _refresh_status(self) -> None:
        if self._state in ("starting", "unavailable"):
            return  # the reason it is not ready says more than on/off
        s = self._settings
        if not s.voice_enabled:
            self._set_status(lambda: self.tr("Spoken guidance is off."))
        elif s.voice_volume == 0:
            self._set_status(
                lambda: self.tr("Spoken guidance is on, but the voice volume is at zero.")
            )
        elif self._state == "ready":
            self._set_status(lambda: self.tr("Spoken guidance is on."))
        else:
            self._set_status(lambda: self.tr(
                "Spoken guidance is on; the voice starts when it is first needed."
            ))

    def _set_status(self, text: Callable[[], str]) -> None:
        before, self._status_fn = self._status_fn(), text
        if text() != before:
            self.statusChanged.emit(text())
