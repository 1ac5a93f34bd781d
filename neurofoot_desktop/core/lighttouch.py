"""The guided light-touch check: which places to touch, and today's sensitivity.

Three real touches and one pretend touch, in an order chosen by the program; a
'felt' on the pretend touch means the answers may be guesses, so the result is
treated cautiously. A comfort guide for today's massage, not a diagnosis.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from neurofoot_desktop.core.protocol import LightTouchPlan, TouchSite
from neurofoot_desktop.core.vocabulary import Sensitivity as Sensitivity


@dataclass(frozen=True)
class Probe:
    site: TouchSite
    real: bool  # False: the helper only pretends to touch


@dataclass(frozen=True)
class LightTouchResult:
    sensitivity: Sensitivity
    felt_real: int
    real_total: int
    pretend_felt: int
    unpleasant: bool


def plan_probes(plan: LightTouchPlan, rng: random.Random) -> list[Probe]:
    """Pick the places and shuffle the pretend touch in among the real ones."""
    sites = rng.sample(list(plan.sites), plan.real_touches + plan.pretend_touches)
    probes = [Probe(s, True) for s in sites[: plan.real_touches]]
    probes += [Probe(s, False) for s in sites[plan.real_touches:]]
    rng.shuffle(probes)
    return probes


def derive(probes: Sequence[Probe], felt: Sequence[bool], unpleasant: bool) -> LightTouchResult:
    if len(probes) != len(felt):
        raise ValueError("one answer per touch is needed")
    real_total = sum(p.real for p in probes)
    felt_real = sum(f for p, f in zip(probes, felt, strict=True) if p.real)
    pretend_felt = sum(f for p, f in zip(probes, felt, strict=True) if not p.real)
    if unpleasant:
        level = Sensitivity.HEIGHTENED
    elif pretend_felt or felt_real < real_total:
        level = Sensitivity.REDUCED
    else:
        level = Sensitivity.NORMAL
    return LightTouchResult(level, felt_real, real_total, pretend_felt, unpleasant)
