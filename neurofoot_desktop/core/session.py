"""The guided session as a state machine, driven by an injected clock.

    PRECHECK -> READY -> RUNNING <-> PAUSED -> RATING -> READY (next step) ... -> SUMMARY
    PRECHECK -> BLOCKED              any active phase -> STOPPED

Remaining time is always derived from the clock (time run before the last
pause plus time since the last start), never from counting timer ticks, so a
late or dropped tick cannot make the countdown drift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.pressure import Recommendation
from neurofoot_desktop.core.protocol import FEET, Protocol, Step
from neurofoot_desktop.core.vocabulary import ALTERNATING as ALTERNATING
from neurofoot_desktop.core.vocabulary import FEELS, Feel, Foot
from neurofoot_desktop.core.vocabulary import FOOT_BY_FOOT as FOOT_BY_FOOT
from neurofoot_desktop.core.vocabulary import Outcome as Outcome

TEN_SECONDS = 10.0


class Phase(StrEnum):
    PRECHECK = "precheck"
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    RATING = "rating"
    SUMMARY = "summary"
    STOPPED = "stopped"
    BLOCKED = "blocked"


ACTIVE = (Phase.READY, Phase.RUNNING, Phase.PAUSED, Phase.RATING)
ENDED = (Phase.SUMMARY, Phase.STOPPED, Phase.BLOCKED)


class Cue(StrEnum):
    STARTED = "started"
    HALFWAY = "halfway"
    TEN_SECONDS = "ten_seconds"
    FINISHED = "finished"
    REMINDER = "reminder"


class SessionError(RuntimeError):
    """An action that the current phase does not allow."""


@dataclass(frozen=True)
class Slot:
    """One step on one foot."""

    step: Step
    foot: str
    duration_s: float


@dataclass(frozen=True)
class StepResult:
    step_id: str
    foot: str
    started_at: datetime | None
    planned_s: float
    actual_s: float
    pressure: int
    outcome: Outcome
    comfort: int | None = None
    feel: str | None = None
    note: str = ""


@dataclass
class _Timer:
    duration: float
    run_before: float = 0.0  # seconds run before the last pause
    started_mono: float | None = None  # set while running
    started_at: datetime | None = None  # wall clock of the first start
    cues_given: set[Cue] = field(default_factory=set)
    reminders_given: int = 0

    def elapsed(self, mono: float) -> float:
        running = mono - self.started_mono if self.started_mono is not None else 0.0
        return min(self.duration, self.run_before + running)


def plan_slots(
    protocol: Protocol,
    order: str = FOOT_BY_FOOT,
    first_foot: str = Foot.LEFT,
    durations: Mapping[str, float] | None = None,
) -> list[Slot]:
    feet = (first_foot, *[f for f in FEET if f != first_foot])
    durations = durations or {}

    def slot(step: Step, foot: str) -> Slot:
        return Slot(step, foot, float(durations.get(step.id, step.duration_s)))

    if order == ALTERNATING:
        return [slot(s, f) for s in protocol.steps for f in feet]
    if order != FOOT_BY_FOOT:
        raise ValueError(f"unknown order {order!r}")
    return [slot(s, f) for f in feet for s in protocol.steps]


Recommender = Callable[[str, str], Recommendation]


class Session:
    def __init__(self, slots: list[Slot], clock: Clock, recommender: Recommender) -> None:
        if not slots:
            raise ValueError("a session needs at least one step")
        self.slots = slots
        self.clock = clock
        self._recommender = recommender
        self.phase = Phase.PRECHECK
        self.index = 0
        self.results: dict[tuple[str, str], StepResult] = {}
        self.recommendation: Recommendation | None = None
        self.block_reason = ""
        self.heel_sensitive = False
        self._timer = _Timer(slots[0].duration_s)

    # -- the pre-check ------------------------------------------------------
    def begin(self, heel_sensitive: bool = False, done: Iterable[tuple[str, str]] = ()) -> None:
        """Safety check passed: go to the first step not already done (when resuming)."""
        self._require(Phase.PRECHECK)
        self.heel_sensitive = heel_sensitive
        done_keys = set(done)
        self.index = next(
            (i for i, s in enumerate(self.slots) if (s.step.id, s.foot) not in done_keys),
            len(self.slots),
        )
        self._enter_slot()

    def block(self, reason: str) -> None:
        self._require(Phase.PRECHECK)
        self.block_reason = reason
        self.phase = Phase.BLOCKED

    # -- the step timer -----------------------------------------------------
    @property
    def current(self) -> Slot:
        return self.slots[min(self.index, len(self.slots) - 1)]

    @property
    def next_slot(self) -> Slot | None:
        return self.slots[self.index + 1] if self.index + 1 < len(self.slots) else None

    @property
    def pressure(self) -> int:
        assert self.recommendation is not None
        return self.recommendation.level

    def start(self) -> list[Cue]:
        self._require(Phase.READY, Phase.PAUSED)
        first = self.phase == Phase.READY
        self._timer.started_mono = self.clock.monotonic()
        if self._timer.started_at is None:
            self._timer.started_at = self.clock.now()
        self.phase = Phase.RUNNING
        return [Cue.STARTED] if first else []

    def pause(self) -> None:
        self._require(Phase.RUNNING)
        self._timer.run_before = self._timer.elapsed(self.clock.monotonic())
        self._timer.started_mono = None
        self.phase = Phase.PAUSED

    def toggle(self) -> list[Cue]:
        """Space: start, pause or continue."""
        if self.phase == Phase.RUNNING:
            self.pause()
            return []
        return self.start()

    def elapsed(self) -> float:
        return self._timer.elapsed(self.clock.monotonic())

    def remaining(self) -> float:
        return max(0.0, self._timer.duration - self.elapsed())

    def session_remaining(self) -> float:
        """Time left in the whole session: this step plus the steps still to come."""
        if self.phase in ENDED or self.phase == Phase.PRECHECK:
            return 0.0 if self.phase in ENDED else sum(s.duration_s for s in self.slots)
        current = 0.0 if self.phase == Phase.RATING else self.remaining()
        return current + sum(s.duration_s for s in self.slots[self.index + 1:])

    def tick(self) -> list[Cue]:
        """Called often by the UI; returns the cues that became due since the last call."""
        if self.phase != Phase.RUNNING:
            return []
        t = self._timer
        elapsed = t.elapsed(self.clock.monotonic())
        cues: list[Cue] = []
        reminders = self.current.step.reminders
        if reminders and elapsed < t.duration:
            due = int(elapsed // reminders[0].every_s)
            if due > t.reminders_given:
                t.reminders_given = due
                cues.append(Cue.REMINDER)
        marks = ((Cue.HALFWAY, t.duration / 2), (Cue.TEN_SECONDS, t.duration - TEN_SECONDS))
        for cue, when in marks:
            if cue not in t.cues_given and elapsed >= when and t.duration > 2 * TEN_SECONDS:
                t.cues_given.add(cue)
                cues.append(cue)
        if elapsed >= t.duration:
            t.run_before, t.started_mono = t.duration, None
            self.phase = Phase.RATING
            cues.append(Cue.FINISHED)
        return cues

    def finish_now(self) -> None:
        """The helper is done early: rate the step with the time actually spent."""
        self._require(Phase.RUNNING, Phase.PAUSED)
        self._timer.run_before = self.elapsed()
        self._timer.started_mono = None
        self.phase = Phase.RATING

    @property
    def reminder_text(self) -> str:
        reminders = self.current.step.reminders
        return reminders[0].text if reminders else ""

    # -- moving between steps -----------------------------------------------
    def repeat(self) -> None:
        """Start the current step over, with a fresh timer."""
        self._require(*ACTIVE)
        self._enter_slot()

    def back(self) -> None:
        self._require(*ACTIVE)
        self.index = max(0, self.index - 1)
        self._enter_slot()

    def skip(self) -> StepResult:
        self._require(Phase.READY, Phase.RUNNING, Phase.PAUSED)
        result = self._result(Outcome.SKIPPED)
        self._advance()
        return result

    def rate(self, comfort: int, feel: str | None = None, note: str = "") -> StepResult:
        self._require(Phase.RATING)
        if not 0 <= comfort <= 10:
            raise ValueError("comfort is 0 to 10")
        if feel is not None and feel not in FEELS:
            raise ValueError(f"feel must be one of {FEELS}")
        result = self._result(Outcome.RATED, comfort, feel, note.strip())
        self._advance()
        return result

    def hurts(self, note: str = "") -> StepResult:
        """'It hurts, stop': ends the step at once with the lowest comfort."""
        self._require(Phase.RUNNING, Phase.PAUSED, Phase.RATING, Phase.READY)
        result = self._result(Outcome.HURT, 0, Feel.TOO_FIRM, note.strip())
        self._advance()
        return result

    def stop(self) -> None:
        self._require(*ACTIVE)
        self._timer.started_mono = None
        self.phase = Phase.STOPPED

    @property
    def completed(self) -> bool:
        return self.phase == Phase.SUMMARY

    @property
    def step_number(self) -> int:
        """1-based position of the current step within its foot's routine."""
        steps = [s.step.id for s in self.slots if s.foot == self.current.foot]
        return steps.index(self.current.step.id) + 1

    @property
    def steps_per_foot(self) -> int:
        return sum(1 for s in self.slots if s.foot == self.current.foot)

    # -- internals ----------------------------------------------------------
    def _result(
        self, outcome: Outcome, comfort: int | None = None, feel: str | None = None, note: str = ""
    ) -> StepResult:
        slot = self.current
        result = StepResult(
            step_id=slot.step.id,
            foot=slot.foot,
            started_at=self._timer.started_at,
            planned_s=slot.duration_s,
            actual_s=round(self.elapsed(), 3),
            pressure=self.pressure,
            outcome=outcome,
            comfort=comfort,
            feel=feel,
            note=note,
        )
        self.results[(slot.step.id, slot.foot)] = result
        return result

    def _advance(self) -> None:
        self.index += 1
        self._enter_slot()

    def _enter_slot(self) -> None:
        if self.index >= len(self.slots):
            self.index = len(self.slots)
            self.phase = Phase.SUMMARY
            self.recommendation = None
            return
        slot = self.slots[self.index]
        self._timer = _Timer(slot.duration_s)
        self.recommendation = self._recommender(slot.step.id, slot.foot)
        self.phase = Phase.READY

    def _require(self, *allowed: Phase) -> None:
        if self.phase not in allowed:
            raise SessionError(f"not possible while {self.phase.value}")
