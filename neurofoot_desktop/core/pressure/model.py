"""What the pressure engine reads and answers: Rating, Recommendation and their ids.

Pure Python importing only core.vocabulary, so that every other pressure
module (and storage, and the session) can import these types without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from neurofoot_desktop.core.vocabulary import FEELS as FEELS
from neurofoot_desktop.core.vocabulary import SENSITIVITIES as SENSITIVITIES
from neurofoot_desktop.core.vocabulary import Feel as Feel
from neurofoot_desktop.core.vocabulary import Sensitivity, StepId

MIN_LEVEL = 1
MAX_LEVEL = 4  # there is no deep level
FIRST_LEVEL = 2  # the highest level for a first time on a step and foot

# The ids themselves live in core.vocabulary; these short names are the engine's own.
NORMAL = Sensitivity.NORMAL.value
HEIGHTENED = Sensitivity.HEIGHTENED.value
REDUCED = Sensitivity.REDUCED.value
SOLE_KNEADING = StepId.SOLE_KNEADING.value  # the step whose heel circles a sensitive heel skips


class Reason(StrEnum):
    """Why a level is recommended: a message id. The words people read live in
    ui/i18n.py (translated) and, in English for the command line, in reasons.ENGLISH."""

    FIRST_STEP = "first_step"
    FIRST_FOOT = "first_foot"
    LIGHT_START_STEP = "light_start_step"
    LIGHT_START_SO_FAR = "light_start_so_far"
    LIGHT_START_OTHER_FOOT = "light_start_other_foot"
    LIGHT_START_TENDER_DAY = "light_start_tender_day"
    LIGHT_START_HEEL = "light_start_heel"
    FIRMER_TOO_LIGHT = "firmer_too_light"
    FIRMER_RATINGS = "firmer_ratings"
    ONE_LIGHTER_HURT = "one_lighter_hurt"
    ONE_LIGHTER_UNCOMFORTABLE = "one_lighter_uncomfortable"
    ONE_LIGHTER_TOO_FIRM = "one_lighter_too_firm"
    ONE_LIGHTER_MIDDLING = "one_lighter_middling"
    ONE_LIGHTER_TENDER_DAY = "one_lighter_tender_day"
    ONE_LIGHTER_LESS_FEELING = "one_lighter_less_feeling"
    ONE_LIGHTER_HEEL = "one_lighter_heel"
    ONE_LIGHTER_SUITED = "one_lighter_suited"
    LIGHTER_HURT = "lighter_hurt"
    LIGHTER_UNCOMFORTABLE = "lighter_uncomfortable"
    LIGHTER_TOO_FIRM = "lighter_too_firm"
    LIGHTER_MIDDLING = "lighter_middling"
    LIGHTER_TENDER_DAY = "lighter_tender_day"
    LIGHTER_LESS_FEELING = "lighter_less_feeling"
    LIGHTER_HEEL = "lighter_heel"
    LIGHTER_SUITED = "lighter_suited"
    SAME_TOO_FIRM = "same_too_firm"
    SAME_MIDDLING = "same_middling"
    SAME_TENDER_DAY = "same_tender_day"
    SAME_LESS_FEELING = "same_less_feeling"
    SAME_HEEL = "same_heel"
    SAME_TOO_LIGHT_LOW = "same_too_light_low"
    SAME_FIRMEST = "same_firmest"
    SAME_SLOWLY = "same_slowly"
    SAME_FELT_GOOD = "same_felt_good"
    SAME_SUITED = "same_suited"
    LIGHTEST_HURT = "lightest_hurt"
    LIGHTEST_UNCOMFORTABLE = "lightest_uncomfortable"
    LIGHTEST_TOO_FIRM = "lightest_too_firm"


@dataclass(frozen=True)
class Rating:
    session_id: str
    when: datetime  # naive times are read as UTC
    step_id: str
    foot: str  # "left" | "right"
    pressure: int  # level used, 1..4
    comfort: int  # 0..10; a rating without a valid comfort is skipped
    feel: str | None = None  # a Feel value, or None when not answered
    sensitivity: str = NORMAL  # that day's light-touch result for that foot


@dataclass(frozen=True)
class Recommendation:
    level: int
    reason: Reason
