"""The session browser's filter bar: what a person sees after filtering, searching, jumping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers.history_fixtures import HURT_DAY, NOTE_DAY, WARNED_DAY, Log, history_log, make_session
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history.browser import SessionBrowser
from neurofoot_desktop.ui.history.page import HistoryView
from neurofoot_desktop.ui.history.text import local_date_text

__all__ = ["history_log"]


@pytest.fixture
def browser(qtbot: QtBot, history_log: Log) -> SessionBrowser:
    theme.apply(QApplication.instance(), "light")
    b = SessionBrowser(history_log.store)
    qtbot.addWidget(b)
    b.resize(1024, 640)
    b.set_sessions(history_log.records, history_log.profile_id)
    b.show()
    qtbot.waitExposed(b)
    return b


def listed_dates(b: SessionBrowser) -> list[str]:
    m = b.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def date_of(log: Log, day: int) -> str:
    return local_date_text(log.record(day).started_at.timestamp())


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_toggles_list_only_stopped_warned_or_noted_sessions(
    browser: SessionBrowser, history_log: Log, qtbot: QtBot,
) -> None:
    bar = browser.filters
    assert bar.count.text() == ""
    click(qtbot, bar.stopped)
    assert listed_dates(browser) == [date_of(history_log, HURT_DAY)]
    assert bar.count.text() == "1 of 200 sessions"
    assert browser.alert_texts[0].startswith("Stopped because it hurt")
    click(qtbot, bar.stopped)
    click(qtbot, bar.warnings)
    assert listed_dates(browser) == [date_of(history_log, WARNED_DAY)]
    click(qtbot, bar.warnings)
    click(qtbot, bar.notes)
    assert listed_dates(browser) == [date_of(history_log, NOTE_DAY)]
    assert browser.note.toPlainText() == "Felt lovely afterwards"
    click(qtbot, bar.notes)
    assert len(listed_dates(browser)) == 200


def test_typing_in_the_search_finds_step_notes(browser: SessionBrowser, history_log: Log,
                                               qtbot: QtBot) -> None:
    qtbot.keyClicks(browser.filters.search, "COLD hands")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=3000)
    assert listed_dates(browser) == [date_of(history_log, NOTE_DAY)]
    browser.filters.search.clear()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 200, timeout=3000)
    qtbot.keyClicks(browser.filters.search, "nothing like this")
    qtbot.keyClick(browser.filters.search, Qt.Key.Key_Return)
    assert browser.model.rowCount() == 0
    assert browser.filters.count.text() == "0 of 200 sessions"


def test_jump_to_a_date_shows_that_session(browser: SessionBrowser, history_log: Log,
                                           qtbot: QtBot) -> None:
    record = history_log.record(WARNED_DAY - 40)
    browser.filters.day.setDate(QDate(record.started_at.astimezone().date()))
    click(qtbot, browser.filters.go)
    assert browser.current_record().id == record.id
    assert browser.heading.text() == local_date_text(record.started_at.timestamp(),
                                                     "dddd d MMMM yyyy, HH:mm")


def test_choosing_another_person_shows_their_sessions(qtbot: QtBot, history_log: Log) -> None:
    store = history_log.store
    other = store.add_profile("Bea", datetime.now(UTC) - timedelta(days=9))
    start = datetime.now(UTC) - timedelta(days=5)
    with store.transaction() as conn:
        for d in range(3):
            record = make_session(other.id, "Bea", d, start)
            record.id = f"bea-{d}"
            store.insert_session(record, conn)
    view = HistoryView(store)
    qtbot.addWidget(view)
    view.set_profile(history_log.profile_id)
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    view.tabs.setCurrentWidget(view.browser)
    person = view.browser.filters.person
    assert person.isVisibleTo(view) and person.currentText() == "Ana María"
    person.setCurrentIndex(person.findText("Bea"))
    person.activated.emit(person.currentIndex())
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.browser.model.rowCount() == 3
    assert {r.profile_name for r in view.browser.model.rows} == {"Bea"}
