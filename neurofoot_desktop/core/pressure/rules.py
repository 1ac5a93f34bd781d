"""The hard safety rules of recommend(), and reading the history in time order.

Pure Python on purpose: the rules decide the highest level allowed before any model
runs, so no estimate, however confident, can break them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from neurofoot_desktop.core.pressure.model import (
    FIRST_LEVEL,
    HEIGHTENED,
    MAX_LEVEL,
    MIN_LEVEL,
    NORMAL,
    REDUCED,
    SOLE_KNEADING,
    Feel,
    Rating,
)

UNCOMFORTABLE = 4  # a comfort at or below this lowers the next level (unless too light)
MIDDLING = 6  # a comfort at or below this (5 or 6) blocks any increase (unless too light)
STUCK_SESSIONS = 3  # middling this many sessions running: ask the direction first


class Bound(StrEnum):
    """Which rule sets the cap (the reasons module picks the message from this)."""

    FIRST = "first"  # never done this step on this foot
    HURT = "hurt"  # "It hurts - stop" last time
    UNCOMFORTABLE = "uncomfortable"  # comfort <= 4 last time
    TOO_LIGHT_LOW = "too_light_low"  # comfort <= 4 but "too light": not higher
    TOO_FIRM = "too_firm"  # felt too firm last time
    MIDDLING = "middling"  # comfort 5 or 6 last time, and not "too light"
    HEIGHTENED = "heightened"  # light touch unpleasant today
    REDUCED = "reduced"  # less feeling today
    HEEL = "heel"  # sole kneading on a day the heel is sensitive
    ONE_STEP = "one_step"  # at most one level above the last


@dataclass(frozen=True)
class Limit:
    cap: int  # the highest level the rules allow now
    bound: Bound  # the rule that sets it
    last: Rating | None  # the latest rating of this step on this foot


def clamp_level(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, int(level)))


_BIG = 2**1000  # math.isfinite() takes an int below this (above ~2**1024 it overflows)


def valid(r: Rating) -> bool:
    """A rating the engine can read: a real comfort number and a level."""
    c, p = r.comfort, r.pressure
    # the usual case first (called per rating read): a plain int small enough for a float
    if type(c) is int and type(p) is int and -_BIG < c < _BIG and -_BIG < p < _BIG:
        return True
    return (isinstance(c, int | float) and not isinstance(c, bool) and math.isfinite(c)
            and isinstance(p, int | float) and not isinstance(p, bool) and math.isfinite(p))


def utc(when: datetime) -> datetime:
    """Naive times are read as UTC, so naive and aware times compare."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def hurt(r: Rating) -> bool:
    return r.comfort <= 0 and r.feel == Feel.TOO_FIRM


def heel_caution(step_id: str, heel_sensitive: bool) -> bool:
    """Sole kneading on a day the pre-check said the heel is sensitive."""
    return heel_sensitive and step_id == SOLE_KNEADING


def limit(last: Rating | None, sensitivity: str, step_id: str = "",
          heel_sensitive: bool = False) -> Limit:
    """The cap from the hard rules, given the latest rating of this step and foot."""
    if last is None:  # a sensitive heel's first sole kneading: the lightest touch
        if heel_caution(step_id, heel_sensitive):
            return Limit(MIN_LEVEL, Bound.HEEL, None)
        return Limit(FIRST_LEVEL, Bound.FIRST, None)
    used = clamp_level(last.pressure)
    too_light = last.feel == Feel.TOO_LIGHT
    if last.comfort <= UNCOMFORTABLE:
        if too_light:  # the direction is known: not firmer, but no need to go lighter
            return Limit(used, Bound.TOO_LIGHT_LOW, last)
        bound = Bound.HURT if hurt(last) else Bound.UNCOMFORTABLE
        return Limit(max(MIN_LEVEL, used - 1), bound, last)
    if last.feel == Feel.TOO_FIRM:
        return Limit(used, Bound.TOO_FIRM, last)
    if last.comfort <= MIDDLING and not too_light:
        return Limit(used, Bound.MIDDLING, last)
    if sensitivity == HEIGHTENED:
        return Limit(used, Bound.HEIGHTENED, last)
    if sensitivity == REDUCED:
        return Limit(used, Bound.REDUCED, last)
    if heel_caution(step_id, heel_sensitive):
        return Limit(used, Bound.HEEL, last)
    return Limit(min(MAX_LEVEL, used + 1), Bound.ONE_STEP, last)


def middling(r: Rating) -> bool:
    return UNCOMFORTABLE < r.comfort <= MIDDLING


def stuck(newest_first: Sequence[Rating]) -> bool:
    """The last STUCK_SESSIONS sessions of this step and foot were all middling (5 or 6)."""
    sessions: list[str] = []
    for r in newest_first:
        if r.session_id in sessions:
            continue
        if not middling(r):
            return False
        sessions.append(r.session_id)
        if len(sessions) == STUCK_SESSIONS:
            return True
    return False


__all__ = ["NORMAL", "Bound", "Limit", "clamp_level", "limit", "stuck", "utc", "valid"]
