"""The summary's count of minutes in Qt's plural form (issue 14, finding 19: "1 minutes of
massage"), in English and Spanish. Needs both catalogues' plural forms for the subtitle."""

from __future__ import annotations

import pytest
from helpers.session_driver import Driver
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.main_window import MainWindow

WORDS = {"en": ("1 minute of massage", "2 minutes of massage"),
         "es": ("1 minuto de masaje", "2 minutos de masaje")}


@pytest.mark.parametrize("language", ["en", "es"])
def test_one_minute_and_two_minutes(window: MainWindow, drive: Driver, scripted_dialogs,
                                    language: str) -> None:
    app = QApplication.instance()
    i18n.install(app, language)
    try:
        drive.add_person("Ana")
        drive.begin()
        drive.clear_precheck()
        drive.light_touch()
        player = window.player
        drive.run_step(seconds=60)
        player.finish_now()
        drive.rate(8)
        summary = window.summary
        scripted_dialogs.answers = [True]  # end the session now
        player.request_stop()
        drive.symptoms_if_shown()
        assert window.current_page() is summary
        one, two = WORDS[language]
        assert summary.subtitle.text().endswith(" · " + one)
        assert summary.subtitle.text().startswith("Ana · ")
        window.show_page(window.start)
        drive.add_person("Bea")  # a second session: two minutes
        drive.begin()
        drive.clear_precheck()
        drive.light_touch()
        drive.run_step(seconds=120)
        player.finish_now()
        drive.rate(8)
        scripted_dialogs.answers = [True]
        player.request_stop()
        drive.symptoms_if_shown()
        assert summary.subtitle.text().endswith(" · " + two)
    finally:
        i18n.install(app, "en")
