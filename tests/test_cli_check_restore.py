import hashlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.cli import COMMANDS, main
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store, backup
from neurofoot_desktop.storage.migrations import APPLICATION_ID, LATEST

DAY = datetime(2026, 11, 20, 21, 30)


def add_session(store: Store, clock: FakeClock, comfort: int = 7) -> str:
    ana = store.profile_by_name("Ana") or store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                           Outcome.RATED, comfort, None, ""), clock.now())
    clock.advance(86400)
    return sid


@pytest.fixture
def log(data_dir: Path, clock: FakeClock) -> Path:
    store = Store.open(data_dir)
    add_session(store, clock)
    add_session(store, clock)
    store.close()
    return data_dir / "neurofoot.sqlite3"


def sessions(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


# -- check -------------------------------------------------------------------------------
def test_check_sound_log_prints_one_line_and_changes_nothing(log: Path, capsys) -> None:
    before = snapshot(log.parent)
    assert main(["check", "--data-dir", str(log.parent)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("OK:")
    assert "1 people, 2 sessions, 2 step results; 0 backups" in out[0]
    assert snapshot(log.parent) == before


def test_check_damaged_log_reports_and_fails(log: Path, capsys) -> None:
    data = bytearray(log.read_bytes())
    data[4096 * 3:4096 * 4] = b"\x07" * 4096
    log.write_bytes(data)
    before = snapshot(log.parent)
    assert main(["check", "--data-dir", str(log.parent)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("PROBLEM:") and "damaged" in out and "neurofoot restore" in out
    assert snapshot(log.parent) == before


def test_check_reports_broken_links(log: Path, capsys) -> None:
    conn = sqlite3.connect(log)  # foreign keys are off on a plain connection
    conn.execute("DELETE FROM profiles")
    conn.commit()
    conn.close()
    assert main(["check", "--data-dir", str(log.parent)]) == 1
    out = capsys.readouterr().out
    assert "refers to a missing entry in profiles" in out


def test_check_not_a_database_and_missing_log(data_dir: Path, capsys) -> None:
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "there is no NeuroFoot log" in capsys.readouterr().err
    data_dir.mkdir()
    (data_dir / "neurofoot.sqlite3").write_bytes(b"hello" * 1000)
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "not a database" in capsys.readouterr().out


# -- restore -----------------------------------------------------------------------------
def test_restore_without_backups_fails_cleanly(log: Path, capsys) -> None:
    assert main(["restore", "--data-dir", str(log.parent)]) == 1
    assert "no usable backup" in capsys.readouterr().err


def test_restore_newest_keeps_the_current_log_aside(log: Path, clock: FakeClock,
                                                    capsys) -> None:
    backup.make_backup(log, now=DAY.replace(day=19))
    store = Store(log)
    add_session(store, clock)
    newest = backup.make_backup(log, now=DAY)
    add_session(store, clock)  # entered after the newest backup
    assert main(["restore", "--data-dir", str(log.parent)]) == 0
    # The open store sees the restored content at once, through its own connection.
    assert len(store.sessions()) == 3
    store.close()
    out = capsys.readouterr().out
    assert f"from {newest}" in out and "kept at" in out
    (kept,) = (log.parent / "set-aside").iterdir()
    assert kept.name.endswith("-before-restore.sqlite3") and sessions(kept) == 4
    assert sessions(log) == 3


def test_restore_a_named_backup_and_list(log: Path, clock: FakeClock, capsys) -> None:
    first = backup.make_backup(log, now=DAY.replace(day=18))
    store = Store(log)
    add_session(store, clock)
    store.close()
    backup.make_backup(log, now=DAY)
    assert main(["restore", "--list", "--data-dir", str(log.parent)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and listed[1].startswith("2026-11-18 21:30 (daily)")
    assert main(["restore", first.name, "--data-dir", str(log.parent)]) == 0
    assert sessions(log) == 2
    assert main(["restore", str(first), "--data-dir", str(log.parent)]) == 0
    assert main(["restore", "nonsense.sqlite3", "--data-dir", str(log.parent)]) == 1
    assert "no backup file nonsense.sqlite3" in capsys.readouterr().err


def test_restore_over_a_damaged_log_moves_it_aside_whole(log: Path, capsys) -> None:
    backup.make_backup(log, now=DAY)
    log.write_bytes(b"\x00garbage" * 1000)
    assert main(["restore", "--data-dir", str(log.parent)]) == 0
    (kept,) = (log.parent / "set-aside").iterdir()
    assert kept.read_bytes() == b"\x00garbage" * 1000
    assert sessions(log) == 2


def test_a_damaged_backup_is_refused_and_the_log_untouched(log: Path, capsys) -> None:
    bad = backup.make_backup(log, now=DAY)
    bad.write_bytes(b"broken" * 1000)
    before = snapshot(log.parent)
    assert main(["restore", bad.name, "--data-dir", str(log.parent)]) == 2
    assert "cannot be used" in capsys.readouterr().err
    assert snapshot(log.parent) == before and not (log.parent / "set-aside").exists()


# -- a newer log is refused by every command, byte for byte ----------------------------------
def newer_log(folder: Path, wal: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "neurofoot.sqlite3"
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, data BLOB)")
    conn.execute("INSERT INTO sessions VALUES ('x', zeroblob(9000))")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # NeuroFoot's, only newer
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    return path


def command_args(name: str, tmp_path: Path) -> list[str]:
    extra = {
        "export": ["--format", "csv", "--out", str(tmp_path / "out.csv")],
        "import": [str(tmp_path / "in.json")],
        "restore": [],
        "recommend": ["--profile", "Ana"],
        "check": [],
        "photo": ["list"],
    }
    return [name, *extra.get(name, [])]


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback"])
@pytest.mark.parametrize("name", [c for c in COMMANDS if c != "autostart"])  # no log there
def test_every_command_refuses_a_newer_log_untouched(name: str, wal: bool, tmp_path: Path,
                                                     capsys) -> None:
    folder = tmp_path / "data"
    path = newer_log(folder, wal)
    (tmp_path / "in.json").write_text(json.dumps({"format": "neurofoot-log", "version": 1,
                                                  "profiles": []}))
    before = path.read_bytes()
    code = main(["--data-dir", str(folder), *command_args(name, tmp_path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "newer version of NeuroFoot" in err and "has not been changed" in err
    assert path.read_bytes() == before
    # Nothing was written that could change it later: no -wal with content.
    wal_file = Path(f"{path}-wal")
    assert not wal_file.exists() or wal_file.stat().st_size == 0
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("name", ["check", "restore"])
def test_check_and_restore_leave_not_even_an_empty_wal(name: str, tmp_path: Path,
                                                       capsys) -> None:
    folder = tmp_path / "data"
    newer_log(folder, wal=True)
    before = snapshot(folder)
    assert main(["--data-dir", str(folder), name]) == 2
    assert snapshot(folder) == before
