"""The one object the rest of the program talks to about the log.

Every write is its own transaction and is committed before the method returns,
so whatever the user has entered survives a crash or a power cut.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from neurofoot_desktop import datadir
from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.vocabulary import STATUSES as STATUSES
from neurofoot_desktop.core.vocabulary import Foot, Outcome, Sensitivity
from neurofoot_desktop.storage import connection, integrity
from neurofoot_desktop.storage.errors import StorageError, cause
from neurofoot_desktop.storage.migrations import migrate, pending, user_version
from neurofoot_desktop.storage.names import name_key

# The core's session, light-touch and pressure modules are imported where records are built,
# not here: opening the log at start-up should not load the whole session engine.
if TYPE_CHECKING:
    from neurofoot_desktop.core.footcheck import Finding, Reading
    from neurofoot_desktop.core.lighttouch import LightTouchResult
    from neurofoot_desktop.core.pressure import Rating
    from neurofoot_desktop.core.session import StepResult

WARNING_IDS = (
    "worse_pain", "worse_numbness", "new_symptoms", "skin_change",
    "new_lesion", "open_wound", "infection",
    "pain_above_usual", "numbness_above_usual",  # core.symptoms.SIGN_IDS: scored, not asked
)
P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


@dataclass(frozen=True)
class LightTouchRecord:
    foot: str
    sensitivity: str
    felt_real: int
    real_total: int
    pretend_felt: int
    unpleasant: bool


@dataclass
class FootCheckRecord:
    """One session's look (issue 19): what was marked, which feet were all clear, the
    readings. Defined here so a SessionRecord can carry one; storage/footcheck.py reads and
    writes it."""

    session_id: str
    started_at: datetime
    findings: list[Finding] = field(default_factory=list)
    clear: set[Foot] = field(default_factory=set)
    readings: list[Reading] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.findings or self.clear or self.readings)


@dataclass
class SessionRecord:
    id: str
    profile_id: int
    profile_name: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    status_reason: str
    note: str
    answers: dict[str, bool] = field(default_factory=dict)
    light_touch: dict[str, LightTouchRecord] = field(default_factory=dict)
    steps: list[StepResult] = field(default_factory=list)
    # Issue 18: {"before"|"after": {"pain"|"tingling"|"numbness": 0..10, or None for "I don't
    # know"}}; a score not given is absent (storage/symptoms.py writes them one by one).
    symptoms: dict[str, dict[str, int | None]] = field(default_factory=dict)
    # Issue 19: the foot check an import carries; sessions() leaves it None (the look is read
    # through storage/footcheck.checks, and ImportWriter writes it).
    footcheck: FootCheckRecord | None = None

    @property
    def warnings(self) -> list[str]:
        return [w for w in WARNING_IDS if self.answers.get(w)]

    @property
    def heel_sensitive(self) -> bool:
        return self.answers.get("heel_sensitive", False)

    @property
    def hurt(self) -> bool:
        return any(s.outcome == Outcome.HURT for s in self.steps)

    @property
    def average_comfort(self) -> float | None:
        rated = [s.comfort for s in self.steps if s.comfort is not None]
        return sum(rated) / len(rated) if rated else None

    def sensitivity(self, foot: str) -> str:
        record = self.light_touch.get(foot)
        return record.sensitivity if record else Sensitivity.NORMAL.value


def sessions_where(profile_id: int | None, since: datetime | None, until: datetime | None
                   ) -> tuple[list[str], list[object]]:
    """The conditions (on sessions as `s`) and their arguments that choose one person's or
    everyone's sessions started in [since, until): one definition for every reader."""
    where: list[str] = ["1"]
    args: list[object] = []
    if profile_id is not None:
        where.append("s.profile_id = ?")
        args.append(profile_id)
    if since is not None:
        where.append("s.started_at >= ?")
        args.append(to_iso(since))
    if until is not None:
        where.append("s.started_at < ?")
        args.append(to_iso(until))
    return where, args


def _reading(method: Callable[P, T]) -> Callable[P, T]:
    """A read whose SQLite failure (a damaged page, a busy file) arrives as StorageError."""

    @functools.wraps(method)
    def read(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot read the NeuroFoot log: {cause(exc)}") from exc

    return read


class Store:
    """The session log in one SQLite file."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        """Open the log; readonly (export, recommend, check) changes nothing, not even the
        file's mode, and works on a read-only folder or mount."""
        self.path = path
        self.readonly = readonly
        integrity.refuse_untouched(path)
        if readonly:
            try:
                self._conn = integrity.open_readonly(path)
                self._conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            except sqlite3.Error as exc:
                raise StorageError(f"Cannot read the NeuroFoot log at {path}: {cause(exc)}"
                                   ) from None
            return
        self._conn = connection.connect(path)
        try:
            # A copy of an existing log before its schema changes (issue 7).
            if pending(self._conn) and user_version(self._conn) > 0:
                from neurofoot_desktop.storage import backup

                backup.before_migration(self._conn, path)
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StorageError(f"Cannot prepare the NeuroFoot log at {path}: {cause(exc)}"
                               ) from None
        except StorageError:
            self._conn.close()
            raise

    @classmethod
    def open(cls, folder: Path, readonly: bool = False) -> Store:
        if readonly:
            return cls(folder / datadir.DB_NAME, readonly=True)
        try:
            datadir.ensure_private(folder)
        except OSError as exc:
            raise StorageError(f"Cannot use the data folder {folder}: {exc}") from None
        return cls(folder / datadir.DB_NAME)

    def close(self) -> None:
        self._conn.close()

    def checkpoint(self) -> None:
        """Copy what is still only in the write-ahead log into the file (best effort), so a
        second connection opened on another thread reads the log as this one sees it."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed unit of work; rolled back whole on any error.

        Any failure of SQLite (a full disk, a busy or read-only file, a refused value) arrives
        as StorageError naming its first cause, which the program tells the person about
        instead of going on as if it had been saved; the sqlite3 error is its __cause__.
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot write to the NeuroFoot log: {cause(exc)}") from exc
        try:
            yield self._conn
        except sqlite3.Error as exc:
            self._rollback()
            raise StorageError(f"Cannot save to the NeuroFoot log: {cause(exc)}") from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StorageError(f"Cannot save to the NeuroFoot log: {cause(exc)}") from exc

    def _rollback(self) -> None:
        # SQLite may have rolled back already (a full disk): a second ROLLBACK would fail with
        # "no transaction is active" and hide the real cause.
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    _saving = transaction  # the name the session writers use

    # -- profiles -----------------------------------------------------------
    @_reading
    def profiles(self) -> list[Profile]:
        rows = self._conn.execute(
            "SELECT * FROM profiles ORDER BY last_used_at IS NULL, last_used_at DESC, name"
        )
        return [_profile(r) for r in rows]

    @_reading
    def profile(self, profile_id: int) -> Profile:
        row = self._conn.execute("SELECT * FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        if row is None:
            raise KeyError(profile_id)
        return _profile(row)

    @_reading
    def profile_by_name(self, name: str) -> Profile | None:
        """The person whose name has the same key (NFC, case-folded, trimmed: names.py).
        Compared here rather than in SQL: a read-only log may predate the key column, and
        there are only a handful of people."""
        key = name_key(name)
        return next((p for p in self.profiles() if name_key(p.name) == key), None)

    @_reading
    def look_alikes(self) -> list[tuple[str, str]]:
        """People whose names share a key but were kept apart by migration 2 (never merged
        silently): (the later name, the earlier one), for `neurofoot check` to list."""
        rows = self._conn.execute(
            "SELECT later.name, earlier.name FROM profiles AS later JOIN profiles AS earlier "
            "ON earlier.name_key = substr(later.name_key, 1, instr(later.name_key, char(31)) - 1)"
            " WHERE instr(later.name_key, char(31)) > 0 ORDER BY later.id"
        )
        return [(r[0], r[1]) for r in rows]

    def add_profile(self, name: str, now: datetime) -> Profile:
        name = _clean_name(name)
        try:
            with self.transaction() as c:
                cur = c.execute(
                    "INSERT INTO profiles (name, name_key, created_at) VALUES (?, ?, ?)",
                    (name, name_key(name), to_iso(now)),
                )
        except StorageError as exc:
            if isinstance(exc.__cause__, sqlite3.IntegrityError):
                raise StorageError(f"There is already a person called {name}.") from None
            raise
        return self.profile(int(cur.lastrowid or 0))

    def rename_profile(self, profile_id: int, name: str) -> None:
        name = _clean_name(name)
        try:
            with self.transaction() as c:
                c.execute("UPDATE profiles SET name = ?, name_key = ? WHERE id = ?",
                          (name, name_key(name), profile_id))
        except StorageError as exc:
            if isinstance(exc.__cause__, sqlite3.IntegrityError):
                raise StorageError(f"There is already a person called {name}.") from None
            raise

    # -- writing a session, one answer at a time ---------------------------------
    def start_session(self, profile_id: int, now: datetime, session_id: str | None = None) -> str:
        import uuid  # only here: it is slow to import, and start-up never needs it

        session_id = session_id or str(uuid.uuid4())
        with self._saving() as c:
            c.execute(
                "INSERT INTO sessions (id, profile_id, started_at) VALUES (?, ?, ?)",
                (session_id, profile_id, to_iso(now)),
            )
            c.execute(
                "UPDATE profiles SET last_used_at = ? WHERE id = ?", (to_iso(now), profile_id)
            )
        return session_id

    def record_answer(self, session_id: str, question_id: str, answer: bool, now: datetime) -> None:
        with self._saving() as c:
            c.execute(
                "INSERT INTO precheck_answers (session_id, question_id, answer, answered_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, question_id) "
                "DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
                (session_id, question_id, int(answer), to_iso(now)),
            )

    def record_light_touch(
        self, session_id: str, foot: str, result: LightTouchResult, now: datetime
    ) -> None:
        with self._saving() as c:
            c.execute(
                "INSERT OR REPLACE INTO light_touch (session_id, foot, sensitivity, felt_real, "
                "real_total, pretend_felt, unpleasant, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, foot, result.sensitivity.value, result.felt_real, result.real_total,
                 result.pretend_felt, int(result.unpleasant), to_iso(now)),
            )

    def save_step_result(self, session_id: str, result: StepResult, now: datetime) -> None:
        with self._saving() as c:
            c.execute(
                "INSERT OR REPLACE INTO step_results (session_id, step_id, foot, started_at, "
                "planned_s, actual_s, pressure, outcome, comfort, feel, note, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, result.step_id, result.foot,
                 to_iso(result.started_at) if result.started_at else None,
                 result.planned_s, result.actual_s, result.pressure, result.outcome.value,
                 result.comfort, result.feel, result.note, to_iso(now)),
            )

    def end_session(self, session_id: str, status: str, now: datetime, reason: str = "") -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._saving() as c:
            c.execute(
                "UPDATE sessions SET status = ?, status_reason = ?, ended_at = ? WHERE id = ?",
                (status, reason, to_iso(now), session_id),
            )

    def set_session_note(self, session_id: str, note: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))

    def reopen_session(self, session_id: str) -> None:
        """Resume an interrupted session: it is incomplete again until it ends."""
        with self._saving() as c:
            c.execute(
                "UPDATE sessions SET status = 'incomplete', ended_at = NULL WHERE id = ?",
                (session_id,),
            )

    def delete_session(self, session_id: str) -> SessionRecord:
        """Remove a session with everything in it; returns it so it can be put back."""
        record = self.session(session_id)
        with self.transaction() as c:
            c.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    def insert_session(self, record: SessionRecord, conn: sqlite3.Connection | None = None,
                       imported: bool = False) -> None:
        """Write a whole session (undo of a delete, or an import).

        Pass conn to join a transaction the caller already holds; otherwise the
        session is written in a transaction of its own.
        """
        if conn is None:
            with self.transaction() as c:
                self.insert_session(record, c, imported)
            return
        conn.execute(
            "INSERT INTO sessions (id, profile_id, started_at, ended_at, status, status_reason, "
            "note, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, record.profile_id, to_iso(record.started_at),
             to_iso(record.ended_at) if record.ended_at else None, record.status,
             record.status_reason, record.note, int(imported)),
        )
        conn.executemany(
            "INSERT INTO precheck_answers (session_id, question_id, answer, answered_at) "
            "VALUES (?, ?, ?, ?)",
            [(record.id, q, int(a), to_iso(record.started_at)) for q, a in record.answers.items()],
        )
        conn.executemany(
            "INSERT INTO light_touch (session_id, foot, sensitivity, felt_real, real_total, "
            "pretend_felt, unpleasant, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, t.foot, t.sensitivity, t.felt_real, t.real_total, t.pretend_felt,
              int(t.unpleasant), to_iso(record.started_at)) for t in record.light_touch.values()],
        )
        conn.executemany(
            "INSERT INTO step_results (session_id, step_id, foot, started_at, planned_s, "
            "actual_s, pressure, outcome, comfort, feel, note, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.id, r.step_id, r.foot, to_iso(r.started_at) if r.started_at else None,
              r.planned_s, r.actual_s, r.pressure, r.outcome.value, r.comfort, r.feel, r.note,
              to_iso(r.started_at or record.started_at)) for r in record.steps],
        )
        conn.executemany(  # issue 18: validated by the caller (exports/symptoms_rows.py)
            "INSERT INTO symptom_scores (session_id, moment, symptom, score, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(record.id, moment, symptom, score, to_iso(record.started_at))
             for moment, given in record.symptoms.items() for symptom, score in given.items()],
        )

    # -- reading ---------------------------------------------------------------
    @_reading
    def interrupted_session(self, profile_id: int) -> SessionRecord | None:
        """The newest session cut short by a crash or a closed window, if any."""
        row = self._conn.execute(
            "SELECT id FROM sessions WHERE profile_id = ? AND status = 'incomplete' "
            "AND ended_at IS NULL AND imported = 0 ORDER BY started_at DESC LIMIT 1",
            (profile_id,),
        ).fetchone()
        return self.session(row["id"]) if row else None

    def session(self, session_id: str) -> SessionRecord:
        found = self.sessions(session_ids=[session_id])
        if not found:
            raise KeyError(session_id)
        return found[0]

    @_reading
    def sessions(
        self,
        profile_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        session_ids: Sequence[str] | None = None,
    ) -> list[SessionRecord]:
        """Whole sessions, oldest first, read in four queries whatever their number."""
        from neurofoot_desktop.core.session import Outcome, StepResult

        where, args = sessions_where(profile_id, since, until)
        if session_ids is not None:
            where.append(f"s.id IN ({','.join('?' * len(session_ids))})")
            args.extend(session_ids)
        self._conn.execute("DROP TABLE IF EXISTS temp.chosen")
        self._conn.execute(
            "CREATE TEMP TABLE chosen AS SELECT s.id FROM sessions s WHERE " + " AND ".join(where),
            args,
        )
        # Plain tuples and named columns: ten years are some 40,000 rows, and sqlite3.Row's
        # look-ups by name took half of the time.
        rows = self._conn.cursor()
        rows.row_factory = None
        outcomes = {o.value: o for o in Outcome}
        chosen = "IN (SELECT id FROM temp.chosen)"
        try:
            records: dict[str, SessionRecord] = {}
            for sid, pid, person, started, ended, status, reason, note in rows.execute(
                "SELECT s.id, s.profile_id, p.name, s.started_at, s.ended_at, s.status, "
                "s.status_reason, s.note FROM sessions s JOIN profiles p ON p.id = s.profile_id "
                f"WHERE s.id {chosen} ORDER BY s.started_at, s.id"
            ):
                records[sid] = SessionRecord(
                    id=sid, profile_id=pid, profile_name=person, started_at=from_iso(started),
                    ended_at=from_iso(ended) if ended else None, status=status,
                    status_reason=reason, note=note,
                )
            for sid, question, answer in rows.execute(
                f"SELECT session_id, question_id, answer FROM precheck_answers WHERE session_id "
                f"{chosen}"
            ):
                records[sid].answers[question] = bool(answer)
            for sid, foot, sensitivity, felt, total, pretend, unpleasant in rows.execute(
                "SELECT session_id, foot, sensitivity, felt_real, real_total, pretend_felt, "
                f"unpleasant FROM light_touch WHERE session_id {chosen}"
            ):
                records[sid].light_touch[foot] = LightTouchRecord(
                    foot, sensitivity, felt, total, pretend, bool(unpleasant))
            for (sid, step_id, foot, started, planned, actual, pressure, outcome, comfort, feel,
                 note) in rows.execute(
                "SELECT session_id, step_id, foot, started_at, planned_s, actual_s, pressure, "
                f"outcome, comfort, feel, note FROM step_results WHERE session_id {chosen} "
                "ORDER BY started_at IS NULL, started_at, recorded_at"
            ):
                records[sid].steps.append(StepResult(
                    step_id=step_id, foot=foot,
                    started_at=from_iso(started) if started else None, planned_s=planned,
                    actual_s=actual, pressure=pressure, outcome=outcomes[outcome],
                    comfort=comfort, feel=feel, note=note,
                ))
            for sid, moment, symptom, score in rows.execute(  # issue 18
                f"SELECT session_id, moment, symptom, score FROM symptom_scores WHERE session_id "
                f"{chosen} ORDER BY moment DESC, symptom"
            ):
                records[sid].symptoms.setdefault(moment, {})[symptom] = score
        finally:
            self._conn.execute("DROP TABLE IF EXISTS temp.chosen")
        return list(records.values())

    @_reading
    def ratings(self, profile_id: int) -> list[Rating]:
        """Every comfort rating of one person, oldest first: the input of recommend()."""
        from neurofoot_desktop.core.pressure import Rating

        rows = self._conn.execute(
            "SELECT r.session_id, r.step_id, r.foot, r.pressure, r.comfort, r.feel, "
            "COALESCE(r.started_at, r.recorded_at) AS at, "
            "COALESCE(t.sensitivity, 'normal') AS sensitivity "
            "FROM step_results r JOIN sessions s ON s.id = r.session_id "
            "LEFT JOIN light_touch t ON t.session_id = r.session_id AND t.foot = r.foot "
            "WHERE s.profile_id = ? AND r.comfort IS NOT NULL ORDER BY at",
            (profile_id,),
        )
        return [
            Rating(r["session_id"], from_iso(r["at"]), r["step_id"], r["foot"], r["pressure"],
                   r["comfort"], r["feel"], r["sensitivity"])
            for r in rows
        ]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise StorageError("Please enter a name.")
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in name):
        raise StorageError("Please use a name without control characters.")
    if len(name) > 80:
        raise StorageError("Please use a name of at most 80 characters.")
    return name


def _profile(row: sqlite3.Row) -> Profile:
    return Profile(
        row["id"], row["name"], from_iso(row["created_at"]),
        from_iso(row["last_used_at"]) if row["last_used_at"] else None,
    )
