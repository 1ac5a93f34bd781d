"""A new language while NeuroFoot runs: the tray menu and the banner speak it at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, time

import pytest
from helpers.clock import FakeClock
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import plans
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.main_window import MainWindow
from neurofoot_desktop.ui.reminders.tray import Reminders


class Quiet:
    def notify(self, title: str, text: str) -> bool:
        return True


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray window
def test_the_tray_menu_and_the_banner_follow_a_language_change(
        window: MainWindow, clock: FakeClock, qapp: QApplication, back_to_english: None
) -> None:
    pid = window.store.add_profile("Ana", clock.now()).id
    plans.save_plan(window.store, pid, Plan(frozenset(range(7)), (time(9, 5),)), clock.now())
    r = Reminders(window, window.store, window.clock, has_tray=True, notifier=Quiet(),
                  zone=lambda: UTC)
    r.driver.timer.stop()
    window.settings = window.settings.changed(close_to_tray="quit")  # the teardown just closes
    clock.advance(6 * 60)
    r.driver.check()
    assert r.menu is not None and r.banner.isVisible()
    assert r.start_action.text() == "Start a session"
    assert r.banner.text.text() == "It is time for Ana's foot massage, whenever you are ready."

    i18n.install(qapp, "es")
    QCoreApplication.processEvents()  # the LanguageChange events are posted
    assert r.start_action.text() == "Empezar una sesión"
    assert r.quit_action.text() == "Salir de NeuroFoot"
    assert r.not_today_action.text() == "Hoy no"
    assert r.banner.begin_button.text() == "Empezar ahora"
    assert r.banner.text.text() == (
        "Es la hora del masaje de pies de Ana, cuando estéis listos.")

    i18n.install(qapp, "en")
    QCoreApplication.processEvents()
    assert r.start_action.text() == "Start a session"
    assert r.banner.not_today.text() == "Not today"


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_menu_is_wide_enough_for_its_words_at_200_percent(
        window: MainWindow, qapp: QApplication) -> None:
    from PySide6.QtGui import QFontMetrics

    from neurofoot_desktop.ui import theme

    theme.apply(qapp, "light", 200)
    try:
        r = Reminders(window, window.store, window.clock, has_tray=True, notifier=Quiet(),
                      zone=lambda: UTC)
        r.driver.timer.stop()
        assert r.menu is not None
        r.menu.aboutToShow.emit()
        metrics = QFontMetrics(r.menu.font())
        assert metrics.height() > 30  # the style sheet's 200 % text, not the 100 % font
        widest = max(metrics.horizontalAdvance(a.text()) for a in r.menu.actions())
        assert r.menu.minimumWidth() > widest
    finally:
        theme.apply(qapp, "light", 100)
