"""A FHIR R4 Bundle (type collection) of patient-reported Observations.

Plain dicts only: the fhir.resources package is a test dependency that checks the
result, never a runtime one. Every Observation is marked as reported by the
person at home, not verified by a clinician: category "survey", performer and
subject the Patient, and a meta tag. Codes are NeuroFoot's own code system
where no standard code exists; the feet are SNOMED CT body structures and pain
LOINC 72514-3; see docs/fhir.md. Streamed entry by entry: the Device and each
Patient once, then one Observation per rated step and foot.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, STEP_IDS, default_protocol
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.exports import footcheck_fhir, photo_rows, symptoms_rows
from neurofoot_desktop.exports.atomic import Chunks, ExportResult, Progress
from neurofoot_desktop.exports.period import Period, Selection, select
from neurofoot_desktop.storage import footcheck
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
_NAMESPACE_SHA1 = hashlib.sha1(_NAMESPACE.bytes)  # copied for each id, not hashed again


def _urn(*parts: str) -> str:
    """uuid5(_NAMESPACE, "/".join(parts)) as a URN, without building a UUID object (ten
    years need forty thousand of them)."""
    h = _NAMESPACE_SHA1.copy()
    h.update("/".join(parts).encode())
    digest = bytearray(h.digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def _code(code: str, display: str) -> dict[str, Any]:
    """A CodeableConcept; cached, as ten years hold hundreds of thousands of them.

    The same dict is shared by many Observations; nothing here changes it after.
    """
    return {"coding": [{"system": CODES, "code": code, "display": display}]}


def _patient(profile: Profile) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "meta": {"tag": [PATIENT_REPORTED]},
        "name": [{"text": profile.name}],
    }


def _observation(patient_ref: str, code: dict[str, Any], when: datetime | str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "meta": _META,
        "status": "final",
        "category": SURVEY,
        "code": code,
        "subject": {"reference": patient_ref},
        "performer": [{"reference": patient_ref}],
        "effectiveDateTime": when if isinstance(when, str) else to_iso(when),
    }


@cache
def _foot(foot: str) -> dict[str, Any]:
    code, display = FOOT_SITES[foot]
    return {"coding": [{"system": SNOMED, "code": code, "display": display}]}


@cache
def _title(step_id: str) -> str:
    return default_protocol().step(step_id).title


_STEP_INDEX = {step_id: i for i, step_id in enumerate(STEP_IDS)}
_FOOT_INDEX = {foot: i for i, foot in enumerate(FEET)}


def _step_key(pair: tuple[str, StepResult]) -> tuple[bool, str, int, int]:
    """exports.json.step_sort_key on (the step's formatted time, the step)."""
    at, step = pair
    return step.started_at is None, at, _STEP_INDEX[step.step_id], _FOOT_INDEX[step.foot]


class Encoded(str):
    """A resource already written as compact JSON, as _ENCODER would write its dict."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_text = json.encoder.encode_basestring  # the encoder's own string quoting (ensure_ascii off)


@cache
def _json(*key: str) -> str:
    """The JSON of a shared piece, encoded once: ("code", code, display) or ("foot", foot)."""
    if key[0] == "foot":
        return _ENCODER.encode(_foot(key[1]))
    return _ENCODER.encode(_code(key[1], key[2]))


@cache
def _head(code: str, display: str) -> str:
    """An Observation's JSON before its subject: the same for every one of a code."""
    start = _ENCODER.encode(_observation("", _code(code, display), ""))
    return start[:start.index(',"subject":')]


def _who(patient_ref: str) -> tuple[str, str]:
    """The subject and performer, and the device with the closing brace, as JSON."""
    who = _text(patient_ref)
    return (f',"subject":{{"reference":{who}}},"performer":[{{"reference":{who}}}]',
            f',"device":{{"reference":{_text(DEVICE_URL)}}}}}')


_UNITS = _text(UNITS)


def _number(value: object) -> str:
    """A number as the encoder writes it (repr), without a call into it for plain ones."""
    if type(value) is int or (type(value) is float and math.isfinite(value)):  # type: ignore[arg-type]
        return repr(value)
    return _ENCODER.encode(value)  # NaN, a bool, a subclass: its own spelling


def _comfort_observations(record: SessionRecord, patient_ref: str) -> list[Encoded]:
    """The comfort Observations, device included, spelled as JSON from pieces encoded once:
    ten years hold 35,000 of them, and building and encoding a dict each took most of the
    export's time. Byte for byte what _ENCODER gives for the dict (tests/exports/test_fhir)."""
    result = []
    # step_sort_key's order, each step's time formatted once for both the sort and the value
    steps = sorted(((to_iso(step.started_at) if step.started_at else "", step)
                    for step in record.steps), key=_step_key)
    who, tail = _who(patient_ref)
    head = _head("comfort-rating", "Massage comfort rating (0-10)") + who
    number = _number
    session_at = None
    for at, step in steps:
        if step.comfort is None:  # skipped: nothing was rated
            continue
        if not at:
            at = session_at = session_at or to_iso(record.started_at)
        parts = [
            head, ',"effectiveDateTime":', _text(at), ',"valueInteger":', number(step.comfort),
            ',"bodySite":', _json("foot", step.foot),
            ',"component":[{"code":', _json("code", "massage-step", "Massage step"),
            ',"valueCodeableConcept":', _json("code", step.step_id, _title(step.step_id)),
            '},{"code":', _json("code", "pressure-level", "Pressure level used (1-4)"),
            ',"valueInteger":', number(step.pressure),
            '},{"code":', _json("code", "duration", "Time spent on the step"),
            ',"valueQuantity":{"value":', number(round(step.actual_s, 3)),
            ',"unit":"s","system":', _UNITS, ',"code":"s"}}',
        ]
        if step.feel:
            parts += [',{"code":', _json("code", "pressure-feel", "How the pressure felt"),
                      ',"valueCodeableConcept":',
                      _json("code", step.feel, FEEL_TEXT[step.feel]), "}"]
        if step.outcome == Outcome.HURT:
            parts += [',{"code":', _json("code", "stopped-because-it-hurt",
                                         "Stopped because it hurt"), ',"valueBoolean":true}']
        parts.append("]")
        if step.note.strip():
            parts += [',"note":[{"text":', _text(step.note), "}]"]
        parts.append(tail)
        result.append(Encoded("".join(parts)))
    return result


def _light_touch_observations(record: SessionRecord, patient_ref: str) -> list[Encoded]:
    """One per foot checked, spelled from encoded pieces like the comfort ones."""
    result = []
    who, tail = _who(patient_ref)
    head = (_head("light-touch-sensitivity", "Light-touch check of the foot") + who
            + ',"effectiveDateTime":' + _text(to_iso(record.started_at)))
    for foot, t in sorted(record.light_touch.items()):
        parts = [head, ',"valueCodeableConcept":',
                 _json("code", t.sensitivity, SENSITIVITY_TEXT[t.sensitivity]),
                 ',"bodySite":', _json("foot", foot)]
        if t.real_total:
            parts += [
                ',"component":[{"code":', _json("code", "touches-felt", "Real touches felt"),
                ',"valueInteger":', _number(t.felt_real),
                '},{"code":', _json("code", "touches-given", "Real touches given"),
                ',"valueInteger":', _number(t.real_total),
                '},{"code":', _json("code", "pretend-touches-felt",
                                    "Pretend touches reported as felt"),
                ',"valueInteger":', _number(t.pretend_felt), "}]"]
        parts.append(tail)
        result.append(Encoded("".join(parts)))
    return result


def _device() -> dict[str, Any]:
    """The program that recorded everything; one resource, referenced by every Observation."""
    from neurofoot_desktop import __version__

    return {
        "resourceType": "Device",
        "meta": _META,
        "deviceName": [{"name": "NeuroFoot", "type": "user-friendly-name"}],
        "type": {"coding": [{"system": CODES, "code": "neurofoot-app",
                             "display": "NeuroFoot home foot-massage guide (software)"}],
                 "text": "NeuroFoot home foot-massage guide (software)"},
        "version": [{"value": __version__}],
    }


DEVICE_URL = _urn("device", "neurofoot")


Media = Callable[[Profile, str], Iterator[tuple[str, dict[str, Any]]]]


def entries(selection: Selection, progress: Progress | None = None,
            media: Media | None = None) -> Iterator[tuple[str, dict[str, Any] | Encoded]]:
    """(fullUrl, resource) one at a time: the Device once, then each person's Patient once
    followed by their Observations (and, with media, their photos as Media), so ten years
    never sit in memory as one tree."""
    total, done = len(selection.sessions), 0
    device_given = False
    device = {"reference": DEVICE_URL}
    for profile in selection.profiles:
        patient_ref = _urn("patient", profile.name)
        patient_given = False
        for record in selection.sessions_of(profile):
            observations: list[tuple[str, dict[str, Any] | Encoded]] = []
            for i, obs in enumerate(_light_touch_observations(record, patient_ref)):
                observations.append((_urn("light-touch", record.id, str(i)), obs))
            for i, obs in enumerate(_comfort_observations(record, patient_ref)):
                observations.append((_urn("comfort", record.id, str(i)), obs))
            for i, obs in enumerate(symptoms_rows.observations(  # issue 18
                    record.id, record.started_at, record.symptoms, patient_ref)):
                observations.append((_urn("symptom", record.id, str(i)), {"meta": _META, **obs}))
            for i, obs in enumerate(footcheck_fhir.observations(  # issue 19
                    record.footcheck, patient_ref)):
                observations.append((_urn("foot-check", record.id, str(i)),
                                     {"meta": _META, **obs}))
            done += 1
            if progress is not None and done % 50 == 0:
                progress(done, total)
            if not observations:  # a person with nothing to report adds no entries
                continue
            if not device_given:
                device_given = True
                yield DEVICE_URL, _device()
            if not patient_given:
                patient_given = True
                yield patient_ref, _patient(profile)
            for url, obs in observations:
                if not isinstance(obs, Encoded):  # the encoded ones name it already
                    obs["device"] = device
                yield url, obs
        for name, resource in media(profile, patient_ref) if media else ():  # issue 19
            if not patient_given:
                patient_given = True
                yield patient_ref, _patient(profile)
            yield _urn("photo", profile.name, name), {"meta": _META, **resource}


def stream_fhir(selection: Selection, exported_at: datetime, counter: list[int],
                progress: Progress | None = None, media: Media | None = None
                ) -> Iterator[bytes]:
    """The Bundle as chunks of UTF-8, one entry per line; counter[0] ends as the entry count.

    Compact lines keep json's fast C encoder in use."""
    head = json.dumps({"resourceType": "Bundle", "meta": {"tag": [PATIENT_REPORTED]},
                       "type": "collection", "timestamp": to_iso(exported_at)},
                      ensure_ascii=False)
    lines: list[str] = []
    encode = _ENCODER.encode  # one encoder: json.dumps with options builds one per call
    for url, resource in entries(selection, progress, media):
        entry = (f'{{"fullUrl":{_text(url)},"resource":{resource}}}'
                 if isinstance(resource, Encoded) else
                 encode({"fullUrl": url, "resource": resource}))
        lines.append((",\n " if counter[0] else ', "entry": [\n ') + entry)
        counter[0] += 1
        if len(lines) >= 200:
            yield (head[:-1] if counter[0] == len(lines) else "").encode() \
                + "".join(lines).encode()
            lines.clear()
    first = counter[0] == len(lines)  # nothing yielded yet
    tail = "\n]}\n" if counter[0] else "}\n"  # FHIR forbids empty lists: no "entry" at all
    yield ((head[:-1] if first else "") + "".join(lines) + tail).encode()


def fhir_chunks(
    store: Store, *, profile: str | None = None, period: Period | None = None,
    now: datetime | None = None, tz: tzinfo | None = None, progress: Progress | None = None,
    with_photos: bool = False,
) -> Chunks:
    """The Bundle as chunks, made as they are read (ExportCancelled from progress stops it);
    raises ExportError. with_photos: the photos as Media."""
    selection = select(store, profile, period, tz)
    for p in selection.profiles:  # issue 19: each session's look, read once per person
        looks = {c.session_id: c for c in footcheck.checks(store, p.id)}
        for record in selection.sessions_of(p):
            record.footcheck = looks.get(record.id)
    media: Media | None = None
    if with_photos:
        ids, bounds = {s.id for s in selection.sessions}, selection.period.bounds(tz)

        def photos(person: Profile, patient_ref: str) -> Iterator[tuple[str, dict[str, Any]]]:
            chosen = photo_rows.chosen(store, person.id, ids, bounds)
            return footcheck_fhir.media(store, chosen, patient_ref)

        media = photos
    counter = [0]
    return Chunks(stream_fhir(selection, now or datetime.now(UTC), counter, progress, media),
                  lambda: (len(selection.sessions), counter[0]))


def export_fhir(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, now: datetime | None = None, tz: tzinfo | None = None,
    progress: Progress | None = None, with_photos: bool = False,
) -> ExportResult:
    """Write a FHIR R4 collection Bundle to path, streamed; raises ExportError (or
    ExportCancelled from progress, leaving no file). with_photos: the photos as Media."""
    return fhir_chunks(store, profile=profile, period=period, now=now, tz=tz,
                       progress=progress, with_photos=with_photos).write(path)
