"""Fill a log with years of realistic daily sessions, for benchmarks and screenshots.

    from benchmarks.gen_log import populate
    populate(store, "Ana María", days=3650, seed=1)

or from a shell: `python benchmarks/gen_log.py DATA_DIR [--days N] [--seed S] [--symptoms]
[--end-today]`. --symptoms adds pain, tingling and numbness scores before and after (issue 18);
--end-today ends the log yesterday evening instead of on the fixed END date.

One session every evening, foot by foot, with slowly
drifting light-touch results, pressure that follows comfort, the odd skipped
step, "it hurts, stop", warning signs, blocked days and notes in several
scripts. Everything is written in one transaction, so ten years take seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.core.protocol import FEET, default_protocol
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import LightTouchRecord, SessionRecord

END = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
QUESTIONS = ("open_wound", "infection", "new_lesion", "worse_pain", "worse_numbness",
             "new_symptoms", "skin_change", "heel_sensitive")
BLOCKERS = ("open_wound", "infection", "new_lesion")
DOCTOR = ("worse_pain", "worse_numbness", "new_symptoms", "skin_change")
STEP_NOTES = (
    "Felt lovely and warm afterwards",
    "Toes were cold today",
    "A bit ticklish on the arch",
    "Sehr angenehm 😊",
    "The ball of the foot felt tender",
    "= slower next time",
    "-2 pressure felt better",
    "مريح جدًا اليوم",
    "Muy relajante, gracias",
    "Line one\nline two",
)
SESSION_NOTES = (
    "Long walk today, feet tired",
    "Slept better after the massage 🌙",
    "Ask the podiatrist about the heel",
    "Neuropathy clinic next week",
    "Tingling less noticeable this evening",
)


def populate(store: Store, profile_name: str = "Ana María", days: int = 3650,
             seed: int = 1, *, end: datetime = END, symptoms: bool = False) -> None:
    """Add `days` days of sessions (one most evenings) ending at `end`, in one transaction;
    with symptoms, most sessions carry scores before and after."""
    rng = random.Random(seed)
    protocol = default_protocol()
    start = end - timedelta(days=days)
    profile = store.profile_by_name(profile_name) or store.add_profile(profile_name, start)
    steps = [(s.id, s.duration_s) for s in protocol.steps]
    # Slow trends: sensitivity of each foot, and the pressure the person likes per step.
    numbness = {"left": 0.55, "right": 0.4}
    pressure = {(s, f): 2 for s, _ in steps for f in FEET}
    records = []
    for day in range(days):
        started = start + timedelta(days=day, minutes=rng.randint(-90, 120),
                                    seconds=rng.randint(0, 59))
        records.append(_session(rng, profile.id, profile_name, started, steps, numbness,
                                pressure))
    if symptoms:  # a second generator, so the sessions stay the same with or without scores
        scores_rng = random.Random(seed + 1)
        for day, record in enumerate(records):
            _add_scores(scores_rng, record, day / max(1, days))
    with store.transaction() as conn:
        for record in records:
            store.insert_session(record, conn)
        conn.execute("UPDATE profiles SET last_used_at = ? WHERE id = ?",
                     (to_iso(records[-1].started_at) if records else None, profile.id))


def _session(rng: random.Random, profile_id: int, name: str, started: datetime,
             steps: list[tuple[str, int]], numbness: dict[str, float],
             pressure: dict[tuple[str, str], int]) -> SessionRecord:
    answers = {q: False for q in QUESTIONS}
    if rng.random() < 0.015:
        answers[rng.choice(BLOCKERS)] = True
    if rng.random() < 0.03:
        answers[rng.choice(DOCTOR)] = True
    answers["heel_sensitive"] = rng.random() < 0.08
    record = SessionRecord(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), profile_id=profile_id,
        profile_name=name, started_at=started, ended_at=None, status="completed",
        status_reason="", note=rng.choice(SESSION_NOTES) if rng.random() < 0.02 else "",
        answers=answers,
    )
    if any(answers[b] for b in BLOCKERS):
        record.status = "blocked"
        record.status_reason = "The safety check found a reason not to massage today."
        record.ended_at = started + timedelta(minutes=2)
        return record
    for foot in FEET:
        numbness[foot] = min(0.95, max(0.05, numbness[foot] + rng.gauss(0, 0.02)))
        unpleasant = rng.random() < 0.04
        felt = sum(rng.random() > numbness[foot] for _ in range(3))
        sensitivity = "heightened" if unpleasant else "normal" if felt == 3 else "reduced"
        record.light_touch[foot] = LightTouchRecord(foot, sensitivity, felt, 3,
                                                    int(rng.random() < 0.05), unpleasant)
    at = started + timedelta(minutes=3)
    stop_after = rng.randrange(10) if rng.random() < 0.02 else None  # "it hurts"
    quit_after = rng.randrange(10) if rng.random() < 0.01 else None  # window closed
    slots = [(s, d, f) for f in FEET for s, d in steps]
    for index, (step_id, duration, foot) in enumerate(slots):
        if quit_after is not None and index == quit_after:
            record.status = "incomplete"
            return record
        level = pressure[(step_id, foot)]
        if index == stop_after:
            record.steps.append(StepResult(step_id, foot, at, duration, rng.uniform(5, 60),
                                           level, Outcome.HURT, 0, "too_firm",
                                           "It suddenly hurt" if rng.random() < 0.5 else ""))
            pressure[(step_id, foot)] = max(1, level - 1)
            record.status, record.status_reason = "stopped", "It hurts"
            record.ended_at = at + timedelta(minutes=1)
            return record
        if rng.random() < 0.02:
            record.steps.append(StepResult(step_id, foot, at if rng.random() < 0.5 else None,
                                           duration, 0.0, level, Outcome.SKIPPED))
            continue
        actual = float(duration) if rng.random() < 0.9 else round(rng.uniform(20, duration), 3)
        comfort = max(0, min(10, round(rng.gauss(7.6 - abs(level - 2.5) * 0.6, 1.3))))
        feel = "too_firm" if comfort <= 4 else rng.choice(("just_right", "just_right",
                                                          "too_light", None))
        if feel == "too_light" and level < 4 and rng.random() < 0.3:
            pressure[(step_id, foot)] = level + 1
        elif comfort <= 4:
            pressure[(step_id, foot)] = max(1, level - 1)
        note = rng.choice(STEP_NOTES) if rng.random() < 0.004 else ""
        record.steps.append(StepResult(step_id, foot, at, float(duration), actual, level,
                                       Outcome.RATED, comfort, feel, note))
        at += timedelta(seconds=actual + rng.randint(20, 60))
    record.ended_at = at
    return record


def _add_scores(rng: random.Random, record: SessionRecord, progress: float) -> None:
    """Pain drifting down over the log, about 1.5 points lower after a massage (less on a day
    stopped because it hurt), tingling a little lower, numbness about the same; some skipped,
    some "I don't know", no "after" when the massage did not happen."""
    base = {"pain": 6.5 - 2.0 * progress, "tingling": 5.0 - 1.0 * progress, "numbness": 4.5}
    relief = {"pain": 1.5, "tingling": 0.8, "numbness": 0.1}
    if record.hurt:
        relief = {k: -1.0 for k in relief}
    given: dict[str, dict[str, int | None]] = {"before": {}, "after": {}}
    for symptom, level in base.items():
        if rng.random() < 0.05:
            continue  # skipped
        before = min(10, max(0, round(rng.gauss(level, 1.3))))
        given["before"][symptom] = None if rng.random() < 0.03 else before
        if record.status != "blocked" and rng.random() < 0.9:
            after = min(10, max(0, round(rng.gauss(before - relief[symptom], 0.9))))
            given["after"][symptom] = after
    record.symptoms = {k: v for k, v in given.items() if v}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--profile", default="Ana María")
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--symptoms", action="store_true",
                        help="add symptom scores before and after (issue 18)")
    parser.add_argument("--end-today", action="store_true",
                        help="end yesterday evening instead of on the fixed date")
    args = parser.parse_args()
    end = END
    if args.end_today:
        end = datetime.now(UTC).replace(hour=18, minute=0, second=0, microsecond=0)
        end -= timedelta(days=1)
    store = Store.open(args.data_dir)
    try:
        populate(store, args.profile, args.days, args.seed, end=end, symptoms=args.symptoms)
        print(f"{len(store.sessions())} sessions in {args.data_dir}")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
