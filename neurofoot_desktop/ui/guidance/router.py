"""Routes the player's announcements to sound cues and the voice, hands-free.

Both are created lazily (QtMultimedia and QtTextToSpeech load only when a
session starts), and both fail silently: the screen always shows the same cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from neurofoot_desktop.core.settings import Settings

if TYPE_CHECKING:
    from neurofoot_desktop.ui.guidance.cues import CuePlayer
    from neurofoot_desktop.ui.guidance.speech import Speaker

# player event -> sound cue; events not listed are spoken and shown only
SOUNDS = {"started": "step_start", "halfway": "halfway", "ten_seconds": "ten_seconds",
          "finished": "step_end", "rating": "rating_due"}
# Said after whatever is being spoken rather than cutting it off.
QUEUED = {"finished", "rating"}


class Guidance(QObject):
    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._cues: CuePlayer | None = None
        self._speaker: Speaker | None = None

    @property
    def cues(self) -> CuePlayer:
        if self._cues is None:
            from neurofoot_desktop.ui.guidance.cues import CuePlayer

            self._cues = CuePlayer(self.settings, self)
        return self._cues

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            from neurofoot_desktop.ui.guidance.speech import Speaker

            self._speaker = Speaker(self.settings, self)
        return self._speaker

    def prepare(self) -> None:
        """At the start of a session: load sounds and start the voice in the background."""
        if self.settings.sound_enabled:
            self.cues.prepare()
        if self.settings.voice_enabled:
            self.speaker.start()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self._cues is not None:
            self._cues.apply_settings(settings)
        if self._speaker is not None:
            self._speaker.apply_settings(settings)

    def announce(self, event: str, text: str) -> None:
        sound = SOUNDS.get(event)
        if sound and self.settings.sound_enabled:
            self.cues.play(sound)
        if text and self.settings.voice_enabled:
            self.speaker.say(text, queue=event in QUEUED)
