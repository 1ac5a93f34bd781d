"""Issue 14: History walked in English and Spanish, at 100 % and 200 % type, in 1366x768 and
1024x640: the trend and its sections (each step, symptoms, sessions against the plan), every
detail chart, a custom period, the session browser with its filters and a chosen session, the
foot checks, and File > Export's period question. Nothing cut off or elided without a tooltip,
nothing covering something else, nothing pushed past an edge. One window per language and
text size; both window sizes are checked on it."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from helpers.history_fixtures import small_history
from helpers.layout_checks import cells_cut, clipped, cut_off, overlapping
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import dialogs, i18n, theme
from neurofoot_desktop.ui.main_window import MainWindow

SIZES = ((1366, 768), (1024, 640))


def settle() -> None:
    for _ in range(4):  # wrapped words settle their height over a few passes
        QApplication.processEvents()


def problems_on(widget: QWidget) -> list[str]:
    return clipped(widget) + overlapping(widget) + cut_off(widget) + cells_cut(widget)


@pytest.fixture
def history_window(qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest
                   ) -> Iterator[MainWindow]:
    language, scale = request.param
    app = QApplication.instance()
    i18n.install(app, language)
    theme.apply(app, "light", scale)
    store = Store.open(tmp_path)
    pid = small_history(store)
    win = MainWindow(store, clock=FakeClock(), rng=random.Random(7),
                     settings=Settings(sound_enabled=False, voice_enabled=False,
                                       language=language, font_scale=scale))
    qtbot.addWidget(win)
    win.resize(*SIZES[0])
    win.show()
    qtbot.waitExposed(win)
    win.start.reload(pid)
    win.show_history()
    qtbot.waitUntil(lambda: not win.history_view.loading, timeout=10000)
    try:
        yield win
    finally:
        win.close()
        store.close()
        i18n.install(app, "en")
        theme.apply(app, "light", 100)


def period_question(win: MainWindow, found: list[str]) -> None:
    """File > Export > PDF's first question, the real dialog, looked at while it is open."""
    from neurofoot_desktop.ui.files import actions

    tries = [0]

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QDialog) and w.isVisible()), None)
        if dialog is None:
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(20, look)
            return
        try:  # a failure in here must not leave the question waiting for an answer
            settle()
            found.extend(f"export period question: {p}" for p in problems_on(dialog))
        finally:
            dialog.reject()

    previous = dialogs.install(dialogs.QtDialogs())
    try:
        QTimer.singleShot(0, look)
        assert actions.choose_report(win, with_photos=True) is None  # rejected
        assert tries[0] < 50, "the period question did not open"
    finally:
        dialogs.install(previous)


WALK = [("en", 100), ("es", 100), ("en", 200), ("es", 200)]


@pytest.mark.parametrize("history_window", WALK, indirect=True,
                         ids=[f"{lang}-{scale}" for lang, scale in WALK])
def test_history_screens_are_whole(history_window: MainWindow) -> None:
    win = history_window
    view = win.history_view
    charts = view.charts
    found: list[str] = []

    def look(what: str, extra: Callable[[], list[str]] = lambda: []) -> None:
        for w, h in SIZES:
            win.resize(w, h)
            settle()
            page = win.current_page()
            found.extend(f"{w}x{h} {what}: {p}" for p in problems_on(page) + extra())

    def export_menu_fits() -> list[str]:
        wide = view.export_menu.sizeHint().width()
        return [] if wide <= win.width() else [f"the Export menu is {wide} px wide"]

    view.tabs.setCurrentWidget(view.charts_page)
    look("trend", export_menu_fits)
    assert view.adherence.isVisible(), "the plan's section is part of the walk"
    charts.overview.steps_button.click()
    look("trend with each step")
    for kind in ("pressure", "touch", "weekly", "comfort"):
        charts.show_chart(kind)
        look(f"detail chart {kind}")
    charts.set_period("custom")
    look("custom period")
    charts.set_period("3m")
    view.tabs.setCurrentWidget(view.browser)
    browser = view.browser
    look("sessions")
    for button in (browser.filters.warnings, browser.filters.stopped):
        button.click()
        browser.apply_filter()
        look(f"sessions filtered by {button.text()!r}")
        button.click()
    browser.apply_filter()
    noted = next(r for r in browser.model.rows if r.note)
    browser.select_session(noted.id)
    look("a session with a note")
    view.tabs.setCurrentWidget(view.footchecks)
    look("foot checks")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("history_window", WALK, indirect=True,
                         ids=[f"{lang}-{scale}" for lang, scale in WALK])
def test_export_period_question_is_whole(history_window: MainWindow) -> None:
    found: list[str] = []
    period_question(history_window, found)
    assert not found, "\n".join(found)
