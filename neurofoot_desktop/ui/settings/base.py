"""What every settings section is: a page with load / apply / retranslate, as Picard's
options pages are, plus the small builders the sections share.

A section builds its controls once, shows a Settings (load), reads its own controls back
into a Settings (apply) and sets its words again on a language change (retranslate). It
never applies a change to the program itself: it emits `edited`, and the shell
(ui/settings/dialog.py) makes the new Settings and applies it once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.ui.guidance.cues import CuePlayer
from neurofoot_desktop.ui.guidance.speech import Speaker

if TYPE_CHECKING:
    from neurofoot_desktop.ui.reminders.context import ReminderServices


@dataclass(frozen=True)
class Services:
    """What some sections use besides the settings: to test a sound or a voice, or to
    say whether they work. Either may be missing (no audio, a test)."""

    cues: CuePlayer | None = None
    speaker: Speaker | None = None
    reminders: ReminderServices | None = None  # the log, the chosen person, start at login


class Section(QWidget):
    """One page of the settings. Subclasses build in __init__ and implement the rest."""

    edited = Signal()  # the person changed a control: the shell calls apply()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.services = services
        self.settings = Settings()  # the last one shown (load) or applied (refresh)
        self.steppers: list[tuple[QSpinBox, QPushButton, QPushButton]] = []
        self._loading = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(14)
        self.layout_.setContentsMargins(8, 4, 8, 8)

    # -- what each section implements ----------------------------------------------------
    def title(self) -> str:
        """The section's name in the list on the left (translated)."""
        raise NotImplementedError

    def show_settings(self, settings: Settings) -> None:
        """Set the controls from settings (load() calls this without emitting edits)."""
        raise NotImplementedError

    def apply(self, settings: Settings) -> Settings:
        """settings with this section's fields taken from its controls."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """After any change (from any section): greyed-out controls, value words."""

    def value_samples(self) -> list[tuple[QLabel, list[str]]]:
        """Value labels beside sliders, with the widest texts each can show (to line up)."""
        return []

    # -- shared -------------------------------------------------------------------------
    def load(self, settings: Settings) -> None:
        self.settings = settings
        with self.loading():
            self.show_settings(settings)
        self.refresh()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Controls set by the program, not by the person: no `edited`."""
        was, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = was

    def _edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def form(self) -> Form:
        form = Form()
        self.layout_.addLayout(form)
        return form

    def stepper(self, spin: QSpinBox) -> QWidget:
        """A spin box between large "−" and "+" buttons: Qt's own arrows are tiny targets.

        The buttons take no keyboard focus (the spin box already answers to the arrow
        keys and typing), so Tab still moves from field to field.
        """
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        minus, plus = button(), button()
        minus.setText("−")
        plus.setText("+")
        # The style sheet gives this role's arrows no width (NoButtons would leave the
        # text field 1 px wide under a style sheet with padding, a Qt quirk).
        spin.setProperty("role", "stepper")
        for b, step in ((minus, spin.stepDown), (plus, spin.stepUp)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAutoRepeat(True)
            b.setProperty("role", "stepper")
            b.clicked.connect(step)
        layout.addWidget(minus)
        layout.addWidget(spin)
        layout.addWidget(plus)
        layout.addStretch(1)
        self.steppers.append((spin, minus, plus))
        return row

    def name_steppers(self) -> None:
        """The "−" and "+" buttons are named after their field (call after naming it)."""
        for spin, minus, plus in self.steppers:
            minus.setAccessibleName(self.tr("Less: {what}").format(what=spin.accessibleName()))
            plus.setAccessibleName(self.tr("More: {what}").format(what=spin.accessibleName()))


class Form(QGridLayout):
    """Label | field rows, each label centred on its field (QFormLayout top-aligns them)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(24)
        self.setVerticalSpacing(12)
        self.setColumnStretch(1, 1)

    def add_row(self, label_: QLabel, field: QWidget) -> None:
        row = self.rowCount()
        label_.setWordWrap(False)  # a label broken over lines reads worse than a wider dialog
        self.addWidget(label_, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(field, row, 1, Qt.AlignmentFlag.AlignVCenter)


def label(role: str = "", buddy: QWidget | None = None) -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if buddy is not None:
        widget.setBuddy(buddy)
    return widget


def button(role: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


def slider_row(low: int, high: int) -> tuple[QSlider, QWidget, QLabel]:
    """A horizontal slider with its value written beside it (never a bare position)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setPageStep(10 if high - low >= 50 else 2)
    slider.setTickPosition(QSlider.TickPosition.NoTicks)
    value = QLabel()
    value.setMinimumWidth(0)
    value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.addWidget(slider, 1)
    layout.addWidget(value)
    return slider, row, value
