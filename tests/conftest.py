"""Shared fixtures. Tests run offscreen; the xvfb marker needs a real X server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from neurofoot_desktop.core.clock import FakeClock
from neurofoot_desktop.core.protocol import Protocol, default_protocol
from neurofoot_desktop.storage import Store


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shutil.which("Xvfb"):
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("CI must run the Xvfb tests, but Xvfb is not installed.")
    skip = pytest.mark.skip(reason="Xvfb is not installed (sudo apt-get install xvfb)")
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
