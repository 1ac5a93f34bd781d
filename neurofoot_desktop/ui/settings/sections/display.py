"""Display: text size, colours and language."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton, QSpinBox, QWidget

from neurofoot_desktop.core.settings import FONT_SCALE_RANGE, Settings
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.settings.base import Section, Services, label


class DisplaySection(Section):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = self.layout_
        form = self.form()
        self.font_scale = QSpinBox()
        self.font_scale.setObjectName("fontScale")
        self.font_scale.setRange(*FONT_SCALE_RANGE)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale_label = label(buddy=self.font_scale)
        form.add_row(self.font_scale_label, self.stepper(self.font_scale))
        self._steady_stepper()
        self.display_sample = label()
        self.display_sample.setObjectName("displaySample")
        layout.addWidget(self.display_sample)
        # Radio buttons rather than drop-down lists: every choice visible, one press each.
        self.theme_label = label(role="subtitle")
        layout.addWidget(self.theme_label)
        self.theme_group = QButtonGroup(self)
        self.theme_radios = self._radio_grid(self.theme_group, theme.THEMES, "theme")
        self.theme_label.setBuddy(self.theme_radios["system"])
        self.language_label = label(role="subtitle")
        layout.addWidget(self.language_label)
        self.language_group = QButtonGroup(self)
        self.language_radios = self._radio_grid(self.language_group, i18n.SETTINGS, "language")
        self.language_label.setBuddy(self.language_radios["system"])
        self.language_note = label(role="muted")
        layout.addWidget(self.language_note)
        layout.addStretch(1)
        self.font_scale.valueChanged.connect(self._edit)
        for radio in (*self.theme_radios.values(), *self.language_radios.values()):
            # Only the radio being checked: the one unchecked with it changes nothing alone.
            radio.toggled.connect(lambda on: on and self._edit())

    def _largest(self) -> tuple[theme.Theme, QFontMetrics]:
        big = dataclasses.replace(theme.current(), scale=FONT_SCALE_RANGE[1] / 100)
        font = QFont(self.font())
        font.setPixelSize(big.body_px)
        return big, QFontMetrics(font)

    def _steady_stepper(self) -> None:
        """The text size applies at once, so everything round the "+" grows with each click;
        sized for the largest text from the start, the "+" stays under the pointer (issue 14,
        finding 19)."""
        big, metrics = self._largest()
        _spin, minus, plus = next(row for row in self.steppers if row[0] is self.font_scale)
        for b in (minus, plus):
            b.setFixedWidth(big.target_px)
        self.font_scale.steady = True  # type: ignore[attr-defined]  # the dialog leaves it
        self.font_scale.setFixedWidth(metrics.horizontalAdvance("200 %") + big.px(28))

    def _radio_grid(self, group: QButtonGroup, keys: Sequence[str], prefix: str
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
        self.layout_.addLayout(grid)
        return radios

    def title(self) -> str:
        return self.tr("Display")

    def show_settings(self, s: Settings) -> None:
        self.theme_radios[s.theme].setChecked(True)
        self.font_scale.setValue(s.font_scale)
        self.language_radios[s.language].setChecked(True)

    def apply(self, s: Settings) -> Settings:
        chosen_theme = next(k for k, r in self.theme_radios.items() if r.isChecked())
        language = next(k for k, r in self.language_radios.items() if r.isChecked())
        return s.changed(theme=chosen_theme, font_scale=self.font_scale.value(),
                         language=language)

    def retranslate(self) -> None:
        tr = self.tr
        self.font_scale_label.setText(tr("Text size"))
        # the label column as wide as at the largest text, so the stepper does not shift
        self.font_scale_label.setMinimumWidth(
            self._largest()[1].horizontalAdvance(self.font_scale_label.text()) + 8)
        self.font_scale.setAccessibleName(tr("Text size in percent"))
        self.theme_label.setText(tr("Colours"))
        theme_names = {
            "system": tr("Follow the system"), "light": tr("Light"), "dark": tr("Dark"),
            "high_contrast": tr("High contrast"),
        }
        for key, radio in self.theme_radios.items():
            radio.setText(theme_names[key])
            radio.setAccessibleName(tr("Colours: {choice}").format(choice=theme_names[key]))
        self.language_label.setText(tr("Language"))
        # Language names are written in their own language, so anyone can find theirs.
        language_names = {"system": tr("Follow the system"), "en": "English", "es": "Español"}
        for key, radio in self.language_radios.items():
            radio.setText(language_names[key])
            radio.setAccessibleName(tr("Language: {choice}").format(choice=language_names[key]))
        self.language_note.setText(tr("A new language shows the next time NeuroFoot starts."))
        self.display_sample.setText(tr("This is how large the text will be."))
        self.name_steppers()
