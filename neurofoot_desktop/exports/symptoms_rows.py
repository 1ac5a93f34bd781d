"""Symptom scores (issue 18) in every export: the JSON object and its validation, the six CSV
columns, the FHIR Observations. Small and separate so each exporter needs one line for it.

JSON, per session: "symptoms": {"before": {"pain": 0-10, ...}, "after": {...},
"unknown": {"before": ["numbness"]}}; a score not given is absent (never null), and the whole
object is absent when nothing was given. "unknown" lists the "I don't know" answers, so the
round trip is exact and they are never read as zeros.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.symptoms import check_score
from neurofoot_desktop.core.vocabulary import MOMENTS, SYMPTOMS

Given = Mapping[str, Mapping[str, int | None]]  # SessionRecord.symptoms

CSV_COLUMNS = tuple(f"{s}_{m}" for s in SYMPTOMS for m in MOMENTS)

# FHIR: pain is LOINC 72514-3; the other two, and before/after, in our own code system
# (documented in docs/fhir.md).
LOINC = "http://loinc.org"
PAIN_LOINC = "72514-3"
CODE_SYSTEM = "https://neurofoot.app/fhir/CodeSystem/symptom-score"  # one home with ours
CODE_TEXT = {"pain": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
             "tingling": "Burning or tingling in the feet, 0-10 (NeuroFoot)",
             "numbness": "Numbness in the feet, 0-10 (NeuroFoot)"}
MOMENT_CODE = {"before": "before-massage", "after": "after-massage"}


def to_json(given: Given) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    unknown: dict[str, list[str]] = {}
    for moment in MOMENTS:
        scores = given.get(moment, {})
        known = {s: scores[s] for s in SYMPTOMS if s in scores and scores[s] is not None}
        if known:
            out[moment] = known
        unsure = [s for s in SYMPTOMS if s in scores and scores[s] is None]
        if unsure:
            unknown[moment] = unsure
    if unknown:
        out["unknown"] = unknown
    return out or None


def from_json(value: Any, where: str) -> dict[str, dict[str, int | None]]:
    """The checked scores, or ValueError naming the place and what was expected."""
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object with before / after, got {value!r}")
    for key in value:
        if key not in (*MOMENTS, "unknown"):
            raise ValueError(f"{where}: expected only before, after and unknown, got {key!r}")
    out: dict[str, dict[str, int | None]] = {}
    for moment in MOMENTS:
        scores = value.get(moment, {})
        if not isinstance(scores, dict):
            raise ValueError(f"{where}.{moment}: expected an object of scores, got {scores!r}")
        for symptom, score in scores.items():
            if symptom not in SYMPTOMS:
                raise ValueError(f"{where}.{moment}: expected one of {', '.join(SYMPTOMS)}, "
                                 f"got {symptom!r}")
            try:
                out.setdefault(moment, {})[symptom] = check_score(score)
            except ValueError:
                raise ValueError(f"{where}.{moment}.{symptom}: expected a whole number 0-10, "
                                 f"got {score!r}") from None
    unknown = value.get("unknown", {})
    if not isinstance(unknown, dict):
        raise ValueError(f"{where}.unknown: expected an object, got {unknown!r}")
    for moment, names in unknown.items():
        if moment not in MOMENTS or not isinstance(names, list):
            raise ValueError(f"{where}.unknown: expected before / after lists, got {moment!r}")
        for symptom in names:
            if symptom not in SYMPTOMS or symptom in out.get(moment, {}):
                raise ValueError(f"{where}.unknown.{moment}: expected a symptom without a "
                                 f"score, got {symptom!r}")
            out.setdefault(moment, {})[symptom] = None
    return out


def csv_cells(given: Given) -> list[str]:
    """The six cells, in CSV_COLUMNS order; empty when not given or "I don't know"."""
    cells = []
    for column in CSV_COLUMNS:
        symptom, moment = column.rsplit("_", 1)
        score = given.get(moment, {}).get(symptom)
        cells.append("" if score is None else str(score))
    return cells


def observations(session_id: str, started: datetime, given: Given,
                 patient: str) -> list[dict[str, Any]]:
    """One FHIR Observation per score (an "I don't know" has a dataAbsentReason)."""
    out = []
    for moment in MOMENTS:
        for symptom in SYMPTOMS:
            scores = given.get(moment, {})
            if symptom not in scores:
                continue
            coding = [{"system": CODE_SYSTEM, "code": symptom, "display": CODE_TEXT[symptom]}]
            if symptom == "pain":
                coding.insert(0, {"system": LOINC, "code": PAIN_LOINC,
                                  "display": CODE_TEXT["pain"]})
            obs: dict[str, Any] = {
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "survey"}]}],
                "code": {"coding": coding, "text": CODE_TEXT[symptom]},
                "subject": {"reference": patient},
                "performer": [{"reference": patient}],
                "effectiveDateTime": to_iso(started),
                "component": [{
                    "code": {"coding": [{"system": CODE_SYSTEM, "code": "timing"}]},
                    "valueCodeableConcept": {"coding": [{
                        "system": CODE_SYSTEM, "code": MOMENT_CODE[moment],
                        "display": f"{moment} the massage"}]},
                }],
            }
            score = scores[symptom]
            if score is None:
                obs["dataAbsentReason"] = {"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                    "code": "asked-unknown"}]}
            else:
                obs["valueInteger"] = score
            out.append(obs)
    return out
