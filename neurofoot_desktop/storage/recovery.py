"""Opening the log at start-up without ever silently starting empty.

open_safely() looks at the file read-only first:

- written by a newer NeuroFoot: SchemaTooNew, and the file is left exactly as it is;
- healthy: opened as usual;
- damaged (quick_check fails, or not a database at all): the file and its -wal/-shm
  are moved to set-aside/ (kept, never deleted), every row that can still be read is
  copied into a new log, rows that only the newest good backup still holds are added
  from it, and a Recovery tells the user what happened and where the old file is;
- missing or empty while backups exist: the newest good backup is restored.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.storage import integrity, migrations
from neurofoot_desktop.storage.errors import (
    DatabaseDamaged,
    ForeignDatabase,
    SchemaTooNew,
    StorageError,
)
from neurofoot_desktop.storage.integrity import TABLES, Health, Probe
from neurofoot_desktop.storage.names import name_key
from neurofoot_desktop.storage.repository import Store

log = logging.getLogger(__name__)

RECOVERED_NAME = "Recovered person"
RECOVERED_REASON = "recovered from a damaged file"


@dataclass
class Recovery:
    """What start-up recovery did, for a plain message to the user."""

    cause: str  # "damaged" or "missing"
    reason: str = ""  # SQLite's own words about the damage
    kept_at: Path | None = None  # where the damaged file now is
    salvaged: dict[str, int] = field(default_factory=dict)  # rows read back from it
    backup: Path | None = None  # the backup rows were taken from, if any
    backup_taken_at: datetime | None = None
    from_backup: dict[str, int] = field(default_factory=dict)  # rows only the backup had
    skipped: int = 0  # rows read but too garbled to keep

    def text(self) -> str:
        """The English message for the command line and the log of what happened."""
        def entries(counts: dict[str, int]) -> str:
            return (f"{counts.get('sessions', 0)} session(s) with "
                    f"{counts.get('step_results', 0)} step rating(s)")

        when = f"{self.backup_taken_at:%Y-%m-%d %H:%M}" if self.backup_taken_at else ""
        if self.cause == "missing":
            return (f"NeuroFoot could not find its log, so it restored the backup of {when}: "
                    f"{entries(self.from_backup)}.")
        parts = [
            "NeuroFoot found that its log file was damaged and has repaired what it could.",
            f"The damaged file was kept, not deleted: {self.kept_at}.",
            f"Read back from it: {entries(self.salvaged)}.",
        ]
        if self.backup is not None and any(self.from_backup.values()):
            parts.append(
                f"Added from the backup of {when}: {entries(self.from_backup)} that could no "
                "longer be read. Sessions deleted after that backup may have come back."
            )
        return " ".join(parts)


def open_safely(folder: Path, checked: Callable[[], Probe] | None = None
                ) -> tuple[Store, Recovery | None]:
    """The start-up path of the GUI: a usable Store, and what recovery did (or None).

    checked gives the file's probe if it was started earlier (integrity.BackgroundProbe).
    """
    try:
        datadir.ensure_private(folder)
    except OSError as exc:
        raise StorageError(f"Cannot use the data folder {folder}: {exc}") from None
    path = folder / datadir.DB_NAME
    report = recover_if_needed(path, found=checked() if checked is not None else None)
    datadir.secure_folder(folder)
    try:
        store = Store(path)
    except (SchemaTooNew, ForeignDatabase):
        raise
    except DatabaseDamaged:
        if report is not None:
            raise
        # quick_check passed yet SQLite balked when opening for writing: recover once.
        report = _recover_damaged(path, "the file could not be opened for writing")
        store = Store(path)
    return store, report


def recover_if_needed(path: Path, now: datetime | None = None,
                      found: Probe | None = None) -> Recovery | None:
    if found is None:
        found = integrity.probe(path)
    if found.health is Health.TOO_NEW:
        raise SchemaTooNew(integrity.too_new_message(path, found.version))
    if found.health is Health.FOREIGN:
        raise ForeignDatabase(integrity.foreign_message(path))
    if found.health is Health.DAMAGED:
        return _recover_damaged(path, found.detail, now)
    if found.health in (Health.MISSING, Health.EMPTY):
        from neurofoot_desktop.storage import backup

        good = backup.newest_good_backup(path)
        if good is None:
            return None  # a first start: nothing to lose
        chosen, counts = good
        if found.health is Health.EMPTY:
            backup.move_aside(path, "empty", now)
        backup.restore(path, chosen.path, now)
        log.warning("log missing or empty; restored backup %s", chosen.path.name)
        return Recovery("missing", backup=chosen.path, backup_taken_at=chosen.taken_at,
                        from_backup=counts)
    return None


def _recover_damaged(path: Path, reason: str, now: datetime | None = None) -> Recovery:
    # Backups are needed only on these rare paths: not imported for an everyday start.
    from neurofoot_desktop.storage import backup

    kept = backup.move_aside(path, "damaged", now)
    log.warning("damaged log moved aside to %s (%s)", kept.name, reason)
    report = Recovery("damaged", reason=reason, kept_at=kept)
    tmp = path.with_name(f".{path.name}.recovering")
    for extra in ("", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tmp}{extra}").unlink()  # our own half-built file from a crash
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    target = sqlite3.connect(tmp, isolation_level=None)
    try:
        migrations.migrate(target)
        target.execute("PRAGMA foreign_keys = OFF")  # parents may come after children
        target.execute("BEGIN IMMEDIATE")
        report.salvaged, report.skipped = _copy_rows(kept, target, replace=True)
        good = backup.newest_good_backup(path)
        if good is not None:
            chosen, _ = good
            added, _ = _copy_rows(chosen.path, target, replace=False)
            if any(added.values()):
                report.backup, report.backup_taken_at = chosen.path, chosen.taken_at
                report.from_backup = added
        _adopt_orphans(target)
        _fill_name_keys(target)
        target.execute("COMMIT")
    except BaseException:
        target.close()
        raise
    target.close()
    backup.fsync_file(tmp)
    os.replace(tmp, path)
    backup.fsync_dir(path.parent)
    log.warning("recovered log: %s", report.salvaged)
    return report


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _read_rows(conn: sqlite3.Connection, table: str, key: str) -> Iterator[tuple]:
    """Rows from both ends of the table, so one bad page does not hide what lies after it."""
    for order in ("ASC", "DESC"):
        try:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY {key} {order}"):
                yield tuple(row)
            return  # read to the end without an error: nothing more to find
        except sqlite3.Error as exc:
            log.info("stopped reading %s (%s) after an error: %s", table, order, exc)


# Besides the tables every log has: the reminder plan and its decisions (issue 20).
COPIED = (*TABLES, "plans", "reminder_decisions")


def _copy_rows(source_path: Path, target: sqlite3.Connection,
               replace: bool) -> tuple[dict[str, int], int]:
    """Copy every readable row of the NeuroFoot tables; returns rows added and rows refused."""
    added = dict.fromkeys(COPIED, 0)
    skipped = 0
    try:
        source = integrity.open_readonly(source_path)
    except sqlite3.Error:
        return added, skipped
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    try:
        try:
            present = {r[0] for r in source.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'")}
        except sqlite3.Error:
            return added, skipped  # the schema page itself is unreadable
        for table in COPIED:
            if table not in present:
                continue
            try:
                source_cols = _columns(source, table)
                pk = [r[1] for r in sorted(source.execute(f"PRAGMA table_info({table})"),
                                           key=lambda r: r[5]) if r[5] > 0]
                rowid = source.execute(
                    "SELECT sql FROM sqlite_schema WHERE name = ?", (table,)
                ).fetchone()[0]
            except sqlite3.Error:
                continue
            key = ", ".join(pk) if "WITHOUT ROWID" in rowid.upper() else "rowid"
            wanted = [c for c in _columns(target, table) if c in source_cols]
            index = [source_cols.index(c) for c in wanted]
            sql = (f"{verb} INTO {table} ({', '.join(wanted)}) "
                   f"VALUES ({', '.join('?' * len(wanted))})")
            seen: set[tuple] = set()
            for row in _read_rows(source, table, key):
                values = tuple(row[i] for i in index)
                if values in seen:
                    continue
                seen.add(values)
                try:
                    cur = target.execute(sql, values)
                except sqlite3.Error:
                    skipped += 1
                    continue
                added[table] += max(cur.rowcount, 0)
    finally:
        source.close()
    return added, skipped


def _adopt_orphans(conn: sqlite3.Connection) -> None:
    """Give rows whose parent was lost a placeholder parent, so no rating is dropped.

    Written for the current schema; a migration that adds a table with a foreign
    key should extend it.
    """
    orphans = conn.execute(
        "SELECT profile_id, min(started_at) FROM sessions "
        "WHERE profile_id NOT IN (SELECT id FROM profiles) GROUP BY profile_id"
    ).fetchall()
    for profile_id, started in orphans:
        _placeholder_profile(conn, started, profile_id)
    for table in ("plans", "reminder_decisions"):  # a plan whose person was lost reminds nobody
        conn.execute(f"DELETE FROM {table} WHERE profile_id NOT IN (SELECT id FROM profiles)")
    lost = conn.execute(
        "SELECT session_id, min(at) FROM ("
        " SELECT session_id, recorded_at AS at FROM step_results"
        " UNION ALL SELECT session_id, recorded_at FROM light_touch"
        " UNION ALL SELECT session_id, answered_at FROM precheck_answers)"
        " WHERE session_id NOT IN (SELECT id FROM sessions) GROUP BY session_id"
    ).fetchall()
    if not lost:
        return
    holder = _placeholder_profile(conn, min(at for _, at in lost))
    for session_id, at in lost:
        conn.execute(
            "INSERT INTO sessions (id, profile_id, started_at, ended_at, status, status_reason)"
            " VALUES (?, ?, ?, ?, 'stopped', ?)",
            (session_id, holder, at, at, RECOVERED_REASON),
        )


def _fill_name_keys(conn: sqlite3.Connection) -> None:
    """Rows read from a log older than the name key (or placeholders) get theirs; a name
    whose key is taken keeps one of its own, as the migration does: nobody is merged."""
    for profile_id, name in conn.execute(
            "SELECT id, name FROM profiles WHERE name_key IS NULL ORDER BY id").fetchall():
        key = name_key(name)
        if conn.execute("SELECT 1 FROM profiles WHERE name_key = ?", (key,)).fetchone():
            key = f"{key}\x1f{profile_id}"
        conn.execute("UPDATE profiles SET name_key = ? WHERE id = ?", (key, profile_id))


def _placeholder_profile(conn: sqlite3.Connection, created_at: str,
                         profile_id: int | None = None) -> int:
    if profile_id is None:
        row = conn.execute("SELECT id FROM profiles WHERE name = ?", (RECOVERED_NAME,)).fetchone()
        if row:
            return int(row[0])
    name, n = RECOVERED_NAME, 2
    while conn.execute("SELECT 1 FROM profiles WHERE name = ?", (name,)).fetchone():
        name, n = f"{RECOVERED_NAME} {n}", n + 1
    cur = conn.execute("INSERT INTO profiles (id, name, created_at) VALUES (?, ?, ?)",
                       (profile_id, name, created_at))
    return int(cur.lastrowid or 0)
