"""What the summary may say about next time, given what happened today (issue 14, finding 4).

The pressure engine answers "which level next time, on a normal day". The summary must not
contradict the day it sits under: it never suggests firmer after "It hurts" or doctor advice,
says plainly that a firmer step depends on that day's light-touch check, and explains a lighter
step against the person's own ratings rather than with a general phrase. Those decisions live
here, without Qt, so the words in the UI only translate them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

# A comfort this low is a warning: the card offers to stop and shows the doctor advice.
LOW_COMFORT_MAX = 2
# A comfort from here up says the level suited; a lighter step then needs a reason from data.
GOOD_COMFORT_MIN = 7


def needs_doctor_advice(comfort: int | None) -> bool:
    """A comfort of 0-2: offer to stop and say when to contact the doctor."""
    return comfort is not None and comfort <= LOW_COMFORT_MAX


class Note(StrEnum):
    """How the summary words next time's level; the UI has one sentence per value."""

    PLAIN = "plain"  # the engine's own reason says it all
    FIRMER_IF_NORMAL = "firmer_if_light_touch_normal"
    HELD_AFTER_HURT = "held_after_hurt"
    HELD_AFTER_DOCTOR = "held_after_doctor_advice"
    LIGHTER_BY_OWN_RATINGS = "lighter_by_own_ratings"
    LIGHTER_TO_TRY = "lighter_to_try"  # lighter after a good rating, without data behind it


class RatedStep(Protocol):
    @property
    def step_id(self) -> str: ...
    @property
    def foot(self) -> str: ...
    @property
    def pressure(self) -> int: ...
    @property
    def comfort(self) -> int | None: ...


@dataclass(frozen=True)
class Day:
    """The facts of today that bound what may be said about next time."""

    hurt: bool = False  # "It hurts" was pressed on any step
    doctor_advice: bool = False  # warning signs reported, or a comfort of 0-2


@dataclass(frozen=True)
class NextTime:
    level: int
    note: Note
    # For LIGHTER_BY_OWN_RATINGS: the person's average comfort at each of the two levels.
    lower_level: int | None = None
    lower_average: float | None = None
    higher_level: int | None = None
    higher_average: float | None = None


def day_of(warnings: Sequence[str], hurt: bool, comforts: Sequence[int | None]) -> Day:
    return Day(hurt=hurt, doctor_advice=bool(warnings) or any(
        needs_doctor_advice(c) for c in comforts))


def advise(
    recommended: int,
    step_id: str,
    foot: str,
    day: Day,
    history: Sequence[RatedStep],
    today: RatedStep | None = None,
) -> NextTime:
    """Next time's level and how to word it.

    today: this step on this foot today, if it was done; otherwise the last time it was
    rated (from history) is what "firmer" and "lighter" are measured against.
    """
    mine = [r for r in history if r.step_id == step_id and r.foot == foot]
    base = today if today is not None else (mine[-1] if mine else None)
    if base is None:
        return NextTime(recommended, Note.PLAIN)
    if recommended > base.pressure:
        if day.hurt:
            return NextTime(base.pressure, Note.HELD_AFTER_HURT)
        if day.doctor_advice:
            return NextTime(base.pressure, Note.HELD_AFTER_DOCTOR)
        return NextTime(recommended, Note.FIRMER_IF_NORMAL)
    if (recommended < base.pressure and base.comfort is not None
            and base.comfort >= GOOD_COMFORT_MIN):
        lower, higher = _average(mine, recommended), _average(mine, base.pressure)
        if lower is not None and higher is not None and lower > higher:
            return NextTime(recommended, Note.LIGHTER_BY_OWN_RATINGS,
                            recommended, lower, base.pressure, higher)
        # No rating of the person's own backs it: say it is a try, not that it "suited".
        return NextTime(recommended, Note.LIGHTER_TO_TRY)
    return NextTime(recommended, Note.PLAIN)


def _average(ratings: Sequence[RatedStep], level: int) -> float | None:
    values = [r.comfort for r in ratings if r.pressure == level and r.comfort is not None]
    return sum(values) / len(values) if values else None
