"""Skin temperature, optional: the same spot on both feet, in °C or °F as the person prefers.

Each spot is written to the log as soon as both of its readings are typed and make sense; a
reading that makes no sense gets one line under the table and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.core.vocabulary import Foot
from neurofoot_desktop.footcheck_log import FootCheckLog
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.widgets.controls import button, label, warning_label


def default_unit() -> fc.Unit:
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return fc.Unit.FAHRENHEIT if imperial else fc.Unit.CELSIUS


def reading_words(reading: fc.Reading) -> str:
    """"Arch: left 30.1 °C, right 32.9 °C, 2.8 °C apart" in the person's unit."""
    unit = f"°{reading.unit.value}"
    left = fc.from_celsius(reading.left_c, reading.unit)
    right = fc.from_celsius(reading.right_c, reading.unit)
    return QCoreApplication.translate(
        "FootCheck", "{site}: left {left} {unit}, right {right} {unit}, {diff} {unit} apart"
    ).format(
        site=i18n.footcheck_site_words(reading.site.value), left=f"{left:.1f}",
        right=f"{right:.1f}", diff=f"{reading.difference():.1f}", unit=unit)


class TemperatureForm(QWidget):
    """Three rows (ball, arch, heel) of left and right readings, and the unit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log: FootCheckLog | None = None
        self.unit = default_unit()
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        units = QHBoxLayout()
        units.addWidget(label(self.tr("Thermometer shows:"), wrap=False))
        self.unit_buttons: dict[fc.Unit, QPushButton] = {}
        group = QButtonGroup(self)
        for unit in fc.Unit:
            b = button(f"°{unit.value}", name=f"unit_{unit.value}")
            b.setCheckable(True)
            b.setChecked(unit is self.unit)
            b.clicked.connect(lambda _=False, u=unit: self._set_unit(u))
            group.addButton(b)
            units.addWidget(b)
            self.unit_buttons[unit] = b
        units.addStretch(1)
        grid.addLayout(units, 0, 0, 1, 3)
        grid.addWidget(label(i18n.foot_words("left", "title"), "subtitle"), 1, 1)
        grid.addWidget(label(i18n.foot_words("right", "title"), "subtitle"), 1, 2)
        self.fields: dict[tuple[fc.Site, Foot], QLineEdit] = {}
        for row, site in enumerate(fc.Site, 2):
            grid.addWidget(label(i18n.footcheck_site_words(site.value)), row, 0)
            for column, foot in enumerate(Foot, 1):
                field = QLineEdit()
                field.setObjectName(f"temp_{site.value}_{foot.value}")
                field.setAccessibleName(f"{i18n.footcheck_site_words(site.value)}, "
                                        f"{i18n.foot_words(foot.value)}")
                field.setMaxLength(6)
                field.editingFinished.connect(lambda s=site: self._row_done(s))
                grid.addWidget(field, row, column)
                self.fields[(site, foot)] = field
        self.problem = warning_label("", "temperature_problem")
        self.problem.hide()
        grid.addWidget(self.problem, 5, 0, 1, 3)

    def begin(self, log: FootCheckLog) -> None:
        self.log = log
        for (site, foot), field in self.fields.items():
            reading = log.readings.get(site)
            if reading is None:
                field.clear()
            else:
                self.unit = reading.unit
                value = reading.left_c if foot == Foot.LEFT else reading.right_c
                field.setText(f"{fc.from_celsius(value, reading.unit):.1f}")
        self.unit_buttons[self.unit].setChecked(True)
        self.problem.hide()

    def _set_unit(self, unit: fc.Unit) -> None:
        self.unit = unit
        self.commit_all()

    def _row_done(self, site: fc.Site) -> bool:
        """Record a complete row; False (with its one line shown) if it makes no sense."""
        texts = [self.fields[(site, foot)].text().strip() for foot in Foot]
        if not all(texts) or self.log is None:
            return True
        try:
            left, right = (fc.parse_temperature(t, self.unit) for t in texts)
        except fc.FootCheckError as exc:
            self.problem.setText("⚠  " + i18n.footcheck_site_words(site.value) + ": " + str(exc))
            self.problem.show()
            return False
        self.problem.hide()
        self.log.record_reading(fc.Reading(site, left, right, self.unit))
        self.changed.emit()
        return True

    def commit_all(self) -> bool:
        """Record every complete row; False (the first problem shown) if one makes no sense."""
        wrong = [site for site in fc.Site if not self._row_done(site)]
        if wrong:
            self._row_done(wrong[0])
        return not wrong
