"""Issue 15 from the command line: the window's folder lock (a real second process), a
foreign SQLite file, look-alike names, odd data folders, dates, escaped names, read-only."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.hostile import valid_log

from neurofoot_desktop.cli import main
from neurofoot_desktop.storage import Store, backup, migrations

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)

# A stand-in for the window in a session: it holds the folder lock as app.py does, keeps the
# log open and saves a rating when told to, as the rating card would.
WINDOW = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.single_instance import SingleInstance
from neurofoot_desktop.storage import Store
app = QCoreApplication([])
folder = Path(sys.argv[1])
guard = SingleInstance(folder)
print(guard.acquire(wait_ms=0).value, flush=True)
store = Store.open(folder)
now = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
sid = store.start_session(store.profile_by_name("Ana").id, now)
for line in sys.stdin:
    foot = line.strip()
    store.save_step_result(sid, StepResult("effleurage", foot, now, 60, 60, 2, Outcome.RATED,
                                           8, None, ""), now)
    print("saved", len(store.session(sid).steps), flush=True)
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-shm", ".lock"))}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = Store.open(data)
    store.add_profile("Ana", NOW)
    store.close()
    backup.make_backup(data / "neurofoot.sqlite3", now=datetime(2026, 11, 19, 9, 0))
    return data


def test_restore_and_import_refuse_while_the_window_holds_the_folder(
        folder: Path, tmp_path: Path) -> None:
    export = tmp_path / "in.json"
    export.write_text(json.dumps(valid_log()), encoding="utf-8")
    with subprocess.Popen([sys.executable, "-c", WINDOW, str(folder)], text=True,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as window:
        try:
            assert window.stdout is not None and window.stdin is not None
            assert window.stdout.readline().strip() == "first"
            window.stdin.write("left\n")
            window.stdin.flush()
            assert window.stdout.readline().strip() == "saved 1"
            before = files(folder)
            for argv in (["restore"], ["import", str(export)]):
                code, out, err = run("--data-dir", str(folder), *argv)
                assert code == 2 and out == "", err
                assert "NeuroFoot is open on this folder; close it first" in err
                assert len(err.splitlines()) == 1
            assert files(folder) == before
            # The window's next rating still goes through: its session was not swept away.
            window.stdin.write("right\n")
            window.stdin.flush()
            assert window.stdout.readline().strip() == "saved 2"
        finally:
            window.kill()
    # Once the window is gone (even killed), the import goes through.
    code, out, err = run("--data-dir", str(folder), "import", str(export))
    assert code == 0 and "Added 6 sessions" in out, err
    store = Store.open(folder)
    assert len(store.sessions()) == 7
    assert next(len(s.steps) for s in store.sessions() if s.profile_name == "Ana") == 2
    store.close()


def test_check_and_import_refuse_another_program_s_file_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "neurofoot.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = files(folder)
    export = tmp_path / "in.json"
    export.write_text(json.dumps(valid_log()), encoding="utf-8")
    for argv in (["check"], ["import", str(export)], ["export", "--format", "csv", "--out",
                                                        str(tmp_path / "o.csv")]):
        code, out, err = run("--data-dir", str(folder), *argv)
        assert code == 2 and "not a NeuroFoot log" in err and "sound" not in out, (argv, err)
    assert files(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["neurofoot.sqlite3"]


def test_import_matches_names_on_the_unicode_key(folder: Path, tmp_path: Path) -> None:
    store = Store.open(folder)
    store.add_profile("Ana María", NOW)
    store.close()
    doc = valid_log()
    doc["profiles"][0]["name"] = unicodedata.normalize("NFD", "ANA MARÍA")
    export = tmp_path / "in.json"
    export.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run("--data-dir", str(folder), "import", str(export))
    assert code == 0, err
    assert "new person" in out and out.count("(Bob)") == 1  # only Bob is new
    store = Store.open(folder)
    assert sorted(p.name for p in store.profiles()) == ["Ana", "Ana María", "Bob"]
    store.close()


def test_check_reports_look_alikes_kept_apart_by_the_migration(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "neurofoot.sqlite3", isolation_level=None)
    for statement in migrations.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    for name in ("Ana María", unicodedata.normalize("NFD", "ANA MARÍA")):
        conn.execute("INSERT INTO profiles (name, created_at) VALUES (?, ?)",
                     (name, "2026-01-01T00:00:00.000Z"))
    conn.close()
    Store.open(folder).close()  # the migration
    code, out, err = run("--data-dir", str(folder), "check")
    assert code == 0, err
    assert "look like the same name; they are kept as two people" in out


def test_a_symlink_loop_as_data_folder_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for argv in ([], ["check"], ["recommend"], ["restore"]):  # [] : the window
        code, _out, err = run("--data-dir", str(loop), *argv)
        assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
        assert "data folder" in err or "loop" in err.lower()


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1969-12-31"])
def test_export_days_outside_the_window_are_refused(folder: Path, tmp_path: Path,
                                                    option: str, day: str) -> None:
    code, _out, err = run("--data-dir", str(folder), "export", "--format", "csv", "--out",
                         str(tmp_path / "o.csv"), option, day)
    assert code == 1 and "must be a day from 1970-01-01 to 2099-12-31" in err
    assert not (tmp_path / "o.csv").exists()


def test_names_with_bidi_overrides_are_printed_escaped(folder: Path) -> None:
    store = Store.open(folder)
    store.rename_profile(store.profile_by_name("Ana").id, "Ana\u202eevil")  # type: ignore
    store.close()
    code, out, err = run("--data-dir", str(folder), "recommend")
    assert code == 0, err
    assert "\u202e" not in out and "Ana\\u202eevil" in out


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_export_recommend_and_check_leave_a_read_only_log_as_it_is(folder: Path,
                                                                  tmp_path: Path) -> None:
    path = folder / "neurofoot.sqlite3"
    path.chmod(0o400)
    folder.chmod(0o500)
    try:
        before = files(folder)
        for argv in (["export", "--format", "json", "--out", str(tmp_path / "o.json")],
                     ["recommend"], ["check"]):
            code, _out, err = run("--data-dir", str(folder), *argv)
            assert code == 0, (argv, err)
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
        assert files(folder) == before
    finally:
        folder.chmod(0o700)
