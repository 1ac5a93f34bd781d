"""The massage routine as data: loads and validates resources/protocol.toml.

A mistake in the file raises ProtocolError naming the file, the field and what
was expected, so whoever edits the routine can fix it without reading code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

# Re-exported: the ids live in core.vocabulary, which start-up can load cheaply.
from neurofoot_desktop.core.vocabulary import FEET as FEET
from neurofoot_desktop.core.vocabulary import STEP_IDS as STEP_IDS
from neurofoot_desktop.core.vocabulary import VIEWS as VIEWS

MOTIONS = ("stroke", "circles", "toe_roll", "rotation")
PRECHECK_EFFECTS = ("block", "doctor", "heel")
PRESSURE_LEVELS = (1, 2, 3, 4)


class ProtocolError(ValueError):
    """The protocol file is malformed; the message says where and what was expected."""


@dataclass(frozen=True)
class Reminder:
    text: str
    every_s: float


@dataclass(frozen=True)
class Animation:
    view: str
    motion: str
    direction: str
    cycle_s: float
    regions: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    technique: str
    duration_s: int
    purpose: str
    instruction: str
    reminders: tuple[Reminder, ...]
    animation: Animation
    heel_included: str = ""
    heel_skipped: str = ""

    def instruction_for(self, heel_sensitive: bool) -> str:
        """The instruction with today's heel advice, where the step has any."""
        extra = self.heel_skipped if heel_sensitive else self.heel_included
        return f"{self.instruction} {extra}".strip()


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    why: str


@dataclass(frozen=True)
class PrecheckQuestion:
    id: str
    screen: str
    effect: str
    question: str
    short: str


@dataclass(frozen=True)
class ScreenText:
    title: str
    why: str


@dataclass(frozen=True)
class PressureLevel:
    level: int
    name: str
    description: str


@dataclass(frozen=True)
class TouchSite:
    id: str
    name: str


@dataclass(frozen=True)
class LightTouchPlan:
    sites: tuple[TouchSite, ...]
    real_touches: int
    pretend_touches: int
    note: str


@dataclass(frozen=True)
class WarningSign:
    id: str
    text: str


@dataclass(frozen=True)
class WhyThisHelps:
    title: str
    points: tuple[str, ...]
    limits: str
    more_help: str


@dataclass(frozen=True)
class Protocol:
    title: str
    checklist: tuple[ChecklistItem, ...]
    precheck: tuple[PrecheckQuestion, ...]
    screens: dict[str, ScreenText]
    advice: dict[str, str]
    light_touch: LightTouchPlan
    pressure_levels: tuple[PressureLevel, ...]
    steps: tuple[Step, ...]
    warning_signs: tuple[WarningSign, ...]
    why_this_helps: WhyThisHelps

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def pressure(self, level: int) -> PressureLevel:
        return self.pressure_levels[level - 1]

    def questions_on(self, screen: str) -> tuple[PrecheckQuestion, ...]:
        return tuple(q for q in self.precheck if q.screen == screen)

    def question(self, question_id: str) -> PrecheckQuestion:
        for q in self.precheck:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    @property
    def total_duration_s(self) -> int:
        return sum(s.duration_s for s in self.steps) * len(FEET)


class _Reader:
    """Typed access to one table of the TOML document, with located errors."""

    def __init__(self, source: str, data: Any, where: str) -> None:
        self.source = source
        self.data = data
        self.where = where
        if not isinstance(data, dict):
            self.fail(where, "a table")

    def fail(self, field: str, expected: str) -> None:
        raise ProtocolError(f"{self.source}: field '{field}': expected {expected}")

    def sub(self, key: str) -> _Reader:
        return _Reader(self.source, self.get(key, dict, "a table"), self._name(key))

    def items(self, key: str) -> list[_Reader]:
        value = self.get(key, list, "a list of tables")
        return [_Reader(self.source, v, f"{self._name(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str, default: str | None = None) -> str:
        value = self.get(key, str, "text", default)
        if not value.strip() and default is None:
            self.fail(self._name(key), "non-empty text")
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self.get(key, (int, float), f"a number from {low} to {high}")
        if isinstance(value, bool) or not low <= value <= high:
            self.fail(self._name(key), f"a number from {low} to {high}, got {value!r}")
        return float(value)

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.get(key, int, f"a whole number from {low} to {high}")
        if isinstance(value, bool) or not low <= value <= high:
            self.fail(self._name(key), f"a whole number from {low} to {high}, got {value!r}")
        return value

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in options:
            self.fail(self._name(key), f"one of {', '.join(options)}, got {value!r}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.get(key, list, "a list of texts")
        if not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(self._name(key), "a list of non-empty texts")
        return tuple(value)

    def get(self, key: str, kind: Any, expected: str, default: Any = None) -> Any:
        if key not in self.data:
            if default is not None:
                return default
            self.fail(self._name(key), f"{expected} (it is missing)")
        value = self.data[key]
        if not isinstance(value, kind):
            self.fail(self._name(key), f"{expected}, got {type(value).__name__}")
        return value

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key


def _unique(reader: _Reader, field: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            reader.fail(field, f"unique ids, but '{i}' appears twice")
        seen.add(i)


def parse_protocol(text: str, source: str = "protocol.toml") -> Protocol:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError(f"{source}: not valid TOML ({exc})") from None
    root = _Reader(source, data, "")
    meta = root.sub("meta")
    if meta.text("format") != "neurofoot-protocol":
        meta.fail("meta.format", "'neurofoot-protocol'")
    meta.integer("version", 1, 1)

    checklist = tuple(
        ChecklistItem(r.text("id"), r.text("text"), r.text("why")) for r in root.items("checklist")
    )
    precheck = tuple(
        PrecheckQuestion(
            r.text("id"), r.text("screen"), r.choice("effect", PRECHECK_EFFECTS),
            r.text("question"), r.text("short"),
        )
        for r in root.items("precheck")
    )
    _unique(root, "precheck", [q.id for q in precheck])
    screens_reader = root.sub("precheck_screens")
    screens = {
        name: ScreenText(screen.text("title"), screen.text("why"))
        for name in screens_reader.data
        for screen in [screens_reader.sub(name)]
    }
    for q in precheck:
        if q.screen not in screens:
            root.fail(f"precheck.{q.id}.screen", f"one of {', '.join(screens)}, got {q.screen!r}")
    advice_reader = root.sub("advice")
    advice = {
        key: advice_reader.text(key)
        for key in ("block_title", "block_text", "block_clinician", "doctor_title",
                    "doctor_text", "doctor_continue", "limits")
    }

    lt = root.sub("light_touch")
    sites = tuple(TouchSite(r.text("id"), r.text("name")) for r in lt.items("sites"))
    real = lt.integer("real_touches", 1, len(sites))
    light_touch = LightTouchPlan(sites, real, lt.integer("pretend_touches", 0, 3), lt.text("note"))

    levels = tuple(
        PressureLevel(r.integer("level", 1, 4), r.text("name"), r.text("description"))
        for r in root.items("pressure_levels")
    )
    if tuple(p.level for p in levels) != PRESSURE_LEVELS:
        root.fail("pressure_levels", "exactly the levels 1, 2, 3, 4 in order")

    steps = []
    for r in root.items("steps"):
        anim = r.sub("animation")
        steps.append(Step(
            id=r.choice("id", STEP_IDS),
            title=r.text("title"),
            technique=r.text("technique"),
            duration_s=r.integer("duration_s", 10, 3600),
            purpose=r.text("purpose"),
            instruction=r.text("instruction"),
            reminders=tuple(
                Reminder(m.text("text"), m.number("every_s", 5, 600)) for m in r.items("reminders")
            ),
            animation=Animation(
                view=anim.choice("view", VIEWS),
                motion=anim.choice("motion", MOTIONS),
                direction=anim.text("direction"),
                cycle_s=anim.number("cycle_s", 0.5, 60),
                regions=anim.texts("regions"),
            ),
            heel_included=r.text("heel_included", ""),
            heel_skipped=r.text("heel_skipped", ""),
        ))
    if tuple(s.id for s in steps) != STEP_IDS:
        root.fail("steps", f"the five steps in this order: {', '.join(STEP_IDS)}")

    why = root.sub("why_this_helps")
    return Protocol(
        title=meta.text("title"),
        checklist=checklist,
        precheck=precheck,
        screens=screens,
        advice=advice,
        light_touch=light_touch,
        pressure_levels=levels,
        steps=tuple(steps),
        warning_signs=tuple(
            WarningSign(r.text("id"), r.text("text")) for r in root.items("warning_signs")
        ),
        why_this_helps=WhyThisHelps(
            why.text("title"), why.texts("points"), why.text("limits"), why.text("more_help")
        ),
    )


def load_protocol(path: Path | None = None) -> Protocol:
    """Load a protocol file; without a path, the one shipped with the program."""
    if path is None:
        return default_protocol()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"{path}: cannot be read ({exc})") from None
    return parse_protocol(text, str(path))


@cache
def default_protocol() -> Protocol:
    ref = resources.files("neurofoot_desktop.resources").joinpath("protocol.toml")
    return parse_protocol(ref.read_text(encoding="utf-8"), "resources/protocol.toml")
