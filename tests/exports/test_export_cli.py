"""`neurofoot export` and `neurofoot import` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.export_samples import fill

from neurofoot_desktop.cli import main
from neurofoot_desktop.storage import Store


@pytest.fixture
def data(store: Store, data_dir: Path) -> Path:
    fill(store)
    return data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["csv", "json", "fhir", "pdf"])
def test_export_each_format(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            fmt: str, qapp: object) -> None:
    out = tmp_path / f"log.{fmt}"
    code, stdout, err = run(capsys, "export", "--format", fmt, "--out", str(out),
                            "--data-dir", str(data))
    assert (code, err) == (0, "")
    assert "Wrote 5 sessions" in stdout and str(out) in stdout
    assert out.stat().st_size > 0


def test_export_one_person_and_days(data: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ana.json"
    code, stdout, _ = run(capsys, "--data-dir", str(data), "export", "--format", "json",
                          "--out", str(out), "--profile", "Ana María",
                          "--since", "2026-11-01", "--until", "2026-11-02")
    assert code == 0 and "Wrote 2 sessions" in stdout
    assert [p["name"] for p in json.loads(out.read_text("utf-8"))["profiles"]] == ["Ana María"]


def test_pdf_appendix_is_asked_for(data: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    """The summary stays short; --appendix adds every session and note after it."""
    counts = []
    for extra in ([], ["--appendix"]):
        out = tmp_path / f"report{len(extra)}.pdf"
        code, stdout, _ = run(capsys, "--data-dir", str(data), "export", "--format", "pdf",
                              "--out", str(out), "--profile", "Ana María", *extra)
        assert code == 0
        counts.append(int(stdout.split("(")[1].split()[0]))
    assert counts[0] <= 4 and counts[1] > counts[0]


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "{tmp}"], "is a folder"),
    (["--out", "{tmp}/no/such/folder/x.csv"], "does not exist"),
    (["--out", "{tmp}/x.csv", "--since", "1st of May"], "--since must be a date"),
    (["--out", "{tmp}/x.csv", "--since", "2026-05-02", "--until", "2026-05-01"], "is after"),
    (["--out", "{tmp}/x.csv", "--profile", "Zed"], "no person called 'Zed'"),
])
def test_export_failures_are_one_clean_sentence(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
    message: str,
) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    code, stdout, err = run(capsys, "export", "--format", "csv", "--data-dir", str(data), *argv)
    assert code != 0 and stdout == ""
    assert err.startswith("neurofoot export: ") and message in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()


def test_import_restores_everything_then_nothing_twice(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "log.json"
    assert run(capsys, "export", "--format", "json", "--out", str(out),
               "--data-dir", str(data))[0] == 0
    fresh = tmp_path / "fresh"
    code, stdout, _ = run(capsys, "import", str(out), "--data-dir", str(fresh))
    assert code == 0
    assert "Added 5 sessions and 2 new person(s) (Ana María, Bob); 0 were already" in stdout
    code, stdout, _ = run(capsys, "import", str(out), "--data-dir", str(fresh))
    assert code == 0 and "Added 0 sessions; 5 were already in the log." in stdout
    again = tmp_path / "again.json"
    run(capsys, "export", "--format", "json", "--out", str(again), "--data-dir", str(fresh))
    original, copy = (json.loads(p.read_text("utf-8")) for p in (out, again))
    assert copy["profiles"] == original["profiles"]


def test_csv_and_json_exports_do_not_load_qt(data: Path, tmp_path: Path) -> None:
    """The command line stays light: only the PDF needs Qt."""
    code = (
        "import sys\n"
        "from neurofoot_desktop.cli import main\n"
        f"assert main(['export', '--format', 'csv', '--out', {str(tmp_path / 'a.csv')!r}, "
        f"'--data-dir', {str(data)!r}]) == 0\n"
        f"assert main(['export', '--format', 'json', '--out', {str(tmp_path / 'a.json')!r}, "
        f"'--data-dir', {str(data)!r}]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_the_command_line_offers_exactly_the_export_formats() -> None:
    from neurofoot_desktop.commands import export as command
    from neurofoot_desktop.exports import FORMATS

    assert command.FORMATS == FORMATS
