"""Fixtures for driving the real main window offscreen with a fake clock."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, clock: FakeClock,
           scripted_dialogs) -> Iterator[MainWindow]:
    # Every question is answered by the test (scripted_dialogs.answers): one nobody expected
    # fails the test instead of waiting for a click that never comes.
    theme.apply(QApplication.instance(), "light", 100)
    store = Store.open(data_dir)
    # No real sound or voice in tests (no device here); tests/ui/test_hands_free.py fakes both.
    quiet = Settings(sound_enabled=False, voice_enabled=False)
    win = MainWindow(store, clock=clock, rng=random.Random(7), settings=quiet)
    win.resize(1366, 768)  # the offscreen screen is 800x800: keep the usual window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


@pytest.fixture
def drive(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> Driver:
    return Driver(window, qtbot, clock)
