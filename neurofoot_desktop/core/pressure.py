"""The pressure scale and recommend(): a pure function of the rating history.

recommend() works in three stages (docs/pressure.md has the details and the numbers):

1. the hard safety rules give the highest level allowed now (pressure_rules);
2. a Bayesian model of this person's comfort curve, fed by every rating they gave on
   every step and foot, picks the allowed level with the best expected comfort whose
   risk of being too firm stays small (pressure_model; numpy, imported on first use);
3. one plain sentence says why (pressure_reasons).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from neurofoot_desktop.core.pressure_reasons import reason
from neurofoot_desktop.core.pressure_rules import (
    FIRST_LEVEL,
    MAX_LEVEL,
    MIN_LEVEL,
    Limit,
    chronological,
    clamp_level,
    limit,
)

__all__ = [
    "FEELS",
    "FIRST_LEVEL",
    "MAX_LEVEL",
    "MIN_LEVEL",
    "SENSITIVITIES",
    "Rating",
    "Recommendation",
    "recommend",
]

FEELS = ("too_light", "just_right", "too_firm")
SENSITIVITIES = ("reduced", "normal", "heightened")
KEEP_PER_SLOT = 48  # older ratings of one step and foot weigh < 7 % and are left out
HALF_LIFE = 12.0  # ratings of one step and foot: weight halves every this many ratings
HEEL_CAUTION = {"sole_kneading": 4.0}  # comfort falls faster above the best: touchy heels
ABOVE_COST = 2.5
OVERDOSE = 0.75  # "too firm": this far above today's best level (nearer if steeper)
MAX_OVERDOSE = 0.25  # the highest accepted chance of that (EWOC)


@dataclass(frozen=True)
class Rating:
    session_id: str
    when: datetime  # timezone-aware
    step_id: str
    foot: str  # "left" | "right"
    pressure: int  # level used, 1..4
    comfort: int  # 0..10
    feel: str | None = None  # "too_light" | "just_right" | "too_firm" | None
    sensitivity: str = "normal"  # that day's light-touch result for that foot


@dataclass(frozen=True)
class Recommendation:
    level: int
    reason: str


Slot = tuple[str, str]


def recommend(
    history: Sequence[Rating], step_id: str, foot: str, sensitivity: str = "normal"
) -> Recommendation:
    """The level (1..4) for this step and foot now, and one plain sentence saying why.

    history: every rating of the person, oldest first (any order is sorted by time).
    sensitivity: today's light-touch result for this foot.
    """
    return recommend_many(history, [(step_id, foot)], {foot: sensitivity})[(step_id, foot)]


def recommend_many(
    history: Sequence[Rating], slots: Sequence[Slot], sensitivity: Mapping[str, str]
) -> dict[Slot, Recommendation]:
    """recommend() for several (step_id, foot) at once, reading the history only once.

    sensitivity: today's light-touch result per foot ("normal" where a foot is missing).
    """
    for value in sensitivity.values():
        if value not in SENSITIVITIES:
            raise ValueError(f"sensitivity must be one of {SENSITIVITIES}, not {value!r}")
    recent = recent_by_slot(chronological(history))
    return {(step_id, foot): _recommend_from(recent, step_id, foot,
                                             sensitivity.get(foot, "normal"))
            for step_id, foot in slots}


def _recommend_from(
    recent: dict[Slot, list[Rating]], step_id: str, foot: str, sensitivity: str
) -> Recommendation:
    own = recent.get((step_id, foot))
    lim = limit(own[0] if own else None, sensitivity)
    level = _choose(recent, step_id, foot, sensitivity, lim)
    other_foot = any(s == step_id and f != foot for s, f in recent)
    return Recommendation(level, reason(level, lim, sensitivity, other_foot, bool(recent)))


def recent_by_slot(history: Sequence[Rating]) -> dict[Slot, list[Rating]]:
    """Per step and foot, its latest KEEP_PER_SLOT ratings, newest first."""
    slots: dict[Slot, list[Rating]] = {}
    for r in reversed(history):
        kept = slots.get((r.step_id, r.foot))
        if kept is None:
            slots[(r.step_id, r.foot)] = [r]
        elif len(kept) < KEEP_PER_SLOT:
            kept.append(r)
    return slots


def _choose(
    recent: dict[Slot, list[Rating]], step_id: str, foot: str, sensitivity: str, lim: Limit
) -> int:
    if lim.cap <= MIN_LEVEL:
        return MIN_LEVEL  # nothing to decide: skip the model
    from neurofoot_desktop.core import pressure_model as model  # numpy: load on first use

    joint = model.posterior(*model.evidence(recent, 0.5 ** (1 / HALF_LIFE)), step_id, foot)
    level = model.choose(joint, range(MIN_LEVEL, lim.cap + 1), sensitivity,
                         HEEL_CAUTION.get(step_id, ABOVE_COST), OVERDOSE, MAX_OVERDOSE)
    return clamp_level(min(level, lim.cap))
