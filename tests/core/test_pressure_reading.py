"""Issue 17 speed work: reading a long log fast must not change what is read.

recent_by_slot() stops early, sorts only the newest BAND_DAYS and leaves out steps and
feet untouched for HORIZON_DAYS; these check it against a plain full sort."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from neurofoot_desktop.core.pressure import Rating, engine, recommend
from neurofoot_desktop.core.pressure.belief import HALF_LIFE_DAYS
from neurofoot_desktop.core.pressure.rules import valid

STEPS = ("effleurage", "sole_kneading", "toe_rolling")
FEET = ("left", "right")


def _log(days: int, seed: int = 4) -> list[Rating]:
    rng = random.Random(seed)
    start = datetime(2016, 1, 4, 9, tzinfo=UTC)
    return [Rating(f"s{n}", start + timedelta(days=n, minutes=3 * k), step, foot,
                   rng.randint(1, 4), rng.randint(3, 10), None)
            for n in range(days) for k, (step, foot) in
            enumerate((s, f) for s in STEPS for f in FEET)]


def _plain(history: list[Rating]) -> dict[tuple[str, str], list[Rating]]:
    """The reference: a full stable sort, newest first, KEEP_PER_SLOT valid per slot."""
    order = sorted(range(len(history)), key=lambda i: history[i].when)
    out: dict[tuple[str, str], list[Rating]] = {}
    for i in reversed(order):
        r = history[i]
        kept = out.setdefault((r.step_id, r.foot), [])
        if len(kept) < engine.KEEP_PER_SLOT and valid(r):
            kept.append(r)
    return {k: v for k, v in out.items() if v}


def test_horizon_weight_is_negligible() -> None:
    assert 0.5 ** (engine.HORIZON_DAYS / HALF_LIFE_DAYS) < 1e-6
    assert engine.BAND_DAYS < engine.HORIZON_DAYS


def test_long_log_reads_as_a_full_sort_in_any_order() -> None:
    horizon = int(engine.HORIZON_DAYS)
    log = _log(horizon + 360)
    end = log[-1].when

    def age(r: Rating) -> int:
        return (end - r.when).days

    log = [r for r in log if not (
        # met only 200-400 days back: outside the sorted band, inside the horizon
        ((r.step_id, r.foot) == ("toe_rolling", "left") and not 200 <= age(r) <= 400)
        # short of ratings lately (10), the rest 300-500 days back
        or ((r.step_id, r.foot) == ("sole_kneading", "left")
            and (10 <= age(r) < 300 or age(r) > 500))
        # only long before the horizon
        or ((r.step_id, r.foot) == ("toe_rolling", "right") and age(r) < horizon + 160))]
    expected = _plain(log)
    del expected[("toe_rolling", "right")]  # older than the horizon: weighs < 1e-6
    assert len(expected[("toe_rolling", "left")]) == engine.KEEP_PER_SLOT
    for shuffled in (False, True):
        history = log[:]
        if shuffled:
            random.Random(2).shuffle(history)
        got, now = engine.recent_by_slot(history)
        assert got == expected
        assert now == log[-1].when  # the newest kept (the log is in time order)


def test_a_wanted_slot_older_than_the_horizon_is_still_read() -> None:
    days = int(engine.HORIZON_DAYS) + 360  # the log starts 2016-01-04
    log = [r for r in _log(days) if not (r.step_id == "toe_rolling" and r.foot == "right"
                                         and r.when > datetime(2016, 3, 1, tzinfo=UTC))]
    random.Random(3).shuffle(log)
    got, _ = engine.recent_by_slot(log, [("toe_rolling", "right")])
    assert got[("toe_rolling", "right")] == _plain(log)[("toe_rolling", "right")]
    # the rules see its last rating: not "a first time on this step"
    assert recommend(log, "toe_rolling", "right").reason not in ("first_step", "first_foot")


def test_mixed_naive_and_aware_long_log() -> None:
    log = _log(400)
    mixed = [r if i % 3 else Rating(r.session_id, r.when.replace(tzinfo=None), r.step_id,
                                    r.foot, r.pressure, r.comfort) for i, r in enumerate(log)]
    random.Random(5).shuffle(mixed)
    got, _ = engine.recent_by_slot(mixed)
    assert {k: [r.session_id for r in v] for k, v in got.items()} == \
        {k: [r.session_id for r in v] for k, v in _plain(log).items()}
