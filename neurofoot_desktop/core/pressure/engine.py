"""recommend(): a pure function of the rating history.

Three stages (docs/pressure.md has the details and the numbers):

1. the hard safety rules give the highest level allowed now (rules);
2. a Bayesian model of this person's comfort curve, fed by every rating they gave on
   every step and foot, picks the allowed level with the best expected comfort whose
   risk of being too firm stays small (belief; numpy, imported on first use);
3. a message id says why (reasons).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from neurofoot_desktop.core.pressure.model import (
    MIN_LEVEL,
    NORMAL,
    SENSITIVITIES,
    Rating,
    Recommendation,
)
from neurofoot_desktop.core.pressure.reasons import reason
from neurofoot_desktop.core.pressure.rules import (
    Limit,
    chronological,
    clamp_level,
    heel_caution,
    limit,
    stuck,
)

KEEP_PER_SLOT = 48  # older ratings of one step and foot weigh little and are left out

Slot = tuple[str, str]


def recommend(
    history: Sequence[Rating], step_id: str, foot: str, sensitivity: str = NORMAL, *,
    heel_sensitive: bool = False,
) -> Recommendation:
    """The level (1..4) for this step and foot now, and a message id saying why.

    history: every rating of the person, any order (read by time; naive times as UTC).
    sensitivity: today's light-touch result for this foot.
    heel_sensitive: today's pre-check said the heel is sensitive (sole kneading never rises).
    """
    return recommend_many(history, [(step_id, foot)], {foot: sensitivity},
                          heel_sensitive=heel_sensitive)[(step_id, foot)]


def recommend_many(
    history: Sequence[Rating], slots: Sequence[Slot], sensitivity: Mapping[str, str], *,
    heel_sensitive: bool = False,
) -> dict[Slot, Recommendation]:
    """recommend() for several (step_id, foot) at once, reading the history only once.

    sensitivity: today's light-touch result per foot ("normal" where a foot is missing).
    """
    for value in sensitivity.values():
        if value not in SENSITIVITIES:
            raise ValueError(f"sensitivity must be one of {SENSITIVITIES}, not {value!r}")
    rows = chronological(history)
    recent = recent_by_slot(rows)
    fit = None
    out = {}
    for step_id, foot in slots:
        sens = sensitivity.get(foot, NORMAL)
        own = recent.get((step_id, foot))
        heel = heel_caution(step_id, heel_sensitive)
        lim = limit(own[0] if own else None, sens, step_id, heel_sensitive)
        if lim.cap <= MIN_LEVEL:
            level = MIN_LEVEL  # nothing to decide: skip the model
        else:
            from neurofoot_desktop.core.pressure import belief  # numpy: load on first use

            if fit is None:
                fit = belief.fit(rows, recent)
            level = _choose(fit, step_id, foot, sens, lim, heel, bool(own and stuck(own)))
        other_foot = any(s == step_id and f != foot for s, f in recent)
        out[(step_id, foot)] = Recommendation(
            level, reason(level, lim, sens, other_foot, bool(recent), heel))
    return out


def ask_direction_first(history: Sequence[Rating], step_id: str, foot: str) -> bool:
    """Should the rating card ask "too light / just right / too firm?" before the comfort
    score? Yes when this step and foot has been middling (5 or 6) for the last three
    sessions: only the direction answer can then let the level move."""
    own = recent_by_slot(chronological(history)).get((step_id, foot))
    return bool(own) and stuck(own)


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


def _choose(fit: object, step_id: str, foot: str, sensitivity: str, lim: Limit, heel: bool,
            stuck_here: bool) -> int:
    from neurofoot_desktop.core.pressure import belief

    assert isinstance(fit, belief.Fit)
    level = belief.choose(fit, step_id, foot, range(MIN_LEVEL, lim.cap + 1), sensitivity,
                          heel=heel, last=lim.last, stuck=stuck_here)
    return clamp_level(min(level, lim.cap))
