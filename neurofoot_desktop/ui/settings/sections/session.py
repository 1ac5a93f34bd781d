"""Session: how long each step lasts, the order of the steps and the first foot."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QSpinBox, QWidget

from neurofoot_desktop.core.settings import DURATION_RANGE, Settings
from neurofoot_desktop.core.vocabulary import STEP_IDS, Foot, Order
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.settings.base import Section, Services, label


class DurationSpinBox(QSpinBox):
    """Seconds shown and typed as minutes:seconds ("2:30"); plain seconds are accepted too."""

    _PATTERN = re.compile(r"^\s*(\d{0,2})(?::(\d{0,2}))?\s*$")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*DURATION_RANGE)
        self.setSingleStep(10)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def textFromValue(self, value: int) -> str:
        return f"{value // 60}:{value % 60:02d}"  # an editable field: no leading zero to type

    def valueFromText(self, text: str) -> int:
        seconds = self._parse(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> object:
        match = self._PATTERN.match(text)
        if not match:
            return (QValidator.State.Invalid, text, pos)
        seconds = self._parse(text)
        if seconds is not None and self.minimum() <= seconds <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def _parse(self, text: str) -> int | None:
        match = self._PATTERN.match(text)
        if not match or (not match.group(1) and not match.group(2)):
            return None
        minutes, seconds = match.group(1), match.group(2)
        if seconds is None:  # a bare number: seconds, as most people type a duration
            return int(minutes)
        if seconds == "" or int(seconds) > 59:
            return None
        return int(minutes or 0) * 60 + int(seconds)


class SessionSection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = self.layout_
        self.session_intro = label(role="muted")
        layout.addWidget(self.session_intro)
        form = self.form()
        self.duration_labels: dict[str, QLabel] = {}
        self.durations: dict[str, DurationSpinBox] = {}
        for step_id in STEP_IDS:
            spin = DurationSpinBox()
            spin.setObjectName(f"duration_{step_id}")
            self.durations[step_id] = spin
            self.duration_labels[step_id] = label(buddy=spin)
            form.add_row(self.duration_labels[step_id], self.stepper(spin))
            spin.valueChanged.connect(self._edit)

        self.order_label = label(role="subtitle")
        layout.addWidget(self.order_label)
        self.order_group = QButtonGroup(self)
        self.order_foot_by_foot = QRadioButton()
        self.order_alternating = QRadioButton()
        for radio in (self.order_foot_by_foot, self.order_alternating):
            self.order_group.addButton(radio)
            layout.addWidget(radio)
        self.order_label.setBuddy(self.order_foot_by_foot)
        self.order_alternating.toggled.connect(self._edit)

        self.first_label = label(role="subtitle")
        layout.addWidget(self.first_label)
        self.first_group = QButtonGroup(self)
        self.first_left = QRadioButton()
        self.first_right = QRadioButton()
        feet = QHBoxLayout()
        feet.setSpacing(32)
        for radio in (self.first_left, self.first_right):
            self.first_group.addButton(radio)
            feet.addWidget(radio)
        feet.addStretch(1)
        layout.addLayout(feet)
        self.first_label.setBuddy(self.first_left)
        self.first_right.toggled.connect(self._edit)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Session")

    def show_settings(self, s: Settings) -> None:
        for step_id, spin in self.durations.items():
            spin.setValue(s.duration_s(step_id))
        (self.order_alternating if s.order == Order.ALTERNATING
         else self.order_foot_by_foot).setChecked(True)
        (self.first_right if s.first_foot == Foot.RIGHT else self.first_left).setChecked(True)

    def apply(self, s: Settings) -> Settings:
        for step_id, spin in self.durations.items():
            s = s.with_duration(step_id, spin.value())
        order = Order.ALTERNATING if self.order_alternating.isChecked() else Order.FOOT_BY_FOOT
        foot = Foot.RIGHT if self.first_right.isChecked() else Foot.LEFT
        return s.changed(order=order.value, first_foot=foot.value)

    def retranslate(self) -> None:
        tr = self.tr
        self.session_intro.setText(tr(
            "How long each step lasts on each foot, in minutes and seconds."
        ))
        protocol = i18n.current_protocol()
        for step_id, label_ in self.duration_labels.items():
            title = protocol.step(step_id).title
            label_.setText(title)
            self.durations[step_id].setAccessibleName(
                tr("{step}: minutes and seconds on each foot").format(step=title)
            )
        self.order_label.setText(tr("Order of the steps"))
        self.order_foot_by_foot.setText(tr("All steps on one foot, then the other foot"))
        self.order_alternating.setText(tr("Each step on both feet before the next step"))
        self.first_label.setText(tr("Start with"))
        self.first_left.setText(i18n.foot_words(Foot.LEFT, "title"))
        self.first_right.setText(i18n.foot_words(Foot.RIGHT, "title"))
        self.order_foot_by_foot.setAccessibleName(
            tr("Order: all steps on one foot, then the other foot"))
        self.order_alternating.setAccessibleName(
            tr("Order: each step on both feet before the next step"))
        self.first_left.setAccessibleName(tr("Start with the left foot"))
        self.first_right.setAccessibleName(tr("Start with the right foot"))
        self.name_steppers()
