"""The CSV read as flat rows (storage.step_rows) is byte for byte the CSV read as whole
sessions (Store.sessions(), as before issue 16's speed-up): hostile notes and names, several
people, stopped, blocked and unfinished sessions, scores with "I don't know", a session of
scores only, and times in the log that are not written as to_iso writes them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.export_samples import T0, fill

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.exports import symptoms_rows
from neurofoot_desktop.exports.csv_export import (
    COLUMNS,
    SCHEMA_VERSION,
    _cells,
    _quoted,
    _seconds,
    export_csv,
    neutralise,
)
from neurofoot_desktop.exports.period import Period, Selection, local_date, select
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import symptoms as symptom_store


def old_lines(selection: Selection, tz: tzinfo | None) -> Iterator[str]:
    """The CSV's rows as written from whole sessions before the flat reader (the code of
    csv_export.lines at 30f803d, kept here as the reference)."""
    t = neutralise
    step_index = {step_id: i for i, step_id in enumerate(STEP_IDS)}
    foot_index = {foot: i for i, foot in enumerate(FEET)}
    for s in selection.sessions:
        head = _cells([SCHEMA_VERSION, to_iso(s.started_at)])
        who = _cells([local_date(s.started_at, tz).isoformat(), t(s.profile_name), t(s.id),
                      s.status])
        warnings = _quoted(";".join(s.warnings))
        tail = _cells([t(s.note), *symptoms_rows.csv_cells(s.symptoms)]) + "\r\n"
        steps = sorted(((to_iso(step.started_at) if step.started_at else "", step)
                        for step in s.steps),
                       key=lambda p: (p[1].started_at is None, p[0], step_index[p[1].step_id],
                                      foot_index[p[1].foot]))
        for at, step in steps:
            what = _cells([step.step_id, step.foot, step.outcome.value, step.pressure,
                           "" if step.comfort is None else step.comfort, step.feel or ""])
            yield ",".join((head, at, who, what, _cells([_seconds(step.actual_s)]),
                            _cells([_seconds(step.planned_s)]), _quoted(s.sensitivity(step.foot)),
                            warnings, _quoted(t(step.note)) if step.note else "", tail))
        if not s.steps and s.symptoms:
            yield ",".join((head, "", who, ","*8, warnings, "", tail))


def old_csv(store: Store, profile: str | None, period: Period | None,
            tz: tzinfo | None) -> tuple[bytes, int, int]:
    selection = select(store, profile, period, tz)
    rows = list(old_lines(selection, tz))
    text = _cells(COLUMNS) + "\r\n" + "".join(rows)
    return text.encode("utf-8"), len(selection.sessions), len(rows)


@pytest.fixture
def hostile(store: Store) -> Store:
    """export_samples' log (two people, every status, notes in many scripts and shapes, some
    that look like formulas) and more: a third person whose name looks like a formula, scores
    with "I don't know", a blocked session with scores and one without, steps without a time,
    and times stored with an offset instead of "Z"."""
    sessions = fill(store)
    eve = store.add_profile("=Eve, \"the\" tester", T0)
    at = T0 + timedelta(days=4, hours=2)
    scored = store.start_session(eve.id, at, "-eve-1")
    store.save_step_result(scored, StepResult("sole_kneading", "right", at, 120.0, 61.5, 4,
                                              Outcome.HURT, 0, "too_firm", "@ouch,\n\"no\""), at)
    store.save_step_result(scored, StepResult("effleurage", "left", None, 120.0, 0.0, 2,
                                              Outcome.SKIPPED), at)
    for moment, symptom, score in ((Moment.BEFORE, Symptom.PAIN, 7),
                                   (Moment.BEFORE, Symptom.NUMBNESS, None),
                                   (Moment.AFTER, Symptom.TINGLING, 0)):
        symptom_store.record(store, scored, moment, symptom, score, at)
    store.record_answer(scored, "skin_change", True, at)
    store.end_session(scored, "stopped", at + timedelta(minutes=4), "It hurts")
    store.set_session_note(scored, "+1 \r\n=SUM(A1)")
    for days, unsure in ((5, True), (6, False)):  # blocked: scores only, or nothing at all
        sid = store.start_session(eve.id, T0 + timedelta(days=days))
        if unsure:
            symptom_store.record(store, sid, Moment.BEFORE, Symptom.PAIN, None, T0)
        store.end_session(sid, "blocked", T0 + timedelta(days=days, minutes=1))
    # Stored times not in to_iso's form (an older or hand-made file): a step an hour "east"
    # whose text sorts after a later step, and a session start with an offset.
    first = sessions[0]  # its steps start 18:33, 18:35:30, ... 18:43, 18:45:30 UTC
    store.connection.execute(
        "UPDATE step_results SET started_at = '2026-11-01T19:44:00+01:00' "
        "WHERE session_id = ? AND step_id = ? AND foot = ?",
        (first.id, first.steps[5].step_id, first.steps[5].foot))
    store.connection.execute("UPDATE sessions SET started_at = ? WHERE id = ?",
                             ("2026-11-11T20:30:00.250+02:00", sessions[-1].id))
    store.connection.commit()
    return store


@pytest.mark.parametrize(("profile", "period", "tz"), [
    (None, None, None),
    (None, None, ZoneInfo("Pacific/Kiritimati")),  # 23:30 UTC is the next day there
    ("ana maría", None, UTC),
    ("=eve, \"the\" tester", Period(date(2026, 11, 5)), ZoneInfo("America/Los_Angeles")),
    (None, Period(date(2026, 11, 2), date(2026, 11, 4)), ZoneInfo("Europe/Madrid")),
    ("Bob", Period(until=date(2026, 11, 1)), None),  # nothing in the period
])
def test_flat_rows_write_the_same_bytes_as_whole_sessions(
    hostile: Store, tmp_path: Path, profile: str | None, period: Period | None,
    tz: tzinfo | None,
) -> None:
    expected, sessions, rows = old_csv(hostile, profile, period, tz)
    out = tmp_path / "log.csv"
    result = export_csv(hostile, out, profile=profile, period=period, tz=tz)
    assert out.read_bytes() == expected
    assert (result.sessions, result.items) == (sessions, rows)


def test_the_sample_is_as_hostile_as_it_claims(hostile: Store, tmp_path: Path) -> None:
    """What the comparison above covers is really in the file."""
    out = tmp_path / "log.csv"
    result = export_csv(hostile, out)
    text = out.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    # 5 sessions from export_samples and Eve's 3; her blocked session with nothing has no row
    assert (result.sessions, result.items, len(rows)) == (8, 28, 28)
    eve = [r for r in rows if r["profile"] == "'=Eve, \"the\" tester"]
    assert [(r["session_id"], r["session_status"], r["step"]) for r in eve] == [
        ("'-eve-1", "stopped", "sole_kneading"), ("'-eve-1", "stopped", "effleurage"),
        (eve[2]["session_id"], "blocked", "")]
    assert eve[0]["note"] == "'@ouch,\n\"no\"" and eve[1]["session_note"] == "'+1 \r\n=SUM(A1)"
    assert [eve[0][c] for c in symptoms_rows.CSV_COLUMNS] == ["7", "", "", "0", "", ""]
    assert [eve[2][c] for c in symptoms_rows.CSV_COLUMNS] == [""] * 6  # "I don't know" only
    first = [r["step_started_utc"] for r in rows if r["session_id"].endswith("000000000001")]
    assert first[4:7] == ["2026-11-01T18:43:00.000Z", "2026-11-01T18:44:00.000Z",
                          "2026-11-01T18:48:00.000Z"]  # stored as 19:44+01:00, in its place
    assert rows[-1]["session_started_utc"] == "2026-11-11T18:30:00.250Z"  # stored +02:00


def test_an_unknown_person_is_refused_before_anything_is_written(hostile: Store,
                                                                  tmp_path: Path) -> None:
    from neurofoot_desktop.exports import ExportError

    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(ExportError, match="nobody called 'Zoe'"):
        export_csv(hostile, out / "log.csv", profile="Zoe")
    assert list(out.iterdir()) == []

