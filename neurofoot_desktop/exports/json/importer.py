"""Importing a NeuroFoot JSON log: all or nothing, streamed, through storage.

Two passes over the file, each holding one session in memory at a time: the first checks
everything without touching any database; the second checks again while storage/importing.py
writes every missing person and session in ONE transaction (so a file changed in between is
still refused whole). Sessions are matched by id, so importing a file twice adds nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from neurofoot_desktop.exports import photo_rows
from neurofoot_desktop.exports.json.checker import LogFormatError
from neurofoot_desktop.exports.json.stream import events
from neurofoot_desktop.exports.json.validate import ParsedProfile, Validation
from neurofoot_desktop.storage import plans
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.importing import ImportWriter, importing
from neurofoot_desktop.storage.repository import Store

Progress = Callable[[int, int], None]
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ImportResult:
    profiles_added: list[str]
    sessions_added: int
    sessions_present: int  # already in the log (matched by id), left as they were


@dataclass(frozen=True)
class Checked:
    """A file that passed the check: its people (without sessions) and how many sessions."""

    profiles: list[ParsedProfile]
    sessions: int


def check_file(path: PathLike) -> Checked:
    """Read and check a whole file without touching any database; raises LogFormatError."""
    check = Validation()
    for _ in check.walk(events(path)):
        pass
    base = Path(os.fspath(path)).parent
    for p in check.profiles:  # issue 19: each listed photo read and checked, one at a time
        for entry in p.photos:
            _photo(base, entry)
    return Checked(check.profiles, check.sessions)


def _photo(base: Path, entry: photo_rows.PhotoEntry) -> bytes:
    try:
        return photo_rows.read_photo(base, entry)
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None


def read_log(path: PathLike) -> list[ParsedProfile]:
    """The checked file with all its sessions in memory (small files, tests, tools)."""
    check = Validation()
    for i, record in check.walk(events(path)):
        check.profiles[i].sessions.append(record)
    return check.profiles


def _saved(write: Callable[[ImportWriter], None], store: Store, now: datetime | None
           ) -> ImportResult:
    try:
        with importing(store, now or datetime.now(UTC)) as writer:
            write(writer)
    except StorageError as exc:
        raise StorageError(f"The import could not be saved, nothing was changed: {exc}"
                           ) from exc
    return ImportResult(writer.profiles_added, writer.added, writer.present)


def import_file(store: Store, path: PathLike, checked: Checked, now: datetime | None = None,
                progress: Progress | None = None) -> ImportResult:
    """The second pass: check again and write, in one transaction (raises LogFormatError or
    StorageError, and then nothing was changed)."""

    def write(writer: ImportWriter) -> None:
        ids = [writer.person(p.name, p.created_at) for p in checked.profiles]
        for profile_id, p in zip(ids, checked.profiles, strict=True):
            plans.add_versions(writer.conn, profile_id, p.plans)  # issue 20
            plans.add_decisions(writer.conn, profile_id, p.decisions)
        for done, (i, record) in enumerate(Validation().walk(events(path)), start=1):
            if i >= len(ids):
                raise LogFormatError("the file changed while it was being imported")
            writer.session(ids[i], record)
            if progress and done % 200 == 0:
                progress(done, checked.sessions)
        base = Path(os.fspath(path)).parent
        for profile_id, p in zip(ids, checked.profiles, strict=True):
            for entry in p.photos:  # issue 19: after the sessions they belong to
                writer.photo(profile_id, entry.record, _photo(base, entry))

    return _saved(write, store, now)


def import_log(store: Store, path: PathLike, now: datetime | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Check the file, then add its missing people and sessions. Raises LogFormatError (one
    line for the person; nothing changed) or StorageError."""
    return import_file(store, path, check_file(path), now, progress)


def import_parsed(store: Store, profiles: list[ParsedProfile], now: datetime | None = None,
                  progress: Progress | None = None, base: PathLike | None = None
                  ) -> ImportResult:
    """Write records already checked (read_log) in one transaction. base: the folder of the
    file they were read from, where its photos are (issue 19); they are read and checked
    before anything is written. (The window's File > Import goes through import_log.)"""
    total = sum(len(p.sessions) for p in profiles)
    listed = [(i, entry) for i, p in enumerate(profiles) for entry in p.photos]
    if listed and base is None:  # never drop photos quietly
        raise ValueError("import_parsed: the file lists photos; pass base, its folder")
    folder = Path(os.fspath(base)) if base is not None else Path()
    jpegs = [(i, entry, _photo(folder, entry)) for i, entry in listed]

    def write(writer: ImportWriter) -> None:
        done = 0
        ids = []
        for p in profiles:
            profile_id = writer.person(p.name, p.created_at)
            ids.append(profile_id)
            plans.add_versions(writer.conn, profile_id, p.plans)  # issue 20
            plans.add_decisions(writer.conn, profile_id, p.decisions)
            for record in p.sessions:
                writer.session(profile_id, record)
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
        for i, entry, jpeg in jpegs:  # after the sessions they belong to
            writer.photo(ids[i], entry.record, jpeg)

    return _saved(write, store, now)
