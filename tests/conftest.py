"""Shared fixtures. Tests run offscreen; the xvfb marker needs a real X server."""

from __future__ import annotations

import ctypes.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from helpers.clock import FakeClock

from neurofoot_desktop.core.protocol import Protocol, default_protocol
from neurofoot_desktop.storage import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _missing_for_xvfb() -> list[str]:
    """What the real-window tests need that this machine lacks (Debian package names)."""
    missing = [] if shutil.which("Xvfb") else ["xvfb"]
    if not shutil.which("xdotool"):
        missing.append("xdotool")
    if ctypes.util.find_library("xcb-cursor") is None:
        missing.append("libxcb-cursor0")  # Qt's xcb plugin will not load without it
    return missing


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = _missing_for_xvfb()
    if not missing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI must run the Xvfb tests, but these are missing: {missing}")
    skip = pytest.mark.skip(
        reason=f"needs a virtual X screen: sudo apt-get install {' '.join(missing)}")
    for item in items:
        if "xvfb" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def protocol() -> Protocol:
    return default_protocol()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.open(data_dir)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def scripted_dialogs() -> Iterator[object]:
    """Every question the program asks answered by the test: set `.answers` (in order);
    `.told` and `.asked` keep what was said. A question without an answer fails the test
    instead of waiting for a click that never comes (so it is on for every test)."""
    from neurofoot_desktop.ui import dialogs

    scripted = dialogs.Scripted()
    previous = dialogs.install(scripted)
    yield scripted
    dialogs.install(previous)


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:  # pytest-qt's qapp, extended
    """pytest-qt's QApplication with English installed as the program installs it: English
    has its plural forms in a translation file too ("1 session", not "1 session(s)")."""
    from PySide6.QtCore import QLocale

    from neurofoot_desktop.ui import i18n

    locale = QLocale()
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)  # tests keep the locale they always had
    return qapp


_EXIT_STATUS = pytest.StashKey[int]()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave as soon as the results are reported, skipping the interpreter's own tear-down
    of a thousand tests' Qt objects: PySide frees them in no fixed order at exit, which now
    and then crashed (SIGSEGV after the summary line, turning a green run red). The exit
    status is the session's own, so a failed test still fails the run."""
    import sys

    if "PySide6" in sys.modules and _EXIT_STATUS in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[_EXIT_STATUS])
