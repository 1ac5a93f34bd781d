"""The History's Charts page fits the window's width: at 200 % Spanish on a 1024-wide window
the period buttons and the summary sentence wrap instead of running off the right edge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.history_fixtures import Log, history_log
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.history.page import HistoryView

__all__ = ["history_log"]

WINDOW_W = 1024
PAGE_MARGINS = 2 * 24  # the main window's margins around the History page (generous)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")
    theme.apply(app, "light", 100)


@pytest.mark.parametrize("language", ["es", "en"], indirect=True)
@pytest.mark.parametrize("scale", [200, 100])
def test_charts_page_fits_a_1024_wide_window(qtbot: QtBot, history_log: Log, language: str,
                                            scale: int) -> None:
    theme.apply(QApplication.instance(), "light", scale)
    view = HistoryView(history_log.store)
    qtbot.addWidget(view)
    view.set_profile(history_log.profile_id)
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    room = WINDOW_W - PAGE_MARGINS
    assert view.minimumSizeHint().width() <= room
    view.resize(room, 600)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(4):  # wrapped words settle their height over a few passes
        QApplication.processEvents()
    viewport = view.charts_page.viewport()
    cut = []
    for w in view.charts.findChildren(QAbstractButton) + view.charts.findChildren(QLabel):
        if not w.isVisibleTo(view.charts) or not (w.text() if hasattr(w, "text") else ""):
            continue
        right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
        if right > viewport.width():
            cut.append(f"{w.text()!r} ends at {right} px, the page at {viewport.width()} px")
    assert not cut, "\n".join(cut)
    period = view.charts.period_buttons
    assert period["2w"].text() == ("2 semanas" if language == "es" else "2 weeks")
    sentence = view.charts.overview.sentence
    assert sentence.text() and sentence.width() <= viewport.width()
