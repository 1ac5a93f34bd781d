"""File > Export makes the PDF, CSV and FHIR in a child process (issue 16: Qt's long layout
and painting calls, or a busy machine, cannot stall the window then): the same files, the
report in the window's language, progress on the way, Cancel leaving no file, and a child
that fails said in one sentence."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.exports import ExportCancelled, ExportError, Period
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.files import export_process
from neurofoot_desktop.ui.main_window import MainWindow

DAY = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)  # within 3 months of the FakeClock's day
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="needs pdftotext (poppler-utils)")


def ana(store: Store, days: int = 3) -> int:
    pid = store.add_profile("Ana", DAY - timedelta(days=days)).id
    for d in range(days):
        sid = store.start_session(pid, DAY - timedelta(days=d))
        store.end_session(sid, "completed", DAY - timedelta(days=d, minutes=-20))
    return pid


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)


@needs_poppler
def test_the_menu_writes_the_report_through_a_child(window: MainWindow, scripted_dialogs,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window.start.reload(ana(window.store))
    started = []
    real = export_process.export_file
    monkeypatch.setattr(export_process, "export_file",
                        lambda *a, **k: started.append(a[1]) or real(*a, **k))
    (out := tmp_path / "out").mkdir()
    target = out / "report.pdf"
    scripted_dialogs.answers = [0, target]  # the last 3 months; this file
    window.export("pdf")
    assert started == ["pdf"]
    text = pdf_text(target)
    assert "Foot massage report: Ana" in text and "Sessions: 3" in text
    assert scripted_dialogs.told[-1][1] == f"Exported 3 sessions to:\n{target}"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]  # no temporary left beside it


@needs_poppler
def test_the_child_speaks_the_windows_language(store: Store, spanish: None,
                                               tmp_path: Path) -> None:
    ana(store)
    seen: list[tuple[int, int]] = []
    done = export_process.export_file(store.path, "pdf", tmp_path / "informe.pdf",
                                      profile="Ana", period=None, appendix=True,
                                      progress=lambda d, t: seen.append((d, t)))
    assert done is not None and done.sessions == 3 and done.items >= 2
    text = pdf_text(tmp_path / "informe.pdf")
    assert "Informe" in text and "Foot massage report" not in text
    assert (done.items, done.items) in seen  # every page counted, up to the last


def test_cancel_kills_the_child_and_leaves_no_file(store: Store, tmp_path: Path) -> None:
    ana(store)
    calls = []

    def cancel_soon(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 3:
            raise ExportCancelled("Cancelled: nothing was written.")

    with pytest.raises(ExportCancelled):
        export_process.export_file(store.path, "pdf", tmp_path / "x.pdf", profile=None,
                                   period=Period(DAY.date() - timedelta(days=5), DAY.date()),
                                   progress=cancel_soon)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # no file, not even a temporary


def test_a_child_that_fails_is_one_sentence_and_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "neurofoot.sqlite3"
    with pytest.raises(ExportError) as failed:
        export_process.export_file(missing, "csv", tmp_path / "x.csv", profile=None,
                                   period=None, progress=lambda d, t: None)
    assert "\n" not in str(failed.value) and str(failed.value)
    assert list(tmp_path.iterdir()) == []


def test_no_child_possible_means_the_window_writes_it_itself(
        window: MainWindow, scripted_dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.start.reload(ana(window.store))
    monkeypatch.setattr(export_process, "command", lambda: [str(tmp_path / "no-such-program")])
    target = tmp_path / "report.pdf"
    scripted_dialogs.answers = [0, target]
    window.export("pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert scripted_dialogs.told[-1][1] == f"Exported 3 sessions to:\n{target}"


@pytest.mark.parametrize("fmt", ["csv", "fhir", "json"])
def test_csv_fhir_and_json_from_the_child_are_the_files_the_log_gives(
        store: Store, tmp_path: Path, fmt: str) -> None:
    from benchmarks.gen_log import populate
    from neurofoot_desktop.exports import export_log

    populate(store, "Ana", days=40, end=DAY)  # steps, notes in several scripts, warnings
    now = DAY + timedelta(days=1)
    child = export_process.export_file(store.path, fmt, tmp_path / f"child.{fmt}",
                                       profile="Ana", period=None, now=now,
                                       progress=lambda d, t: None)
    here = export_log(store, fmt, tmp_path / f"here.{fmt}", profile="Ana", now=now)
    assert child is not None and (child.sessions, child.items) == (here.sessions, here.items)
    assert here.items > 100
    assert child.path.read_bytes() == here.path.read_bytes()


def test_a_frozen_build_starts_the_child_through_the_command_line(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen executable takes no -m: it is started as `neurofoot --export-child`."""
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert export_process.command() == [sys.executable, "--export-child"]
    # the same switch, reached here through the package's __main__
    monkeypatch.setattr(export_process, "command",
                        lambda: [sys.executable, "-m", "neurofoot_desktop", "--export-child"])
    ana(store)
    done = export_process.export_file(store.path, "csv", tmp_path / "log.csv", profile=None,
                                      period=None, progress=lambda d, t: None)
    assert done is not None and done.sessions == 3
    assert done.path.read_text(encoding="utf-8").startswith("schema_version,")
