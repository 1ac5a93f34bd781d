"""The foot check in the FHIR Bundle (issue 19): findings and "all clear" as Observations on a
SNOMED CT foot, temperatures in degC (UCUM Cel), photos as Media only when asked for; every
resource validated by fhir.resources' R4B models."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.media import Media
from fhir.resources.R4B.observation import Observation
from PySide6.QtGui import QColor, QImage

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports import fhir_bundle, footcheck_fhir
from neurofoot_desktop.exports.fhir_bundle import export_fhir
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import footcheck as fcs
from neurofoot_desktop.storage import photos as photo_store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
DAY = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def with_look(store: Store, tmp_path: Path) -> bytes:
    pid = store.add_profile("Ana", DAY).id
    sid = store.start_session(pid, DAY)
    fcs.add_finding(store, sid, Finding(Foot.LEFT, View.SOLE, 0.25, 0.75, Kind.CALLUS,
                                        "under the heel"), DAY)
    fcs.set_clear(store, sid, Foot.RIGHT, DAY)
    fcs.record_reading(store, sid, Reading(Site.ARCH, 30.0, 32.5), DAY)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(tmp_path / "p.jpg"), "JPEG")
    data = (tmp_path / "p.jpg").read_bytes()
    photo_store.add(store, pid, sid, Foot.LEFT, View.TOP, DAY, data, (40, 30), "file")
    return data


def resources(path: Path) -> list[dict]:
    data = json.loads(path.read_text())
    Bundle.model_validate(data)
    return [e["resource"] for e in data["entry"]]


def by_code(found: list[dict], code: str) -> list[dict]:
    return [r for r in found if r["resourceType"] == "Observation"
            and r["code"]["coding"][0]["code"] == code]


def test_the_look_is_in_the_bundle_and_photos_only_when_asked(store: Store,
                                                              tmp_path: Path) -> None:
    photo = with_look(store, tmp_path)
    out = tmp_path / "b.fhir.json"
    export_fhir(store, out, now=NOW)
    found = resources(out)
    assert not [r for r in found if r["resourceType"] == "Media"]
    for r in found:
        if r["resourceType"] == "Observation":
            Observation.model_validate(r)
    finding = by_code(found, "foot-check-finding")[0]
    assert finding["bodySite"]["coding"][0] == {
        "system": "http://snomed.info/sct", "code": "22335008", "display": "Left foot structure"}
    assert finding["valueCodeableConcept"]["coding"][0]["system"] == fhir_bundle.CODES
    assert finding["valueCodeableConcept"]["coding"][0]["code"] == "callus"
    assert finding["note"] == [{"text": "under the heel"}]
    clear = by_code(found, "foot-check-all-clear")
    assert [c["bodySite"]["coding"][0]["code"] for c in clear] == ["7769000"]
    temps = by_code(found, "skin-temperature")
    assert [(t["valueQuantity"]["value"], t["valueQuantity"]["code"],
             t["valueQuantity"]["system"]) for t in temps] == [
        (30.0, "Cel", "http://unitsofmeasure.org"), (32.5, "Cel", "http://unitsofmeasure.org")]
    assert "interpretation" not in temps[0] and temps[1]["interpretation"][0]["coding"][0][
        "code"] == "H"  # 2.5 degC warmer than the left: the warning sign
    assert all(t["code"]["coding"][0]["code"] != "8310-5" for t in temps)

    with_media = tmp_path / "m.fhir.json"
    export_fhir(store, with_media, now=NOW, with_photos=True)
    media = [r for r in resources(with_media) if r["resourceType"] == "Media"]
    assert len(media) == 1
    Media.model_validate(media[0])
    assert base64.b64decode(media[0]["content"]["data"]) == photo
    assert media[0]["bodySite"]["coding"][0]["code"] == "22335008"
    assert (media[0]["width"], media[0]["height"]) == (40, 30)


def test_one_home_for_our_codes() -> None:
    assert footcheck_fhir.CODES == fhir_bundle.CODES
    assert footcheck_fhir.FOOT_SITES == fhir_bundle.FOOT_SITES
