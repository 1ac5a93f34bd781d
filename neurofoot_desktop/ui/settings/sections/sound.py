"""Sound: cues on or off, their volume, a test, and whether sound can be heard here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.settings.base import Section, Services, button, label, slider_row


class SoundSection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = self.layout_
        self.sound_enabled = QCheckBox()
        self.sound_enabled.setObjectName("soundEnabled")
        layout.addWidget(self.sound_enabled)
        form = self.form()
        self.sound_volume, sound_row, self.sound_volume_value = slider_row(0, 100)
        self.sound_volume.setObjectName("soundVolume")
        self.sound_volume_label = label(buddy=self.sound_volume)
        form.add_row(self.sound_volume_label, sound_row)
        self.test_sound = button()
        self.test_sound.setObjectName("testSound")
        layout.addWidget(self.test_sound, 0, Qt.AlignmentFlag.AlignLeft)
        self.sound_status = label(role="muted")
        self.sound_status.setObjectName("soundStatus")
        layout.addWidget(self.sound_status)
        layout.addStretch(1)
        self.sound_enabled.toggled.connect(self._edit)
        self.sound_volume.valueChanged.connect(self._edit)
        self.test_sound.clicked.connect(self._test_sound)
        cues = services.cues
        if cues is not None:
            cues.statusChanged.connect(self.show_status)
            cues.prepare()  # the status line should say now whether sound can be heard
        self.show_status()

    def title(self) -> str:
        return self.tr("Sound")

    def show_settings(self, s: Settings) -> None:
        self.sound_enabled.setChecked(s.sound_enabled)
        self.sound_volume.setValue(s.sound_volume)

    def apply(self, s: Settings) -> Settings:
        return s.changed(sound_enabled=self.sound_enabled.isChecked(),
                         sound_volume=self.sound_volume.value())

    def refresh(self) -> None:
        for widget in (self.sound_volume, self.sound_volume_label, self.test_sound):
            widget.setEnabled(self.settings.sound_enabled)
        self.sound_volume_value.setText(f"{self.settings.sound_volume} %")
        self.show_status()

    def value_samples(self) -> list[tuple[QLabel, list[str]]]:
        return [(self.sound_volume_value, ["100 %"])]

    def retranslate(self) -> None:
        tr = self.tr
        self.sound_enabled.setText(tr("Play sound cues"))
        self.sound_enabled.setAccessibleName(tr("Play sound cues"))
        self.sound_volume_label.setText(tr("Sound volume"))
        self.sound_volume.setAccessibleName(tr("Sound volume"))
        self.test_sound.setText(tr("Test sound"))
        self.test_sound.setAccessibleName(tr("Test sound"))
        self.show_status()

    def _test_sound(self) -> None:
        if self.services.cues is not None:
            self.services.cues.play("step_start")
        self.show_status()

    def show_status(self, _text: object = None) -> None:
        if self.services.cues is None:
            self.sound_status.setText(self.tr("Sound cues are not available here."))
        else:
            self.sound_status.setText(self.services.cues.status)
