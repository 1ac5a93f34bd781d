"""The complete log as JSON (docs/json-format.md): one session per line, canonical order."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.reminders import Decision
from neurofoot_desktop.core.session import StepResult
from neurofoot_desktop.exports import footcheck_rows, photo_rows, plan_rows, symptoms_rows
from neurofoot_desktop.exports.atomic import Chunks, ExportError, ExportResult, write_atomic
from neurofoot_desktop.exports.period import Period, Selection, select
from neurofoot_desktop.storage import footcheck, plans
from neurofoot_desktop.storage.repository import SessionRecord, Store

FORMAT = "neurofoot-log"
VERSION = 1


def step_sort_key(step: StepResult) -> tuple[bool, str, int, int]:
    """A canonical step order, so export -> import -> export gives the same file."""
    at = to_iso(step.started_at) if step.started_at else ""
    return (step.started_at is None, at, STEP_IDS.index(step.step_id), FEET.index(step.foot))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def session_to_dict(record: SessionRecord) -> dict[str, Any]:
    steps = sorted(record.steps, key=step_sort_key)
    return {
        "id": record.id,
        "started_at": to_iso(record.started_at),
        "ended_at": to_iso(record.ended_at) if record.ended_at else None,
        "status": record.status,
        "status_reason": record.status_reason,
        "sensitivity": {foot: record.sensitivity(foot) for foot in FEET},
        "warnings": record.warnings,
        "heel_sensitive": record.heel_sensitive,
        "note": record.note,
        "answers": dict(sorted(record.answers.items())),
        "light_touch": {
            foot: {
                "sensitivity": t.sensitivity, "felt_real": t.felt_real,
                "real_total": t.real_total, "pretend_felt": t.pretend_felt,
                "unpleasant": t.unpleasant,
            }
            for foot in FEET if (t := record.light_touch.get(foot)) is not None
        },
        "steps": [
            {
                "step_id": s.step_id, "foot": s.foot,
                "started_at": to_iso(s.started_at) if s.started_at else None,
                "duration_s": _number(s.actual_s), "planned_s": _number(s.planned_s),
                "pressure": s.pressure, "outcome": s.outcome.value, "comfort": s.comfort,
                "feel": s.feel, "note": s.note,
            }
            for s in steps
        ],
        # issue 18: absent (not null) when no score was given
        **({"symptoms": scores} if (scores := symptoms_rows.to_json(record.symptoms)) else {}),
        # issue 19: absent for a session without a foot check
        **({footcheck_rows.KEY: look} if (look := footcheck_rows.to_json(record.footcheck))
           else {}),
    }


def build_log(selection: Selection, exported_at: datetime, store: Store | None = None,
              photos: dict[int, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The log as a dict; with the store, each person's reminder plan too (issue 20);
    photos: each person's "photos" list (issue 19, only with --with-photos)."""
    by_profile: dict[int, list[SessionRecord]] = {p.id: [] for p in selection.profiles}
    for record in selection.sessions:
        by_profile.setdefault(record.profile_id, []).append(record)
    if store is not None:  # issue 19: each session's look, read once per person
        for profile_id, records in by_profile.items():
            looks = {c.session_id: c for c in footcheck.checks(store, profile_id)}
            for record in records:
                record.footcheck = looks.get(record.id, record.footcheck)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_iso(exported_at),
        "profiles": [
            {
                "name": p.name,
                "created_at": to_iso(p.created_at),
                **(plan_rows.to_json(plans.plan_versions(store, p.id)) if store else {}),
                **(plan_rows.decisions_to_json(_decisions(store, p.id, selection.period))
                   if store else {}),
                **({photo_rows.KEY: photos[p.id]} if photos and photos.get(p.id) else {}),
                "sessions": [session_to_dict(r) for r in by_profile[p.id]],
            }
            for p in selection.profiles
        ],
    }


def _decisions(store: Store, profile_id: int, period: Period) -> list[Decision]:
    """The person's reminder decisions about the days of the period (local days)."""
    return [d for d in plans.decisions(store, profile_id, period.since)
            if period.until is None or d.day <= period.until]


def render_json(selection: Selection, exported_at: datetime, store: Store | None = None,
                photos: dict[int, list[dict[str, Any]]] | None = None) -> bytes:
    """One session per line: readable, diff-friendly, and fast (json's C encoder)."""
    log = build_log(selection, exported_at, store, photos)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{" + ", ".join(f"{dump(k)}: {dump(log[k])}" for k in
                             ("format", "version", "exported_at")) + ",", ' "profiles": [']
    for i, profile in enumerate(log["profiles"]):
        head = {k: v for k, v in profile.items() if k != "sessions"}
        lines.append("  " + dump(head)[:-1] + ', "sessions": [')
        sessions = [dump(session) for session in profile["sessions"]]
        lines.append(",\n".join("   " + text for text in sessions))
        lines.append("  ]}" + ("," if i < len(log["profiles"]) - 1 else ""))
    lines.append(" ]}")
    return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")


def json_chunks(store: Store, *, profile: str | None = None, period: Period | None = None,
                now: datetime | None = None, tz: tzinfo | None = None) -> Chunks:
    """The log without its photos as one chunk (for the window's child process); raises
    ExportError. export_json writes the same bytes."""
    selection = select(store, profile, period, tz)
    data = render_json(selection, now or datetime.now(UTC), store)
    steps = sum(len(s.steps) for s in selection.sessions)
    return Chunks([data], lambda: (len(selection.sessions), steps))


def export_json(
    store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, now: datetime | None = None, tz: tzinfo | None = None,
    with_photos: bool = False,
) -> ExportResult:
    """Write the log (everyone, or one person) to path; raises ExportError. with_photos:
    the photos too, copied into a folder beside it named after it (log.json -> log-photos/)."""
    selection = select(store, profile, period, tz)
    photos = _copy_photos(store, selection, Path(os.fspath(path)), tz) if with_photos else None
    data = render_json(selection, now or datetime.now(UTC), store, photos)
    written = write_atomic(path, data)
    steps = sum(len(s.steps) for s in selection.sessions)
    return ExportResult(written, len(selection.sessions), steps)


def _copy_photos(store: Store, selection: Selection, path: Path,
                 tz: tzinfo | None) -> dict[int, list[dict[str, Any]]]:
    """Copy the chosen photos beside the JSON (before it is written, so a JSON never lists
    a photo that is not there); each person's "photos" entries."""
    target = photo_rows.folder_for(Path(os.path.realpath(path)))
    ids = {s.id for s in selection.sessions}
    bounds = selection.period.bounds(tz)
    out: dict[int, list[dict[str, Any]]] = {}
    try:
        for p in selection.profiles:
            records = photo_rows.chosen(store, p.id, ids, bounds)
            if records:
                photo_rows.copy_out(store, records, target)
                out[p.id] = photo_rows.to_json(records, target.name)
    except OSError as exc:
        raise ExportError(f"The photos could not be copied to {target}: "
                          f"{exc.strerror or exc}.") from None
    return out
