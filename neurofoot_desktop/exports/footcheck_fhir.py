"""The foot check (issue 19) in the FHIR Bundle: findings, "all clear" and skin temperatures
as Observations, photos as Media only when asked for. Separate from fhir_bundle.py, which
calls it once per session (and once per person for the photos); see docs/fhir.md.

Codes: the feet are SNOMED CT body structures (left foot 22335008, right foot 7769000); the
finding kinds, views, sites and observation codes are in NeuroFoot's own code system (the
one fhir_bundle.CODES names). Skin temperature has its own code there too: LOINC 8310-5 is
body (core) temperature, wrong for skin, and no LOINC skin-temperature code was confirmed
while this was written. Temperatures are in degC (UCUM "Cel").
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from neurofoot_desktop.core.footcheck import Reading
from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.vocabulary import Foot
from neurofoot_desktop.storage.photos import PhotoRecord
from neurofoot_desktop.storage.repository import FootCheckRecord, Store

CODES = "https://neurofoot.app/fhir/CodeSystem/neurofoot"  # = fhir_bundle.CODES (a test)
SNOMED = "http://snomed.info/sct"
UNITS = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
MEDIA_TYPE = "http://terminology.hl7.org/CodeSystem/media-type"
EXAM = [{"coding": [{"system": CATEGORY, "code": "exam", "display": "Exam"}]}]
FOOT_SITES = {"left": ("22335008", "Left foot structure"),
              "right": ("7769000", "Right foot structure")}
KIND_TEXT = {
    "cut": "Cut", "sore": "Sore", "blister": "Blister", "open_wound": "Open wound or ulcer",
    "infection": "Signs of infection", "crack": "Crack in the skin", "callus": "Callus",
    "redness": "Redness", "swelling": "Swelling", "warmth": "Warmth",
    "colour_change": "Colour change", "nail_problem": "Nail problem", "other": "Other",
}
VIEW_TEXT = {"top": "Top of the foot (dorsum)", "sole": "Sole of the foot"}
SITE_TEXT = {"ball": "Ball of the foot", "arch": "Arch of the foot", "heel": "Heel"}


def _code(code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": CODES, "code": code, "display": display}]}


def body_site(foot: str, where: str | None = None) -> dict[str, Any]:
    code, display = FOOT_SITES[foot]
    site: dict[str, Any] = {"coding": [{"system": SNOMED, "code": code, "display": display}]}
    if where:
        site["text"] = f"{where}, {foot} foot"
    return site


def _base(code: dict[str, Any], patient_ref: str, when: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "status": "final", "category": EXAM, "code": code,
            "subject": {"reference": patient_ref}, "performer": [{"reference": patient_ref}],
            "effectiveDateTime": when}


def _fraction(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "1", "system": UNITS, "code": "1"}


def observations(look: FootCheckRecord | None, patient_ref: str) -> list[dict[str, Any]]:
    """The look as Observations: one per finding, one per foot said all clear, one per foot
    and site measured."""
    if look is None:
        return []
    when = to_iso(look.started_at)
    out = []
    for f in look.findings:
        obs = _base(_code("foot-check-finding", "Finding of the daily foot check"),
                    patient_ref, when)
        obs["valueCodeableConcept"] = _code(f.kind.value, KIND_TEXT[f.kind.value])
        obs["bodySite"] = body_site(f.foot.value)
        obs["component"] = [
            {"code": _code("foot-view", "Drawing the spot was marked on"),
             "valueCodeableConcept": _code(f.view.value, VIEW_TEXT[f.view.value])},
            {"code": _code("mark-x", "Across the drawing, 0 (left edge) to 1"),
             "valueQuantity": _fraction(f.x)},
            {"code": _code("mark-y", "Down the drawing, 0 (toes) to 1 (heel)"),
             "valueQuantity": _fraction(f.y)},
        ]
        if f.note.strip():
            obs["note"] = [{"text": f.note}]
        out.append(obs)
    for foot in (f for f in Foot if f in look.clear):
        obs = _base(_code("foot-check-all-clear", "Foot check: nothing found on this foot"),
                    patient_ref, when)
        obs["valueBoolean"] = True
        obs["bodySite"] = body_site(foot.value)
        out.append(obs)
    for r in look.readings:
        out.extend(_temperatures(r, patient_ref, when))
    return out


def _temperatures(r: Reading, patient_ref: str, when: str) -> list[dict[str, Any]]:
    out = []
    for foot, value in (("left", r.left_c), ("right", r.right_c)):
        obs = _base(_code("skin-temperature", "Skin temperature of the foot"), patient_ref,
                    when)
        obs["valueQuantity"] = {"value": round(value, 2), "unit": "°C", "system": UNITS,
                                "code": "Cel"}
        obs["bodySite"] = body_site(foot, SITE_TEXT[r.site.value])
        obs["component"] = [
            {"code": _code("temperature-site", "Where on the foot"),
             "valueCodeableConcept": _code(r.site.value, SITE_TEXT[r.site.value])},
            {"code": _code("temperature-difference", "Difference from the same spot on the "
                           "other foot"),
             "valueQuantity": {"value": round(r.difference_c, 2), "unit": "°C",
                               "system": UNITS, "code": "Cel"}},
        ]
        if r.warning and r.warmer is not None and r.warmer.value == foot:
            # more than 2.2 degC warmer than the other foot: an early warning sign
            obs["interpretation"] = [{"coding": [{"system": INTERPRETATION, "code": "H",
                                                  "display": "High"}]}]
        out.append(obs)
    return out


def media(store: Store, photos: list[PhotoRecord],
          patient_ref: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(photo file name, Media) one at a time, the JPEG embedded (base64)."""
    for p in photos:
        data = p.path(store).read_bytes()
        yield p.file, {
            "resourceType": "Media",
            "status": "completed",
            "type": {"coding": [{"system": MEDIA_TYPE, "code": "image", "display": "Image"}]},
            "view": _code(p.view.value, VIEW_TEXT[p.view.value]),
            "subject": {"reference": patient_ref},
            "createdDateTime": to_iso(p.taken_at),
            "bodySite": body_site(p.foot.value),
            "height": p.height,
            "width": p.width,
            "content": {"contentType": "image/jpeg",
                        "data": base64.b64encode(data).decode("ascii"),
                        "title": f"{p.foot.value} foot, {p.view.value}, "
                                 f"{p.taken_at:%Y-%m-%d}"},
        }
