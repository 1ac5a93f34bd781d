"""The daily foot check (issue 19): where to look, what a mark means, the temperature rule.

Pure Python, no Qt. The screens ask; this module decides what an answer means:
- a new cut, sore or blister, an open wound or signs of infection rule the massage out for today
  (they answer the pre-check's own blocking questions, so the verdict and its "why" stay in
  core.safety);
- a colour change or warmth answers the pre-check's "skin changed" question (see a doctor);
- anything else marked is a spot for the helper to avoid, drawn on the player's diagram;
- the same spot on both feet differing by more than 2.2 degC (4 degF) is a warning sign.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from neurofoot_desktop.core.vocabulary import Foot, View


class Area(StrEnum):
    """The places to look at on each foot, in the order the guided look goes through them."""

    TOP = "top"
    SOLE = "sole"  # with a mirror or a helper
    BETWEEN_TOES = "between_toes"
    HEEL = "heel"
    NAILS = "nails"


class Kind(StrEnum):
    """What a marked spot is."""

    CUT = "cut"
    SORE = "sore"
    BLISTER = "blister"
    OPEN_WOUND = "open_wound"  # an ulcer, or any skin that is broken open
    INFECTION = "infection"  # pus, spreading redness, heat and swelling together
    CRACK = "crack"
    CALLUS = "callus"
    REDNESS = "redness"
    SWELLING = "swelling"
    WARMTH = "warmth"
    COLOUR_CHANGE = "colour_change"
    NAIL_PROBLEM = "nail_problem"
    OTHER = "other"


KINDS = tuple(k.value for k in Kind)
AREAS = tuple(a.value for a in Area)
MAP_VIEWS = (View.TOP, View.SOLE)  # the two drawings a spot can be marked on

# What to look for in each area (the words are in ui/i18n.py).
LOOK_FOR: dict[Area, tuple[Kind, ...]] = {
    Area.TOP: (Kind.CUT, Kind.BLISTER, Kind.REDNESS, Kind.SWELLING, Kind.COLOUR_CHANGE),
    Area.SOLE: (Kind.CUT, Kind.BLISTER, Kind.CRACK, Kind.CALLUS, Kind.SORE),
    Area.BETWEEN_TOES: (Kind.CRACK, Kind.SORE, Kind.REDNESS, Kind.INFECTION),
    Area.HEEL: (Kind.CRACK, Kind.CALLUS, Kind.SORE, Kind.BLISTER),
    Area.NAILS: (Kind.NAIL_PROBLEM, Kind.REDNESS, Kind.SWELLING, Kind.INFECTION),
}

# A finding of these kinds answers a pre-check question with "yes". The ids are the protocol's
# (resources/protocol.toml): "block" questions rule the massage out, "doctor" ones advise one.
ANSWERS: dict[Kind, str] = {
    Kind.CUT: "new_lesion",
    Kind.SORE: "new_lesion",
    Kind.BLISTER: "new_lesion",
    Kind.OPEN_WOUND: "open_wound",
    Kind.INFECTION: "infection",
    Kind.COLOUR_CHANGE: "skin_change",
    Kind.WARMTH: "skin_change",
}
BLOCKING_ANSWERS = ("open_wound", "infection", "new_lesion")  # the skin screen's questions
BLOCKING = frozenset(k for k, q in ANSWERS.items() if q in BLOCKING_ANSWERS)
NOTE_LIMIT = 500


class FootCheckError(ValueError):
    """A finding or a reading that cannot be right; the message is one plain sentence."""


@dataclass(frozen=True)
class Finding:
    """A spot marked on a foot drawing: x and y are normalised to the drawing's box (0..1),
    always in the right foot's coordinates (the left foot's drawing is its mirror image)."""

    foot: Foot
    view: View
    x: float
    y: float
    kind: Kind
    note: str = ""
    id: int | None = None  # the log's row id, once stored

    def __post_init__(self) -> None:
        if self.view not in MAP_VIEWS:
            raise FootCheckError(f"A spot can be marked on the top or the sole, not {self.view}.")
        if not (0.0 <= self.x <= 1.0 and 0.0 <= self.y <= 1.0):
            raise FootCheckError("The spot is outside the drawing.")
        if len(self.note) > NOTE_LIMIT:
            raise FootCheckError(f"Please keep the note under {NOTE_LIMIT} characters.")

    @property
    def blocks(self) -> bool:
        return self.kind in BLOCKING

    @property
    def avoid(self) -> bool:
        """Shown on the player's diagram so the helper's hands go round it."""
        return not self.blocks


@dataclass(frozen=True)
class Assessment:
    answers: dict[str, bool]  # pre-check question id -> answer the look gives
    blocking: tuple[Finding, ...]
    avoid: tuple[Finding, ...]

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)


def assess(findings: Iterable[Finding], looked_at: Iterable[Foot]) -> Assessment:
    """What the look says for the pre-check. Only once both feet were looked at does it answer
    the skin questions with "no": half a look is not an all clear."""
    found = tuple(findings)
    answers: dict[str, bool] = {}
    if {Foot(f) for f in looked_at} >= set(Foot):
        answers = dict.fromkeys(BLOCKING_ANSWERS, False)
    for f in found:
        if f.kind in ANSWERS:
            answers[ANSWERS[f.kind]] = True
    return Assessment(answers, tuple(f for f in found if f.blocks),
                      tuple(f for f in found if f.avoid))


# -- skin temperature ---------------------------------------------------------------------------
class Site(StrEnum):
    """Where the thermometer goes, the same spot on both feet."""

    BALL = "ball"
    ARCH = "arch"
    HEEL = "heel"


class Unit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"


SITES = tuple(s.value for s in Site)
LIMIT_C = 2.2  # more than this between the feet is a warning sign (IWGDF)
LIMIT_F = 4.0
PLAUSIBLE_C = (15.0, 42.0)  # a skin reading outside this is a typing slip, not a foot


def to_celsius(value: float, unit: Unit) -> float:
    return (value - 32.0) * 5.0 / 9.0 if unit is Unit.FAHRENHEIT else value


def from_celsius(value_c: float, unit: Unit) -> float:
    return value_c * 9.0 / 5.0 + 32.0 if unit is Unit.FAHRENHEIT else value_c


def parse_temperature(text: str, unit: Unit) -> float:
    """A typed reading in `unit` -> degC. Accepts a decimal comma; refuses what no foot reads."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise FootCheckError(f"{text.strip() or 'Nothing'} is not a number.") from None
    celsius = to_celsius(value, unit)
    low, high = PLAUSIBLE_C
    if not low <= celsius <= high:
        lo, hi = (round(from_celsius(v, unit)) for v in PLAUSIBLE_C)
        raise FootCheckError(
            f"A skin temperature is between {lo} and {hi} °{unit.value}; please check {value:g}.")
    return celsius


@dataclass(frozen=True)
class Reading:
    """The same spot on both feet, stored in degC; `unit` is how the person entered it."""

    site: Site
    left_c: float
    right_c: float
    unit: Unit = Unit.CELSIUS

    @property
    def difference_c(self) -> float:
        return abs(self.left_c - self.right_c)

    def difference(self) -> float:
        """In the person's unit: a difference converts without the 32 offset."""
        return self.difference_c * (9.0 / 5.0 if self.unit is Unit.FAHRENHEIT else 1.0)

    @property
    def warmer(self) -> Foot | None:
        if self.left_c == self.right_c:
            return None
        return Foot.LEFT if self.left_c > self.right_c else Foot.RIGHT

    @property
    def warning(self) -> bool:
        # Judged in the unit the person read, rounded as shown, so "4.0 °F" is not a warning
        # while "2.3 °C" is, exactly as the rule is written in either unit.
        limit = LIMIT_F if self.unit is Unit.FAHRENHEIT else LIMIT_C
        return round(self.difference(), 1) > limit


def warnings(readings: Sequence[Reading]) -> tuple[Reading, ...]:
    return tuple(r for r in readings if r.warning)
