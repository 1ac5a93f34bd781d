"""One short, plain, kind sentence that says why a pressure level is recommended.

The sentence names the change against last time (lighter, the same, firmer) and the
one thing that mattered most, in the order the hard rules rank them.
"""

from __future__ import annotations

from neurofoot_desktop.core.pressure_rules import (
    FIRST_LEVEL,
    MAX_LEVEL,
    MIN_LEVEL,
    Bound,
    Limit,
    clamp_level,
)

_LOWER_WHY = {
    Bound.HURT: "because it hurt last time",
    Bound.UNCOMFORTABLE: "because it was uncomfortable last time",
    Bound.TOO_FIRM: "because it felt too firm",
    Bound.MIDDLING: "because it was only partly comfortable last time",
}
_SAME_WHY = {
    Bound.TOO_FIRM: "The same as last time and no firmer, as it felt a little firm.",
    Bound.MIDDLING: "The same as last time, as it was only fairly comfortable.",
    Bound.HEIGHTENED: "The same as last time, as it should still feel gentle on a tender day.",
    Bound.REDUCED: "The same as last time, as there is less feeling in this foot today.",
}
_LIGHTEST_WHY = {
    Bound.HURT: "Staying with the lightest touch, because it hurt last time.",
    Bound.UNCOMFORTABLE: "Staying with the lightest touch, as it was uncomfortable last time.",
    Bound.TOO_FIRM: "Staying with the lightest touch, as it felt too firm.",
}


def reason(
    level: int, lim: Limit, sensitivity: str, other_foot_done: bool, known: bool
) -> str:
    """known: the person has rated something before (any step, any foot)."""
    if lim.last is None:
        return _first(level, sensitivity, other_foot_done, known)
    change = level - clamp_level(lim.last.pressure)
    if change < 0:
        return _lighter(change, lim, sensitivity)
    if change > 0:
        if lim.last.feel == "too_light":
            return "One step firmer, because it felt too light."
        return "One step firmer, as your ratings suggest a little more will feel better."
    return _same(level, lim)


def _first(level: int, sensitivity: str, other_foot_done: bool, known: bool) -> str:
    if level < FIRST_LEVEL:
        if sensitivity == "heightened":
            return "A light start, because light touch feels unpleasant today."
        if other_foot_done:
            return "A light start, because a softer touch suited the other foot."
        if known:
            return "A light start, as a softer touch has suited you so far."
        return "A light start, as a soft touch suits this step."
    if other_foot_done:
        return "A gentle start, as this is the first time on this foot."
    return "A gentle start, as this is the first time for this step."


def _lighter(change: int, lim: Limit, sensitivity: str) -> str:
    amount = "One step lighter" if change == -1 else "Lighter"
    why = _LOWER_WHY.get(lim.bound)
    if why is None and lim.last is not None and lim.last.feel == "too_firm":
        why = _LOWER_WHY[Bound.TOO_FIRM]
    if why is not None:
        return f"{amount} than last time, {why}."
    if sensitivity == "heightened":
        return f"{amount} today, because light touch feels unpleasant."
    if sensitivity == "reduced":
        return f"{amount} today, to be careful while there is less feeling."
    return f"{amount} than last time, as a softer touch has suited you better."


def _same(level: int, lim: Limit) -> str:
    if level == MIN_LEVEL and lim.bound in _LIGHTEST_WHY:
        return _LIGHTEST_WHY[lim.bound]
    if lim.bound in _SAME_WHY:
        return _SAME_WHY[lim.bound]
    assert lim.last is not None
    if lim.last.feel == "too_light":
        if level == MAX_LEVEL:
            return "The same as last time, as this is already the firmest level we use."
        return "The same as last time, as we go firmer only slowly and carefully."
    if lim.last.comfort >= 7:
        return "The same as last time, because it felt good."
    return "The same as last time, which has suited you."
