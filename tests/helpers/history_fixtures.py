"""Small, known logs for the History view and session browser tests (no tests here).

200 days of daily sessions ending yesterday, so the view reads the recent months
first and the older ones in a second step. Comfort differs per step, foot and day
so each plotted value can be traced back to its row. Day 190 (ten days ago) had
warning signs; day 180 stopped because it hurt; day 60 has a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import LightTouchRecord, SessionRecord

DAYS = 200
WARNED_DAY, HURT_DAY, NOTE_DAY = 190, 180, 60


def comfort_of(day: int, step: int, foot: int) -> int:
    return (day + 2 * step + foot) % 11


def make_session(profile_id: int, name: str, day: int, start: datetime) -> SessionRecord:
    at = start + timedelta(days=day)
    steps, hurt = [], day == HURT_DAY
    for f, foot in enumerate(FEET):
        for s, step in enumerate(STEP_IDS):
            stops = hurt and (step, foot) == ("sole_kneading", "right")
            steps.append(StepResult(
                step, foot, at + timedelta(minutes=2 * (5 * f + s)), 120, 118.0,
                1 + (day // 30 + s) % 4, Outcome.HURT if stops else Outcome.RATED,
                None if stops else comfort_of(day, s, f),
                None if stops else ("just_right", "too_light", "too_firm")[(day + s) % 3],
                "Cold hands" if (day, step, foot) == (NOTE_DAY, "toe_rolling", "left") else "",
            ))
            if stops:
                break
        if hurt and foot == "right":
            break
    touch = ("reduced", "normal", "heightened")
    answers = {"worse_pain": day == WARNED_DAY, "skin_change": day == WARNED_DAY,
               "heel_sensitive": day % 7 == 0}
    return SessionRecord(
        id=f"session-{day:03d}", profile_id=profile_id, profile_name=name, started_at=at,
        ended_at=at + timedelta(minutes=24), status="stopped" if hurt else "completed",
        status_reason="It hurts" if hurt else "",
        note="Felt lovely afterwards" if day == NOTE_DAY else "", answers=answers,
        light_touch={foot: LightTouchRecord(foot, touch[(day // 10 + i) % 3], 3, 3, 0, False)
                     for i, foot in enumerate(FEET)},
        steps=steps,
    )


@dataclass
class Log:
    store: Store
    profile_id: int
    records: list[SessionRecord]

    def record(self, day: int) -> SessionRecord:
        return self.records[day]


@pytest.fixture
def history_log(store: Store) -> Iterator[Log]:
    now = datetime.now(UTC)
    start = (now - timedelta(days=DAYS)).replace(hour=17, minute=30, second=0, microsecond=0)
    profile = store.add_profile("Ana María", start - timedelta(days=1))
    records = [make_session(profile.id, profile.name, d, start) for d in range(DAYS)]
    with store.transaction() as conn:
        for r in records:
            store.insert_session(r, conn)
    yield Log(store, profile.id, store.sessions(profile.id))


SMALL_DAYS = 30


def small_history(store: Store, name: str = "Ana María Fernández") -> int:
    """A month of sessions ending yesterday with every History section filled: warning signs,
    a stop, a note, symptoms scored, a plan, foot checks with findings and temperatures.
    For the layout walk, which looks at each screen rather than at the numbers. Returns the
    person's id."""
    from datetime import time

    from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site
    from neurofoot_desktop.core.reminders import Plan
    from neurofoot_desktop.core.vocabulary import Foot, Moment, Symptom, View
    from neurofoot_desktop.storage import footcheck, plans, symptoms

    now = datetime.now(UTC)
    start = (now - timedelta(days=SMALL_DAYS)).replace(hour=17, minute=30, second=0,
                                                      microsecond=0)
    profile = store.add_profile(name, start - timedelta(days=1))
    plans.save_plan(store, profile.id, Plan(frozenset(range(0, 7, 2)), (time(12),)),
                    start - timedelta(days=1))
    offset = DAYS - SMALL_DAYS  # the big log's warned, hurt and noted days fall in this month
    records = [make_session(profile.id, name, offset + d, start - timedelta(days=offset))
               for d in range(SMALL_DAYS)]
    with store.transaction() as conn:
        for r in records:
            store.insert_session(r, conn)
    for i, r in enumerate(records[-12:]):
        for moment, score in ((Moment.BEFORE, 6 + i % 3), (Moment.AFTER, 4 + i % 2)):
            symptoms.record(store, r.id, moment, Symptom.PAIN, score, r.started_at)
            symptoms.record(store, r.id, moment, Symptom.TINGLING, score - 2, r.started_at)
    store.set_session_note(records[-5].id, "Felt lovely afterwards; the left heel was tender")
    looked = records[-3]
    footcheck.add_finding(store, looked.id, Finding(Foot.LEFT, View.SOLE, 0.4, 0.3,
                                                    Kind.BLISTER, "under the big toe"), now)
    footcheck.record_reading(store, looked.id, Reading(Site.HEEL, 30.0, 32.6), now)
    footcheck.set_clear(store, records[-2].id, Foot.LEFT, now)
    footcheck.set_clear(store, records[-2].id, Foot.RIGHT, now)
    footcheck.record_reading(store, records[-2].id, Reading(Site.BALL, 31.0, 31.4), now)
    return profile.id
