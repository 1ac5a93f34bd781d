"""The pressure scale and recommend(): a pure function of the rating history.

PLACEHOLDER: simple rules that honour the hard safety rules; the adaptive
engine (issue 4) replaces the body of recommend() and keeps this API.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

MIN_LEVEL = 1
MAX_LEVEL = 4
FIRST_LEVEL = 2
FEELS = ("too_light", "just_right", "too_firm")
SENSITIVITIES = ("reduced", "normal", "heightened")


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


def recommend(
    history: Sequence[Rating], step_id: str, foot: str, sensitivity: str = "normal"
) -> Recommendation:
    same = [r for r in history if r.step_id == step_id and r.foot == foot]
    if not same:
        level = 1 if sensitivity == "heightened" else FIRST_LEVEL
        return Recommendation(level, "A light start, since this is the first time for this step.")
    last = max(same, key=lambda r: r.when)
    if last.comfort <= 4:
        return Recommendation(max(MIN_LEVEL, last.pressure - 1),
                              "Lighter than last time, because it was uncomfortable.")
    if sensitivity == "heightened":
        return Recommendation(max(MIN_LEVEL, last.pressure - 1),
                              "Lighter today, because light touch feels unpleasant.")
    if last.comfort <= 6 or last.feel == "too_firm" or sensitivity == "reduced":
        return Recommendation(last.pressure, "The same as last time.")
    if last.feel == "too_light" and last.pressure < MAX_LEVEL:
        return Recommendation(last.pressure + 1, "One step firmer, as it felt too light.")
    return Recommendation(last.pressure, "The same as last time, which felt good.")
