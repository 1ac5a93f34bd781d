"""A FHIR R4 Bundle (type collection) of patient-reported Observations.

Plain dicts only: the fhir.resources package is a test dependency that checks the
result, never a runtime one. Every Observation is marked as reported by the
person at home, not verified by a clinician: category "survey", performer and
subject the Patient, and a meta tag. Codes are local (NeuroFoot's own code
system) except the feet, which use SNOMED CT body structures; see
docs/json-format.md, section "FHIR".
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.core.session import Outcome
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.atomic import ExportResult, write_atomic
from neurofoot_desktop.exports.json_log import step_sort_key
from neurofoot_desktop.exports.period import Period, Selection, select
from neurofoot_desktop.storage.repository import Profile, SessionRecord, Store

BASE = "https://neurofoot.app/fhir"
CODES = f"{BASE}/CodeSystem/neurofoot"  # observation codes, steps, feel, sensitivity
TAGS = f"{BASE}/CodeSystem/provenance"
SNOMED = "http://snomed.info/sct"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
UNITS = "http://unitsofmeasure.org"
# Stable ids: the same session always gives the same resource ids.
_NAMESPACE = uuid.UUID("6f1c3c52-8f55-4d3e-9a77-2f0b6a7f0c11")

FOOT_SITES = {  # SNOMED CT body structures
    "left": ("22335008", "Left foot structure"),
    "right": ("7769000", "Right foot structure"),
}
SENSITIVITY_TEXT = {
    "reduced": "Reduced: not every light touch was felt, or a pretend touch was reported",
    "normal": "Normal: every light touch was felt",
    "heightened": "Heightened: light touch felt unpleasant",
}
FEEL_TEXT = {"too_light": "Too light", "just_right": "Just right", "too_firm": "Too firm"}
SURVEY = [{"coding": [{"system": CATEGORY, "code": "survey", "display": "Survey"}]}]
PATIENT_REPORTED = {
    "system": TAGS, "code": "patient-reported",
    "display": "Reported by the person at home; not verified by a clinician",
}


_META = {"tag": [PATIENT_REPORTED]}


def _urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(parts))}"


@cache
def _code(code: str, display: str) -> dict[str, Any]:
    """A CodeableConcept; cached, as ten years hold hundreds of thousands of them.

    The same dict is shared by many Observations; nothing here changes it after.
    """
    return {"coding": [{"system": CODES, "code": code, "display": display}], "text": display}


def _patient(profile: Profile) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "meta": {"tag": [PATIENT_REPORTED]},
        "name": [{"text": profile.name}],
    }


def _observation(patient_ref: str, code: dict[str, Any], when: datetime) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "meta": _META,
        "status": "final",
        "category": SURVEY,
        "code": code,
        "subject": {"reference": patient_ref},
        "performer": [{"reference": patient_ref}],
        "effectiveDateTime": to_iso(when),
    }


@cache
def _foot(foot: str) -> dict[str, Any]:
    code, display = FOOT_SITES[foot]
    return {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display}


def _comfort_observations(record: SessionRecord, patient_ref: str) -> list[dict[str, Any]]:
    protocol = default_protocol()
    result = []
    for step in sorted(record.steps, key=step_sort_key):
        if step.comfort is None:  # skipped: nothing was rated
            continue
        title = protocol.step(step.step_id).title
        obs = _observation(
            patient_ref, _code("comfort-rating", "Massage comfort rating (0-10)"),
            step.started_at or record.started_at,
        )
        obs["valueInteger"] = step.comfort
        obs["bodySite"] = _foot(step.foot)
        components = [
            {"code": _code("massage-step", "Massage step"),
             "valueCodeableConcept": _code(step.step_id, title)},
            {"code": _code("pressure-level", "Pressure level used (1-4)"),
             "valueInteger": step.pressure},
            {"code": _code("duration", "Time spent on the step"),
             "valueQuantity": {"value": round(step.actual_s, 3), "unit": "s", "system": UNITS,
                               "code": "s"}},
        ]
        if step.feel:
            components.append({"code": _code("pressure-feel", "How the pressure felt"),
                               "valueCodeableConcept": _code(step.feel, FEEL_TEXT[step.feel])})
        if step.outcome == Outcome.HURT:
            components.append({"code": _code("stopped-because-it-hurt",
                                             "Stopped because it hurt"), "valueBoolean": True})
        obs["component"] = components
        if step.note.strip():
            obs["note"] = [{"text": step.note}]
        result.append(obs)
    return result


def _light_touch_observations(record: SessionRecord, patient_ref: str) -> list[dict[str, Any]]:
    result = []
    for foot, t in sorted(record.light_touch.items()):
        obs = _observation(
            patient_ref, _code("light-touch-sensitivity", "Light-touch check of the foot"),
            record.started_at,
        )
        obs["valueCodeableConcept"] = _code(t.sensitivity, SENSITIVITY_TEXT[t.sensitivity])
        obs["bodySite"] = _foot(foot)
        if t.real_total:
            obs["component"] = [
                {"code": _code("touches-felt", "Real touches felt"), "valueInteger": t.felt_real},
                {"code": _code("touches-given", "Real touches given"),
                 "valueInteger": t.real_total},
                {"code": _code("pretend-touches-felt", "Pretend touches reported as felt"),
                 "valueInteger": t.pretend_felt},
            ]
        result.append(obs)
    return result


def build_bundle(selection: Selection, exported_at: datetime) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    for profile in selection.profiles:
        sessions = selection.sessions_of(profile)
        observations: list[tuple[str, dict[str, Any]]] = []
        patient_ref = _urn("patient", profile.name)
        for record in sessions:
            for i, obs in enumerate(_light_touch_observations(record, patient_ref)):
                observations.append((_urn("light-touch", record.id, str(i)), obs))
            for i, obs in enumerate(_comfort_observations(record, patient_ref)):
                observations.append((_urn("comfort", record.id, str(i)), obs))
            for i, obs in enumerate(symptoms_rows.observations(  # issue 18
                    record.id, record.started_at, record.symptoms, patient_ref)):
                observations.append((_urn("symptom", record.id, str(i)), {"meta": _META, **obs}))
        if not observations:  # a person with nothing to report adds no entries
            continue
        entries.append({"fullUrl": patient_ref, "resource": _patient(profile)})
        entries.extend({"fullUrl": url, "resource": obs} for url, obs in observations)
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "meta": {"tag": [PATIENT_REPORTED]},
        "type": "collection",
        "timestamp": to_iso(exported_at),
    }
    if entries:  # FHIR forbids empty lists: an empty bundle simply has no "entry"
        bundle["entry"] = entries
    return bundle


def render_fhir(selection: Selection, exported_at: datetime) -> tuple[bytes, int]:
    """One entry per line; compact lines keep json's fast C encoder in use."""
    bundle = build_bundle(selection, exported_at)
    entries = bundle.pop("entry", [])
    head = json.dumps(bundle, ensure_ascii=False)
    if not entries:
        return (head + "\n").encode("utf-8"), 0
    body = ",\n".join(" " + json.dumps(e, ensure_ascii=False) for e in entries)
    return (f'{head[:-1]}, "entry": [\n{body}\n]}}\n').encode(), len(entries)


def export_fhir(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, now: datetime | None = None, tz: tzinfo | None = None,
) -> ExportResult:
    """Write a FHIR R4 collection Bundle to path; raises ExportError."""
    selection = select(store, profile, period, tz)
    data, count = render_fhir(selection, now or datetime.now(UTC))
    return ExportResult(write_atomic(path, data), len(selection.sessions), count)
