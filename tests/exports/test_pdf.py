"""The PDF report: who, when, what happened, readable without the program."""

from __future__ import annotations

import re
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
from neurofoot_desktop.exports.pdf import export_pdf
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import SessionRecord

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
    result = export_pdf(log_store, out, now=NOW, tz=UTC, appendix=True)
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
    assert len(pages(out)) == 1  # a period without sessions: one page that says so


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


def test_summary_shows_flagged_notes_only_and_the_appendix_all(log_store: Store,
                                                                tmp_path: Path) -> None:
    summary, full = tmp_path / "summary.pdf", tmp_path / "full.pdf"
    export_pdf(log_store, summary, profile="Ana María", now=NOW, tz=UTC)
    export_pdf(log_store, full, profile="Ana María", now=NOW, tz=UTC, appendix=True)
    short, whole = " ".join(pages(summary)), " ".join(pages(full))
    assert "Appendix: every session (4)" in whole and "Appendix" not in short
    flagged = int(re.search(r"warning signs or stops \((\d+)\)", short).group(1))
    every = int(re.search(r"Appendix: all notes \((\d+)\)", whole).group(1))
    assert 0 < flagged < every  # the summary keeps the notes of flagged sessions only
    assert "Trend" in short and "comfort averaged" in short


def _hostile(store: Store, tmp_path: Path, days: int, note_chars: int = 40_000) -> None:
    """Days of sessions, every one with warning signs and an endless, marked-up note."""
    from benchmarks.gen_log import populate

    source = Store.open(tmp_path / "source")
    populate(source, "Ana", days=days, seed=3)
    records = source.sessions()
    source.close()
    profile = store.add_profile("Ana", records[0].started_at)
    hostile = ("<b>&amp;" + "x" * 20_000 + " " + "long words " * 2_000)[:note_chars]
    with store.transaction() as conn:
        for r in records:
            r.profile_id, r.note = profile.id, hostile
            r.answers["worse_pain"] = True
            store.insert_session(r, conn)


@pytest.mark.parametrize("days", [90, 3650])
def test_any_period_gives_at_most_four_pages(store: Store, tmp_path: Path, days: int) -> None:
    """Thousands of warning signs and hostile notes keep the summary within 4 pages; the
    notes stay whole in the log."""
    _hostile(store, tmp_path, days, 40_000 if days < 100 else 600)
    out = tmp_path / "report.pdf"
    result = export_pdf(store, out, now=NOW, tz=UTC)
    text = pages(out)
    assert result.items == len(text) <= 4
    joined = " ".join(text)
    assert "days with warning signs" in joined
    assert "Counted per month" in joined or days < 100
    assert "JSON export holds them whole" in joined
    assert "<b>" in joined and "&amp;" in joined  # shown as written, not as markup
    kept: SessionRecord = store.sessions()[-1]
    assert len(kept.note) == (40_000 if days < 100 else 600)


def test_appendix_lists_every_session(store: Store, tmp_path: Path) -> None:
    _hostile(store, tmp_path, 120, 2_000)
    out = tmp_path / "report.pdf"
    result = export_pdf(store, out, now=NOW, tz=UTC, appendix=True)
    assert result.items > 4
    assert "Appendix: every session (" in " ".join(pages(out))


def test_calendar_edges(store: Store, tmp_path: Path) -> None:
    """A period from the first to the last day the calendar knows still makes a report."""
    _hostile(store, tmp_path, 30, 100)
    out = tmp_path / "report.pdf"
    result = export_pdf(store, out, period=Period(date(1, 1, 2), date(9999, 12, 30)), now=NOW,
                        tz=UTC)
    assert 1 <= result.items <= 4


def test_a_chart_title_never_ends_a_page_alone(store: Store, tmp_path: Path) -> None:
    """Three months of daily sessions fill page 1 down to the light-touch title: title and
    chart go to page 2 together (the title alone at the foot of page 1 read as a mistake)."""
    from benchmarks.gen_log import populate

    populate(store, days=120, end=NOW)
    out = tmp_path / "report.pdf"
    export_pdf(store, out, period=Period(date(2026, 8, 21), date(2026, 11, 20)), now=NOW)
    reader = PdfReader(out)
    with_title = {i for i, text in enumerate(pages(out)) if "share of the checks" in text}
    # the charts are trend, steps, then light touch: the last picture of the report
    with_chart = max(i for i, page in enumerate(reader.pages) if page.images)
    assert with_title == {with_chart}
