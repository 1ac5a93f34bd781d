"""Fixtures for the export tests (the sample log lives in export_samples.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.export_samples import fill

from neurofoot_desktop.storage import Store


@pytest.fixture
def log_store(store: Store) -> Store:
    fill(store)
    return store


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "other")
    yield s
    s.close()
