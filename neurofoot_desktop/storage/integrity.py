"""Looking at a log file without changing it: version, health, integrity report.

Everything here opens the file read-only. When no -wal file exists the file is
opened as immutable, so not even an empty -wal/-shm pair is left next to it:
a file written by a newer NeuroFoot stays exactly as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from neurofoot_desktop.storage.errors import ForeignDatabase, SchemaTooNew, StorageError
from neurofoot_desktop.storage.migrations import APPLICATION_ID, LATEST

SQLITE_MAGIC = b"SQLite format 3\x00"
# Primary result codes that mean "the bytes are wrong", as opposed to busy, locked,
# permission or I/O errors, after which the file must be left where it is.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
TABLES = ("profiles", "sessions", "precheck_answers", "light_touch", "step_results")


class Health(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    OK = "ok"
    TOO_NEW = "too_new"
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # another program's SQLite file: never touched


@dataclass(frozen=True)
class Probe:
    health: Health
    version: int = 0
    problems: tuple[str, ...] = ()

    @property
    def detail(self) -> str:
        return "; ".join(self.problems[:3])


@dataclass
class CheckReport:
    path: Path
    version: int = 0
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot change the file or its -wal."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not any(p.exists() for p in sidecars(path)):
        uri += "&immutable=1"  # nothing to replay, so no locks and no -shm/-wal created
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def read_header(path: Path) -> tuple[int, int] | None:
    """(user_version, application_id) from the file header; None when not an SQLite file."""
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[60:64], "big"), int.from_bytes(header[68:72], "big")


def identity(path: Path) -> tuple[int, int] | None:
    """(user_version, application_id) as SQLite sees them: with a -wal next to the file the
    header on disk may be stale (the window has the log open), so then SQLite is asked."""
    found = read_header(path)
    if found is None or not Path(f"{path}-wal").exists():
        return found
    try:
        conn = open_readonly(path)
        try:
            return (int(conn.execute("PRAGMA user_version").fetchone()[0]),
                    int(conn.execute("PRAGMA application_id").fetchone()[0]))
        finally:
            conn.close()
    except sqlite3.Error:
        return found


def header_version(path: Path) -> int | None:
    """user_version from the file header, or None when it is not an SQLite file."""
    found = read_header(path)
    return None if found is None else found[0]


def is_foreign(path: Path, version: int, application_id: int) -> bool:
    """True for an SQLite file that is not a NeuroFoot log (read-only look).

    A log is marked since migration 2. An unmarked file is ours only as a version-1 log with
    our tables, or as a new file that holds no table at all yet."""
    if application_id == APPLICATION_ID:
        return False
    if application_id != 0 or version > 1:
        return True
    try:
        conn = open_readonly(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # damaged: recovery's business, not a foreign file
    return bool(names) if version == 0 else not set(TABLES) <= names


def foreign_message(path: Path) -> str:
    return (f"{path}: not a NeuroFoot log (another program's file), left unchanged; move it "
            "or use another data folder.")


def too_new_message(path: Path, version: int) -> str:
    return (
        f"{path} was written by a newer version of NeuroFoot (data format {version}; this "
        f"one reads up to {LATEST}) and has not been changed. Please update NeuroFoot."
    )


def probe(path: Path, quick: bool = True) -> Probe:
    """How healthy the file is, read without modifying it.

    Raises StorageError when the file cannot be read for a reason that is not
    damage (permissions, locks, I/O): such a file must not be moved aside.
    """
    if not path.exists():
        return Probe(Health.MISSING)
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0):
        return Probe(Health.EMPTY)
    try:
        version = header_version(path)
    except OSError as exc:
        raise StorageError(f"Cannot read the NeuroFoot log at {path}: {exc}") from None
    if version is None:
        return Probe(Health.DAMAGED, problems=("the file is not a database",))
    header = identity(path)
    if header is not None and is_foreign(path, *header):
        return Probe(Health.FOREIGN, version)
    if version > LATEST:
        return Probe(Health.TOO_NEW, version)
    try:
        conn = open_readonly(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST:  # the newer version may still sit in the -wal
                return Probe(Health.TOO_NEW, version)
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return Probe(Health.DAMAGED, problems=(str(exc),))
        raise StorageError(f"Cannot read the NeuroFoot log at {path}: {exc}") from None
    if rows != ["ok"]:
        return Probe(Health.DAMAGED, version, tuple(rows))
    return Probe(Health.OK, version)


class BackgroundProbe:
    """probe(), started early. A large log is checked on a worker thread: SQLite lets go of
    the GIL while it reads every page, so start-up loads Qt meanwhile instead of waiting for
    a check that grows with the log (16 ms at ten years). A small log is checked when the
    result is asked for: there the thread's hand-offs of the GIL cost more than they save
    (bench_startup, side by side: 2 ms slower at one year, 7 ms quicker at ten)."""

    THREAD_FROM_BYTES = 4 << 20  # about three years of daily sessions

    def __init__(self, path: Path) -> None:
        import threading

        self._path = path
        self._outcome: Probe | BaseException | None = None
        self._thread: threading.Thread | None = None
        with contextlib.suppress(OSError):  # probe() itself reports an unreadable file
            if path.stat().st_size >= self.THREAD_FROM_BYTES:
                self._thread = threading.Thread(target=self._run, name="log-check",
                                                daemon=True)
                self._thread.start()

    def _run(self) -> None:
        try:
            self._outcome = probe(self._path)
        except BaseException as exc:  # handed to the caller by result()
            self._outcome = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def result(self) -> Probe:
        """The probe, waiting for it if needed; raises what probe() raised."""
        if self._thread is None:
            return probe(self._path)
        self.wait()
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        assert self._outcome is not None
        return self._outcome


def refuse_untouched(path: Path) -> None:
    """Raise ForeignDatabase for another program's file and SchemaTooNew for a newer log,
    having read it without any side effect."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a NeuroFoot log; nothing was changed.")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        header = identity(path)
        if header is not None and is_foreign(path, *header):
            raise ForeignDatabase(foreign_message(path))
        version = None if header is None else header[0]
        if version is not None and version <= LATEST and Path(f"{path}-wal").exists():
            conn = open_readonly(path)
            try:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            finally:
                conn.close()
    except (OSError, sqlite3.Error):
        return  # unreadable or damaged: not this function's business
    if version is not None and version > LATEST:
        raise SchemaTooNew(too_new_message(path, version))


refuse_newer_untouched = refuse_untouched  # the name callers used before foreign files


def check(path: Path) -> CheckReport:
    """Full integrity_check and foreign_key_check, for `neurofoot check`."""
    report = CheckReport(path)
    found = probe(path, quick=False)
    report.version = found.version
    if found.health is Health.TOO_NEW:
        raise SchemaTooNew(too_new_message(path, found.version))
    if found.health is Health.FOREIGN:
        raise ForeignDatabase(foreign_message(path))
    if found.health is Health.MISSING:
        report.problems.append("the file does not exist")
        return report
    if found.health is Health.EMPTY:
        report.problems.append("the file is empty")
        return report
    if found.health is Health.DAMAGED:
        report.problems.extend(found.problems)
        return report
    try:
        conn = open_readonly(path)
        try:
            for row in conn.execute("PRAGMA foreign_key_check"):
                report.problems.append(
                    f"a row in {row[0]} (row {row[1]}) refers to a missing entry in {row[2]}"
                )
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
            missing = [t for t in TABLES if t not in names]
            if missing and report.version > 0:
                report.problems.append(f"tables missing: {', '.join(missing)}")
            for table in TABLES:
                if table in names:
                    report.counts[table] = int(
                        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if not is_damage(exc):
            raise StorageError(f"Cannot read the NeuroFoot log at {path}: {exc}") from None
        report.problems.append(str(exc))
    return report


def count_rows(path: Path) -> dict[str, int]:
    """Rows per NeuroFoot table in a healthy file (missing tables count 0)."""
    conn = open_readonly(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        return {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) if t in names else 0
            for t in TABLES
        }
    finally:
        conn.close()
