"""Hands-free: steps start by themselves after a get-ready countdown."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from neurofoot_desktop.core.settings import GET_READY_RANGE, Settings
from neurofoot_desktop.ui.settings.base import Section, Services, label


class HandsFreeSection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = self.layout_
        self.hands_free = QCheckBox()
        self.hands_free.setObjectName("handsFree")
        layout.addWidget(self.hands_free)
        self.hands_free_help = label(role="muted")
        layout.addWidget(self.hands_free_help)
        form = self.form()
        self.get_ready = QSpinBox()
        self.get_ready.setObjectName("getReady")
        self.get_ready.setRange(*GET_READY_RANGE)
        self.get_ready_label = label(buddy=self.get_ready)
        form.add_row(self.get_ready_label, self.stepper(self.get_ready))
        layout.addStretch(1)
        self.hands_free.toggled.connect(self._edit)
        self.get_ready.valueChanged.connect(self._edit)

    def title(self) -> str:
        return self.tr("Hands-free")

    def show_settings(self, s: Settings) -> None:
        self.hands_free.setChecked(s.hands_free)
        self.get_ready.setValue(s.get_ready_s)

    def apply(self, s: Settings) -> Settings:
        return s.changed(hands_free=self.hands_free.isChecked(),
                         get_ready_s=self.get_ready.value())

    def refresh(self) -> None:
        self.get_ready.setEnabled(self.settings.hands_free)
        self.get_ready_label.setEnabled(self.settings.hands_free)

    def retranslate(self) -> None:
        tr = self.tr
        self.hands_free.setText(tr("Hands-free mode"))
        self.hands_free.setAccessibleName(tr("Hands-free mode"))
        self.hands_free_help.setText(tr(
            "Between steps a spoken and visible countdown starts the next step by itself, "
            "so lotion-covered hands can stay on the foot. Any key pauses it."
        ))
        self.get_ready_label.setText(tr("Get-ready countdown"))
        self.get_ready.setSuffix(tr(" seconds"))
        self.get_ready.setAccessibleName(tr("Get-ready countdown in seconds"))
        self.name_steppers()
