"""FHIR R4: a valid collection Bundle of patient-reported Observations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.device import Device
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from pydantic import ValidationError

from neurofoot_desktop.exports.atomic import ExportCancelled
from neurofoot_desktop.exports.fhir_bundle import PATIENT_REPORTED, export_fhir
from neurofoot_desktop.storage import Store


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_bundle_validates_and_says_who_reported(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.fhir.json"
    result = export_fhir(log_store, out)
    data = load(out)
    bundle = Bundle.model_validate(data)  # R4B is the R4-compatible model in fhir.resources 8
    assert bundle.type == "collection"
    entries = data["entry"]
    assert result.items == len(entries)
    urls = [e["fullUrl"] for e in entries]
    assert len(set(urls)) == len(urls)
    patients = {e["fullUrl"]: Patient.model_validate(e["resource"]) for e in entries
                if e["resource"]["resourceType"] == "Patient"}
    assert sorted(p.name[0].text for p in patients.values()) == ["Ana María", "Bob"]
    observations = [e["resource"] for e in entries
                    if e["resource"]["resourceType"] == "Observation"]
    sessions = log_store.sessions()
    rated = sum(st.comfort is not None for s in sessions for st in s.steps)
    touch = sum(len(s.light_touch) for s in sessions)
    codes = [o["code"]["coding"][0]["code"] for o in observations]
    assert codes.count("comfort-rating") == rated == 24
    assert codes.count("light-touch-sensitivity") == touch == 8
    for o in observations:
        Observation.model_validate(o)
        assert o["status"] == "final"
        assert o["subject"]["reference"] in patients
        assert o["performer"] == [o["subject"]]  # the person reported it themselves
        assert o["category"][0]["coding"][0]["code"] == "survey"
        assert PATIENT_REPORTED in o["meta"]["tag"]
        assert o["bodySite"]["coding"][0]["system"] == "http://snomed.info/sct"
    comfort = [o for o in observations if o["code"]["coding"][0]["code"] == "comfort-rating"]
    assert {o["valueInteger"] for o in comfort} <= set(range(11))
    hurt = [o for o in comfort if any(c["code"]["coding"][0]["code"] == "stopped-because-it-hurt"
                                      for c in o["component"])]
    assert len(hurt) == 1 and hurt[0]["valueInteger"] == 0
    assert any(n["text"] == "It hurt suddenly" for o in comfort for n in o.get("note", []))


def test_the_validator_can_fail(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.fhir.json"
    export_fhir(log_store, out)
    data = load(out)
    first = next(e for e in data["entry"] if e["resource"]["resourceType"] == "Observation")
    first["resource"]["valueInteger"] = "very comfy"
    with pytest.raises(ValidationError):
        Bundle.model_validate(data)


def test_same_log_gives_the_same_ids(log_store: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    export_fhir(log_store, a)
    export_fhir(log_store, b)
    assert [e["fullUrl"] for e in load(a)["entry"]] == [e["fullUrl"] for e in load(b)["entry"]]


def test_empty_log_gives_an_empty_valid_bundle(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    assert export_fhir(store, out).items == 0
    data = load(out)
    assert "entry" not in data
    Bundle.model_validate(data)


def test_device_and_each_patient_appear_once(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.fhir.json"
    export_fhir(log_store, out)
    entries = load(out)["entry"]
    kinds = [e["resource"]["resourceType"] for e in entries]
    assert kinds.count("Device") == 1 and kinds.count("Patient") == 2
    device = next(e for e in entries if e["resource"]["resourceType"] == "Device")
    Device.model_validate(device["resource"])
    observations = [e["resource"] for e in entries
                    if e["resource"]["resourceType"] == "Observation"]
    assert observations and all(o["device"] == {"reference": device["fullUrl"]}
                                for o in observations)


def test_cancel_leaves_the_old_file_and_no_partial_one(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.fhir.json"
    out.write_text("older export", encoding="utf-8")

    def cancel(done: int, total: int) -> None:
        raise ExportCancelled("cancelled")

    from benchmarks.gen_log import populate

    populate(log_store, "Carla", days=90, seed=3)  # progress comes every 50 sessions
    with pytest.raises(ExportCancelled):
        export_fhir(log_store, out, progress=cancel)
    assert out.read_text(encoding="utf-8") == "older export"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["log.fhir.json"]



def test_observations_spelled_from_pieces_are_what_the_encoder_gives(tmp_path: Path) -> None:
    """The comfort and light-touch Observations are written from JSON pieces encoded once
    (ten years in under 5 s): each line is byte for byte the encoder's own output for the
    same resource, hostile notes and odd numbers included."""
    from datetime import UTC, datetime

    from neurofoot_desktop.core.session import Outcome, StepResult
    from neurofoot_desktop.exports.fhir_bundle import _ENCODER, Encoded, entries
    from neurofoot_desktop.exports.period import Period, Selection
    from neurofoot_desktop.storage.repository import LightTouchRecord, Profile, SessionRecord

    at = datetime(2026, 3, 1, 18, 30, 0, 123000, tzinfo=UTC)
    note = 'He said "stop"\\ \n\t</script> ñ 😀 \u2028 \x00'
    steps = [StepResult("effleurage", "left", at, 60, 59.5, 2, Outcome.RATED, 7,
                        "too_firm", note),
             StepResult("sole_kneading", "right", None, 60, 60, 3, Outcome.HURT, 0),
             StepResult("toe_rolling", "left", at, 60, 12, 1, Outcome.SKIPPED)]
    record = SessionRecord("s-1", 1, "Ana \"la\" María", at, None, "stopped", "", "",
                           light_touch={"left": LightTouchRecord("left", "reduced", 4, 5, 1,
                                                                 False),
                                        "right": LightTouchRecord("right", "heightened", 0, 0,
                                                                  0, True)},
                           steps=steps)
    selection = Selection([Profile(1, record.profile_name, at, None)], [record], Period())
    encoded = [r for _url, r in entries(selection) if isinstance(r, Encoded)]
    assert len(encoded) == 4  # two feet checked, two steps rated (the skipped one is not)
    for text in encoded:
        assert _ENCODER.encode(json.loads(text)) == text
    comfort = json.loads(encoded[2])
    assert comfort["note"] == [{"text": note}] and comfort["valueInteger"] == 7
    assert comfort["effectiveDateTime"] == "2026-03-01T18:30:00.123Z"
    assert comfort["component"][2]["valueQuantity"]["value"] == 59.5
