"""Hostile variants of a valid NeuroFoot JSON export, for the import's fuzz test and its
longer benchmark (issue 15). A seeded mutator: the same seed gives the same files.

Every variant must be REFUSED: each mutation breaks a rule of docs/json-format.md (a value
of the wrong type or out of range, a time outside 1970-2099, a lone surrogate, a control
character in a name or id, nesting a thousand deep, a 5,000-digit number, a cut, a bad
byte, a duplicated key or id, a missing field, a foreign format or version)."""

from __future__ import annotations

import copy
import json
import random
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

MARK = "@@HOSTILE@@"
BIG_INT = "9" * 5000
STEPS = ("effleurage", "sole_kneading", "toe_rolling", "ankle_rotation", "closing_strokes")


def valid_log(sessions_per_person: int = 3) -> dict[str, Any]:
    """A small valid export: two people, rated, skipped and hurt steps, warnings, notes."""
    def session(person: int, n: int) -> dict[str, Any]:
        day = (date(2026, 11, 20) - timedelta(days=n)).isoformat()
        steps = []
        for k, step in enumerate(STEPS):
            for f, foot in enumerate(("left", "right")):
                skipped = (k + f + n) % 7 == 0
                steps.append({
                    "step_id": step, "foot": foot,
                    "started_at": None if skipped else f"{day}T18:{10 + 4 * k + 2 * f:02d}:00.000Z",
                    "duration_s": 0 if skipped else 120, "planned_s": 120,
                    "pressure": 1 + (k + f) % 4,
                    "outcome": "skipped" if skipped else "rated",
                    "comfort": None if skipped else (k * 3 + f + n) % 11,
                    "feel": None if skipped else ("too_light", "just_right", "too_firm")[k % 3],
                    "note": "Café 😊 \u05e0\u05e2\u05d9\u05dd" if k == 1 else "",
                })
        warned = n % 2 == 1
        return {
            "id": f"p{person}-s{n}-6f0e", "started_at": f"{day}T18:00:00.000Z",
            "ended_at": f"{day}T18:55:00.000Z", "status": "completed", "status_reason": "",
            "sensitivity": {"left": "reduced", "right": "normal"},
            "warnings": ["worse_pain"] if warned else [], "heel_sensitive": False,
            "note": "a note", "answers": {"worse_pain": warned, "open_wound": False,
                                          "heel_sensitive": False},
            "light_touch": {
                "left": {"sensitivity": "reduced", "felt_real": 2, "real_total": 3,
                         "pretend_felt": 0, "unpleasant": False},
                "right": {"sensitivity": "normal", "felt_real": 3, "real_total": 3,
                          "pretend_felt": 0, "unpleasant": False}},
            "steps": steps,
        }

    return {"format": "neurofoot-log", "version": 1, "exported_at": "2026-11-20T20:00:00.000Z",
            "profiles": [
                {"name": name, "created_at": "2026-01-04T18:02:11.000Z",
                 "sessions": [session(p, n) for n in range(sessions_per_person)]}
                for p, name in enumerate(("Ana María", "Bob"))]}


# Per kind of field: raw JSON texts that field never accepts.
INTEGER = [BIG_INT, "-" + BIG_INT, "1e400", "-1", "101", '"3"', "[]", "{}", "true", "2.5",
           "1e2"]
SECONDS = ["1e400", "-1e400", "-1", "86401", BIG_INT, '"3"', "true", "null", "NaN", "Infinity",
           "-Infinity", "[]"]
TIME = ['"0001-01-01T00:00:00+01:00"', '"9999-12-31T23:59:59-01:00"', '"0001-01-01T00:00:00Z"',
        '"1969-12-31T23:59:59Z"', '"2100-01-01T00:00:00Z"', '"2026-11-20T20:00:00"',
        '"2026-02-30T00:00:00Z"', "12", '"' + "2" * 5000 + '"', '"\\ud800"', "[]",
        '"2026-11-20T20:00:00+99:00"']
CHOICE = ['"\\u202ecompleted"', '"\\u001b[2Jcompleted"', '"COMPLETED"', BIG_INT, "[]", "{}",
          '"' + "x" * 20000 + '"', '"\\ud800"', "1e400", '"left\\n"']
NAME = ['"\\u0000"', '"Ana\\u0000Maria"', '"   "', '"' + "a" * 81 + '"', "[]", '"\\ud800"',
        '"\\u001b[31mAna"', '"\\u001b]0;pwned\\u0007"', "null", BIG_INT, '"' + "b" * 5000 + '"']
IDS = ['"abc\\n"', '"a b"', '"' + "x" * 101 + '"', '"\\u202eid"', "[]", '""', '"id\\u0000"',
       '"\\u001b[2J"', BIG_INT, "null"]
BOOL = ["0", '"true"', "null", BIG_INT, "1e400", "[]"]
TEXT = ['"\\ud800"', '"x\\udfff"', '"' + "n" * 100_001 + '"', BIG_INT, "[]", "{}"]
KEYS = ['"\\u001b]0;pwned\\u0007"', '"\\u001b[2J\\u001b[H"', '"\\u202eevil"', '"a b"',
        '"' + "k" * 2000 + '"', '"\\ud800"', '"q\\n"']


def _session_paths(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [("profiles", p, "sessions", s) for p, person in enumerate(doc["profiles"])
            for s in range(len(person["sessions"]))]


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _rated_step(doc: dict[str, Any], rng: random.Random) -> tuple[Any, ...]:
    session = rng.choice(_session_paths(doc))
    steps = _get(doc, session)["steps"]
    rated = [i for i, s in enumerate(steps) if s["outcome"] == "rated"]
    return (*session, "steps", rng.choice(rated))


def _field(doc: dict[str, Any], rng: random.Random) -> tuple[tuple[Any, ...], list[str]]:
    """A place in the document and the raw values it must refuse."""
    session = rng.choice(_session_paths(doc))
    person = session[:2]
    step = _rated_step(doc, rng)
    foot = rng.choice(("left", "right"))
    choices = [
        ((*step, "comfort"), INTEGER), ((*step, "pressure"), [*INTEGER, "null", "0", "5"]),
        ((*session, "light_touch", foot, "real_total"), INTEGER),
        ((*session, "light_touch", foot, "pretend_felt"), INTEGER),
        ((*step, "duration_s"), SECONDS), ((*step, "planned_s"), SECONDS),
        ((*session, "started_at"), [*TIME, "null"]), ((*session, "ended_at"), TIME),
        ((*step, "started_at"), TIME), (("exported_at",), [*TIME, "null"]),
        ((*person, "created_at"), [*TIME, "null"]),
        ((*session, "status"), [*CHOICE, "null"]), ((*step, "step_id"), [*CHOICE, "null"]),
        ((*step, "foot"), [*CHOICE, "null"]), ((*step, "outcome"), [*CHOICE, "null"]),
        ((*step, "feel"), CHOICE), ((*session, "sensitivity", foot), [*CHOICE, "null"]),
        ((*person, "name"), NAME), ((*session, "id"), IDS),
        ((*session, "heel_sensitive"), BOOL), ((*session, "light_touch", foot, "unpleasant"),
                                               BOOL),
        ((*session, "note"), TEXT), ((*step, "note"), TEXT), ((*session, "status_reason"), TEXT),
        (("version",), ["2", "0", '"1"', "1.0", BIG_INT, "null", "1e400"]),
        (("format",), ['"neurofoot-log\\n"', '"\\u001b[2Jneurofoot-log"', "null", BIG_INT]),
        ((*session, "warnings"), ['["\\u001b[2J"]', '["worse_pain", "worse_pain"]', '"x"',
                                  "[" + BIG_INT + "]", '["open_wound"]']),
        (("profiles",), ["{}", '"x"', BIG_INT, "null"]),
        ((*person, "sessions"), ["{}", '"x"', BIG_INT, "null", "[1]", '["\\ud800"]']),
        ((*session, "steps"), ["{}", "[1]", "[[]]", "null"]),
    ]
    return rng.choice(choices)


def _dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False)


def _with_raw(doc: dict[str, Any], path: tuple[Any, ...], raw: str) -> bytes:
    doc = copy.deepcopy(doc)
    _get(doc, path[:-1])[path[-1]] = MARK
    return _dump(doc).replace(f'"{MARK}"', raw, 1).encode("utf-8", "surrogatepass")


def variant(base: dict[str, Any], rng: random.Random) -> tuple[str, bytes]:
    """One hostile file: (its class, its bytes)."""
    kind = rng.choices(
        ["field", "nesting", "key", "missing", "cut", "byte", "duplicate", "names", "top",
         "trailing"], weights=[40, 6, 8, 8, 10, 6, 6, 6, 5, 5])[0]
    text = _dump(base)
    if kind == "field":
        path, values = _field(base, rng)
        return kind, _with_raw(base, path, rng.choice(values))
    if kind == "nesting":
        depth = rng.choice([1000, 3000, 20000, 100000])
        path, _ = _field(base, rng)
        opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
        return kind, _with_raw(base, path, opener * depth + "1" + closer * depth)
    if kind == "key":
        session = rng.choice(_session_paths(base))
        where = rng.choice(["answers", "light_touch"])
        doc = copy.deepcopy(base)
        _get(doc, (*session, where))[MARK] = True
        raw = _dump(doc).replace(f'"{MARK}"', rng.choice(KEYS), 1)
        return kind, raw.encode("utf-8", "surrogatepass")
    if kind == "missing":
        session = rng.choice(_session_paths(base))
        step = _rated_step(base, rng)
        path = rng.choice([(*session, k) for k in ("id", "started_at", "status", "sensitivity",
                                                   "warnings", "heel_sensitive", "steps")]
                          + [(*step, k) for k in ("step_id", "foot", "pressure", "duration_s",
                                                  "comfort")]
                          + [("format",), ("version",), ("profiles",),
                             (*session[:2], "name"), (*session[:2], "sessions")])
        doc = copy.deepcopy(base)
        del _get(doc, path[:-1])[path[-1]]
        return kind, _dump(doc).encode()
    if kind == "cut":
        end = text.rindex("}")
        return kind, text[: rng.randrange(0, end)].encode()
    if kind == "byte":
        raw = text.encode()
        at = rng.randrange(len(raw))
        bad = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80", b"\xfe\xff"])
        return kind, raw[:at] + bad + raw[at:]
    if kind == "duplicate":
        doc = copy.deepcopy(base)
        sessions = doc["profiles"][1]["sessions"]
        choice = rng.randrange(3)
        if choice == 0:  # one session id twice
            sessions[0]["id"] = doc["profiles"][0]["sessions"][0]["id"]
            return kind, _dump(doc).encode()
        if choice == 1:  # one key twice in an object
            raw = _dump(doc).replace('"status": "completed"',
                                     '"status": "completed", "status": "stopped"', 1)
            return kind, raw.encode()
        sessions[0]["steps"].append(dict(sessions[0]["steps"][0]))  # a step twice
        return kind, _dump(doc).encode()
    if kind == "names":
        doc = copy.deepcopy(base)
        first = doc["profiles"][0]["name"]
        doc["profiles"][1]["name"] = rng.choice([
            first.upper(), unicodedata.normalize("NFD", first), f"  {first.lower()} ",
            unicodedata.normalize("NFD", first.upper())])
        return kind, _dump(doc).encode()
    if kind == "top":
        return kind, rng.choice([b"", b"\xef\xbb\xbf", b"[]", b"null", b"1" * 5000, b'""',
                                 b"   \n", b'{"format": "neurofoot-log"}', b"{", b"}",
                                 b"[" * 50000, b'{"a": ' * 50000])
    # trailing data after the document
    return kind, text.encode() + rng.choice([b"x", b"{}", b"\x00", b" 1", b"\n]"])


def variants(seed: int, count: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    base = valid_log()
    for _ in range(count):
        yield variant(base, rng)
