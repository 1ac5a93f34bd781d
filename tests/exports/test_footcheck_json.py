"""The foot check in the JSON log (issue 19): findings, "all clear" and temperatures travel
with every export, import exactly and once; a bad look is refused in one line, nothing kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site, Unit
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports.json import LogFormatError, export_json, import_log
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import footcheck as fcs

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
DAY = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def with_looks(store: Store) -> list[str]:
    pid = store.add_profile("Ana", DAY).id
    ids = [store.start_session(pid, DAY + timedelta(days=d)) for d in range(3)]
    fcs.set_clear(store, ids[0], Foot.LEFT, DAY)
    fcs.set_clear(store, ids[0], Foot.RIGHT, DAY)
    fcs.add_finding(store, ids[1], Finding(Foot.LEFT, View.SOLE, 0.1 + 0.2, 1.0, Kind.CALLUS,
                                           "heel, «dura»"), DAY)
    fcs.add_finding(store, ids[1], Finding(Foot.LEFT, View.TOP, 0.0, 0.5, Kind.BLISTER), DAY)
    fcs.set_clear(store, ids[1], Foot.RIGHT, DAY)
    fcs.record_reading(store, ids[1], Reading(Site.HEEL, 30.5, 33.0), DAY)
    fcs.record_reading(store, ids[1], Reading(Site.BALL, (88 - 32) * 5 / 9, 31.0,
                                              Unit.FAHRENHEIT), DAY)
    return ids  # ids[2]: a session without a look


def test_the_look_travels_with_every_export_and_the_round_trip_is_exact(
        store: Store, other_store: Store, tmp_path: Path) -> None:
    ids = with_looks(store)
    out = tmp_path / "log.json"
    export_json(store, out, now=NOW)
    sessions = json.loads(out.read_text())["profiles"][0]["sessions"]
    assert sessions[0]["foot_check"] == {"findings": [], "clear": ["left", "right"],
                                         "temperatures": []}
    look = sessions[1]["foot_check"]
    assert look["findings"][0] == {"foot": "left", "view": "sole", "x": 0.1 + 0.2, "y": 1.0,
                                   "kind": "callus", "note": "heel, «dura»"}
    assert look["clear"] == ["right"]
    assert [t["site"] for t in look["temperatures"]] == ["ball", "heel"]
    assert look["temperatures"][1] == {"site": "heel", "left_c": 30.5, "right_c": 33.0,
                                       "unit": "C"}
    assert "foot_check" not in sessions[2]

    import_log(other_store, out, now=NOW)
    import_log(other_store, out, now=NOW)  # twice: nothing more
    copy = fcs.check(other_store, ids[1])
    assert copy is not None and [f.kind for f in copy.findings] == [Kind.CALLUS, Kind.BLISTER]
    assert copy.readings[0].unit is Unit.FAHRENHEIT and copy.readings[1].warning
    assert len(fcs.checks(other_store)) == 2
    again = tmp_path / "again.json"
    export_json(other_store, again, now=NOW)
    assert again.read_bytes() == out.read_bytes()


def test_a_file_without_any_foot_check_still_imports(store: Store, other_store: Store,
                                                     tmp_path: Path) -> None:
    with_looks(store)
    out = tmp_path / "log.json"
    export_json(store, out, now=NOW)
    data = json.loads(out.read_text())
    for s in data["profiles"][0]["sessions"]:
        s.pop("foot_check", None)
    out.write_text(json.dumps(data))
    assert import_log(other_store, out, now=NOW).sessions_added == 3
    assert fcs.checks(other_store) == []


@pytest.mark.parametrize(("change", "message"), [
    (lambda fc: fc["findings"][0].update(kind="bruise"), "findings[0].kind: expected one of"),
    (lambda fc: fc["findings"][0].update(x=1.5), "findings[0].x: expected a number from 0 to 1"),
    (lambda fc: fc["findings"][0].update(y=-0.01), "findings[0].y: expected a number from 0"),
    (lambda fc: fc["findings"][0].update(x=True), "findings[0].x: expected a number"),
    (lambda fc: fc["findings"][0].update(view="side"), "findings[0].view: expected one of"),
    (lambda fc: fc["findings"][0].update(colour="red"), "findings[0].colour: expected only"),
    (lambda fc: fc["findings"][0].pop("kind"), "findings[0]: expected an object with"),
    (lambda fc: fc["clear"].append("left"), "findings[0].foot: expected a foot not also"),
    (lambda fc: fc["clear"].append("middle"), "clear[1]: expected one of left, right"),
    (lambda fc: fc["temperatures"][0].update(left_c=80), "left_c: expected a skin temperature"),
    (lambda fc: fc["temperatures"][0].update(unit="K"), "temperatures[0].unit: expected one of"),
    (lambda fc: fc["temperatures"].append(dict(fc["temperatures"][0])),
     "temperatures: expected each site at most once"),
    (lambda fc: fc.update(photos=[]), "foot_check.photos: expected only"),
])
def test_a_bad_look_is_refused_in_one_line_and_nothing_is_kept(
        store: Store, other_store: Store, tmp_path: Path, change, message: str) -> None:
    with_looks(store)
    out = tmp_path / "log.json"
    export_json(store, out, now=NOW)
    data = json.loads(out.read_text())
    change(data["profiles"][0]["sessions"][1]["foot_check"])
    out.write_text(json.dumps(data))
    before = other_store.path.read_bytes()
    with pytest.raises(LogFormatError) as refused:
        import_log(other_store, out, now=NOW)
    text = str(refused.value)
    assert "\n" not in text and message in text
    assert text.startswith("profiles[0].sessions[1].foot_check")
    assert other_store.path.read_bytes() == before and other_store.profiles() == []
