"""Issue 14 finding 10: a theme or text size chosen while History is open. The tabs keep
readable words (they went white on white), the detail chart takes the new background, and
nothing on the page is cut at the new size."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from helpers.history_fixtures import small_history
from helpers.layout_checks import clipped, cut_off, overlapping
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.main_window import MainWindow


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def words_contrast(image: QImage) -> float:
    """The strongest contrast between the commonest colour (the background) and any other."""
    colours = Counter(image.pixelColor(x, y).rgb() for x in range(image.width())
                      for y in range(image.height()))
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(c)) for c in colours)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    theme.apply(app, "light", 100)
    store = Store.open(tmp_path)
    pid = small_history(store)
    win = MainWindow(store, clock=FakeClock(), rng=random.Random(7),
                     settings=Settings(sound_enabled=False, voice_enabled=False))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.start.reload(pid)
    win.show_history()
    qtbot.waitUntil(lambda: not win.history_view.loading, timeout=10000)
    yield win
    win.close()
    store.close()
    theme.apply(app, "light", 100)


@pytest.mark.parametrize(("name", "scale"), [("dark", 100), ("high_contrast", 100),
                                             ("light", 200), ("dark", 200)])
def test_history_follows_a_theme_chosen_while_it_is_open(
        window: MainWindow, qtbot: QtBot, name: str, scale: int) -> None:
    view = window.history_view
    chart = view.charts.chart()
    window.apply_settings(dataclasses.replace(window.settings, theme=name, font_scale=scale))
    for _ in range(6):
        QApplication.processEvents()
    t = theme.current()
    bar = view.tabs.tabBar()
    for i in range(bar.count()):  # each tab's own words, chosen or not
        image = bar.grab(bar.tabRect(i)).toImage()
        assert words_contrast(image) >= 3.0, f"tab {bar.tabText(i)!r} is hard to read"
    corner = chart.grab().toImage().pixelColor(2, 2)
    assert corner.name() == QColor(t.surface).name()
    page = window.current_page()
    problems = clipped(page) + overlapping(page) + cut_off(page)
    assert not problems, "\n".join(problems)
