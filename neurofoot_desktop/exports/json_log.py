"""The complete log as JSON (docs/json-format.md), and importing it back.

Import is all or nothing: the whole file is parsed and checked before the
database is touched, then every missing profile and session is written in one
transaction. Sessions are matched by id, so importing a file twice adds nothing.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.lighttouch import Sensitivity
from neurofoot_desktop.core.pressure import FEELS
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import ExportError, ExportResult, write_atomic
from neurofoot_desktop.exports.period import Period, Selection, select
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import (
    STATUSES,
    WARNING_IDS,
    LightTouchRecord,
    SessionRecord,
    Store,
)

FORMAT = "neurofoot-log"
VERSION = 1
SENSITIVITIES = tuple(s.value for s in Sensitivity)
OUTCOMES = tuple(o.value for o in Outcome)
MAX_NAME = 80
MAX_ID = 100
_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]+$")


# -- export ------------------------------------------------------------------------------------
def step_sort_key(step: StepResult) -> tuple[bool, str, int, int]:
    """A canonical step order, so export -> import -> export gives the same file."""
    at = to_iso(step.started_at) if step.started_at else ""
    return (step.started_at is None, at, STEP_IDS.index(step.step_id), FEET.index(step.foot))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def session_to_dict(record: SessionRecord) -> dict[str, Any]:
    steps = sorted(record.steps, key=step_sort_key)
    return {
        "id": record.id,
        "started_at": to_iso(record.started_at),
        "ended_at": to_iso(record.ended_at) if record.ended_at else None,
        "status": record.status,
        "status_reason": record.status_reason,
        "sensitivity": {foot: record.sensitivity(foot) for foot in FEET},
        "warnings": record.warnings,
        "heel_sensitive": record.heel_sensitive,
        "note": record.note,
        "answers": dict(sorted(record.answers.items())),
        "light_touch": {
            foot: {
                "sensitivity": t.sensitivity, "felt_real": t.felt_real,
                "real_total": t.real_total, "pretend_felt": t.pretend_felt,
                "unpleasant": t.unpleasant,
            }
            for foot in FEET if (t := record.light_touch.get(foot)) is not None
        },
        "steps": [
            {
                "step_id": s.step_id, "foot": s.foot,
                "started_at": to_iso(s.started_at) if s.started_at else None,
                "duration_s": _number(s.actual_s), "planned_s": _number(s.planned_s),
                "pressure": s.pressure, "outcome": s.outcome.value, "comfort": s.comfort,
                "feel": s.feel, "note": s.note,
            }
            for s in steps
        ],
        # issue 18: absent (not null) when no score was given
        **({"symptoms": scores} if (scores := symptoms_rows.to_json(record.symptoms)) else {}),
    }


def build_log(selection: Selection, exported_at: datetime) -> dict[str, Any]:
    by_profile: dict[int, list[SessionRecord]] = {p.id: [] for p in selection.profiles}
    for record in selection.sessions:
        by_profile.setdefault(record.profile_id, []).append(record)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(exported_at),
        "profiles": [
            {
                "name": p.name,
                "created_at": to_iso(p.created_at),
                "sessions": [session_to_dict(r) for r in by_profile[p.id]],
            }
            for p in selection.profiles
        ],
    }


def render_json(selection: Selection, exported_at: datetime) -> bytes:
    """One session per line: readable, diff-friendly, and fast (json's C encoder)."""
    log = build_log(selection, exported_at)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{" + ", ".join(f"{dump(k)}: {dump(log[k])}" for k in
                             ("format", "version", "exported_at")) + ",", ' "profiles": [']
    for i, profile in enumerate(log["profiles"]):
        head = {k: v for k, v in profile.items() if k != "sessions"}
        lines.append("  " + dump(head)[:-1] + ', "sessions": [')
        sessions = [dump(session) for session in profile["sessions"]]
        lines.append(",\n".join("   " + text for text in sessions))
        lines.append("  ]}" + ("," if i < len(log["profiles"]) - 1 else ""))
    lines.append(" ]}")
    return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")


def export_json(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, now: datetime | None = None, tz: tzinfo | None = None,
) -> ExportResult:
    """Write the log (everyone, or one person) to path; raises ExportError."""
    selection = select(store, profile, period, tz)
    data = render_json(selection, now or datetime.now(UTC))
    written = write_atomic(path, data)
    steps = sum(len(s.steps) for s in selection.sessions)
    return ExportResult(written, len(selection.sessions), steps)


# -- checking a file ---------------------------------------------------------------------------
class LogFormatError(ExportError):
    """The file is not a NeuroFoot log this version can import; nothing was changed."""


@dataclass
class ParsedProfile:
    name: str
    created_at: datetime | None
    sessions: list[SessionRecord] = field(default_factory=list)


def _describe(value: Any) -> str:
    if isinstance(value, bool | int | float | str) or value is None:
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = {"dict": "an object", "list": "a list"}.get(type(value).__name__, "a value")
    return text if len(text) <= 60 else text[:57] + "..."


class _Checker:
    """Typed reads of one JSON object; every error names its place in the file."""

    def __init__(self, data: Any, where: str) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise LogFormatError(f"{where or 'the file'}: expected an object, got "
                                 f"{_describe(data)}")
        self.data: dict[str, Any] = data

    def place(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, expected: str, value: Any = ...) -> None:
        got = "" if value is ... else f", got {_describe(value)}"
        raise LogFormatError(f"{self.place(key)}: expected {expected}{got}")

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, expected: str) -> Any:
        if key not in self.data:
            self.fail(key, f"{expected} (it is missing)")
        return self.data[key]

    def sub(self, key: str, what: str = "an object") -> _Checker:
        value = self.raw(key, what)
        if not isinstance(value, dict):
            self.fail(key, what, value)
        return _Checker(value, self.place(key))

    def items(self, key: str) -> list[_Checker]:
        value = self.raw(key, "a list")
        if not isinstance(value, list):
            self.fail(key, "a list", value)
        return [_Checker(v, f"{self.place(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str, default: str | None = None, max_len: int = 100_000) -> str:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key, "text")
        if not isinstance(value, str):
            self.fail(key, "text", value)
        if len(value) > max_len:
            self.fail(key, f"text of at most {max_len} characters")
        return value

    def choice(self, key: str, options: tuple[str, ...], nullable: bool = False) -> Any:
        value = self.raw(key, f"one of {', '.join(options)}")
        if value is None and nullable:
            return None
        if value not in options:
            extra = " or null" if nullable else ""
            self.fail(key, f"one of {', '.join(options)}{extra}", value)
        return value

    def boolean(self, key: str, default: bool | None = None) -> bool:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key, "true or false")
        if not isinstance(value, bool):
            self.fail(key, "true or false", value)
        return value

    def integer(self, key: str, low: int, high: int, nullable: bool = False) -> Any:
        expected = f"a whole number {low}-{high}"
        value = self.raw(key, expected + (" or null" if nullable else ""))
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(key, expected, value)
        return value

    def seconds(self, key: str, default: float | None = None) -> float:
        if default is not None and key not in self.data:
            return default
        expected = "a number of seconds from 0 to 86400"
        value = self.raw(key, expected)
        if (isinstance(value, bool) or not isinstance(value, int | float)
                or not math.isfinite(value) or not 0 <= value <= 86_400):
            self.fail(key, expected, value)
        return float(value)

    def moment(self, key: str, nullable: bool = False) -> Any:
        expected = "an ISO-8601 time with a time zone, e.g. 2026-11-20T20:00:00Z"
        value = self.raw(key, expected)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.fail(key, expected, value)
        try:
            return from_iso(value)
        except ValueError:
            self.fail(key, expected, value)
        raise AssertionError  # unreachable: fail() raises


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise LogFormatError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise LogFormatError(f"{name} is not a number JSON allows")


def parse_bytes(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LogFormatError(f"the file is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise LogFormatError("the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_strict_object, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        body = text.strip()
        # A JSON object that stops before its closing brace was most likely cut short.
        truncated = body.startswith("{") and (exc.pos >= len(body) or not body.endswith("}"))
        cut = " (the file seems cut short)" if truncated else ""
        raise LogFormatError(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}{cut}"
        ) from None


def validate_log(data: Any) -> list[ParsedProfile]:
    """Check a decoded log; returns it as records, or raises LogFormatError."""
    root = _Checker(data, "")
    fmt = root.raw("format", f"{FORMAT!r}")
    if fmt != FORMAT:
        root.fail("format", f"{FORMAT!r} (this is not a NeuroFoot log)", fmt)
    version = root.raw("version", str(VERSION))
    if isinstance(version, bool) or not isinstance(version, int):
        root.fail("version", f"the whole number {VERSION}", version)
    if version > VERSION:
        raise LogFormatError(
            f"version: the file is format version {version}, newer than this NeuroFoot "
            f"understands ({VERSION}); please update NeuroFoot"
        )
    if version != VERSION:
        root.fail("version", f"the whole number {VERSION}", version)
    if root.has("exported_at"):
        root.moment("exported_at")

    profiles: list[ParsedProfile] = []
    names: dict[str, str] = {}
    session_places: dict[str, str] = {}
    for p in root.items("profiles"):
        name = " ".join(p.text("name", max_len=1000).split())
        if not name or len(name) > MAX_NAME:
            p.fail("name", f"a name of 1 to {MAX_NAME} characters", p.data["name"])
        key = name.casefold()
        if key in names:
            p.fail("name", f"a different name from {names[key]} (names ignore case)", name)
        names[key] = p.place("name")
        created = p.moment("created_at") if p.has("created_at") else None
        parsed = ParsedProfile(name, created)
        for s in p.items("sessions"):
            record = _session(s, name)
            if record.id in session_places:
                s.fail("id", f"an id used once, but it is also at {session_places[record.id]}",
                       record.id)
            session_places[record.id] = s.place("id")
            parsed.sessions.append(record)
        profiles.append(parsed)
    return profiles


def _session(s: _Checker, profile_name: str) -> SessionRecord:
    session_id = s.text("id", max_len=MAX_ID)
    if not _ID_RE.match(session_id):
        s.fail("id", "an id made of letters, digits and - _ . :", session_id)
    started = s.moment("started_at")
    ended = s.moment("ended_at", nullable=True)
    if ended is not None and ended < started:
        s.fail("ended_at", "a time after started_at", s.data["ended_at"])
    status = s.choice("status", STATUSES)

    sens = s.sub("sensitivity")
    sensitivity = {foot: sens.choice(foot, SENSITIVITIES) for foot in FEET}
    warnings_raw = s.raw("warnings", "a list of warning ids")
    if not isinstance(warnings_raw, list):
        s.fail("warnings", "a list of warning ids", warnings_raw)
    for i, w in enumerate(warnings_raw):
        if w not in WARNING_IDS:
            s.fail(f"warnings[{i}]", f"one of {', '.join(WARNING_IDS)}", w)
    if len(set(warnings_raw)) != len(warnings_raw):
        s.fail("warnings", "each warning at most once", warnings_raw)
    heel = s.boolean("heel_sensitive")

    answers = _answers(s, warnings_raw, heel)
    light_touch = _light_touch(s, sensitivity)

    steps: list[StepResult] = []
    seen: dict[tuple[str, str], int] = {}
    for i, st in enumerate(s.items("steps")):
        step = _step(st)
        key = (step.step_id, step.foot)
        if key in seen:
            st.fail("foot", f"each step once per foot, but {step.step_id} on the {step.foot} "
                    f"foot is also steps[{seen[key]}]", step.foot)
        seen[key] = i
        steps.append(step)
    try:  # issue 18: older files have no "symptoms"
        scores = (symptoms_rows.from_json(s.data["symptoms"], s.place("symptoms"))
                  if s.has("symptoms") else {})
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None
    return SessionRecord(
        id=session_id, profile_id=0, profile_name=profile_name, started_at=started,
        ended_at=ended, status=status, status_reason=s.text("status_reason", ""),
        note=s.text("note", ""), answers=answers, light_touch=light_touch, steps=steps,
        symptoms=scores,
    )


def _answers(s: _Checker, warnings: list[str], heel: bool) -> dict[str, bool]:
    if not s.has("answers"):
        answers = {w: True for w in warnings}
        if heel:
            answers["heel_sensitive"] = True
        return answers
    a = s.sub("answers")
    answers = {}
    for key in a.data:
        if not _ID_RE.match(key) or len(key) > MAX_ID:
            a.fail(key, "a question id made of letters, digits and - _ . :", key)
        answers[key] = a.boolean(key)
    # The summary fields and the detailed answers must tell the same story.
    if [w for w in WARNING_IDS if answers.get(w)] != [w for w in WARNING_IDS if w in warnings]:
        s.fail("warnings", "the warnings answered yes in answers", warnings)
    if answers.get("heel_sensitive", False) != heel:
        s.fail("heel_sensitive", "the same as answers.heel_sensitive", heel)
    return answers


def _light_touch(s: _Checker, sensitivity: dict[str, str]) -> dict[str, LightTouchRecord]:
    if not s.has("light_touch"):
        # A file without the details still records the day's result for each foot.
        return {foot: LightTouchRecord(foot, sensitivity[foot], 0, 0, 0,
                                       sensitivity[foot] == Sensitivity.HEIGHTENED.value)
                for foot in FEET}
    lt = s.sub("light_touch")
    records = {}
    for foot in lt.data:
        if foot not in FEET:
            lt.fail(foot, "only the keys left and right", foot)
        t = lt.sub(foot)
        value = t.choice("sensitivity", SENSITIVITIES)
        if value != sensitivity[foot]:
            t.fail("sensitivity", f"the same as sensitivity.{foot}", value)
        total = t.integer("real_total", 0, 100)
        records[foot] = LightTouchRecord(
            foot, value, t.integer("felt_real", 0, total), total,
            t.integer("pretend_felt", 0, 100), t.boolean("unpleasant"),
        )
    return records


def _step(st: _Checker) -> StepResult:
    step_id = st.choice("step_id", STEP_IDS)
    foot = st.choice("foot", FEET)
    comfort = st.integer("comfort", 0, 10, nullable=True)
    if st.has("outcome"):
        outcome = Outcome(st.choice("outcome", OUTCOMES))
    else:
        outcome = Outcome.SKIPPED if comfort is None else Outcome.RATED
    if outcome == Outcome.SKIPPED and comfort is not None:
        st.fail("comfort", "null for a skipped step", comfort)
    if outcome != Outcome.SKIPPED and comfort is None:
        st.fail("comfort", f"a whole number 0-10 for a step with outcome {outcome.value}", None)
    actual = st.seconds("duration_s")
    return StepResult(
        step_id=step_id, foot=foot, started_at=st.moment("started_at", nullable=True),
        planned_s=st.seconds("planned_s", actual), actual_s=actual,
        pressure=st.integer("pressure", 1, 4), outcome=outcome, comfort=comfort,
        feel=st.choice("feel", FEELS, nullable=True), note=st.text("note", ""),
    )


# -- import ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    profiles_added: list[str]
    sessions_added: int
    sessions_present: int  # already in the log (matched by id), left as they were


def read_log(path: str | os.PathLike[str]) -> list[ParsedProfile]:
    """Read and check a file without touching any database; raises LogFormatError."""
    try:
        raw = Path(path).read_bytes()
    except IsADirectoryError:
        raise LogFormatError(f"{path} is a folder, not a NeuroFoot JSON file") from None
    except OSError as exc:
        raise LogFormatError(f"{path} cannot be read ({exc.strerror or exc})") from None
    return validate_log(parse_bytes(raw))


def import_parsed(
    store: Store, profiles: list[ParsedProfile], now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Add what is missing, in one transaction: everything is written or nothing is."""
    now = now or datetime.now(UTC)
    added_profiles: list[str] = []
    added = present = 0
    total = sum(len(p.sessions) for p in profiles)
    try:
        with store.transaction() as conn:
            known = {row[0] for row in conn.execute("SELECT id FROM sessions")}
            for p in profiles:
                profile_id, created = _profile_id(conn, p, now)
                if created:
                    added_profiles.append(p.name)
                for record in p.sessions:
                    if record.id in known:
                        present += 1
                        continue
                    record.profile_id = profile_id
                    store.insert_session(record, conn)
                    known.add(record.id)
                    added += 1
                    if progress and added % 200 == 0:
                        progress(added + present, total)
            last = max((r.started_at for p in profiles for r in p.sessions), default=None)
            if added and last is not None:
                # Let a fresh import show the people in a sensible order.
                conn.execute(
                    "UPDATE profiles SET last_used_at = ? WHERE last_used_at IS NULL AND id IN "
                    "(SELECT DISTINCT profile_id FROM sessions)", (to_iso(last),)
                )
    except sqlite3.Error as exc:
        raise StorageError(f"The import could not be saved, nothing was changed: {exc}") from None
    return ImportResult(added_profiles, added, present)


def _profile_id(conn: sqlite3.Connection, p: ParsedProfile, now: datetime) -> tuple[int, bool]:
    # The name column compares without case, like Store.profile_by_name.
    row = conn.execute("SELECT id FROM profiles WHERE name = ?", (p.name,)).fetchone()
    if row is not None:
        return int(row[0]), False
    cur = conn.execute(
        "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
        (p.name, to_iso(p.created_at or now)),
    )
    return int(cur.lastrowid or 0), True


def import_log(
    store: Store, path: str | os.PathLike[str], now: datetime | None = None
) -> ImportResult:
    """Check the file, then add its missing profiles and sessions (raises LogFormatError)."""
    return import_parsed(store, read_log(path), now)


__all__ = [
    "FORMAT", "VERSION", "ExportResult", "ImportResult", "LogFormatError",
    "build_log", "export_json", "import_log", "import_parsed", "parse_bytes", "read_log",
    "render_json", "validate_log",
]
