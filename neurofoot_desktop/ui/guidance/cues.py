"""Short, soft sound cues (resources/sounds/*.wav) played with QSoundEffect.

Sound is a helper, never a requirement: with no audio device, a missing file or
a format the device refuses, every cue is silent, nothing pops up, and `status`
holds one line for the settings dialog. QtMultimedia is imported on first use
(prepare() or play()), not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from neurofoot_desktop.core.settings import Settings

CUES = ("step_start", "halfway", "ten_seconds", "step_end", "rating_due")

# core.session.Cue values -> sound, so the player can pass session cues straight through.
# A reminder has no sound of its own: it is spoken and shown.
SESSION_CUES = {
    "started": "step_start",
    "halfway": "halfway",
    "ten_seconds": "ten_seconds",
    "finished": "step_end",
}

# What Qt logs (as warnings) on a machine without any audio output. Tests that touch
# QtMultimedia on such a machine ignore exactly these, e.g.
#   pytestmark = pytest.mark.qt_log_ignore(*cues.NO_DEVICE_LOG)
NO_DEVICE_LOG = (
    r"Couldn't (load|resolve) .*(pipewire|va).*",  # optional libraries the backend probes for
    r"PulseAudioService: pa_context_connect\(\) failed",  # no sound server
    r"QSoundEffect: playback of this format is not supported on the selected audio device",
)


def sounds_dir() -> Path:
    return Path(str(resources.files("neurofoot_desktop.resources").joinpath("sounds")))


class CuePlayer(QObject):
    """Plays the five cues at the volume in Settings; silent, never noisy, when it cannot."""

    statusChanged = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QObject | None = None,
        *,
        sound_folder: Path | None = None,
        has_output: Callable[[], bool] | None = None,
        effect_factory: Callable[[QObject], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or Settings()
        self._folder = sound_folder or sounds_dir()
        # Seams for tests: whether an output exists, and what object plays a file.
        self._has_output = has_output
        self._effect_factory = effect_factory
        self._effects: dict[str, Any] = {}
        self._devices: Any = None  # QMediaDevices, kept alive to hear about plugged speakers
        self._available: bool | None = None
        # The status is kept as a function, so it is worded in the language of the moment.
        self._status_fn: Callable[[], str] = str
        self._update_status()

    # -- public API ---------------------------------------------------------
    @property
    def status(self) -> str:
        """One line for the settings dialog: what sound is doing and why."""
        return self._status_fn()

    @property
    def available(self) -> bool | None:
        """None until prepared; then whether cues can be heard."""
        return self._available

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        for effect in self._effects.values():
            effect.setVolume(self._volume())
        if not settings.sound_enabled:
            self.stop()
        self._update_status()

    def prepare(self) -> bool:
        """Load QtMultimedia and the sounds now (e.g. when a session starts or settings open)."""
        if self._available is None:
            self._load()
        return bool(self._available)

    def play(self, cue: str) -> bool:
        """Play a cue (a name from CUES or a session cue); True if a sound was started."""
        name = SESSION_CUES.get(cue, cue)
        if name not in CUES:
            raise ValueError(f"unknown cue {cue!r}; expected one of {', '.join(CUES)}")
        if not self._settings.sound_enabled or self._settings.sound_volume == 0:
            return False
        if not self.prepare():
            return False
        effect = self._effects.get(name)
        if effect is None or _status_name(effect) == "Error":
            return False
        effect.stop()  # restart rather than overlap when cues come close together
        effect.play()
        return True

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    # -- internals ----------------------------------------------------------
    def _volume(self) -> float:
        level = self._settings.sound_volume / 100
        try:
            from PySide6.QtMultimedia import QtAudio
        except ImportError:
            return level
        # The slider is perceptual (logarithmic); QSoundEffect wants a linear gain.
        return QtAudio.convertVolume(
            level, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
        )

    def _output_exists(self) -> bool:
        if self._has_output is not None:
            return self._has_output()
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # a trimmed-down Qt without QtMultimedia
            self._set_unavailable(
                lambda: self.tr("Sound cues are silent: Qt sound support is missing.")
            )
            return
        if self._devices is None and self._has_output is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._outputs_changed)
        if not self._output_exists():
            self._set_unavailable(lambda: self.tr(
                "No speaker or headphones found, so sound cues are silent. "
                "The screen still shows every cue."
            ))
            return
        factory = self._effect_factory or QSoundEffect
        missing = []
        for name in CUES:
            path = self._folder / f"{name}.wav"
            if not path.is_file():
                missing.append(name)
                continue
            effect = factory(self)
            effect.statusChanged.connect(lambda n=name: self._effect_status(n))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume())
            self._effects[name] = effect
        self._available = bool(self._effects)
        if not self._effects:
            self._set_unavailable(
                lambda: self.tr("The sound files are missing, so sound cues are silent.")
            )
        elif missing:
            self._set_status(lambda: self.tr(
                "Some sound files are missing ({names}); those cues are silent."
            ).format(names=", ".join(missing)))
        else:
            self._update_status()

    def _effect_status(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None or _status_name(effect) != "Error":
            return
        if any(_status_name(e) != "Error" for e in self._effects.values()):
            return  # one odd file: the others still play
        self._set_unavailable(lambda: self.tr(
            "The sound device refused to play the cues, so they are silent. "
            "The screen still shows every cue."
        ))

    def _outputs_changed(self) -> None:
        # A speaker was plugged in or removed: start again from scratch on the next cue.
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
        self._available = None
        self._load()

    def _set_unavailable(self, reason: Callable[[], str]) -> None:
        self._available = False
        self._set_status(reason)

    def _set_status(self, text: Callable[[], str]) -> None:
        before, self._status_fn = self._status_fn(), text
        if text() != before:
            self.statusChanged.emit(text())

    def _update_status(self) -> None:
        if self._available is False:
            return  # keep the reason why sound cannot play; it matters more than on/off
        if not self._settings.sound_enabled:
            self._set_status(lambda: self.tr("Sound cues are off."))
        elif self._settings.sound_volume == 0:
            self._set_status(lambda: self.tr("Sound cues are on, but the volume is at zero."))
        elif self._available:
            self._set_status(lambda: self.tr("Sound cues are on."))
        else:
            self._set_status(lambda: self.tr(
                "Sound cues are on; the sound device is checked before the first cue."
            ))


def _status_name(effect: Any) -> str:
    status = effect.status()
    return getattr(status, "name", str(status))
