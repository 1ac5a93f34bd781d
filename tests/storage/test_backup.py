import errno
import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop import datadir
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import StorageError, Store, backup, integrity, migrations
from neurofoot_desktop.storage.backup import Backup

DAY = datetime(2026, 11, 20, 21, 30)


def fill(store: Store, clock: FakeClock, sessions: int = 2) -> None:
    ana = store.profile_by_name("Ana") or store.add_profile("Ana", clock.now())
    for _ in range(sessions):
        sid = store.start_session(ana.id, clock.now())
        store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                               Outcome.RATED, 7, "just_right", "warm"),
                               clock.now())
        store.end_session(sid, "completed", clock.now())
        clock.advance(86400)


def rows(path: Path) -> list[tuple]:
    conn = integrity.open_readonly(path)
    try:
        return conn.execute("SELECT session_id, step_id, comfort, note FROM step_results "
                            "ORDER BY session_id").fetchall()
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_backup_is_complete_private_self_contained_and_atomic(store: Store,
                                                              clock: FakeClock) -> None:
    fill(store, clock)
    path = backup.make_backup(store.path, now=DAY)
    assert path.name == "neurofoot-2026-11-20-213000-daily.sqlite3"
    assert rows(path) == rows(store.path) and len(rows(path)) == 2
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    # One file, no -wal to lose when it is copied, no temporary left behind.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_daily_backup_at_most_once_a_day(store: Store, clock: FakeClock) -> None:
    fill(store, clock)
    first = backup.maybe_daily_backup(store.path, now=DAY)
    assert first is not None
    assert backup.maybe_daily_backup(store.path, now=DAY + timedelta(hours=2)) is None
    fill(store, clock, 1)
    second = backup.maybe_daily_backup(store.path, now=DAY + timedelta(hours=3))
    assert second is not None and second != first
    assert len(rows(second)) == 3 and len(rows(first)) == 2
    assert [b.path for b in backup.list_backups(store.path)] == [second, first]


def test_no_log_no_backup(tmp_path: Path) -> None:
    assert backup.maybe_daily_backup(tmp_path / "neurofoot.sqlite3", now=DAY) is None


def fake(kind: str, taken: datetime) -> Backup:
    return Backup(Path(f"/b/{taken:%Y%m%d%H%M}-{kind}"), taken, kind)


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    # Sixty days of daily backups, ending on Friday 2026-11-20, and two upgrades.
    days = [fake("daily", DAY - timedelta(days=n)) for n in range(60)]
    upgrades = [fake("before-v2", DAY - timedelta(days=300)), fake("before-v3", DAY)]
    keep = backup.to_keep(days + upgrades)
    kept_days = sorted((b.taken_at.date() for b in days if b.path in keep), reverse=True)
    newest7 = [(DAY - timedelta(days=n)).date() for n in range(7)]  # Sat 14 .. Fri 20
    # Then the newest backup of each of the four weeks before them (Sundays).
    weekly = [datetime(2026, 11, d).date() for d in (8, 1)] + [
        datetime(2026, 10, d).date() for d in (25, 18)]
    assert kept_days == newest7 + weekly
    assert all(b.path in keep for b in upgrades)


def test_rotation_with_gaps_counts_weeks_not_files() -> None:
    # Someone who uses the program now and then: backups weeks apart.
    days = [fake("daily", DAY - timedelta(days=n)) for n in (0, 1, 30, 31, 32, 33, 34, 35, 36,
                                                           60, 90, 91, 120, 150)]
    keep = backup.to_keep(days)
    kept = [n for n, b in zip((0, 1, 30, 31, 32, 33, 34, 35, 36, 60, 90, 91, 120, 150), days,
                              strict=True) if b.path in keep]
    # 35 and 36 share a week with a kept daily one, 91 with 90: each week counts once.
    assert kept == [0, 1, 30, 31, 32, 33, 34, 60, 90, 120, 150]


def test_rotate_deletes_only_old_daily_backups(store: Store, clock: FakeClock) -> None:
    fill(store, clock, 1)
    made = [backup.make_backup(store.path, now=DAY - timedelta(days=n)) for n in range(15)]
    upgrade = backup.make_backup(store.path, "before-v2", now=DAY - timedelta(days=40))
    stray = backup.backup_dir(store.path) / "notes.txt"
    stray.write_text("not a backup")
    removed = backup.rotate(store.path)
    assert sorted(removed) == sorted(p for p in made if not p.exists())
    left = {b.path for b in backup.list_backups(store.path)}
    assert upgrade in left and stray.exists()
    # Fri 20 back to Sat 14, then Sun 8 for the week before (9..13 share Sat 14's week).
    assert [p for p in made if p in left] == [*made[:7], made[12]]


def test_stale_temporary_from_a_crash_is_removed(store: Store, clock: FakeClock) -> None:
    fill(store, clock, 1)
    folder = datadir.ensure_private(backup.backup_dir(store.path))
    old = folder / ".neurofoot-2026-11-19-090000-daily.sqlite3.tmp999"
    fresh = folder / ".neurofoot-2026-11-20-090000-daily.sqlite3.tmp998"
    old.write_bytes(b"half a backup")
    fresh.write_bytes(b"another process, now")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    backup.make_backup(store.path, now=DAY)
    assert not old.exists() and fresh.exists()
    assert [b.path.name for b in backup.list_backups(store.path)] == [
        "neurofoot-2026-11-20-213000-daily.sqlite3"]


def test_full_disk_leaves_no_backup_and_a_clear_error(store: Store, clock: FakeClock,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fill(store, clock, 1)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "fsync_file", full)
    with pytest.raises(StorageError, match="No space left"):
        backup.maybe_daily_backup(store.path, now=DAY)
    assert list(backup.backup_dir(store.path).iterdir()) == []
    fill(store, clock, 1)  # the log itself still works
    assert len(rows(store.path)) == 2


def next_version(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pretend this build has one more migration than the files on disk."""
    new = [*migrations.MIGRATIONS, ["CREATE TABLE reminders (id INTEGER PRIMARY KEY)"]]
    monkeypatch.setattr(migrations, "MIGRATIONS", new)
    monkeypatch.setattr(migrations, "LATEST", len(new))
    monkeypatch.setattr(integrity, "LATEST", len(new))
    return len(new)


def test_backup_before_every_migration(data_dir: Path, clock: FakeClock,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(data_dir)
    fill(store, clock)
    before = rows(store.path)
    store.close()
    assert backup.list_backups(store.path) == []  # a brand-new file needs no backup
    version = next_version(monkeypatch)
    upgraded = Store.open(data_dir)
    assert migrations.user_version(upgraded.connection) == version
    upgraded.close()
    (made,) = backup.list_backups(upgraded.path)
    assert made.kind == f"before-v{version}"
    assert rows(made.path) == before
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version - 1
    conn.close()
    Store.open(data_dir).close()  # already current: no second backup
    assert len(backup.list_backups(upgraded.path)) == 1


def test_no_migration_without_its_backup(data_dir: Path, clock: FakeClock,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(data_dir)
    fill(store, clock)
    store.close()
    (data_dir / backup.BACKUP_DIR).write_text("a file where the folder should be")
    version = next_version(monkeypatch)
    with pytest.raises(StorageError, match="could not first make a backup, so nothing was"):
        Store.open(data_dir)
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version - 1
    assert "reminders" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
