"""The hard safety rules of recommend(), and reading the history in time order.

Pure Python on purpose: the rules decide the highest level allowed before any model
runs, so no estimate, however confident, can break them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pressure.py imports this module; the types only matter to checkers
    from neurofoot_desktop.core.pressure import Rating

MIN_LEVEL = 1
MAX_LEVEL = 4
FIRST_LEVEL = 2
UNCOMFORTABLE = 4  # a comfort at or below this lowers the next level
MIDDLING = 6  # a comfort at or below this (5 or 6) blocks any increase


class Bound(StrEnum):
    """Which rule sets the cap (the reasons module words the sentence from this)."""

    FIRST = "first"  # never done this step on this foot
    HURT = "hurt"  # "It hurts - stop" last time
    UNCOMFORTABLE = "uncomfortable"  # comfort <= 4 last time
    TOO_FIRM = "too_firm"  # felt too firm last time
    MIDDLING = "middling"  # comfort 5 or 6 last time
    HEIGHTENED = "heightened"  # light touch unpleasant today
    REDUCED = "reduced"  # less feeling today
    ONE_STEP = "one_step"  # at most one level above the last


@dataclass(frozen=True)
class Limit:
    cap: int  # the highest level the rules allow now
    bound: Bound  # the rule that sets it
    last: Rating | None  # the latest rating of this step on this foot


def clamp_level(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, int(level)))


def chronological(history: Sequence[Rating]) -> Sequence[Rating]:
    """The history oldest first. Storage already returns it so; then this costs O(n)."""
    try:
        whens = [r.when for r in history]
        if sorted(whens) == whens:
            return history
        order = sorted(range(len(whens)), key=whens.__getitem__)  # stable: ties keep order
    except TypeError:  # naive and aware times mixed: trust the order we were given
        return history
    return [history[i] for i in order]


def hurt(r: Rating) -> bool:
    return r.comfort <= 0 and r.feel == "too_firm"


def limit(last: Rating | None, sensitivity: str) -> Limit:
    """The cap from the hard rules, given the latest rating of this step and foot."""
    if last is None:
        return Limit(FIRST_LEVEL, Bound.FIRST, None)
    used = clamp_level(last.pressure)
    if last.comfort <= UNCOMFORTABLE:
        bound = Bound.HURT if hurt(last) else Bound.UNCOMFORTABLE
        return Limit(max(MIN_LEVEL, used - 1), bound, last)
    if last.feel == "too_firm":
        return Limit(used, Bound.TOO_FIRM, last)
    if last.comfort <= MIDDLING:
        return Limit(used, Bound.MIDDLING, last)
    if sensitivity == "heightened":
        return Limit(used, Bound.HEIGHTENED, last)
    if sensitivity == "reduced":
        return Limit(used, Bound.REDUCED, last)
    return Limit(min(MAX_LEVEL, used + 1), Bound.ONE_STEP, last)
