"""recommend(): a pure function of the rating history.

Three stages (docs/pressure.md has the details and the numbers):

1. the hard safety rules give the highest level allowed now (rules);
2. a Bayesian model of this person's comfort curve, fed by every rating they gave on
   every step and foot, picks the allowed level with the best expected comfort whose
   risk of being too firm stays small (belief; numpy, imported on first use);
3. a message id says why (reasons).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

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
    clamp_level,
    heel_caution,
    limit,
    stuck,
    utc,
    valid,
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
    recent, now = recent_by_slot(history)
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
                fit = belief.fit(recent, now)
            level = _choose(fit, step_id, foot, sens, lim, heel, bool(own and stuck(own)))
        other_foot = any(s == step_id and f != foot for s, f in recent)
        out[(step_id, foot)] = Recommendation(
            level, reason(level, lim, sens, other_foot, bool(recent), heel))
    return out


def ask_direction_first(history: Sequence[Rating], step_id: str, foot: str) -> bool:
    """Should the rating card ask "too light / just right / too firm?" before the comfort
    score? Yes when this step and foot has been middling (5 or 6) for the last three
    sessions: only the direction answer can then let the level move."""
    own = recent_by_slot(history)[0].get((step_id, foot))
    return bool(own) and stuck(own)


def recent_by_slot(history: Sequence[Rating]
                   ) -> tuple[dict[Slot, list[Rating]], datetime | None]:
    """Per step and foot, its latest KEEP_PER_SLOT valid ratings, newest first; and the
    time of the latest valid rating (UTC).

    "Latest" is by time: naive times read as UTC, ties in the order given (storage orders
    by time, then insertion). A log already in order (what storage returns) costs one
    pass to confirm; any other order one sort. Only kept ratings are checked for a valid
    comfort, so a ten-year log costs little more than a short one.
    """
    # seconds since the epoch: floats compare far faster than aware datetimes
    stamps = [r.when.timestamp() if r.when.tzinfo is not None
              else r.when.replace(tzinfo=UTC).timestamp() for r in history]
    newest_first: Iterable[int] = range(len(stamps) - 1, -1, -1)
    if not all(a <= b for a, b in itertools.pairwise(stamps)):
        # stable: ties keep the given order, so reversed the later one comes first
        newest_first = reversed(sorted(range(len(stamps)), key=stamps.__getitem__))
    slots: dict[Slot, list[Rating]] = {}
    now = None
    for i in newest_first:
        r = history[i]
        kept = slots.get((r.step_id, r.foot))
        if (kept is not None and len(kept) >= KEEP_PER_SLOT) or not valid(r):
            continue
        if now is None:
            now = utc(r.when)
        if kept is None:
            slots[(r.step_id, r.foot)] = [r]
        else:
            kept.append(r)
    return slots, now


def _choose(fit: object, step_id: str, foot: str, sensitivity: str, lim: Limit, heel: bool,
            stuck_here: bool) -> int:
    from neurofoot_desktop.core.pressure import belief

    assert isinstance(fit, belief.Fit)
    level = belief.choose(fit, step_id, foot, range(MIN_LEVEL, lim.cap + 1), sensitivity,
                          heel=heel, last=lim.last, stuck=stuck_here)
    return clamp_level(min(level, lim.cap))
