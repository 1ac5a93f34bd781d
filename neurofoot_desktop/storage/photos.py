"""Photos of the feet (issue 19): JPEG files in the data folder's "photos" directory, one row
each in the log.

A photo is stored whole or not at all: the file is written beside its final name, flushed to
disk and renamed, and only then is its row committed; if the row cannot be written the file is
removed again. Files are private (0600 in a 0700 folder), like the log.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.photo_backup import PHOTO_DIR  # one name for the folder
from neurofoot_desktop.storage.repository import Store, _reading

SOURCES = ("camera", "file")


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    profile_id: int
    session_id: str | None
    foot: Foot
    view: View
    taken_at: datetime
    file: str  # the name inside the photos folder
    width: int
    height: int
    source: str

    def path(self, store: Store) -> Path:
        return folder(store) / self.file


def folder(store: Store) -> Path:
    return store.path.parent / PHOTO_DIR


def add(store: Store, profile_id: int, session_id: str | None, foot: Foot, view: View,
        taken_at: datetime, jpeg: bytes, size: tuple[int, int], source: str) -> PhotoRecord:
    """Keep a prepared JPEG; raises StorageError with one plain sentence (a full disk, a
    read-only folder) and leaves nothing behind."""
    if source not in SOURCES:
        raise ValueError(f"unknown photo source {source!r}")
    name = f"{taken_at.strftime('%Y%m%d-%H%M%S')}-{foot.value}-{view.value}-" \
           f"{uuid.uuid4().hex[:8]}.jpg"
    target = folder(store) / name
    _write(target, jpeg)
    try:
        with store.transaction() as c:
            cur = c.execute(
                "INSERT INTO photos (profile_id, session_id, foot, view, taken_at, file, width, "
                "height, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (profile_id, session_id, foot.value, view.value, to_iso(taken_at), name,
                 size[0], size[1], source))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return photo(store, int(cur.lastrowid or 0))


def put_imported(conn: sqlite3.Connection, store: Store, record: PhotoRecord,
                 jpeg: bytes) -> Path | None:
    """A photo from a JSON import, inside the import's transaction (record.id is ignored):
    None when a photo of that file name is already in the log (imported before); else the
    file written, which the caller removes should the transaction fail."""
    if conn.execute("SELECT 1 FROM photos WHERE file = ?", (record.file,)).fetchone():
        return None
    target = folder(store) / record.file
    _write(target, jpeg)
    conn.execute(
        "INSERT INTO photos (profile_id, session_id, foot, view, taken_at, file, width, "
        "height, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.profile_id, record.session_id, record.foot.value, record.view.value,
         to_iso(record.taken_at), record.file, record.width, record.height, record.source))
    return target


def _write(target: Path, jpeg: bytes) -> None:
    """The file whole under its name, or StorageError and nothing left behind."""
    partial = target.with_suffix(".part")
    try:
        datadir.ensure_private(target.parent)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(jpeg)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageError("There is not enough room on the disk to keep the photo.") \
                from exc
        raise StorageError(f"The photo could not be saved: {exc.strerror or exc}.") from exc


def _record(row: object) -> PhotoRecord:
    r = row  # sqlite3.Row
    return PhotoRecord(r["id"], r["profile_id"], r["session_id"], Foot(r["foot"]),  # type: ignore[index]
                       View(r["view"]), from_iso(r["taken_at"]), r["file"], r["width"],  # type: ignore[index]
                       r["height"], r["source"])  # type: ignore[index]


@_reading
def photo(store: Store, photo_id: int) -> PhotoRecord:
    row = store.connection.execute("SELECT * FROM photos WHERE id = ?", (photo_id,)).fetchone()
    if row is None:
        raise KeyError(photo_id)
    return _record(row)


@_reading
def photos(store: Store, profile_id: int | None = None, foot: Foot | None = None,
           view: View | None = None, session_id: str | None = None) -> list[PhotoRecord]:
    """Oldest first."""
    where, args = ["1"], []
    for column, value in (("profile_id", profile_id), ("foot", foot), ("view", view),
                          ("session_id", session_id)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    rows = store.connection.execute(
        f"SELECT * FROM photos WHERE {' AND '.join(where)} ORDER BY taken_at, id", args)
    return [_record(r) for r in rows]


def latest(store: Store, profile_id: int, foot: Foot, view: View) -> PhotoRecord | None:
    found = photos(store, profile_id, foot, view)
    return found[-1] if found else None


def delete(store: Store, photo_id: int) -> None:
    record = photo(store, photo_id)
    with store.transaction() as c:
        c.execute("DELETE FROM photos WHERE id = ?", (photo_id,))
    with contextlib.suppress(FileNotFoundError):
        record.path(store).unlink()


def insert_rows(conn: sqlite3.Connection, records: list[PhotoRecord]) -> None:
    """Put rows back for files still in the folder (the undo of a deleted session), inside
    the caller's transaction; ids are kept so nothing else needs renumbering."""
    conn.executemany(
        "INSERT INTO photos (id, profile_id, session_id, foot, view, taken_at, file, width, "
        "height, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.id, r.profile_id, r.session_id, r.foot.value, r.view.value, to_iso(r.taken_at),
          r.file, r.width, r.height, r.source) for r in records])


def sweep(store: Store) -> int:
    """Remove photo files no row refers to any more (a deleted session's photos, a save cut
    short by a crash); returns how many went."""
    where = folder(store)
    if not where.is_dir():
        return 0
    known = {r[0] for r in store.connection.execute("SELECT file FROM photos")}
    gone = 0
    for path in where.iterdir():
        if path.is_file() and path.name not in known:
            with contextlib.suppress(OSError):
                path.unlink()
                gone += 1
    return gone
