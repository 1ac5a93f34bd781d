"""Why a level is recommended, as a message id (model.Reason).

The id names the change against last time (lighter, the same, firmer) and the one thing
that mattered most, in the order the hard rules rank them. ENGLISH holds the source
wording for the command line; the screens translate the id in ui/i18n.py.
"""

from __future__ import annotations

from neurofoot_desktop.core.pressure.model import (
    FIRST_LEVEL,
    HEIGHTENED,
    MAX_LEVEL,
    MIN_LEVEL,
    REDUCED,
    Feel,
    Reason,
)
from neurofoot_desktop.core.pressure.rules import Bound, Limit, clamp_level

R = Reason

# (one level lighter, two or more lighter), by the cause
_LOWER = {
    Bound.HURT: (R.ONE_LIGHTER_HURT, R.LIGHTER_HURT),
    Bound.UNCOMFORTABLE: (R.ONE_LIGHTER_UNCOMFORTABLE, R.LIGHTER_UNCOMFORTABLE),
    Bound.TOO_FIRM: (R.ONE_LIGHTER_TOO_FIRM, R.LIGHTER_TOO_FIRM),
    Bound.MIDDLING: (R.ONE_LIGHTER_MIDDLING, R.LIGHTER_MIDDLING),
    Bound.HEIGHTENED: (R.ONE_LIGHTER_TENDER_DAY, R.LIGHTER_TENDER_DAY),
    Bound.REDUCED: (R.ONE_LIGHTER_LESS_FEELING, R.LIGHTER_LESS_FEELING),
    Bound.HEEL: (R.ONE_LIGHTER_HEEL, R.LIGHTER_HEEL),
    Bound.ONE_STEP: (R.ONE_LIGHTER_SUITED, R.LIGHTER_SUITED),
}
_SAME = {
    Bound.TOO_FIRM: R.SAME_TOO_FIRM,
    Bound.MIDDLING: R.SAME_MIDDLING,
    Bound.TOO_LIGHT_LOW: R.SAME_TOO_LIGHT_LOW,
    Bound.HEIGHTENED: R.SAME_TENDER_DAY,
    Bound.REDUCED: R.SAME_LESS_FEELING,
    Bound.HEEL: R.SAME_HEEL,
}
_LIGHTEST = {
    Bound.HURT: R.LIGHTEST_HURT,
    Bound.UNCOMFORTABLE: R.LIGHTEST_UNCOMFORTABLE,
    Bound.TOO_FIRM: R.LIGHTEST_TOO_FIRM,
}


def reason(level: int, lim: Limit, sensitivity: str, other_foot_done: bool, known: bool,
           heel: bool = False) -> Reason:
    """known: the person has rated something before (any step, any foot).
    heel: sole kneading on a day the heel is sensitive."""
    if lim.last is None:
        return _first(level, sensitivity, other_foot_done, known, heel)
    change = level - clamp_level(lim.last.pressure)
    if change < 0:
        return _lighter(change, lim, sensitivity, heel)
    if change > 0:
        return R.FIRMER_TOO_LIGHT if lim.last.feel == Feel.TOO_LIGHT else R.FIRMER_RATINGS
    return _same(level, lim)


def _first(level: int, sensitivity: str, other_foot_done: bool, known: bool,
           heel: bool) -> Reason:
    if level < FIRST_LEVEL:
        if sensitivity == HEIGHTENED:
            return R.LIGHT_START_TENDER_DAY
        if heel:
            return R.LIGHT_START_HEEL
        if other_foot_done:
            return R.LIGHT_START_OTHER_FOOT
        return R.LIGHT_START_SO_FAR if known else R.LIGHT_START_STEP
    return R.FIRST_FOOT if other_foot_done else R.FIRST_STEP


def _lighter(change: int, lim: Limit, sensitivity: str, heel: bool) -> Reason:
    bound = lim.bound
    if bound not in (Bound.HURT, Bound.UNCOMFORTABLE, Bound.TOO_FIRM, Bound.MIDDLING):
        assert lim.last is not None
        if lim.last.feel == Feel.TOO_FIRM:
            bound = Bound.TOO_FIRM
        elif sensitivity == HEIGHTENED:
            bound = Bound.HEIGHTENED
        elif sensitivity == REDUCED:
            bound = Bound.REDUCED
        elif heel:
            bound = Bound.HEEL
        else:
            bound = Bound.ONE_STEP
    one, more = _LOWER[bound]
    return one if change == -1 else more


def _same(level: int, lim: Limit) -> Reason:
    if level == MIN_LEVEL and lim.bound in _LIGHTEST:
        return _LIGHTEST[lim.bound]
    if lim.bound in _SAME:
        return _SAME[lim.bound]
    assert lim.last is not None
    if lim.last.feel == Feel.TOO_LIGHT:
        return R.SAME_FIRMEST if level == MAX_LEVEL else R.SAME_SLOWLY
    return R.SAME_FELT_GOOD if lim.last.comfort >= 7 else R.SAME_SUITED


# The English source of each message (the command line prints it; ui/i18n.py lists the
# same sentences for translation, and tests/ui/test_spanish.py checks they agree).
ENGLISH: dict[Reason, str] = {
    R.FIRST_STEP: "A gentle start, as this is the first time for this step.",
    R.FIRST_FOOT: "A gentle start, as this is the first time on this foot.",
    R.LIGHT_START_STEP: "A light start, as a soft touch suits this step.",
    R.LIGHT_START_SO_FAR: "A light start, as a softer touch has suited you so far.",
    R.LIGHT_START_OTHER_FOOT: "A light start, because a softer touch suited the other foot.",
    R.LIGHT_START_TENDER_DAY: "A light start, because light touch feels unpleasant today.",
    R.LIGHT_START_HEEL: "A light start, because the heel is sensitive today.",
    R.FIRMER_TOO_LIGHT: "One step firmer, because it felt too light.",
    R.FIRMER_RATINGS:
        "One step firmer, as your ratings suggest a little more will feel better.",
    R.ONE_LIGHTER_HURT: "One step lighter than last time, because it hurt last time.",
    R.ONE_LIGHTER_UNCOMFORTABLE:
        "One step lighter than last time, because it was uncomfortable last time.",
    R.ONE_LIGHTER_TOO_FIRM: "One step lighter than last time, because it felt too firm.",
    R.ONE_LIGHTER_MIDDLING:
        "One step lighter than last time, because it was only partly comfortable last time.",
    R.ONE_LIGHTER_TENDER_DAY: "One step lighter today, because light touch feels unpleasant.",
    R.ONE_LIGHTER_LESS_FEELING:
        "One step lighter today, to be careful while there is less feeling.",
    R.ONE_LIGHTER_HEEL: "One step lighter today, because the heel is sensitive.",
    R.ONE_LIGHTER_SUITED:
        "One step lighter than last time, as a softer touch has suited you better.",
    R.LIGHTER_HURT: "Lighter than last time, because it hurt last time.",
    R.LIGHTER_UNCOMFORTABLE: "Lighter than last time, because it was uncomfortable last time.",
    R.LIGHTER_TOO_FIRM: "Lighter than last time, because it felt too firm.",
    R.LIGHTER_MIDDLING:
        "Lighter than last time, because it was only partly comfortable last time.",
    R.LIGHTER_TENDER_DAY: "Lighter today, because light touch feels unpleasant.",
    R.LIGHTER_LESS_FEELING: "Lighter today, to be careful while there is less feeling.",
    R.LIGHTER_HEEL: "Lighter today, because the heel is sensitive.",
    R.LIGHTER_SUITED: "Lighter than last time, as a softer touch has suited you better.",
    R.SAME_TOO_FIRM: "The same as last time and no firmer, as it felt a little firm.",
    R.SAME_MIDDLING: "The same as last time, as it was only fairly comfortable.",
    R.SAME_TENDER_DAY: "The same as last time, as it should still feel gentle on a tender day.",
    R.SAME_LESS_FEELING: "The same as last time, as there is less feeling in this foot today.",
    R.SAME_HEEL: "The same as last time and no firmer, because the heel is sensitive today.",
    R.SAME_TOO_LIGHT_LOW: "The same as last time, as it felt too light rather than too firm.",
    R.SAME_FIRMEST: "The same as last time, as this is already the firmest level we use.",
    R.SAME_SLOWLY: "The same as last time, as we go firmer only slowly and carefully.",
    R.SAME_FELT_GOOD: "The same as last time, because it felt good.",
    R.SAME_SUITED: "The same as last time, which has suited you.",
    R.LIGHTEST_HURT: "Staying with the lightest touch, because it hurt last time.",
    R.LIGHTEST_UNCOMFORTABLE:
        "Staying with the lightest touch, as it was uncomfortable last time.",
    R.LIGHTEST_TOO_FIRM: "Staying with the lightest touch, as it felt too firm.",
}


def english(r: Reason) -> str:
    return ENGLISH[r]
