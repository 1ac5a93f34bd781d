"""Voice: spoken guidance on or off, which voice, its speed and volume, a test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.settings.base import Section, Services, button, label, slider_row


class VoiceSection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = self.layout_
        self.voice_enabled = QCheckBox()
        self.voice_enabled.setObjectName("voiceEnabled")
        layout.addWidget(self.voice_enabled)
        form = self.form()
        self.voice_name = QComboBox()
        self.voice_name.setObjectName("voiceName")
        self.voice_name.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice_name_label = label(buddy=self.voice_name)
        form.add_row(self.voice_name_label, self.voice_name)
        self.voice_rate, rate_row, self.voice_rate_value = slider_row(-10, 10)
        self.voice_rate.setObjectName("voiceRate")
        self.voice_rate.setPageStep(2)
        self.voice_rate_label = label(buddy=self.voice_rate)
        form.add_row(self.voice_rate_label, rate_row)
        self.voice_volume, volume_row, self.voice_volume_value = slider_row(0, 100)
        self.voice_volume.setObjectName("voiceVolume")
        self.voice_volume_label = label(buddy=self.voice_volume)
        form.add_row(self.voice_volume_label, volume_row)
        self.test_voice = button()
        self.test_voice.setObjectName("testVoice")
        layout.addWidget(self.test_voice, 0, Qt.AlignmentFlag.AlignLeft)
        self.voice_status = label(role="muted")
        self.voice_status.setObjectName("voiceStatus")
        layout.addWidget(self.voice_status)
        layout.addStretch(1)
        self.voice_enabled.toggled.connect(self._voice_toggled)
        self.voice_name.currentIndexChanged.connect(self._voice_chosen)
        self.voice_rate.valueChanged.connect(self._edit)
        self.voice_volume.valueChanged.connect(self._edit)
        self.test_voice.clicked.connect(self._test_voice)
        speaker = services.speaker
        if speaker is not None:
            speaker.statusChanged.connect(self.show_status)
            speaker.voicesChanged.connect(self._fill_voices)
        self.show_status()

    def start_engine(self, settings: Settings) -> None:
        """Start the speech engine in the background if the voice is on (fills the list)."""
        if settings.voice_enabled and self.services.speaker is not None:
            self.services.speaker.start()

    def title(self) -> str:
        return self.tr("Voice")

    def show_settings(self, s: Settings) -> None:
        self.voice_enabled.setChecked(s.voice_enabled)
        self._fill_voices()
        self.voice_rate.setValue(round(s.voice_rate * 10))
        self.voice_volume.setValue(s.voice_volume)

    def apply(self, s: Settings) -> Settings:
        index = self.voice_name.currentIndex()
        name = (self.voice_name.itemData(index) or "") if index >= 0 else s.voice_name
        return s.changed(voice_enabled=self.voice_enabled.isChecked(), voice_name=name,
                         voice_rate=self.voice_rate.value() / 10,
                         voice_volume=self.voice_volume.value())

    def refresh(self) -> None:
        s = self.settings
        for widget in (self.voice_name, self.voice_name_label, self.voice_rate,
                       self.voice_rate_label, self.voice_volume, self.voice_volume_label,
                       self.test_voice):
            widget.setEnabled(s.voice_enabled)
        self.voice_volume_value.setText(f"{s.voice_volume} %")
        text = self._rate_text(round(s.voice_rate * 10))
        self.voice_rate_value.setText(text)
        self.voice_rate.setAccessibleDescription(text)
        self.show_status()

    def value_samples(self) -> list[tuple[QLabel, list[str]]]:
        return [(self.voice_volume_value, ["100 %"]),
                (self.voice_rate_value, [self._rate_text(r) for r in (0, -1, -5, -10,
                                                                      1, 5, 10)])]

    def _rate_text(self, rate: int) -> str:
        """Words a person says, not "Slower (-2)" (issue 14, finding 19)."""
        if rate == 0:
            return self.tr("Normal")
        if rate < 0:
            return (self.tr("A little slower") if rate >= -3 else self.tr("Slower")
                    if rate >= -7 else self.tr("Much slower"))
        return (self.tr("A little faster") if rate <= 3 else self.tr("Faster")
                if rate <= 7 else self.tr("Much faster"))

    def retranslate(self) -> None:
        tr = self.tr
        self.voice_enabled.setText(tr("Speak the guidance aloud"))
        self.voice_enabled.setAccessibleName(tr("Speak the guidance aloud"))
        self.voice_name_label.setText(tr("Voice"))
        self.voice_name.setAccessibleName(tr("Voice"))
        self._fill_voices()
        self.voice_rate_label.setText(tr("Speaking speed"))
        self.voice_rate.setAccessibleName(tr("Speaking speed"))
        self.voice_rate.setAccessibleDescription(tr("From slower on the left to faster"))
        self.voice_volume_label.setText(tr("Voice volume"))
        self.voice_volume.setAccessibleName(tr("Voice volume"))
        self.test_voice.setText(tr("Test voice"))
        self.test_voice.setAccessibleName(tr("Test voice"))
        self.refresh()

    def _voice_toggled(self, on: bool) -> None:
        self._edit()
        if on and not self._loading and self.services.speaker is not None:
            self.services.speaker.start()

    def _voice_chosen(self, index: int) -> None:
        if index >= 0:
            self._edit()

    def _test_voice(self) -> None:
        speaker = self.services.speaker
        if speaker is None:
            return
        if speaker.available is False:
            speaker.retry()  # a hung engine may have recovered; the probe is safe
        speaker.say(self.tr("This is how the spoken guidance will sound."))

    def _fill_voices(self, _voices: object = None) -> None:
        speaker = self.services.speaker
        names = speaker.voices() if speaker is not None else []
        wanted = self.settings.voice_name
        if wanted and wanted not in names:
            names = [*names, wanted]  # keep a saved choice visible even before the engine is up
        with self.loading():
            self.voice_name.clear()
            self.voice_name.addItem(self.tr("Default voice"), "")
            for name in names:
                self.voice_name.addItem(name, name)
            self.voice_name.setCurrentIndex(max(0, self.voice_name.findData(wanted)))

    def show_status(self, _text: object = None) -> None:
        speaker = self.services.speaker
        if speaker is None:
            self.voice_status.setText(self.tr("Spoken guidance is not available here."))
        else:
            self.voice_status.setText(speaker.status)
