"""The person-level drift (core/pressure/drift.py): one offset per person, moving by date,
shared by every step and foot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from neurofoot_desktop.core.pressure import Rating, belief, drift, recommend

T0 = datetime(2025, 3, 3, 10, tzinfo=UTC)
MOVING = ("effleurage", "sole_kneading", "toe_rolling", "closing_strokes")


def person_who_needs_less(days_apart: int = 2) -> list[Rating]:
    """Four weeks at level 3, "just right", on every step; then the person changes: over
    the next weeks level 3 turns "too firm" on the steps still rated, and level 2 suits
    them. Ankle rotation was last rated before the change (at 3, just right)."""
    out = []
    for n in range(14):  # days 0..26: level 3 suits every step
        when = T0 + timedelta(days=days_apart * n)
        for k, step in enumerate((*MOVING, "ankle_rotation")):
            out.append(Rating(f"a{n}", when + timedelta(minutes=3 * k), step, "left", 3, 9,
                              "just_right"))
    for n in range(14):  # days 28..54: ankle rotation left out; level 2 suits now
        when = T0 + timedelta(days=28 + days_apart * n)
        for k, step in enumerate(MOVING):
            level, comfort, feel = (3, 6, "too_firm") if n < 3 else (2, 9, "just_right")
            if step == "closing_strokes":
                level, comfort, feel = (2, 6, "too_firm") if n < 3 else (1, 9, "just_right")
            out.append(Rating(f"b{n}", when + timedelta(minutes=3 * k), step, "left", level,
                              comfort, feel))
    return out


def test_a_step_not_rated_lately_follows_the_person() -> None:
    # every step rated lately moved down a level; ankle rotation's own evidence is old and
    # says 3, but the person has moved: the shared offset brings it to 2
    history = person_who_needs_less()
    assert recommend(history, "ankle_rotation", "left").level == 2
    # the steps that moved keep their new level
    assert recommend(history, "effleurage", "left").level == 2


def test_the_offset_follows_the_change_by_date() -> None:
    history = person_who_needs_less()
    recent = {}
    for r in reversed(history):
        recent.setdefault((r.step_id, r.foot), []).append(r)
    a = belief.answers(recent, 0.5 ** (1 / belief.HALF_LIFE), history[-1].when)
    shift = belief.drift_shifts(a) * float(belief.GRID[1] - belief.GRID[0])
    old = a.age > 30
    # the months at level 3 are read about a level higher than today; the latest days not
    assert np.all(shift[a.age < 2] == 0)
    assert 0.5 <= float(np.median(shift[old])) <= 1.5


def test_a_stable_person_is_not_shifted() -> None:
    history = []
    for n in range(30):
        when = T0 + timedelta(days=2 * n)
        for k, step in enumerate((*MOVING, "ankle_rotation")):
            history.append(Rating(f"s{n}", when + timedelta(minutes=3 * k), step, "left",
                                  3 if step != "closing_strokes" else 2, 9, "just_right"))
    recent = {}
    for r in reversed(history):
        recent.setdefault((r.step_id, r.foot), []).append(r)
    a = belief.answers(recent, 0.5 ** (1 / belief.HALF_LIFE), history[-1].when)
    assert not belief.drift_shifts(a).any()
    assert recommend(history, "ankle_rotation", "left").level == 3


@pytest.mark.parametrize("gap", [0.5, 3.0, 30.0])
def test_the_walk_allows_more_change_over_more_days(gap: float) -> None:
    # one group of evidence, two levels apart from the newer one: a longer gap moves further
    g = len(belief.GRID)
    peak = np.exp(-0.5 * ((np.arange(g) - 40) / 3.0) ** 2)
    newer, older = np.log(peak + 1e-9), np.log(np.roll(peak, 10) + 1e-9)
    loglik = np.stack([newer, older])[None] * 0.2  # weak evidence: the prior shows
    out = drift.shifts(loglik, np.array([True, True]), np.array([0.0, gap]),
                       np.zeros((1, g)), 0.05)
    assert out[0] == 0
    assert 0 <= out[1] <= 10
    if gap == 30.0:
        assert out[1] > drift.shifts(loglik, np.array([True, True]), np.array([0.0, 0.5]),
                                     np.zeros((1, g)), 0.05)[1]
