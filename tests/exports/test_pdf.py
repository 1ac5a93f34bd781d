"""The PDF report: who, when, what happened, readable without the program."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.exports import Period
from neurofoot_desktop.exports.pdf_report import export_pdf
from neurofoot_desktop.storage import Store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Month names in the expected texts are English whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_report_names_person_period_steps_events_and_notes(
    log_store: Store, tmp_path: Path, protocol: Protocol
) -> None:
    out = tmp_path / "report.pdf"
    result = export_pdf(log_store, out, now=NOW, tz=UTC)
    text = pages(out)
    assert result.items == len(text)
    ana = " ".join(t for t in text if "Bob" not in t)
    assert "Foot massage report: Ana María" in ana
    assert "1 November 2026 to 4 November 2026" in ana
    assert "Sessions: 4 (1 completed, 1 stopped, 1 not finished, 1 not started for safety)" in ana
    for step in protocol.steps:
        assert step.title in ana
    assert "2026-11-02 18:30" in ana and "stronger pain" in ana  # a warning, with its date
    assert "It hurts, stop" in ana and "2026-11-03 18:30" in ana  # the blocked day
    assert "It hurt suddenly" in ana and "third, with" in ana  # notes, newlines and all
    assert "reported by the person at home" in ana
    assert text[0].endswith(f"Page 1 of {len(text)}") or f"Page 1 of {len(text)}" in text[0]
    bob = [i for i, t in enumerate(text) if "Foot massage report: Bob" in t]
    assert bob and bob[0] > 0  # each person starts on a page of their own
    assert "11 November 2026 to 11 November 2026" in text[bob[0]]


def test_one_person_and_a_period_without_sessions(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    export_pdf(log_store, out, profile="Bob", period=Period(date(2025, 1, 1), date(2025, 3, 31)),
               now=NOW, tz=UTC)
    text = " ".join(pages(out))
    assert "Foot massage report: Bob" in text and "Ana" not in text
    assert "1 January 2025 to 31 March 2025" in text
    assert "no sessions in this period" in text


def test_empty_log_gives_a_valid_one_page_report(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert export_pdf(store, out, now=NOW).items == 1
    assert "nobody in the log yet" in pages(out)[0]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_rendering_leaves_the_interpreter_healthy(log_store: Store, tmp_path: Path) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call (hence the pin)."""
    before = sys.getrefcount(None)
    export_pdf(log_store, tmp_path / "report.pdf", now=NOW)
    assert sys.getrefcount(None) >= before - 50
