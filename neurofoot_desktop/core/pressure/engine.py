"""recommend(): a pure function of the rating history.

Three stages (docs/pressure.md has the details and the numbers):

1. the hard safety rules give the highest level allowed now (rules);
2. a Bayesian model of this person's comfort curve, fed by every rating they gave on
   every step and foot, picks the allowed level with the best expected comfort whose
   risk of being too firm stays small (belief; numpy, imported on first use);
3. a message id says why (reasons).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from operator import attrgetter

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
BAND_DAYS = 180.0  # read first: with a session every 1-3 days, every slot's KEEP_PER_SLOT
# a step and foot untouched this long weighs under 1e-6 (0.5 ** (840 / 42), belief's
# HALF_LIFE_DAYS): the model can leave it out
HORIZON_DAYS = 840.0

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
    recent, now = recent_by_slot(history, slots)
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
        # exact: a wanted slot missing from the recent ratings makes the whole log read
        other_foot = any(s == step_id and f != foot for s, f in recent)
        out[(step_id, foot)] = Recommendation(
            level, reason(level, lim, sens, other_foot, bool(recent), heel))
    return out


def ask_direction_first(history: Sequence[Rating], step_id: str, foot: str) -> bool:
    """Should the rating card ask "too light / just right / too firm?" before the comfort
    score? Yes when this step and foot has been middling (5 or 6) for the last three
    sessions: only the direction answer can then let the level move."""
    own = recent_by_slot(history, [(step_id, foot)])[0].get((step_id, foot))
    return bool(own) and stuck(own)


def recent_by_slot(history: Sequence[Rating], wanted: Iterable[Slot] = ()
                   ) -> tuple[dict[Slot, list[Rating]], datetime | None]:
    """Per step and foot, its latest KEEP_PER_SLOT valid ratings, newest first; and the
    time of the latest valid rating (UTC).

    "Latest" is by time: naive times read as UTC, ties in the order given (storage orders
    by time, then insertion). Only kept ratings are checked for a valid comfort.
    Ratings more than HORIZON_DAYS before the newest would weigh under 1e-6 and are left
    out, unless a `wanted` step and foot is short of ratings without them (the rules need
    its latest ones, however old): then the whole log is read.

    Cost: a log in time order (what storage returns) is confirmed in one C-level pass and
    read from the end until every step and foot met has KEEP_PER_SLOT; the rest of the
    horizon is only scanned for a step or foot not met yet. Any other order: the last
    BAND_DAYS are sorted and read, the rest of the horizon scanned the same way.
    """
    keys: list = [r.when for r in history]
    if not keys:
        return {}, None
    try:
        in_order, newest = _in_order(keys)
        day: object = timedelta(days=1)
    except TypeError:  # naive and aware mixed: seconds since the epoch, naive as UTC
        keys = [w.timestamp() if w.tzinfo is not None
                else w.replace(tzinfo=UTC).timestamp() for w in keys]
        (in_order, newest), day = _in_order(keys), 86400.0
    start = _before(newest, HORIZON_DAYS, day)
    slots: dict[Slot, list[Rating]] = {}
    if in_order:
        lo = 0 if start is None else bisect.bisect_left(keys, start)
        now, stop = _walk(history, range(len(keys) - 1, lo - 1, -1), slots, early=True)
        rest: Sequence[int] = range(lo, stop)  # the horizon not read yet, in time order
        def older() -> Sequence[Rating]:
            return history[:lo]
    else:
        band = _before(newest, BAND_DAYS, day)
        if band is None or start is None:
            band = start = min(keys)
        horizon = [i for i, k in enumerate(keys) if k >= start]
        first = [i for i in horizon if keys[i] >= band]  # type: ignore[operator]
        rest = [i for i in horizon if keys[i] < band]  # type: ignore[operator]
        now, _ = _walk(history, _newest_first(keys, first), slots)
        def older() -> Sequence[Rating]:
            return [history[i] for i, k in enumerate(keys) if k < start]  # type: ignore[operator]
    if rest and not _all_met(slots, [history[i] for i in rest]):
        later, _ = _walk(history, _newest_first(keys, rest), slots)
        now = now or later
    missing = [w for w in wanted if not slots.get(w)]
    if missing and not _all_met({w: [] for w in missing}, older(), need=0):
        slots = {}  # a wanted slot only older than the horizon: read everything, as it is
        now, _ = _walk(history, _newest_first(keys, range(len(keys))), slots)
    return {key: kept for key, kept in slots.items() if kept}, now


def _in_order(keys: list) -> tuple[bool, object]:
    """Is the log in time order (one C-level pass), and its newest time. TypeError when
    naive and aware times mix (a sort or a full pass must compare a mixed pair)."""
    if all(map(operator.le, keys, itertools.islice(keys, 1, None))):
        return True, keys[-1]
    return False, max(keys)


def _before(newest: object, days: float, day: object) -> object | None:
    """`days` before newest; None if that is before the calendar starts."""
    try:
        return newest - days * day  # type: ignore[operator]
    except OverflowError:
        return None


def _newest_first(keys: list, indices: Iterable[int]) -> Iterable[int]:
    # stable: ties keep the given order, so reversed the later one comes first
    return reversed(sorted(indices, key=keys.__getitem__))


def _walk(history: Sequence[Rating], newest_first: Iterable[int],
          slots: dict[Slot, list[Rating]], early: bool = False) -> tuple[datetime | None, int]:
    """Add ratings to their slots in the order given, up to KEEP_PER_SLOT valid each; the
    time of the newest valid one added (UTC), and where it stopped: with `early`, as soon
    as every slot met is full (the index not read yet, exclusive), else 0."""
    now = None
    open_slots = 0
    for i in newest_first:
        r = history[i]
        key = (r.step_id, r.foot)
        kept = slots.get(key)
        if kept is None:
            kept = slots[key] = []
            open_slots += 1
        if len(kept) < KEEP_PER_SLOT and valid(r):
            if now is None:
                now = utc(r.when)
            kept.append(r)
            if len(kept) == KEEP_PER_SLOT:
                open_slots -= 1
                if early and open_slots == 0:
                    return now, i
    return now, 0


def _all_met(slots: dict[Slot, list[Rating]], rest: Sequence[Rating],
             need: int = KEEP_PER_SLOT) -> bool:
    """Every step and foot among `rest` has `need` ratings in slots (need=0: none of
    `slots` is among rest): C-level scans of two attributes instead of a tuple per rating
    (every step x foot pair checked, a superset)."""
    steps = set(map(attrgetter("step_id"), rest))
    feet = set(map(attrgetter("foot"), rest))
    if need == 0:
        return not any(s in steps and f in feet for s, f in slots)
    return all(len(slots.get((s, f), ())) >= need for s in steps for f in feet)


def _choose(fit: object, step_id: str, foot: str, sensitivity: str, lim: Limit, heel: bool,
            stuck_here: bool) -> int:
    from neurofoot_desktop.core.pressure import belief

    assert isinstance(fit, belief.Fit)
    level = belief.choose(fit, step_id, foot, range(MIN_LEVEL, lim.cap + 1), sensitivity,
                          heel=heel, last=lim.last, stuck=stuck_here)
    return clamp_level(min(level, lim.cap))
