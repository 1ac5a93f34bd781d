"""Symptom scores (issue 18) in the JSON, CSV and FHIR exports, the import and the command."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from helpers.clock import FakeClock

from neurofoot_desktop import cli
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.csv_export import export_csv
from neurofoot_desktop.exports.fhir_bundle import export_fhir
from neurofoot_desktop.exports.json import LogFormatError, export_json, import_log
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import symptoms as symptom_store


@pytest.fixture
def scored(store: Store, clock: FakeClock) -> tuple[str, str]:
    """Two sessions of Ana: one with scores (and an "I don't know"), one with them skipped."""
    ana = store.add_profile("Ana", clock.now())
    ids = []
    for given in ({(Moment.BEFORE, Symptom.PAIN): 6, (Moment.BEFORE, Symptom.NUMBNESS): None,
                   (Moment.AFTER, Symptom.PAIN): 3, (Moment.AFTER, Symptom.TINGLING): 2}, {}):
        sid = store.start_session(ana.id, clock.now())
        store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                               Outcome.RATED, 8, None, ""), clock.now())
        for (moment, symptom), score in given.items():
            symptom_store.record(store, sid, moment, symptom, score, clock.now())
        store.end_session(sid, "completed", clock.now())
        ids.append(sid)
        clock.advance(86400)
    return ids[0], ids[1]


def test_json_carries_scores_absent_not_null_and_round_trips(
        store: Store, scored: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    export_json(store, out)
    sessions = json.loads(out.read_text())["profiles"][0]["sessions"]
    with_scores, skipped = sessions
    assert with_scores["symptoms"] == {"before": {"pain": 6}, "after": {"pain": 3, "tingling": 2},
                                       "unknown": {"before": ["numbness"]}}
    assert "symptoms" not in skipped
    fresh = Store(tmp_path / "other.sqlite3")
    try:
        import_log(fresh, out)
        again = {s.id: s.symptoms for s in fresh.sessions()}
        assert again == {s.id: s.symptoms for s in store.sessions()}
        assert again[scored[0]]["before"] == {"pain": 6, "numbness": None}
    finally:
        fresh.close()


@pytest.mark.parametrize("bad, message", [
    ({"before": {"pain": 11}}, "symptoms.before.pain: expected a whole number 0-10, got 11"),
    ({"before": {"pain": 7.5}}, "got 7.5"),
    ({"after": {"pain": None}}, "got None"),
    ({"after": {"itch": 3}}, "expected one of pain, tingling, numbness"),
    ({"later": {}}, "expected only before, after and unknown"),
    ({"before": {"pain": 3}, "unknown": {"before": ["pain"]}}, "a symptom without a score"),
])
def test_bad_scores_are_refused_with_one_line_and_nothing_kept(
        store: Store, scored: tuple[str, str], tmp_path: Path, bad: dict, message: str) -> None:
    out = tmp_path / "log.json"
    export_json(store, out)
    data = json.loads(out.read_text())
    data["profiles"][0]["sessions"][0]["symptoms"] = bad
    out.write_text(json.dumps(data))
    fresh = Store(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(LogFormatError, match=message.replace("(", r"\(")) as caught:
            import_log(fresh, out)
        assert "\n" not in str(caught.value)
        assert fresh.sessions() == [] and fresh.profiles() == []
    finally:
        fresh.close()


def test_csv_has_six_columns_empty_when_not_given(store: Store, scored: tuple[str, str],
                                                  tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    export_csv(store, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    got = [(r["pain_before"], r["pain_after"], r["tingling_before"], r["tingling_after"],
            r["numbness_before"], r["numbness_after"]) for r in rows]
    assert got == [("6", "3", "", "2", "", ""), ("", "", "", "", "", "")]


def test_fhir_pain_is_loinc_72514_3_and_before_after_differ(
        store: Store, scored: tuple[str, str], tmp_path: Path) -> None:
    out = tmp_path / "log.fhir.json"
    export_fhir(store, out)
    data = json.loads(out.read_text())
    Bundle.model_validate(data)
    symptom_obs = [e["resource"] for e in data["entry"] if any(
        c["system"] == symptoms_rows.CODE_SYSTEM for c in e["resource"].get("code", {}).get(
            "coding", []))]
    assert len(symptom_obs) == 4  # pain, "I don't know" numbness before; pain, tingling after
    for obs in symptom_obs:
        Observation.model_validate(obs)
    pains = [o for o in symptom_obs if o["code"]["coding"][0]["code"] == "72514-3"]
    assert [o["code"]["coding"][0]["system"] for o in pains] == ["http://loinc.org"] * 2
    timing = {o["component"][0]["valueCodeableConcept"]["coding"][0]["code"]: o["valueInteger"]
              for o in pains}
    assert timing == {"before-massage": 6, "after-massage": 3}
    unsure = [o for o in symptom_obs if "dataAbsentReason" in o]
    assert len(unsure) == 1 and "valueInteger" not in unsure[0]
    assert all(o["performer"] == [o["subject"]] for o in symptom_obs)


def test_symptoms_command_prints_the_last_scores(
        store: Store, scored: tuple[str, str], data_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--data-dir", str(data_dir), "symptoms", "--days", "100000", "--json"])
    assert code == 0, capsys.readouterr().err
    report = json.loads(capsys.readouterr().out)
    assert report["last"]["before"] == {"pain": 6} and report["paired_sessions"] == 1
    assert report["change"]["pain"] == {"pairs": 1, "mean_after_minus_before": None}
    assert cli.main(["--data-dir", str(data_dir), "symptoms", "--days", "100000"]) == 0
    text = capsys.readouterr().out
    assert "numbness" in text and "don't know" in text and "Pain: not enough yet" in text
