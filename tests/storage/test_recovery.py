import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import SchemaTooNew, StorageError, Store, backup, integrity, recovery
from neurofoot_desktop.storage.integrity import Health
from neurofoot_desktop.storage.migrations import APPLICATION_ID, LATEST

DAY = datetime(2026, 11, 20, 21, 30)


def fill(store: Store, clock: FakeClock, sessions: int) -> None:
    store.connection.execute("PRAGMA synchronous = OFF")  # test speed only: no fsync per save
    ana = store.profile_by_name("Ana") or store.add_profile("Ana", clock.now())
    for i in range(sessions):
        sid = store.start_session(ana.id, clock.now())
        for step in STEP_IDS:
            for foot in FEET:
                # Long notes spread the ratings over many pages, so one bad page is local.
                store.save_step_result(sid, StepResult(step, foot, clock.now(), 180, 180, 2,
                                                       Outcome.RATED, 7, None,
                                                       f"note {i} " + "x" * 900), clock.now())
        store.end_session(sid, "completed", clock.now())
        clock.advance(86400)


def count(path: Path, table: str = "step_results") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def healthy(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                and conn.execute("PRAGMA foreign_key_check").fetchall() == [])
    finally:
        conn.close()


def corrupt_page(path: Path, fraction: float = 0.6) -> bytes:
    data = bytearray(path.read_bytes())
    page = int(len(data) // 4096 * fraction)
    data[page * 4096:(page + 1) * 4096] = random.Random(1).randbytes(4096)
    path.write_bytes(data)
    return bytes(data)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def log_with_30(data_dir: Path, clock: FakeClock) -> Path:
    store = Store.open(data_dir)
    fill(store, clock, 30)
    store.close()  # checkpointed: everything is in the main file
    return data_dir / "neurofoot.sqlite3"


def test_healthy_log_opens_without_a_report(log_with_30: Path) -> None:
    store, report = recovery.open_safely(log_with_30.parent)
    assert report is None and len(store.sessions()) == 30
    store.close()


def test_damaged_page_is_set_aside_and_readable_rows_salvaged(log_with_30: Path) -> None:
    damaged = corrupt_page(log_with_30)
    assert integrity.probe(log_with_30).health is Health.DAMAGED
    store, report = recovery.open_safely(log_with_30.parent)
    store.close()
    assert report is not None and report.cause == "damaged"
    # The damaged file is kept byte for byte, never deleted.
    assert report.kept_at is not None and report.kept_at.read_bytes() == damaged
    assert report.kept_at.parent.name == "set-aside"
    salvaged = report.salvaged["step_results"]
    assert 280 <= salvaged < 300 and report.salvaged["sessions"] == 30
    assert count(log_with_30) == salvaged and healthy(log_with_30)
    assert report.backup is None
    text = report.text()
    assert "damaged" in text and str(report.kept_at) in text and f"{salvaged} step" in text


def test_the_newest_good_backup_fills_what_could_not_be_read(log_with_30: Path,
                                                             clock: FakeClock) -> None:
    older = backup.make_backup(log_with_30, now=DAY.replace(day=18))
    newest = backup.make_backup(log_with_30, now=DAY)
    store = Store(log_with_30)
    fill(store, clock, 2)  # two sessions after the backup: only the damaged file has them
    store.close()
    corrupt_page(log_with_30, 0.5)
    newest.write_bytes(b"a damaged backup is skipped" * 200)
    store, report = recovery.open_safely(log_with_30.parent)
    try:
        assert report is not None and report.backup == older
        assert report.from_backup["step_results"] > 0
        # Everything is back: the 30 sessions of the backup and the 2 newer ones.
        assert count(log_with_30) == 320 and count(log_with_30, "sessions") == 32
        assert store.session(store.sessions()[-1].id).status == "completed"
        assert "backup" in report.text() and "2026-11-18" in report.text()
    finally:
        store.close()
    assert healthy(log_with_30)


@pytest.mark.parametrize("garbage", [b"This is not a database at all. " * 300, b"\x00" * 8192])
def test_a_file_that_is_not_a_database(data_dir: Path, garbage: bytes) -> None:
    data_dir.mkdir()
    path = data_dir / "neurofoot.sqlite3"
    path.write_bytes(garbage)
    store, report = recovery.open_safely(data_dir)
    store.close()
    assert report is not None and report.kept_at is not None
    assert report.kept_at.read_bytes() == garbage
    assert healthy(path) and count(path, "sessions") == 0


def test_damaged_file_with_its_wal_is_moved_together(data_dir: Path, clock: FakeClock) -> None:
    # A process killed with its -wal unmerged, then the main file damaged: both are kept.
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from neurofoot_desktop.storage import Store\n"
        "from neurofoot_desktop.core.clock import SystemClock\n"
        "s = Store.open(Path(sys.argv[1])); c = SystemClock()\n"
        "s.connection.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "a = s.add_profile('Ana', c.now()); s.start_session(a.id, c.now())\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(data_dir)], check=False)
    path = data_dir / "neurofoot.sqlite3"
    wal = Path(f"{path}-wal").read_bytes()
    assert wal
    with path.open("r+b") as f:  # the header: SQLite no longer knows the file
        f.write(b"\xff" * 100)
    main = path.read_bytes()
    store, report = recovery.open_safely(data_dir)
    store.close()
    assert report is not None and report.kept_at is not None
    assert report.kept_at.read_bytes() == main
    assert Path(f"{report.kept_at}-wal").read_bytes() == wal
    assert healthy(path)


def test_missing_log_with_backups_is_restored_not_started_empty(log_with_30: Path) -> None:
    made = backup.make_backup(log_with_30, now=DAY)
    log_with_30.unlink()
    store, report = recovery.open_safely(log_with_30.parent)
    try:
        assert report is not None and report.cause == "missing" and report.backup == made
        assert len(store.sessions()) == 30
        assert "could not find its log" in report.text()
    finally:
        store.close()


def test_empty_log_with_backups_is_set_aside_and_restored(log_with_30: Path) -> None:
    backup.make_backup(log_with_30, now=DAY)
    log_with_30.write_bytes(b"")
    store, report = recovery.open_safely(log_with_30.parent)
    store.close()
    assert report is not None and report.cause == "missing"
    assert count(log_with_30, "sessions") == 30
    kept = list((log_with_30.parent / "set-aside").iterdir())
    assert [p.name.endswith("-empty.sqlite3") for p in kept] == [True]


def test_first_start_is_quiet(data_dir: Path) -> None:
    store, report = recovery.open_safely(data_dir)
    store.close()
    assert report is None and not (data_dir / "set-aside").exists()


def newer_file(path: Path, wal: bool) -> None:
    path.parent.mkdir(exist_ok=True)
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # NeuroFoot's, only newer
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("wal", [True, False])
def test_newer_log_is_refused_untouched(data_dir: Path, wal: bool) -> None:
    path = data_dir / "neurofoot.sqlite3"
    newer_file(path, wal)
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of NeuroFoot"):
        recovery.open_safely(data_dir)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["neurofoot.sqlite3"]


def test_newer_version_still_in_the_wal_is_refused_untouched(data_dir: Path) -> None:
    # The header says format 1 but the unmerged -wal says a newer one.
    script = (
        "import os, signal, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('CREATE TABLE t (x)'); c.execute('PRAGMA user_version = 1')\n"
        f"c.execute('PRAGMA application_id = {APPLICATION_ID}')\n"
        "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        f"c.execute('PRAGMA user_version = {LATEST + 1}')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    data_dir.mkdir()
    path = data_dir / "neurofoot.sqlite3"
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert integrity.header_version(path) == 1
    wal = Path(f"{path}-wal")
    before = (path.read_bytes(), wal.read_bytes())
    with pytest.raises(SchemaTooNew):
        recovery.open_safely(data_dir)
    with pytest.raises(SchemaTooNew):
        Store.open(data_dir)
    # The data (main file and -wal) is unchanged; only the -shm index may be rebuilt.
    assert (path.read_bytes(), wal.read_bytes()) == before


def test_a_file_that_cannot_be_read_is_not_treated_as_damage(
        data_dir: Path, log_with_30: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(*_a: object, **_k: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(integrity, "open_readonly", busy)
    before = digest(log_with_30)
    with pytest.raises(StorageError, match="database is locked"):
        recovery.open_safely(data_dir)
    assert digest(log_with_30) == before and not (data_dir / "set-aside").exists()


def test_rows_whose_parents_were_lost_get_a_placeholder(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir)
    fill(store, clock, 2)
    path = store.path
    store.close()
    conn = sqlite3.connect(path)  # foreign keys off: lose the parents, keep the children
    conn.execute("DELETE FROM profiles")
    first = conn.execute("SELECT id FROM sessions ORDER BY started_at").fetchone()[0]
    conn.execute("DELETE FROM sessions WHERE id = ?", (first,))
    conn.commit()
    conn.close()
    report = recovery._recover_damaged(path, "test")
    assert report.salvaged["step_results"] == 20
    assert healthy(path)
    store = Store(path)
    try:
        names = sorted(p.name for p in store.profiles())
        assert names == ["Recovered person"]  # one stand-in for the lost person
        assert sum(len(s.steps) for s in store.sessions()) == 20
        lost = store.session(first)
        assert lost.status == "stopped" and lost.status_reason == recovery.RECOVERED_REASON
    finally:
        store.close()


def test_every_file_made_by_recovery_is_private(log_with_30: Path) -> None:
    backup.make_backup(log_with_30, now=DAY)
    corrupt_page(log_with_30)
    os.chmod(log_with_30, 0o644)
    store, _ = recovery.open_safely(log_with_30.parent)
    store.close()
    for root, dirs, files in os.walk(log_with_30.parent):
        for name in dirs:
            assert os.stat(Path(root, name)).st_mode & 0o777 == 0o700, name
        for name in files:
            assert os.stat(Path(root, name)).st_mode & 0o777 == 0o600, name


@pytest.fixture(params=["on a thread", "when asked"])
def early_check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    # A log this small is checked when asked; a lower threshold puts it on a thread.
    if request.param == "on a thread":
        monkeypatch.setattr(integrity.BackgroundProbe, "THREAD_FROM_BYTES", 0)
    return request.param


def test_a_check_started_early_gives_what_a_check_now_would(log_with_30: Path, data_dir: Path,
                                                            early_check: str) -> None:
    healthy_check = integrity.BackgroundProbe(log_with_30)
    assert healthy_check.result() == integrity.probe(log_with_30)
    store, report = recovery.open_safely(data_dir, checked=healthy_check.result)
    store.close()
    assert report is None
    corrupt_page(log_with_30)
    damaged_check = integrity.BackgroundProbe(log_with_30)
    assert damaged_check.result().health is Health.DAMAGED
    store, report = recovery.open_safely(data_dir, checked=damaged_check.result)
    store.close()
    assert report is not None and report.cause == "damaged"


def test_a_check_started_early_hands_its_failure_to_the_caller(
        data_dir: Path, log_with_30: Path, monkeypatch: pytest.MonkeyPatch,
        early_check: str) -> None:
    def busy(*_a: object, **_k: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(integrity, "open_readonly", busy)
    check = integrity.BackgroundProbe(log_with_30)
    with pytest.raises(StorageError, match="database is locked"):
        recovery.open_safely(data_dir, checked=check.result)
    assert not (data_dir / "set-aside").exists()
