"""The JSON log: its shape, and export -> import losing nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from helpers.export_samples import NOTES, comparable, fill, sample_sessions
from hypothesis import given, settings
from hypothesis import strategies as st

from neurofoot_desktop.exports import Period
from neurofoot_desktop.exports.json import (
    export_json,
    import_log,
    render_json,
    validate_log,
)
from neurofoot_desktop.exports.period import select
from neurofoot_desktop.storage import Store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)


def test_shape_follows_the_issue(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export_json(log_store, out, now=NOW)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("neurofoot-log", 1)
    assert data["exported_at"] == "2026-11-20T20:00:00.000Z"
    assert [p["name"] for p in data["profiles"]] == ["Ana María", "Bob"]
    first, stopped, blocked, unfinished = data["profiles"][0]["sessions"]
    assert [s["status"] for s in (first, stopped, blocked, unfinished)] == [
        "completed", "stopped", "blocked", "incomplete"]
    assert first["sensitivity"] == {"left": "reduced", "right": "normal"}
    assert first["heel_sensitive"] is True and first["warnings"] == []
    assert stopped["warnings"] == ["worse_pain", "skin_change"]
    assert blocked["steps"] == [] and blocked["warnings"] == ["open_wound"]
    assert unfinished["ended_at"] is None
    step = first["steps"][0]
    assert set(step) >= {"step_id", "foot", "started_at", "duration_s", "pressure", "comfort",
                         "feel", "note"}
    assert (step["step_id"], step["foot"], step["duration_s"]) == ("effleurage", "left", 120)
    assert first["steps"][3]["duration_s"] == 118.25
    skipped = [s for s in stopped["steps"] if s["outcome"] == "skipped"]
    assert skipped and skipped[0]["comfort"] is None and skipped[0]["started_at"] is None
    hurt = [s for s in stopped["steps"] if s["outcome"] == "hurt"]
    assert hurt[0]["comfort"] == 0 and hurt[0]["feel"] == "too_firm"


def test_export_then_import_is_lossless(log_store: Store, other_store: Store,
                                        tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export_json(log_store, out, now=NOW)
    result = import_log(other_store, out)
    assert result.sessions_added == 5 and result.sessions_present == 0
    assert sorted(result.profiles_added) == ["Ana María", "Bob"]
    assert comparable(other_store) == comparable(log_store)
    notes = {st.note for s in other_store.sessions() for st in s.steps}
    notes |= {s.note for s in other_store.sessions()}
    assert set(NOTES.values()) <= notes  # emoji, RTL, combining marks, newlines, CR, tab
    again = tmp_path / "again.json"
    export_json(other_store, again, now=NOW)
    original = json.loads(out.read_bytes())
    copy = json.loads(again.read_bytes())
    for log in (original, copy):  # the date a person was added is carried over too
        assert all(p.pop("created_at") for p in log["profiles"])
    assert copy == original


def test_importing_twice_changes_nothing(log_store: Store, other_store: Store,
                                         tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export_json(log_store, out)
    import_log(other_store, out)
    before = comparable(other_store)
    second = import_log(other_store, out)
    assert (second.sessions_added, second.sessions_present, second.profiles_added) == (0, 5, [])
    assert comparable(other_store) == before


def test_import_into_an_existing_log_adds_only_what_is_missing(
    store: Store, other_store: Store, tmp_path: Path
) -> None:
    fill(store)
    out = tmp_path / "log.json"
    export_json(store, out)
    # The other log already knows Ana (spelt in other case) and one of her sessions.
    ana = other_store.add_profile("ana maría", NOW)
    known = store.session("00000000-0000-4000-8000-000000000001")
    known.profile_id = ana.id
    other_store.insert_session(known)
    result = import_log(other_store, out)
    assert (result.sessions_added, result.sessions_present) == (4, 1)
    assert result.profiles_added == ["Bob"]
    assert [p.name for p in other_store.profiles()].count("ana maría") == 1
    assert len(other_store.sessions(profile_id=ana.id)) == 4


def test_one_person_and_a_period(log_store: Store) -> None:
    period = Period(date(2026, 11, 2), date(2026, 11, 3))
    selection = select(log_store, "Ana María", period, tz=UTC)
    data = json.loads(render_json(selection, NOW))
    assert [p["name"] for p in data["profiles"]] == ["Ana María"]
    ids = [s["id"][-1] for s in data["profiles"][0]["sessions"]]
    assert ids == ["2", "3"]  # the 4th started 23:30 UTC on the 4th: outside


def test_empty_log_gives_a_valid_file_that_imports(store: Store, other_store: Store,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    result = export_json(store, out)
    assert (result.sessions, result.items) == (0, 0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["profiles"] == []
    assert import_log(other_store, out).sessions_added == 0


def test_a_person_without_sessions_in_the_period_is_listed_empty(log_store: Store) -> None:
    selection = select(log_store, "Bob", Period(date(2020, 1, 1), date(2020, 1, 2)))
    data = json.loads(render_json(selection, NOW))
    assert data["profiles"][0]["sessions"] == []
    assert validate_log(data)[0].sessions == []


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(step_note=text, session_note=text)
def test_any_note_survives_the_json(step_note: str, session_note: str) -> None:
    _, record = sample_sessions()[0]
    record.profile_name, record.note = "Ana María", session_note
    record.steps[0] = record.steps[0].__class__(
        **{**record.steps[0].__dict__, "note": step_note})
    from neurofoot_desktop.exports.period import Selection
    from neurofoot_desktop.storage.repository import Profile

    selection = Selection([Profile(0, "Ana María", NOW, None)], [record], Period())
    parsed = validate_log(json.loads(render_json(selection, NOW)))
    back = parsed[0].sessions[0]
    assert back.note == session_note
    assert back.steps[0].note == step_note
    assert back.steps == sorted(record.steps, key=lambda s: s.started_at or NOW)
