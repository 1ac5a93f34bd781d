"""Rotating backups of the log, made with SQLite's online backup API.

A backup is written to a hidden temporary file, fsynced, and only then renamed
to its final name (and the folder fsynced), so a crash or power cut leaves
either a complete backup or none, never a half-written one under a real name.

    <data>/backups/neurofoot-2026-11-20-090000-daily.sqlite3
    <data>/backups/neurofoot-2026-11-20-090000-before-v2.sqlite3   (before a migration)
    <data>/set-aside/neurofoot-2026-11-20-090000-before-restore.sqlite3

Daily backups are made at most once per local calendar day, after a session;
the newest 7 are kept, plus the newest backup of each of the 4 weeks before
those. Backups made before a migration are never pruned (one per upgrade).
Files in set-aside/ (a damaged log, the log as it was before a restore) are
never deleted by the program.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.storage import integrity, migrations, photo_backup
from neurofoot_desktop.storage.errors import (
    DatabaseDamaged,
    ForeignDatabase,
    SchemaTooNew,
    StorageError,
)
from neurofoot_desktop.storage.integrity import Health

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
SET_ASIDE_DIR = "set-aside"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY = "daily"
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(
    r"^neurofoot-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})-(?P<kind>[a-z0-9-]+?)(?:-(?P<n>\d+))?"
    r"\.sqlite3$"
)
_STALE_TMP_S = 600.0


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time, naive: the day boundary is the user's day
    kind: str

    @property
    def label(self) -> str:
        what = "daily" if self.kind == DAILY else self.kind.replace("-", " ")
        return f"{self.taken_at:%Y-%m-%d %H:%M} ({what})"


def _local_now(now: datetime | None) -> datetime:
    moment = now or datetime.now().astimezone()
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def set_aside_dir(db_path: Path) -> Path:
    return db_path.parent / SET_ASIDE_DIR


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; its rename is already durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unique(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.sqlite3"
        n += 1
    return path


def _clean_stale_temporaries(folder: Path) -> None:
    """Remove our own half-written temporaries left by a crash (never a real backup)."""
    cutoff = time.time() - _STALE_TMP_S
    for tmp in folder.glob(".neurofoot-*.tmp*"):
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database to target with the backup API: temp file, fsync, rename."""
    datadir.ensure_private(target.parent)
    tmp = target.parent / f".{target.name}.tmp{os.getpid()}"
    for extra in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tmp}{extra}").unlink()
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(dest)
            # A backup is one self-contained file: no -wal to lose when it is copied.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(f"Could not write the backup {target}: {exc}") from None
    return target


def _connect_source(db_path: Path) -> sqlite3.Connection:
    # Read-write on purpose: when this is the last connection to close, SQLite
    # checkpoints and removes the -wal/-shm instead of leaving them behind.
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


def make_backup(
    db_path: Path, kind: str = DAILY, now: datetime | None = None,
    source: sqlite3.Connection | None = None,
) -> Path:
    """Write a new backup of the log at db_path; returns its path."""
    try:
        folder = datadir.ensure_private(backup_dir(db_path))
    except OSError as exc:
        raise StorageError(f"Could not use the backups folder: {exc}") from None
    _clean_stale_temporaries(folder)
    target = _unique(folder, f"neurofoot-{_local_now(now).strftime(_STAMP)}-{kind}")
    if source is not None:
        copy_database(source, target)
    else:
        try:
            conn = _connect_source(db_path)
        except sqlite3.Error as exc:
            raise StorageError(f"Could not read the log to back it up: {exc}") from None
        try:
            copy_database(conn, target)
        finally:
            conn.close()
    photo_backup.keep_with_backup(db_path, target)  # the photos it names, beside it
    return target


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup in the backups folder, newest first."""
    folder = backup_dir(db_path)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m or not path.is_file():
            continue
        try:
            taken = datetime.strptime(m["stamp"], _STAMP)
        except ValueError:
            continue
        found.append(Backup(path, taken, m["kind"]))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def to_keep(backups: list[Backup]) -> set[Path]:
    """The rotation rule: the newest 7 daily backups, plus the newest of each of
    the 4 calendar weeks before them; anything that is not a daily backup stays."""
    daily = sorted((b for b in backups if b.kind == DAILY), key=lambda b: b.taken_at,
                   reverse=True)
    keep = {b.path for b in backups if b.kind != DAILY}
    recent = daily[:KEEP_DAILY]
    keep.update(b.path for b in recent)
    covered = {b.taken_at.isocalendar()[:2] for b in recent}
    weeks: list[tuple[int, int]] = []
    for b in daily[KEEP_DAILY:]:
        week = b.taken_at.isocalendar()[:2]
        if week in covered or week in weeks:
            continue
        if len(weeks) == KEEP_WEEKLY:
            break
        weeks.append(week)
        keep.add(b.path)
    return keep


def rotate(db_path: Path) -> list[Path]:
    """Delete the daily backups the rotation rule no longer keeps; returns them."""
    backups = list_backups(db_path)
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:
                log.warning("could not remove an old backup %s: %s", b.path.name, exc)
    photo_backup.prune(backup_dir(db_path), keep)
    return removed


def maybe_daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """The once-a-day backup, for when a session ends and when the window closes.

    Returns the new backup, or None when today's backup already exists (or there
    is no log yet). Raises StorageError when the backup cannot be written (for
    example a full disk); the log itself is not affected by that.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = _local_now(now).date()
    if any(b.kind == DAILY and b.taken_at.date() == today for b in list_backups(db_path)):
        return None
    path = make_backup(db_path, DAILY, now)
    rotate(db_path)
    log.info("daily backup written: %s", path.name)
    return path


def before_migration(conn: sqlite3.Connection, db_path: Path) -> Path:
    """Called by Store before it changes the schema of an existing log."""
    version = migrations.user_version(conn)
    try:
        path = make_backup(db_path, f"before-v{migrations.LATEST}", source=conn)
    except StorageError as exc:
        raise StorageError(
            f"NeuroFoot needs to update the format of its log (from {version} to "
            f"{migrations.LATEST}) but could not first make a backup, so nothing was changed. "
            f"{exc}"
        ) from None
    log.info("backup before migrating from format %s: %s", version, path.name)
    return path


# -- restoring -----------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    backup: Path
    kept_at: Path | None  # where the log as it was before the restore now is
    counts: dict[str, int]


def check_backup(path: Path) -> dict[str, int]:
    """A backup fit to restore: a healthy NeuroFoot file this version understands."""
    found = integrity.probe(path)
    if found.health is Health.FOREIGN:
        raise DatabaseDamaged(f"The backup {path} is not a NeuroFoot log.")
    if found.health is Health.TOO_NEW:
        raise SchemaTooNew(
            f"The backup {path} was written by a newer version of NeuroFoot; please update "
            "NeuroFoot to restore it."
        )
    if found.health is not Health.OK:
        reason = found.detail or found.health.value
        raise DatabaseDamaged(f"The backup {path} cannot be used: {reason}.")
    counts = integrity.count_rows(path)
    if found.version == 0:
        raise DatabaseDamaged(f"The backup {path} is not a NeuroFoot log.")
    return counts


def newest_good_backup(db_path: Path) -> tuple[Backup, dict[str, int]] | None:
    for b in list_backups(db_path):
        try:
            return b, check_backup(b.path)
        except StorageError:
            continue
    return None


def move_aside(db_path: Path, why: str, now: datetime | None = None) -> Path:
    """Move the log (with its -wal/-shm) into set-aside/, unchanged. Never deletes."""
    folder = datadir.ensure_private(set_aside_dir(db_path))
    target = _unique(folder, f"neurofoot-{_local_now(now).strftime(_STAMP)}-{why}")
    try:
        for src, suffix in [(db_path, ""), *((p, p.name[len(db_path.name):])
                                             for p in integrity.sidecars(db_path))]:
            if src.exists():
                os.replace(src, f"{target}{suffix}")
                if os.name == "posix":
                    Path(f"{target}{suffix}").chmod(0o600)
        fsync_dir(folder)
        fsync_dir(db_path.parent)
    except OSError as exc:
        raise StorageError(f"Could not move {db_path} aside: {exc}") from None
    return target


def restore(db_path: Path, backup_file: Path, now: datetime | None = None) -> Restored:
    """Replace the log's content with a backup; the current log is kept aside first.

    A healthy current log is copied aside and then overwritten in place through
    the backup API (one transaction, so an open window's connection simply sees
    the restored content). A damaged one is moved aside whole.
    """
    counts = check_backup(backup_file)
    current = integrity.probe(db_path)
    if current.health is Health.TOO_NEW:
        raise SchemaTooNew(integrity.too_new_message(db_path, current.version))
    if current.health is Health.FOREIGN:
        raise ForeignDatabase(integrity.foreign_message(db_path))
    kept_at: Path | None = None
    src = integrity.open_readonly(backup_file)
    try:
        if current.health is Health.OK:
            live = sqlite3.connect(db_path, isolation_level=None, timeout=5.0)
            try:
                stamp = f"neurofoot-{_local_now(now).strftime(_STAMP)}-before-restore"
                folder = datadir.ensure_private(set_aside_dir(db_path))
                kept_at = copy_database(live, _unique(folder, stamp))
                src.backup(live)
                live.execute("PRAGMA journal_mode = WAL")
                migrations.migrate(live)
            except sqlite3.Error as exc:
                raise StorageError(f"Could not restore {backup_file}: {exc}") from None
            finally:
                live.close()
        else:
            if current.health is not Health.MISSING:
                kept_at = move_aside(db_path, "before-restore", now)
            copy_database(src, db_path)
            conn = sqlite3.connect(db_path, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                migrations.migrate(conn)
            except sqlite3.Error as exc:
                raise StorageError(f"Could not restore {backup_file}: {exc}") from None
            finally:
                conn.close()
    finally:
        src.close()
    photo_backup.put_back(db_path, backup_file)
    datadir.secure_folder(db_path.parent)
    log.info("restored the log from %s", backup_file.name)
    return Restored(backup_file, kept_at, counts)
