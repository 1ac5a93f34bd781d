"""The foot check (issue 19) in the JSON log: a session's marked spots, the feet said "all
clear" and the skin temperatures. Small and separate, as symptoms_rows.py is, so each part of
the JSON package needs one line for it. Photos are in photo_rows.py (only when asked for).

JSON, per session (docs/json-format.md): "foot_check": {"findings": [{"foot": "left", "view":
"sole", "x": 0.42, "y": 0.8, "kind": "callus", "note": ""}], "clear": ["right"],
"temperatures": [{"site": "ball", "left_c": 31.5, "right_c": 34.0, "unit": "C"}]}. Absent for a
session without a look (and in older files); inside it, an empty list may be left out.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from neurofoot_desktop.core.footcheck import (
    KINDS,
    MAP_VIEWS,
    NOTE_LIMIT,
    PLAUSIBLE_C,
    SITES,
    Finding,
    FootCheckError,
    Kind,
    Reading,
    Site,
    Unit,
)
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage.repository import FootCheckRecord

KEY = "foot_check"
FEET = tuple(f.value for f in Foot)
VIEWS = tuple(v.value for v in MAP_VIEWS)
UNITS = tuple(u.value for u in Unit)
MAX_FINDINGS = 200  # far more than two drawings can hold; a bigger list is not a look


def to_json(record: FootCheckRecord | None) -> dict[str, Any] | None:
    if record is None or record.empty:
        return None
    return {
        "findings": [{"foot": f.foot.value, "view": f.view.value, "x": f.x, "y": f.y,
                      "kind": f.kind.value, "note": f.note} for f in record.findings],
        "clear": [foot for foot in FEET if Foot(foot) in record.clear],
        "temperatures": [{"site": r.site.value, "left_c": r.left_c, "right_c": r.right_c,
                          "unit": r.unit.value} for r in record.readings],
    }


def _fail(where: str, expected: str, got: object) -> ValueError:
    shown = repr(got) if not isinstance(got, str) else f'"{got}"'
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return ValueError(f"{where}: expected {expected}, got {shown}")


def _object(value: object, where: str, keys: tuple[str, ...],
            optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"an object with {', '.join(keys)}", value)
    for key in value:
        if key not in keys and key not in optional:
            raise _fail(f"{where}.{key}", f"only {', '.join(keys + optional)}", key)
    for key in keys:
        if key not in value:
            raise _fail(where, f"an object with {', '.join(keys)}", f"no {key}")
    return value


def _choice(value: object, where: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _fail(where, f"one of {', '.join(choices)}", value)
    return value


def _number(value: object, where: str, low: float, high: float, what: str) -> float:
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not math.isfinite(value) or not low <= value <= high):
        raise _fail(where, what, value)
    return float(value)


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > MAX_FINDINGS:
        raise _fail(f"{where}.{key}", f"a list of at most {MAX_FINDINGS}", value)
    return value


def _finding(value: object, where: str) -> Finding:
    f = _object(value, where, ("foot", "view", "x", "y", "kind"), ("note",))
    note = f.get("note", "")
    if not isinstance(note, str) or len(note) > NOTE_LIMIT:
        raise _fail(f"{where}.note", f"a text of at most {NOTE_LIMIT} characters", note)
    try:
        return Finding(
            Foot(_choice(f["foot"], f"{where}.foot", FEET)),
            View(_choice(f["view"], f"{where}.view", VIEWS)),
            _number(f["x"], f"{where}.x", 0.0, 1.0, "a number from 0 to 1"),
            _number(f["y"], f"{where}.y", 0.0, 1.0, "a number from 0 to 1"),
            Kind(_choice(f["kind"], f"{where}.kind", KINDS)), note)
    except FootCheckError as refused:
        raise ValueError(f"{where}: {refused}") from None


def _reading(value: object, where: str) -> Reading:
    r = _object(value, where, ("site", "left_c", "right_c", "unit"))
    low, high = PLAUSIBLE_C
    what = f"a skin temperature in °C from {low:g} to {high:g}"
    return Reading(Site(_choice(r["site"], f"{where}.site", SITES)),
                   _number(r["left_c"], f"{where}.left_c", low, high, what),
                   _number(r["right_c"], f"{where}.right_c", low, high, what),
                   Unit(_choice(r["unit"], f"{where}.unit", UNITS)))


def from_json(value: object, where: str, session_id: str,
              started_at: datetime) -> FootCheckRecord:
    """The checked look, or ValueError (one line naming the place and what was expected)."""
    data = _object(value, where, (), ("findings", "clear", "temperatures"))
    record = FootCheckRecord(session_id, started_at)
    record.findings = [_finding(v, f"{where}.findings[{i}]")
                       for i, v in enumerate(_list(data, "findings", where))]
    clear = _list(data, "clear", where)
    for i, foot in enumerate(clear):
        record.clear.add(Foot(_choice(foot, f"{where}.clear[{i}]", FEET)))
    if len(record.clear) != len(clear):
        raise _fail(f"{where}.clear", "each foot at most once", clear)
    for i, f in enumerate(record.findings):
        if f.foot in record.clear:  # the app takes back "all clear" when a spot is marked
            raise _fail(f"{where}.findings[{i}].foot", "a foot not also said all clear",
                        f.foot.value)
    temperatures = _list(data, "temperatures", where)
    record.readings = [_reading(v, f"{where}.temperatures[{i}]")
                       for i, v in enumerate(temperatures)]
    sites = [r.site for r in record.readings]
    if len(set(sites)) != len(sites):
        raise _fail(f"{where}.temperatures", "each site at most once",
                    [s.value for s in sites])
    # Stored ordered by site (storage/footcheck.checks), so the round trip is exact.
    record.readings.sort(key=lambda r: r.site.value)
    return record
