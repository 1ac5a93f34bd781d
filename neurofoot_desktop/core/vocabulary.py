"""The domain's ids, defined once: feet, steps, views, feel answers, sensitivity, outcomes,
session statuses, the two orders and the languages.

These are the names stored in the log, written in the exports and compared in code: compare
with the enum members (`outcome is Outcome.HURT`, `foot == Foot.LEFT`), never with a bare
string. Each is a StrEnum, so a value read back from the database or a file ("hurt") is equal
to its member and can be turned into it with `Outcome(value)`.

The words people read for each id live once in ui/i18n.py (translated); the command line and
the exports keep their own English. Tiny and importing only `enum`: the settings read it at
start-up, before the routine or any heavy module is loaded.
"""

from __future__ import annotations

from enum import StrEnum


class Foot(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Foot:
        return Foot.RIGHT if self is Foot.LEFT else Foot.LEFT


class StepId(StrEnum):
    """The routine's five steps, in their order."""

    EFFLEURAGE = "effleurage"
    SOLE_KNEADING = "sole_kneading"  # its heel circles are skipped on a sensitive day
    TOE_ROLLING = "toe_rolling"
    ANKLE_ROTATION = "ankle_rotation"
    CLOSING_STROKES = "closing_strokes"


class View(StrEnum):
    """How the diagram shows the foot for a step."""

    TOP = "top"
    SOLE = "sole"
    SIDE = "side"  # with the lower leg


class Feel(StrEnum):
    """The answer to "too light / just right / too firm?" after a rating."""

    TOO_LIGHT = "too_light"
    JUST_RIGHT = "just_right"
    TOO_FIRM = "too_firm"


class Sensitivity(StrEnum):
    """Today's light-touch result for one foot (core.lighttouch derives it)."""

    REDUCED = "reduced"
    NORMAL = "normal"
    HEIGHTENED = "heightened"


class Outcome(StrEnum):
    """How one step on one foot ended."""

    RATED = "rated"
    SKIPPED = "skipped"
    HURT = "hurt"


class Status(StrEnum):
    """How a stored session ended."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    INCOMPLETE = "incomplete"  # the program closed or crashed during it
    BLOCKED = "blocked"  # the pre-check advised against a massage today


class Order(StrEnum):
    FOOT_BY_FOOT = "foot_by_foot"  # every step on one foot, then on the other
    ALTERNATING = "alternating"  # each step on both feet before the next step


class Symptom(StrEnum):
    """A symptom the person scores 0-10 before and after a massage (issue 18)."""

    PAIN = "pain"
    TINGLING = "tingling"  # burning or tingling
    NUMBNESS = "numbness"


class Moment(StrEnum):
    """When a symptom score was given: before the massage or after its last step."""

    BEFORE = "before"
    AFTER = "after"


# The values as plain strings, in order, for validation and for indexing tables.
FEET = tuple(f.value for f in Foot)
STEP_IDS = tuple(s.value for s in StepId)
VIEWS = tuple(v.value for v in View)
FEELS = tuple(f.value for f in Feel)
SENSITIVITIES = tuple(s.value for s in Sensitivity)  # low to high: y = 0, 1, 2 on charts
OUTCOMES = tuple(o.value for o in Outcome)
STATUSES = tuple(s.value for s in Status)
ORDERS = tuple(o.value for o in Order)
SYMPTOMS = tuple(s.value for s in Symptom)
MOMENTS = tuple(m.value for m in Moment)
FOOT_BY_FOOT = Order.FOOT_BY_FOOT.value
ALTERNATING = Order.ALTERNATING.value

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es")  # English is the source; every other one has an overlay file
