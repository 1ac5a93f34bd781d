"""A malformed file is refused as a whole, with a message saying what and where,
and the database is left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers.export_samples import dump

from neurofoot_desktop.cli import main
from neurofoot_desktop.exports.json import LogFormatError, build_log, import_log
from neurofoot_desktop.exports.period import select
from neurofoot_desktop.storage import StorageError, Store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
S0 = "profiles[0].sessions[0]"
LAST = "profiles[1].sessions[0]"  # Bob's: everything before it was valid


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change to the document at a dotted path such as 'profiles.0.sessions.0.status'."""
    *parents, last = path.split(".")

    def change(doc: dict[str, Any]) -> None:
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if value is _DELETE:
            del node[int(last) if last.isdigit() else last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()
P0S0 = "profiles.0.sessions.0"
CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("wrong format", _set("format", "something-else"), "format: expected 'neurofoot-log'"),
    ("newer version", _set("version", 2), "newer than this NeuroFoot understands"),
    ("version as text", _set("version", "1"), 'version: expected the whole number 1, got "1"'),
    ("no profiles", _set("profiles", _DELETE), "profiles: expected a list (it is missing)"),
    ("profiles not a list", _set("profiles", {}), "profiles: expected a list, got an object"),
    ("empty name", _set("profiles.0.name", "  "), "profiles[0].name: expected a name"),
    ("comfort too high", _set(f"{P0S0}.steps.2.comfort", 11),
     f"{S0}.steps[2].comfort: expected a whole number 0-10, got 11"),
    ("comfort as text", _set(f"{P0S0}.steps.2.comfort", "8"),
     f"{S0}.steps[2].comfort: expected a whole number 0-10, got \"8\""),
    ("comfort fractional", _set(f"{P0S0}.steps.2.comfort", 7.5),
     f"{S0}.steps[2].comfort: expected a whole number 0-10, got 7.5"),
    ("pressure zero", _set(f"{P0S0}.steps.0.pressure", 0),
     f"{S0}.steps[0].pressure: expected a whole number 1-4, got 0"),
    ("pressure boolean", _set(f"{P0S0}.steps.0.pressure", True),
     f"{S0}.steps[0].pressure: expected a whole number 1-4, got true"),
    ("unknown step", _set(f"{P0S0}.steps.1.step_id", "heel_slap"),
     f"{S0}.steps[1].step_id: expected one of effleurage"),
    ("unknown foot", _set(f"{P0S0}.steps.1.foot", "middle"),
     f"{S0}.steps[1].foot: expected one of left, right, got \"middle\""),
    ("unknown feel", _set(f"{P0S0}.steps.1.feel", "ouch"), f"{S0}.steps[1].feel: expected one of"),
    ("unknown status", _set(f"{P0S0}.status", "done"), f"{S0}.status: expected one of completed"),
    ("unknown warning", _set(f"{P0S0}.warnings", ["sore_toe"]),
     f"{S0}.warnings[0]: expected one of worse_pain"),
    ("bad sensitivity", _set(f"{P0S0}.sensitivity.left", "none"),
     f"{S0}.sensitivity.left: expected one of reduced, normal, heightened"),
    ("time without zone", _set(f"{P0S0}.started_at", "2026-11-01T18:30:00"),
     f"{S0}.started_at: expected an ISO-8601 time with a zone"),
    ("not a time", _set(f"{P0S0}.steps.0.started_at", "yesterday"),
     f"{S0}.steps[0].started_at: expected an ISO-8601 time"),
    ("negative duration", _set(f"{P0S0}.steps.0.duration_s", -5),
     f"{S0}.steps[0].duration_s: expected a number of seconds"),
    ("note not text", _set(f"{P0S0}.steps.0.note", 5), f"{S0}.steps[0].note: expected text"),
    ("missing comfort", _set(f"{P0S0}.steps.0.comfort", _DELETE),
     f"{S0}.steps[0].comfort: expected a whole number 0-10 or null (it is missing)"),
    ("rated without comfort", _set(f"{P0S0}.steps.0.comfort", None),
     f"{S0}.steps[0].comfort: expected a whole number 0-10 for a step with outcome rated"),
    ("step twice", _set(f"{P0S0}.steps.1.step_id", "effleurage"),
     f"{S0}.steps[1].foot: expected each step once per foot"),
    ("session id twice", _set("profiles.1.sessions.0.id", "00000000-0000-4000-8000-000000000001"),
     f"{LAST}.id: expected an id used once, but it is also at {S0}.id"),
    ("heel disagrees with answers", _set(f"{P0S0}.heel_sensitive", False),
     f"{S0}.heel_sensitive: expected the same as answers.heel_sensitive"),
    ("last session broken", _set("profiles.1.sessions.0.steps.9.pressure", 9),
     f"{LAST}.steps[9].pressure: expected a whole number 1-4, got 9"),
    ("same person twice", _set("profiles.1.name", "ANA MARÍA"),
     "profiles[1].name: expected a different name from profiles[0].name"),
]


@pytest.fixture
def good_log(log_store: Store) -> dict[str, Any]:
    return build_log(select(log_store), NOW)


@pytest.fixture
def target(other_store: Store) -> Store:
    """A log with someone in it already, so 'unchanged' means something."""
    other_store.add_profile("Carol", NOW)
    return other_store


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_malformed_content_is_refused_whole(
    good_log: dict[str, Any], target: Store, tmp_path: Path,
    change: Callable[[dict[str, Any]], None], expected: str,
) -> None:
    change(good_log)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(good_log, ensure_ascii=False), encoding="utf-8")
    before = dump(target)
    with pytest.raises(LogFormatError) as caught:
        import_log(target, path)
    assert expected in str(caught.value)
    assert dump(target) == before


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "the file is empty"),
    (b'{"format": "neurofoot-log", "version": 1, "profiles": [{"name": "A', "cut short"),
    (b"format,version\n", "not valid JSON at line 1, column 1"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "expected an object, got a list"),
    (b'{"format": "neurofoot-log", "version": 1, "version": 1, "profiles": []}', "twice"),
    (b'{"format": "neurofoot-log", "version": NaN, "profiles": []}', "NaN"),
], ids=["empty", "truncated", "csv", "binary", "list", "duplicate key", "nan"])
def test_files_that_are_not_a_log_are_refused(
    target: Store, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = dump(target)
    with pytest.raises(LogFormatError, match=expected):
        import_log(target, path)
    assert dump(target) == before


def test_a_real_export_cut_short_is_refused(log_store: Store, target: Store,
                                            tmp_path: Path) -> None:
    whole = json.dumps(build_log(select(log_store), NOW)).encode()
    path = tmp_path / "cut.json"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    before = dump(target)
    with pytest.raises(LogFormatError, match="cut short"):
        import_log(target, path)
    assert dump(target) == before


def test_a_database_failure_halfway_rolls_back_everything(
    good_log: dict[str, Any], target: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "good.json"
    path.write_text(json.dumps(good_log), encoding="utf-8")
    real = Store.insert_session
    calls = []

    def failing(self: Store, record: Any, conn: Any = None, imported: bool = False) -> None:
        calls.append(record.id)
        if len(calls) == 4:
            raise sqlite3.OperationalError("disk I/O error")
        real(self, record, conn, imported)

    monkeypatch.setattr(Store, "insert_session", failing)
    before = dump(target)
    with pytest.raises(StorageError, match="nothing was changed"):
        import_log(target, path)
    assert dump(target) == before


def test_cli_refuses_and_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "neurofoot-log", "version": 1, "profiles": [{"name": "Ana", '
                    '"sessions": [{"id": "x"}]}]}', encoding="utf-8")
    folder = tmp_path / "fresh"
    code = main(["import", str(path), "--data-dir", str(folder)])
    err = capsys.readouterr().err
    assert code != 0
    assert "profiles[0].sessions[0].started_at" in err and "Nothing was changed" in err
    assert "Traceback" not in err
    assert not folder.exists()  # a refused file does not even create an empty log
