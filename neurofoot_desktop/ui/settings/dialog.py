"""The settings dialog: session timings, hands-free, sound, voice and display.

Every change applies at once (theme and text size immediately, sound and voice on
the next cue) and is saved to the data folder a moment later, so there is no
"Apply" to forget. Controls are large, each has an accessible name and a label
that is its buddy, and Tab walks them in the order they appear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.protocol import STEP_IDS
from neurofoot_desktop.core.settings import (
    DURATION_RANGE,
    FONT_SCALE_RANGE,
    GET_READY_RANGE,
    Settings,
)
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.guidance.cues import CuePlayer
from neurofoot_desktop.ui.guidance.speech import Speaker

SAVE_DELAY_MS = 400  # gather a burst of changes (a held arrow key) into one write


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
        return f"{value // 60}:{value % 60:02d}"

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


class SettingsDialog(QDialog):
    """Shows and edits a Settings; emits settingsChanged(Settings) after every change."""

    settingsChanged = Signal(object)  # Settings

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        cues: CuePlayer | None = None,
        speaker: Speaker | None = None,
        problems: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._folder = folder
        self._cues = cues
        self._speaker = speaker
        self._problems = list(problems)
        self._save_error = ""
        self._loading = False  # True while controls are set from Settings: not user changes
        self._steppers: list[tuple[QSpinBox, QPushButton, QPushButton]] = []
        self._pages: list[QWidget] = []
        self._value_labels: list[tuple[QLabel, list[str]]] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.setObjectName("settingsDialog")
        self.setModal(True)
        # Opened afresh each time: without this every opening would leave a hidden dialog
        # behind (its slots hold references to it), still listening to sound and voice.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        self._retranslate()
        self._load_controls(settings)
        self._connect()
        if cues is not None:
            cues.statusChanged.connect(self._show_sound_status)
            cues.prepare()  # the status line should say now whether sound can be heard
        if speaker is not None:
            speaker.statusChanged.connect(self._show_voice_status)
            speaker.voicesChanged.connect(self._fill_voices)
            if settings.voice_enabled:
                speaker.start()  # background; fills the voice list when ready
        self._show_sound_status()
        self._show_voice_status()
        self._fit_to_screen()

    # -- public API ---------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self._settings

    def save_now(self) -> bool:
        """Write pending changes to the data folder (if one was given); False on failure."""
        self._save_timer.stop()
        if self._folder is None:
            return True
        try:
            self._settings.save(self._folder)
        except OSError as exc:
            self._save_error = self.tr(
                "⚠ The settings could not be saved ({reason}). They apply until NeuroFoot "
                "closes."
            ).format(reason=exc.strerror or exc)
        else:
            self._save_error = ""
        self._show_save_status()
        return not self._save_error

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        self.problems_label = _label(role="warning")
        self.problems_label.setObjectName("settingsProblems")
        self.problems_label.setVisible(bool(self._problems))
        outer.addWidget(self.problems_label)

        # Sections in a list on the left rather than tabs on top: at 200 % text on a
        # 1366x768 screen, height is what runs out, and a list costs width instead.
        body = QHBoxLayout()
        body.setSpacing(16)
        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setProperty("role", "nav")
        self.sections.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("settingsPages")
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self._build_session()
        self._build_hands_free()
        self._build_sound()
        self._build_voice()
        self._build_display()
        for _ in range(self.pages.count()):
            self.sections.addItem(QListWidgetItem())
        self.sections.setCurrentRow(0)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.defaults_button = _button()
        self.save_status = _label(role="muted")
        self.save_status.setObjectName("saveStatus")
        self.close_button = _button(role="primary")
        self.close_button.setDefault(True)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        # Tab order follows what the eye sees: sections, the page, then the buttons below.
        QWidget.setTabOrder(self.sections, self.pages)
        QWidget.setTabOrder(self.defaults_button, self.close_button)

    def _page(self) -> QVBoxLayout:
        """A page that scrolls instead of clipping when text is large or the screen small."""
        content = QWidget()
        content.setObjectName("settingsPage")
        layout = QVBoxLayout(content)
        layout.setSpacing(14)
        layout.setContentsMargins(8, 4, 8, 8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Not a Tab stop of its own: it scrolls to whichever field gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self._pages.append(content)
        self.pages.addWidget(scroll)
        return layout

    def _form(self, layout: QVBoxLayout) -> _Form:
        form = _Form()
        layout.addLayout(form)
        return form

    def _stepper(self, spin: QSpinBox) -> QWidget:
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
        minus, plus = _button(), _button()
        minus.setText("−")
        plus.setText("+")
        # The style sheet gives this role's arrows no width (NoButtons would leave the
        # text field 1 px wide under a style sheet with padding, a Qt quirk).
        spin.setProperty("role", "stepper")
        for button, step in ((minus, spin.stepDown), (plus, spin.stepUp)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
            button.setProperty("role", "stepper")
            button.clicked.connect(step)
        layout.addWidget(minus)
        layout.addWidget(spin)
        layout.addWidget(plus)
        layout.addStretch(1)
        self._steppers.append((spin, minus, plus))
        return row

    def _build_session(self) -> None:
        layout = self._page()
        self.session_intro = _label(role="muted")
        layout.addWidget(self.session_intro)
        form = self._form(layout)
        self.duration_labels: dict[str, QLabel] = {}
        self.durations: dict[str, DurationSpinBox] = {}
        for step_id in STEP_IDS:
            spin = DurationSpinBox()
            spin.setObjectName(f"duration_{step_id}")
            label = _label(buddy=spin)
            self.durations[step_id] = spin
            self.duration_labels[step_id] = label
            form.add_row(label, self._stepper(spin))

        self.order_label = _label(role="subtitle")
        layout.addWidget(self.order_label)
        self.order_group = QButtonGroup(self)
        self.order_foot_by_foot = QRadioButton()
        self.order_alternating = QRadioButton()
        for radio in (self.order_foot_by_foot, self.order_alternating):
            self.order_group.addButton(radio)
            layout.addWidget(radio)
        self.order_label.setBuddy(self.order_foot_by_foot)

        self.first_label = _label(role="subtitle")
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
        layout.addStretch(1)

    def _build_hands_free(self) -> None:
        layout = self._page()
        self.hands_free = QCheckBox()
        self.hands_free.setObjectName("handsFree")
        layout.addWidget(self.hands_free)
        self.hands_free_help = _label(role="muted")
        layout.addWidget(self.hands_free_help)
        form = self._form(layout)
        self.get_ready = QSpinBox()
        self.get_ready.setObjectName("getReady")
        self.get_ready.setRange(*GET_READY_RANGE)
        self.get_ready_label = _label(buddy=self.get_ready)
        form.add_row(self.get_ready_label, self._stepper(self.get_ready))
        layout.addStretch(1)

    def _build_sound(self) -> None:
        layout = self._page()
        self.sound_enabled = QCheckBox()
        self.sound_enabled.setObjectName("soundEnabled")
        layout.addWidget(self.sound_enabled)
        form = self._form(layout)
        self.sound_volume, sound_row, self.sound_volume_value = _slider_row(0, 100)
        self.sound_volume.setObjectName("soundVolume")
        self.sound_volume_label = _label(buddy=self.sound_volume)
        form.add_row(self.sound_volume_label, sound_row)
        self.test_sound = _button()
        self.test_sound.setObjectName("testSound")
        layout.addWidget(self.test_sound, 0, Qt.AlignmentFlag.AlignLeft)
        self.sound_status = _label(role="muted")
        self.sound_status.setObjectName("soundStatus")
        layout.addWidget(self.sound_status)
        layout.addStretch(1)

    def _build_voice(self) -> None:
        layout = self._page()
        self.voice_enabled = QCheckBox()
        self.voice_enabled.setObjectName("voiceEnabled")
        layout.addWidget(self.voice_enabled)
        form = self._form(layout)
        self.voice_name = QComboBox()
        self.voice_name.setObjectName("voiceName")
        self.voice_name.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice_name_label = _label(buddy=self.voice_name)
        form.add_row(self.voice_name_label, self.voice_name)
        self.voice_rate, rate_row, self.voice_rate_value = _slider_row(-10, 10)
        self.voice_rate.setObjectName("voiceRate")
        self.voice_rate.setPageStep(2)
        self.voice_rate_label = _label(buddy=self.voice_rate)
        form.add_row(self.voice_rate_label, rate_row)
        self.voice_volume, volume_row, self.voice_volume_value = _slider_row(0, 100)
        self.voice_volume.setObjectName("voiceVolume")
        self.voice_volume_label = _label(buddy=self.voice_volume)
        form.add_row(self.voice_volume_label, volume_row)
        self.test_voice = _button()
        self.test_voice.setObjectName("testVoice")
        layout.addWidget(self.test_voice, 0, Qt.AlignmentFlag.AlignLeft)
        self.voice_status = _label(role="muted")
        self.voice_status.setObjectName("voiceStatus")
        layout.addWidget(self.voice_status)
        layout.addStretch(1)

    def _build_display(self) -> None:
        layout = self._page()
        form = self._form(layout)
        self.font_scale = QSpinBox()
        self.font_scale.setObjectName("fontScale")
        self.font_scale.setRange(*FONT_SCALE_RANGE)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale_label = _label(buddy=self.font_scale)
        form.add_row(self.font_scale_label, self._stepper(self.font_scale))
        self.display_sample = _label()
        self.display_sample.setObjectName("displaySample")
        layout.addWidget(self.display_sample)
        # Radio buttons rather than drop-down lists: every choice visible, one press each.
        self.theme_label = _label(role="subtitle")
        layout.addWidget(self.theme_label)
        self.theme_group = QButtonGroup(self)
        self.theme_radios = self._radio_grid(layout, self.theme_group, theme.THEMES, "theme")
        self.theme_label.setBuddy(self.theme_radios["system"])
        self.language_label = _label(role="subtitle")
        layout.addWidget(self.language_label)
        self.language_group = QButtonGroup(self)
        self.language_radios = self._radio_grid(
            layout, self.language_group, ("system", "en", "es"), "language"
        )
        self.language_label.setBuddy(self.language_radios["system"])
        self.language_note = _label(role="muted")
        layout.addWidget(self.language_note)
        layout.addStretch(1)

    def _radio_grid(
        self, layout: QVBoxLayout, group: QButtonGroup, keys: Sequence[str], prefix: str
    ) -> dict[str, QRadioButton]:
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(4)
        radios: dict[str, QRadioButton] = {}
        for index, key in enumerate(keys):
            radio = QRadioButton()
            radio.setObjectName(f"{prefix}_{key}")
            group.addButton(radio)
            grid.addWidget(radio, index // 2, index % 2)
            radios[key] = radio
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        return radios

    # -- texts (again on a language change) -------------------------------------
    def _retranslate(self) -> None:
        tr = self.tr
        self.setWindowTitle(tr("Settings"))
        if self._problems:
            self.problems_label.setText(tr(
                "⚠ Some saved settings could not be read and were reset."
            ))
            # The exact reasons, for whoever wants them (also read by screen readers).
            details = "\n".join(self._problems)
            self.problems_label.setToolTip(details)
            self.problems_label.setAccessibleDescription(details)
        _name(self.sections, tr("Settings sections"))
        for index, text in enumerate(
            (tr("Session"), tr("Hands-free"), tr("Sound"), tr("Voice"), tr("Display"))
        ):
            self.sections.item(index).setText(text)
        self.session_intro.setText(tr(
            "How long each step lasts on each foot, in minutes and seconds."
        ))
        protocol = i18n.current_protocol()
        for step_id, label in self.duration_labels.items():
            title = protocol.step(step_id).title
            label.setText(title)
            self.durations[step_id].setAccessibleName(
                tr("{step}: minutes and seconds on each foot").format(step=title)
            )
        self.order_label.setText(tr("Order of the steps"))
        self.order_foot_by_foot.setText(tr("All steps on one foot, then the other foot"))
        self.order_alternating.setText(tr("Each step on both feet before the next step"))
        self.first_label.setText(tr("Start with"))
        self.first_left.setText(tr("Left foot"))
        self.first_right.setText(tr("Right foot"))
        _name(self.order_foot_by_foot, tr("Order: all steps on one foot, then the other foot"))
        _name(self.order_alternating, tr("Order: each step on both feet before the next step"))
        _name(self.first_left, tr("Start with the left foot"))
        _name(self.first_right, tr("Start with the right foot"))

        self.hands_free.setText(tr("Hands-free mode"))
        _name(self.hands_free, tr("Hands-free mode"))
        self.hands_free_help.setText(tr(
            "Between steps a spoken and visible countdown starts the next step by itself, "
            "so lotion-covered hands can stay on the foot. Any key pauses it."
        ))
        self.get_ready_label.setText(tr("Get-ready countdown"))
        self.get_ready.setSuffix(tr(" seconds"))
        _name(self.get_ready, tr("Get-ready countdown in seconds"))

        self.sound_enabled.setText(tr("Play sound cues"))
        _name(self.sound_enabled, tr("Play sound cues"))
        self.sound_volume_label.setText(tr("Sound volume"))
        _name(self.sound_volume, tr("Sound volume"))
        self.test_sound.setText(tr("Test sound"))
        _name(self.test_sound, tr("Test sound"))

        self.voice_enabled.setText(tr("Speak the guidance aloud"))
        _name(self.voice_enabled, tr("Speak the guidance aloud"))
        self.voice_name_label.setText(tr("Voice"))
        _name(self.voice_name, tr("Voice"))
        self._fill_voices()
        self.voice_rate_label.setText(tr("Speaking speed"))
        _name(self.voice_rate, tr("Speaking speed"))
        self.voice_rate.setAccessibleDescription(tr("From slower on the left to faster"))
        self.voice_volume_label.setText(tr("Voice volume"))
        _name(self.voice_volume, tr("Voice volume"))
        self.test_voice.setText(tr("Test voice"))
        _name(self.test_voice, tr("Test voice"))

        self.font_scale_label.setText(tr("Text size"))
        _name(self.font_scale, tr("Text size in percent"))
        self.theme_label.setText(tr("Colours"))
        theme_names = {
            "system": tr("Follow the system"), "light": tr("Light"), "dark": tr("Dark"),
            "high_contrast": tr("High contrast"),
        }
        for key, radio in self.theme_radios.items():
            radio.setText(theme_names[key])
            _name(radio, tr("Colours: {choice}").format(choice=theme_names[key]))
        self.language_label.setText(tr("Language"))
        # Language names are written in their own language, so anyone can find theirs.
        language_names = {"system": tr("Follow the system"), "en": "English", "es": "Español"}
        for key, radio in self.language_radios.items():
            radio.setText(language_names[key])
            _name(radio, tr("Language: {choice}").format(choice=language_names[key]))
        self.language_note.setText(tr("A new language shows the next time NeuroFoot starts."))
        self.display_sample.setText(tr("This is how large the text will be."))

        for spin, minus, plus in self._steppers:
            minus.setAccessibleName(tr("Less: {what}").format(what=spin.accessibleName()))
            plus.setAccessibleName(tr("More: {what}").format(what=spin.accessibleName()))
        self.defaults_button.setText(tr("Restore defaults"))
        _name(self.defaults_button, tr("Restore all settings to their defaults"))
        self.close_button.setText(tr("Close"))
        _name(self.close_button, tr("Close settings"))
        self._update_value_labels()
        self._value_samples()
        self._show_save_status()
        self._show_sound_status()
        self._show_voice_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- settings <-> controls ------------------------------------------------------
    def _load_controls(self, s: Settings) -> None:
        self._loading = True
        try:
            for step_id, spin in self.durations.items():
                spin.setValue(s.duration_s(step_id))
            (self.order_alternating if s.order == "alternating"
             else self.order_foot_by_foot).setChecked(True)
            (self.first_right if s.first_foot == "right" else self.first_left).setChecked(True)
            self.hands_free.setChecked(s.hands_free)
            self.get_ready.setValue(s.get_ready_s)
            self.sound_enabled.setChecked(s.sound_enabled)
            self.sound_volume.setValue(s.sound_volume)
            self.voice_enabled.setChecked(s.voice_enabled)
            self._fill_voices()
            self.voice_rate.setValue(round(s.voice_rate * 10))
            self.voice_volume.setValue(s.voice_volume)
            self.theme_radios[s.theme].setChecked(True)
            self.font_scale.setValue(s.font_scale)
            self.language_radios[s.language].setChecked(True)
        finally:
            self._loading = False
        self._update_enabled()
        self._update_value_labels()

    def _connect(self) -> None:
        for step_id, spin in self.durations.items():
            spin.valueChanged.connect(
                lambda v, sid=step_id: self._change(self._settings.with_duration(sid, v))
            )
        self.order_alternating.toggled.connect(
            lambda on: self._update(order="alternating" if on else "foot_by_foot"))
        self.first_right.toggled.connect(
            lambda on: self._update(first_foot="right" if on else "left"))
        self.hands_free.toggled.connect(lambda on: self._update(hands_free=on))
        self.get_ready.valueChanged.connect(lambda v: self._update(get_ready_s=v))
        self.sound_enabled.toggled.connect(lambda on: self._update(sound_enabled=on))
        self.sound_volume.valueChanged.connect(lambda v: self._update(sound_volume=v))
        self.test_sound.clicked.connect(self._test_sound)
        self.voice_enabled.toggled.connect(self._voice_toggled)
        self.voice_name.currentIndexChanged.connect(self._voice_chosen)
        self.voice_rate.valueChanged.connect(lambda v: self._update(voice_rate=v / 10))
        self.voice_volume.valueChanged.connect(lambda v: self._update(voice_volume=v))
        self.test_voice.clicked.connect(self._test_voice)
        for key, radio in self.theme_radios.items():
            radio.toggled.connect(lambda on, k=key: self._chosen(on, theme=k))
        self.font_scale.valueChanged.connect(lambda v: self._update(font_scale=v))
        for key, radio in self.language_radios.items():
            radio.toggled.connect(lambda on, k=key: self._chosen(on, language=k))
        self.defaults_button.clicked.connect(self._restore_defaults)
        self.close_button.clicked.connect(self.accept)

    def _chosen(self, on: bool, **changes: Any) -> None:
        if on:  # the radio being unchecked in the same group changes nothing by itself
            self._update(**changes)

    def _update(self, **changes: Any) -> None:
        self._change(self._settings.changed(**changes))

    def _change(self, new: Settings) -> None:
        if self._loading or new == self._settings:
            return
        old, self._settings = self._settings, new
        if (old.theme, old.font_scale) != (new.theme, new.font_scale):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, new.theme, new.font_scale)
            # After the new style sheet has reached the widgets, so sizes use the new fonts.
            QTimer.singleShot(0, self._fit_to_screen)
        if self._cues is not None:
            self._cues.apply_settings(new)
        if self._speaker is not None:
            self._speaker.apply_settings(new)
        self._update_enabled()
        self._update_value_labels()
        self.settingsChanged.emit(new)
        if self._folder is not None:
            self._save_timer.start()

    def _restore_defaults(self) -> None:
        defaults = Settings()
        self._load_controls(defaults)
        self._change(defaults)

    def _update_enabled(self) -> None:
        s = self._settings
        self.get_ready.setEnabled(s.hands_free)
        self.get_ready_label.setEnabled(s.hands_free)
        for widget in (self.sound_volume, self.sound_volume_label, self.test_sound):
            widget.setEnabled(s.sound_enabled)
        voice_widgets = (
            self.voice_name, self.voice_name_label, self.voice_rate, self.voice_rate_label,
            self.voice_volume, self.voice_volume_label, self.test_voice,
        )
        for widget in voice_widgets:
            widget.setEnabled(s.voice_enabled)

    def _update_value_labels(self) -> None:
        s = self._settings
        self.sound_volume_value.setText(f"{s.sound_volume} %")
        self.voice_volume_value.setText(f"{s.voice_volume} %")
        rate = round(s.voice_rate * 10)
        if rate == 0:
            text = self.tr("Normal")
        elif rate < 0:
            text = self.tr("Slower ({n})").format(n=rate)
        else:
            text = self.tr("Faster (+{n})").format(n=rate)
        self.voice_rate_value.setText(text)
        self.voice_rate.setAccessibleDescription(text)

    # -- sound and voice --------------------------------------------------------------
    def _test_sound(self) -> None:
        if self._cues is not None:
            self._cues.play("step_start")
        self._show_sound_status()

    def _voice_toggled(self, on: bool) -> None:
        self._update(voice_enabled=on)
        if on and self._speaker is not None:
            self._speaker.start()

    def _voice_chosen(self, index: int) -> None:
        if index < 0:
            return
        self._update(voice_name=self.voice_name.itemData(index) or "")

    def _test_voice(self) -> None:
        if self._speaker is None:
            return
        if self._speaker.available is False:
            self._speaker.retry()  # a hung engine may have recovered; the probe is safe
        self._speaker.say(self.tr("This is how the spoken guidance will sound."))

    def _fill_voices(self, _voices: object = None) -> None:
        names = self._speaker.voices() if self._speaker is not None else []
        wanted = self._settings.voice_name
        if wanted and wanted not in names:
            names = [*names, wanted]  # keep a saved choice visible even before the engine is up
        was_loading, self._loading = self._loading, True
        try:
            self.voice_name.clear()
            self.voice_name.addItem(self.tr("Default voice"), "")
            for name in names:
                self.voice_name.addItem(name, name)
            self.voice_name.setCurrentIndex(max(0, self.voice_name.findData(wanted)))
        finally:
            self._loading = was_loading

    def _show_sound_status(self, _text: object = None) -> None:
        if self._cues is None:
            self.sound_status.setText(self.tr("Sound cues are not available here."))
        else:
            self.sound_status.setText(self._cues.status)

    def _show_voice_status(self, _text: object = None) -> None:
        if self._speaker is None:
            self.voice_status.setText(self.tr("Spoken guidance is not available here."))
        else:
            self.voice_status.setText(self._speaker.status)

    def _show_save_status(self) -> None:
        if self._save_error:
            self.save_status.setProperty("role", "warning")
            self.save_status.setText(self._save_error)
        else:
            self.save_status.setProperty("role", "muted")
            self.save_status.setText(
                self.tr("Changes take effect at once and are saved automatically.")
                if self._folder is not None
                else self.tr("Changes take effect at once.")
            )
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    # -- size ---------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """Size for the current text size: all of every page if the screen allows, else scroll."""
        t = theme.current()
        self._rescale(t)
        self.ensurePolished()
        for page in self._pages:
            page.ensurePolished()
            page.adjustSize()
        chrome = self.sizeHint().height() - self.pages.sizeHint().height()
        tallest = max(page.sizeHint().height() for page in self._pages)
        widest = max(page.sizeHint().width() for page in self._pages)
        width = self.sections.width() + widest + t.px(80)
        height = chrome + tallest + t.px(16)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, avail.width() - 40)
            height = min(height, avail.height() - 40)
        self.resize(width, height)

    def _rescale(self, t: theme.Theme) -> None:
        """Pixel sizes that depend on the text size (called again after a theme change)."""
        names = [self.sections.item(i).text() for i in range(self.sections.count())]
        metrics = self.sections.fontMetrics()
        self.sections.setFixedWidth(
            max(metrics.horizontalAdvance(n) for n in names) + t.px(20) * 2 + 8
        )
        for _spin, minus, plus in self._steppers:
            for button in (minus, plus):
                button.setFixedWidth(t.target_px)
        # One width for every slider's value label, so the sliders line up.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for _v, texts in self._value_labels
                     for text in texts)
        for value, _texts in self._value_labels:
            value.setFixedWidth(widest + t.px(8))

    def _value_samples(self) -> None:
        """The widest text each slider's value label can show, so sliders line up."""
        self._value_labels = [
            (self.sound_volume_value, ["100 %"]),
            (self.voice_volume_value, ["100 %"]),
            (self.voice_rate_value, [
                self.tr("Normal"), self.tr("Slower ({n})").format(n=-10),
                self.tr("Faster (+{n})").format(n=10),
            ]),
        ]


# -- small builders --------------------------------------------------------------------

class _Form(QGridLayout):
    """Label | field rows, each label centred on its field (QFormLayout top-aligns them)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(24)
        self.setVerticalSpacing(12)
        self.setColumnStretch(1, 1)

    def add_row(self, label: QLabel, field: QWidget) -> None:
        row = self.rowCount()
        label.setWordWrap(False)  # a label broken over lines reads worse than a wider dialog
        self.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(field, row, 1, Qt.AlignmentFlag.AlignVCenter)


def _label(role: str = "", buddy: QWidget | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def _button(role: str = "") -> QPushButton:
    button = QPushButton()
    button.setAutoDefault(False)
    if role:
        button.setProperty("role", role)
    return button


def _name(widget: QWidget, name: str) -> None:
    widget.setAccessibleName(name)


def _slider_row(low: int, high: int) -> tuple[QSlider, QWidget, QLabel]:
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
