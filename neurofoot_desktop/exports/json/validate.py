"""Checking a NeuroFoot JSON log (docs/json-format.md) event by event, so the same code
checks a decoded document (validate_log) and a file read a piece at a time (the import).
The session objects are read by the table in sections.py."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from neurofoot_desktop.core.reminders import Decision
from neurofoot_desktop.exports import photo_rows, plan_rows
from neurofoot_desktop.exports.json.checker import (
    EARLIEST,
    MAX_NAME,
    Checker,
    LogFormatError,
    describe,
)
from neurofoot_desktop.exports.json.export import FORMAT, VERSION
from neurofoot_desktop.exports.json.sections import SESSION_SECTIONS, read_id
from neurofoot_desktop.exports.json.stream import Event, events_of
from neurofoot_desktop.storage.names import name_key
from neurofoot_desktop.storage.plans import PlanVersion
from neurofoot_desktop.storage.repository import SessionRecord


@dataclass
class ParsedProfile:
    name: str
    created_at: datetime | None
    sessions: list[SessionRecord] = field(default_factory=list)
    plans: list[PlanVersion] = field(default_factory=list)  # issue 20; absent in older files
    decisions: list[Decision] = field(default_factory=list)  # issue 20: snoozes, "not today"
    photos: list[photo_rows.PhotoEntry] = field(default_factory=list)  # issue 19, if asked


def check_session(value: Any, where: str, profile_name: str) -> SessionRecord:
    s = Checker(value, where)
    record = SessionRecord(id=read_id(s), profile_id=0, profile_name=profile_name,
                           started_at=EARLIEST, ended_at=None, status="", status_reason="",
                           note="")
    for section in SESSION_SECTIONS:
        section(s, record)
    return record


def _check_top(key: str, value: Any) -> None:
    root = Checker({key: value}, "")
    if key == "format" and value != FORMAT:
        root.fail("format", f"{FORMAT!r} (this is not a NeuroFoot log)", value)
    if key == "version":
        if isinstance(value, bool) or not isinstance(value, int):
            root.fail("version", f"the whole number {VERSION}", value)
        if value > VERSION:
            raise LogFormatError(
                f"version: the file is format version {describe(value)}, newer than this "
                f"NeuroFoot understands ({VERSION}); please update NeuroFoot")
        if value != VERSION:
            root.fail("version", f"the whole number {VERSION}", value)
    if key == "exported_at":
        root.moment("exported_at")


def _check_head(i: int, head: dict[str, Any]) -> ParsedProfile:
    p = Checker(head, f"profiles[{i}]")
    raw_name = p.text("name", max_len=1000)
    name = " ".join(raw_name.split())
    if not name or len(name) > MAX_NAME:
        p.fail("name", f"a name of 1 to {MAX_NAME} characters", raw_name)
    if any(unicodedata.category(c) == "Cc" for c in name):
        p.fail("name", "a name without control characters", raw_name)
    return ParsedProfile(name, p.moment("created_at") if p.has("created_at") else None)


class Validation:
    """Feed it the events of a file; it yields (profile index, checked session) and keeps the
    people (without their sessions) in .profiles. Raises LogFormatError at the first fault."""

    def __init__(self) -> None:
        self.profiles: list[ParsedProfile] = []
        self.sessions = 0
        self._top: set[str] = set()
        self._keys: dict[str, str] = {}  # name key -> where it was first seen
        self._ids: dict[str, str] = {}  # session id -> where
        self._photo_names: dict[str, str] = {}  # photo file name -> where

    def walk(self, events: Iterable[Event]) -> Iterator[tuple[int, SessionRecord]]:
        head: dict[str, Any] = {}
        person: ParsedProfile | None = None
        count = 0
        mine: set[str] = set()  # this person's session ids, which a photo may name
        for kind, i, value in events:
            if kind == "top":
                assert isinstance(i, str)
                self._top.add(i)
                _check_top(i, value)
            elif kind == "profiles":
                self._top.add("profiles")
            elif kind == "profile":
                head, person, count, mine = {}, None, 0, set()
            elif kind == "head":
                head[value[0]] = value[1]
            elif kind == "session":
                assert isinstance(i, int)
                if person is None:
                    person = self._person(i, head)
                place = f"profiles[{i}].sessions[{count}]"
                record = check_session(value, place, person.name)
                if record.id in self._ids:
                    Checker(value, place).fail(
                        "id", f"an id used once, but it is also at {self._ids[record.id]}",
                        record.id)
                self._ids[record.id] = f"{place}.id"
                mine.add(record.id)
                count += 1
                self.sessions += 1
                yield i, record
            elif kind == "end":
                assert isinstance(i, int)
                if person is None:
                    person = self._person(i, head)
                person.plans = _plans(i, head)  # the head is whole only here
                person.decisions = _decisions(i, head)
                person.photos = self._photos(i, head, mine)
                if not value:
                    Checker(head, f"profiles[{i}]").raw("sessions", "a list")
        for key, expected in (("format", f"{FORMAT!r}"), ("version", str(VERSION)),
                              ("profiles", "a list")):
            if key not in self._top:
                Checker({}, "").raw(key, expected)

    def _photos(self, i: int, head: dict[str, Any],
                mine: set[str]) -> list[photo_rows.PhotoEntry]:
        if photo_rows.KEY not in head:
            return []
        try:
            found = photo_rows.from_json(head[photo_rows.KEY],
                                         f"profiles[{i}].{photo_rows.KEY}", mine)
        except ValueError as exc:
            raise LogFormatError(str(exc)) from None
        for entry in found:  # one file, one photo: a name listed twice is a fault
            name = entry.record.file
            if name in self._photo_names:
                raise LogFormatError(f'{entry.where}.file: "{entry.path}" is also listed at '
                                     f"{self._photo_names[name]}")
            self._photo_names[name] = entry.where
        return found

    def _person(self, i: int, head: dict[str, Any]) -> ParsedProfile:
        person = _check_head(i, head)
        key = name_key(person.name)
        if key in self._keys:
            Checker(head, f"profiles[{i}]").fail(
                "name", f"a different name from {self._keys[key]} (names ignore case)",
                person.name)
        self._keys[key] = f"profiles[{i}].name"
        self.profiles.append(person)
        return person


def _plans(i: int, head: dict[str, Any]) -> list[PlanVersion]:
    if plan_rows.KEY not in head:
        return []
    try:
        return plan_rows.from_json(head[plan_rows.KEY], f"profiles[{i}].{plan_rows.KEY}")
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None


def _decisions(i: int, head: dict[str, Any]) -> list[Decision]:
    if plan_rows.DECISIONS_KEY not in head:  # older files, and people never reminded
        return []
    try:
        return plan_rows.decisions_from_json(head[plan_rows.DECISIONS_KEY],
                                             f"profiles[{i}].{plan_rows.DECISIONS_KEY}")
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None


def validate_log(data: Any) -> list[ParsedProfile]:
    """Check a decoded log; returns it as records, or raises LogFormatError."""
    check = Validation()
    for i, record in check.walk(events_of(data)):
        check.profiles[i].sessions.append(record)
    return check.profiles
