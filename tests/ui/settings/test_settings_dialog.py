"""The settings dialog: what a person sees and presses, and what the program then does."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QAccessible, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import FILE_NAME, Settings
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.guidance import cues
from neurofoot_desktop.ui.guidance.cues import CuePlayer
from neurofoot_desktop.ui.guidance.speech import Speaker
from neurofoot_desktop.ui.reminders.words import weekday_words
from neurofoot_desktop.ui.settings.dialog import SettingsDialog
from neurofoot_desktop.ui.settings.sections.display import DisplaySection
from neurofoot_desktop.ui.settings.sections.hands_free import HandsFreeSection
from neurofoot_desktop.ui.settings.sections.session import DurationSpinBox, SessionSection
from neurofoot_desktop.ui.settings.sections.sound import SoundSection
from neurofoot_desktop.ui.settings.sections.voice import VoiceSection

pytestmark = pytest.mark.qt_log_ignore(*cues.NO_DEVICE_LOG)

CONTROLS = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)


@pytest.fixture(autouse=True)
def restore_theme(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp, "light", 100)
    yield
    theme.apply(qapp, "light", 100)


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Iterator[Any]:
    speakers: list[Speaker] = []

    def make(settings: Settings | None = None, **kwargs: Any) -> SettingsDialog:
        speaker = kwargs.get("speaker")
        if speaker is not None:
            speakers.append(speaker)
        dialog = SettingsDialog(settings or Settings(), **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for speaker in speakers:
        speaker.shutdown()
    # The dialog deletes itself on close; let that happen now, so later tests do not
    # re-style hundreds of leftover widgets on every theme change.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SettingsDialog):
            widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_closed_dialog_is_deleted(open_dialog: Any, qtbot: QtBot) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        dialog.close_button.click()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def mock_speaker(settings: Settings) -> Speaker:
    return Speaker(settings, engine="mock", probe_command=None, engines=lambda: ["mock"])


def accessible_name(widget: QWidget) -> str:
    """What a screen reader hears: the name Qt's accessibility layer exposes (AT-SPI too)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def show_section(dialog: SettingsDialog, index: int) -> None:
    dialog.sections.setCurrentRow(index)
    QApplication.processEvents()


# -- legibility and accessibility ---------------------------------------------------------

def test_every_control_has_an_accessible_name(open_dialog: Any) -> None:
    dialog = open_dialog()
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not accessible_name(w).strip()
        and not isinstance(w.parent(), QAbstractSpinBox)  # a spin box's own inner editor
        and not isinstance(w, QScrollBar)  # a scroll bar role, named by its area
    ]
    assert nameless == []


def test_every_field_has_a_label_that_is_its_buddy(open_dialog: Any) -> None:
    dialog = open_dialog()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    fields = [w for w in dialog.findChildren(QWidget)
              if isinstance(w, QAbstractSpinBox | QAbstractSlider | QComboBox)
              and not isinstance(w, QScrollBar)]
    assert fields
    assert [w.objectName() for w in fields if w not in buddies] == []
    # Radio groups and the sections are introduced by a label pointing at their first choice.
    session, display = dialog.section(SessionSection), dialog.section(DisplaySection)
    for radio in (session.order_foot_by_foot, session.first_left,
                  display.theme_radios["system"], display.language_radios["system"]):
        assert radio in buddies


def focus_chain(dialog: SettingsDialog, qtbot: QtBot) -> list[QWidget]:
    """Press Tab from the section list until focus comes back; every widget reached."""
    dialog.sections.setFocus()
    qtbot.waitUntil(dialog.sections.hasFocus)
    chain: list[QWidget] = [dialog.sections]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is dialog.sections:
            return chain
        chain.append(widget)
    raise AssertionError("Tab never came back to the start")


@pytest.mark.parametrize("section", range(5))
def test_tab_walks_the_controls_in_the_order_they_appear(
    open_dialog: Any, qtbot: QtBot, section: int
) -> None:
    dialog = open_dialog()
    show_section(dialog, section)
    chain = focus_chain(dialog, qtbot)
    page = [w for w in chain if dialog.pages.currentWidget().isAncestorOf(w)]
    assert page, "the page's controls are reachable with Tab"
    # Sections first, then the page top to bottom (left to right within a row), then buttons.
    assert chain[0] is dialog.sections
    assert chain[-2:] == [dialog.defaults_button, dialog.close_button]
    assert chain[1 : 1 + len(page)] == page
    spots = [(w.mapTo(dialog, w.rect().center()).y(), w.mapTo(dialog, w.rect().center()).x())
             for w in page]
    rows = [(round(y / 8), x) for y, x in spots]  # same row within a few pixels
    assert rows == sorted(rows)


def test_stepper_buttons_are_big_and_stay_out_of_the_tab_order(open_dialog: Any) -> None:
    dialog = open_dialog()
    spin = dialog.section(SessionSection).durations["toe_rolling"]
    plus = next(p for s, _m, p in dialog.section(SessionSection).steppers if s is spin)
    assert plus.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert plus.width() >= 44 and plus.height() >= 44
    assert accessible_name(plus) == f"More: {spin.accessibleName()}"
    before = spin.value()
    plus.click()
    assert dialog.settings.duration_s("toe_rolling") == before + 10


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_nothing_is_clipped_at_any_text_size(
    open_dialog: Any, qapp: QApplication, name: str, scale: int
) -> None:
    theme.apply(qapp, name, scale)
    dialog = open_dialog(Settings(theme=name, font_scale=scale))
    for section in range(dialog.pages.count()):
        show_section(dialog, section)
        page = dialog.pages.currentWidget().widget()
        for widget in page.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QAbstractButton | QLabel) and not (
                isinstance(widget, QLabel) and widget.wordWrap()
            ):
                hint = widget.sizeHint()
                assert widget.width() >= hint.width() - 1, (section, widget.objectName(),
                                                            widget.text())
                assert widget.height() >= min(hint.height(), 44) - 1
    # At 200 % on a 1366-pixel-wide screen no page needs sideways scrolling.
    widest = max(p.widget().minimumSizeHint().width() for p in
                 (dialog.pages.widget(i) for i in range(dialog.pages.count())))
    assert dialog.sections.width() + widest + 60 <= 1366 - 40


# -- changes apply at once ---------------------------------------------------------------

def test_each_change_emits_the_new_settings(open_dialog: Any, qtbot: QtBot) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        dialog.section(SessionSection).durations["sole_kneading"].setValue(200)
    assert changed.args[0].duration_s("sole_kneading") == 200
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        qtbot.mouseClick(dialog.section(SessionSection).order_alternating,
                         Qt.MouseButton.LeftButton)
    assert changed.args[0].order == "alternating"
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        dialog.section(SessionSection).first_right.click()
    assert changed.args[0].first_foot == "right"
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        dialog.section(HandsFreeSection).hands_free.click()
    assert changed.args[0].hands_free is True
    assert dialog.section(HandsFreeSection).get_ready.isEnabled()
    dialog.section(HandsFreeSection).get_ready.setValue(20)
    dialog.section(VoiceSection).voice_rate.setValue(-5)
    dialog.section(SoundSection).sound_volume.setValue(35)
    s = dialog.settings
    assert (s.get_ready_s, s.voice_rate, s.sound_volume) == (20, -0.5, 35)
    assert dialog.section(VoiceSection).voice_rate_value.text() == "Slower"  # no "(-5)"
    dialog.section(VoiceSection).voice_rate.setValue(2)
    assert dialog.section(VoiceSection).voice_rate_value.text() == "A little faster"
    assert dialog.section(SoundSection).sound_volume_value.text() == "35 %"


def test_get_ready_is_greyed_out_until_hands_free_is_on(open_dialog: Any) -> None:
    dialog = open_dialog()
    assert not dialog.section(HandsFreeSection).get_ready.isEnabled()
    dialog.section(HandsFreeSection).hands_free.click()
    assert dialog.section(HandsFreeSection).get_ready.isEnabled()


def test_theme_and_text_size_apply_at_once(open_dialog: Any, qtbot: QtBot, qapp: QApplication
                                           ) -> None:
    dialog = open_dialog()
    dialog.section(DisplaySection).theme_radios["dark"].click()
    assert theme.current().name == "dark"
    assert dialog.settings.theme == "dark"
    dialog.section(DisplaySection).font_scale.setFocus()
    # 100 -> 110 with the keyboard
    qtbot.keyClick(dialog.section(DisplaySection).font_scale, Qt.Key.Key_Up)
    assert dialog.settings.font_scale == 110
    assert theme.current().scale == pytest.approx(1.1)
    assert qapp.font().pixelSize() == round(18 * 1.1)
    dialog.section(DisplaySection).theme_radios["high_contrast"].click()
    assert theme.current().name == "high_contrast"
    assert theme.current().scale == pytest.approx(1.1)


def test_restore_defaults_resets_every_control(open_dialog: Any, qtbot: QtBot) -> None:
    changed = Settings(order="alternating", hands_free=True, theme="dark", font_scale=150,
                       sound_volume=10, language="es").with_duration("effleurage", 300)
    dialog = open_dialog(changed)
    assert dialog.section(SessionSection).durations["effleurage"].text() == "5:00"
    with qtbot.waitSignal(dialog.settingsChanged) as signal:
        dialog.defaults_button.click()
    assert signal.args[0] == Settings()
    assert (dialog.section(SessionSection).durations["effleurage"].value()
            == Settings().duration_s("effleurage"))
    assert dialog.section(SessionSection).order_foot_by_foot.isChecked()
    assert dialog.section(DisplaySection).theme_radios["system"].isChecked()
    assert dialog.section(DisplaySection).font_scale.value() == 100


def test_load_problems_are_shown_in_words(open_dialog: Any) -> None:
    problem = "settings.json: font_scale: expected a whole number from 100 to 200, found 900"
    dialog = open_dialog(problems=[problem])
    assert dialog.problems_label.isVisible()
    assert dialog.problems_label.text().startswith("⚠")
    assert "reset" in dialog.problems_label.text()
    assert problem in dialog.problems_label.toolTip()
    assert not open_dialog().problems_label.isVisible()


# -- saving -------------------------------------------------------------------------------

def test_changes_are_saved_to_the_data_folder(open_dialog: Any, qtbot: QtBot, tmp_path: Path
                                              ) -> None:
    dialog = open_dialog(folder=tmp_path)
    dialog.section(SoundSection).sound_volume.setValue(42)
    path = tmp_path / FILE_NAME
    qtbot.waitUntil(path.exists, timeout=3000)
    assert json.loads(path.read_text(encoding="utf-8"))["sound_volume"] == 42
    assert "saved automatically" in dialog.save_status.text()
    dialog.section(VoiceSection).voice_volume.setValue(12)
    dialog.close_button.click()  # closing writes at once, without waiting for the timer
    assert Settings.load(tmp_path)[0].voice_volume == 12


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a folder the user cannot write")
def test_a_folder_that_cannot_be_written_gives_a_message(
    open_dialog: Any, tmp_path: Path
) -> None:
    tmp_path.chmod(0o500)
    try:
        dialog = open_dialog(folder=tmp_path)
        dialog.section(SoundSection).sound_volume.setValue(42)
        assert dialog.save_now() is False
        assert "could not be saved" in dialog.save_status.text()
        assert dialog.save_status.text().startswith("⚠")
    finally:
        tmp_path.chmod(0o700)


def test_a_save_failure_never_raises(open_dialog: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    dialog = open_dialog(folder=blocker)
    dialog.section(SoundSection).sound_volume.setValue(42)
    assert dialog.save_now() is False
    assert "could not be saved" in dialog.save_status.text()
    assert dialog.settings.sound_volume == 42  # still applies for this run


# -- sound and voice -----------------------------------------------------------------------

def test_sound_status_and_test_button(open_dialog: Any) -> None:
    player = CuePlayer(Settings(), has_output=lambda: False)
    dialog = open_dialog(cues=player)
    assert "No speaker or headphones" in dialog.section(SoundSection).sound_status.text()
    dialog.section(SoundSection).test_sound.click()  # silent, and no error dialog
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not dialog and w.isWindow() and w.inherits("QDialog")] == []
    dialog.section(SoundSection).sound_enabled.click()
    assert player.settings.sound_enabled is False
    assert not dialog.section(SoundSection).sound_volume.isEnabled()
    assert dialog.section(SoundSection).sound_status.text() == player.status


def test_voice_list_choice_and_test_voice(open_dialog: Any, qtbot: QtBot) -> None:
    settings = Settings(language="en")
    speaker = mock_speaker(settings)
    dialog = open_dialog(settings, speaker=speaker)
    qtbot.waitUntil(lambda: dialog.section(VoiceSection).voice_name.count() > 1, timeout=3000)
    combo = dialog.section(VoiceSection).voice_name
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Default voice"
    assert "Anne" in names
    dialog.section(VoiceSection).voice_name.setCurrentIndex(names.index("Anne"))
    assert dialog.settings.voice_name == "Anne"
    assert speaker.tts.voice().name() == "Anne"
    assert dialog.section(VoiceSection).voice_status.text() == "Spoken guidance is on."
    with qtbot.waitSignal(speaker.speakingChanged, timeout=3000) as speaking:
        dialog.section(VoiceSection).test_voice.click()
    assert speaking.args == [True]
    dialog.section(VoiceSection).voice_enabled.click()
    assert not dialog.section(VoiceSection).test_voice.isEnabled()
    assert dialog.section(VoiceSection).voice_status.text() == "Spoken guidance is off."


def test_an_unavailable_voice_is_explained(open_dialog: Any) -> None:
    speaker = Speaker(Settings(), engine="", probe_command=None, engines=list)
    dialog = open_dialog(speaker=speaker)
    assert "No speech engine" in dialog.section(VoiceSection).voice_status.text()


def test_a_saved_voice_stays_listed_before_the_engine_is_ready(open_dialog: Any) -> None:
    dialog = open_dialog(Settings(voice_name="Kari", voice_enabled=False))
    assert dialog.section(VoiceSection).voice_name.currentText() == "Kari"


# -- the duration field ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "seconds"), [("2:30", 150), ("90", 90), ("0:45", 45),
                                               ("12:00", 720), (" 3:05 ", 185)])
def test_durations_are_typed_as_minutes_and_seconds(qtbot: QtBot, text: str, seconds: int) -> None:
    spin = DurationSpinBox()
    qtbot.addWidget(spin)
    assert spin.validate(text, 0)[0] == QValidator.State.Acceptable
    assert spin.valueFromText(text) == seconds


@pytest.mark.parametrize("text", ["1:75", "abc", "5", "1:2:3"])
def test_impossible_durations_are_not_accepted(qtbot: QtBot, text: str) -> None:
    spin = DurationSpinBox()
    qtbot.addWidget(spin)
    assert spin.validate(text, 0)[0] != QValidator.State.Acceptable


def test_durations_show_as_minutes_and_seconds(qtbot: QtBot) -> None:
    spin = DurationSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(95)
    assert spin.text() == "1:35"


# -- translation ------------------------------------------------------------------------------

class Marker(QTranslator):
    """Translates every string to itself with a mark, to find untranslated ones."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"«{source}»"


def test_visible_strings_go_through_tr_and_follow_a_language_change(open_dialog: Any) -> None:
    dialog = open_dialog()
    marker = Marker()
    QCoreApplication.installTranslator(marker)
    try:
        QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
        assert dialog.section(SoundSection).sound_enabled.text() == "«Play sound cues»"
        assert dialog.close_button.text() == "«Close»"
        assert dialog.sections.item(0).text() == "«Session»"
        assert dialog.windowTitle() == "«Settings»"
        widgets = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
        texts = [w.text() for w in widgets if w.text() and w.text() not in ("−", "+")]
        # Own-language names (English, Español), step titles from the protocol, numbers,
        # and the days of the week, which the locale names (QLocale.dayName).
        untranslated = [t for t in texts if not t.startswith(("«", "⚠ «"))]
        allowed = {"English", "Español"} | {
            label.text() for label in dialog.section(SessionSection).duration_labels.values()
        } | {weekday_words(d) for d in range(7)}
        assert [t for t in untranslated if t not in allowed and not t[0].isdigit()] == []
    finally:
        QCoreApplication.removeTranslator(marker)


# -- one shell, sections on a common base ------------------------------------------------------

def test_a_change_is_applied_once_by_the_given_applier(open_dialog: Any) -> None:
    player = CuePlayer(Settings(), has_output=lambda: False)
    applied: list[Settings] = []
    dialog = open_dialog(cues=player, apply=applied.append)
    dialog.section(SoundSection).sound_enabled.click()
    assert [s.sound_enabled for s in applied] == [False]
    # The dialog left the applying to the window: it did not also change the cue player.
    assert player.settings.sound_enabled is True
    assert not dialog.section(SoundSection).sound_volume.isEnabled()


def test_a_new_section_is_one_class_and_one_line(open_dialog: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QCheckBox

    from neurofoot_desktop.ui.settings import dialog as shell
    from neurofoot_desktop.ui.settings.base import Section

    class CloseSection(Section):
        def __init__(self, services: Any, parent: QWidget | None = None) -> None:
            super().__init__(services, parent)
            self.ask = QCheckBox()
            self.layout_.addWidget(self.ask)
            self.ask.toggled.connect(self._edit)

        def title(self) -> str:
            return "Closing"

        def show_settings(self, s: Settings) -> None:
            self.ask.setChecked(s.close_to_tray == "ask")

        def apply(self, s: Settings) -> Settings:
            return s.changed(close_to_tray="ask" if self.ask.isChecked() else "quit")

        def retranslate(self) -> None:
            self.ask.setText("Ask when closing")
            self.ask.setAccessibleName("Ask when closing")

    monkeypatch.setattr(shell, "SECTIONS", (*shell.SECTIONS, CloseSection))
    dialog = open_dialog(Settings(close_to_tray="ask"))
    assert dialog.sections.item(dialog.sections.count() - 1).text() == "Closing"
    closing = dialog.section(CloseSection)
    assert closing.ask.isChecked()
    closing.ask.click()
    assert dialog.settings.close_to_tray == "quit"
