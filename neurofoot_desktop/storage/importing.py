"""Writing an import: every missing person and session in ONE transaction, so a file is
added whole or not at all. The JSON importer (exports/json/importer.py) feeds it checked
records one at a time; it holds no SQL of its own."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.storage import footcheck, photos
from neurofoot_desktop.storage.names import name_key
from neurofoot_desktop.storage.repository import SessionRecord, Store


@dataclass
class ImportWriter:
    """Adds what is missing; sessions already in the log (same id) are left as they are."""

    conn: sqlite3.Connection
    store: Store
    now: datetime
    known: set[str] = field(default_factory=set)
    profiles_added: list[str] = field(default_factory=list)
    added: int = 0
    present: int = 0
    last_started: datetime | None = None
    photo_files: list[Path] = field(default_factory=list)  # written by this import

    def photo(self, profile_id: int, record: photos.PhotoRecord, jpeg: bytes) -> None:
        """Issue 19: a photo's file and row, unless a photo of that name is in the log."""
        written = photos.put_imported(self.conn, self.store,
                                      replace(record, profile_id=profile_id), jpeg)
        if written is not None:
            self.photo_files.append(written)

    def person(self, name: str, created_at: datetime | None) -> int:
        """The id of the person with this name key, created when missing."""
        key = name_key(name)
        row = self.conn.execute("SELECT id FROM profiles WHERE name_key = ?", (key,)).fetchone()
        if row is not None:
            return int(row[0])
        cur = self.conn.execute(
            "INSERT INTO profiles (name, name_key, created_at) VALUES (?, ?, ?)",
            (name, key, to_iso(created_at or self.now)),
        )
        self.profiles_added.append(name)
        return int(cur.lastrowid or 0)

    def session(self, profile_id: int, record: SessionRecord) -> bool:
        if record.id in self.known:
            self.present += 1
            return False
        record.profile_id = profile_id
        # Marked as imported: an "incomplete" session from another computer is history,
        # not a session to resume here.
        self.store.insert_session(record, self.conn, imported=True)
        if record.footcheck is not None and not record.footcheck.empty:  # issue 19
            footcheck.insert_check(self.store, record.footcheck, self.conn)
        self.known.add(record.id)
        self.added += 1
        if self.last_started is None or record.started_at > self.last_started:
            self.last_started = record.started_at
        return True

    def _finish(self) -> None:
        if self.added and self.last_started is not None:
            # Let a fresh import show the people in a sensible order.
            self.conn.execute(
                "UPDATE profiles SET last_used_at = ? WHERE last_used_at IS NULL AND id IN "
                "(SELECT DISTINCT profile_id FROM sessions)", (to_iso(self.last_started),)
            )


@contextmanager
def importing(store: Store, now: datetime) -> Iterator[ImportWriter]:
    """One transaction for a whole import; raises StorageError (nothing written) on failure."""
    writer: ImportWriter | None = None
    try:
        with store.transaction() as conn:
            writer = ImportWriter(conn, store, now)
            writer.known = {row[0] for row in conn.execute("SELECT id FROM sessions")}
            yield writer
            writer._finish()
    except BaseException:
        for path in writer.photo_files if writer else []:  # a refused import keeps no photo
            path.unlink(missing_ok=True)
        raise
