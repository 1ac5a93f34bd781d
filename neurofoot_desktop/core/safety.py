"""Pre-check answers -> a verdict: go, go gently, or no massage today, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from neurofoot_desktop.core.protocol import Protocol

# Answer ids that are not questions in the protocol but are recorded all the same.
CONTINUE_DESPITE_WARNING = "continue_despite_warning"
CONFIRM_NOTHING_OPEN = "confirm_nothing_open"
POSITION_READY = "position_ready"
LOTION_READY = "lotion_ready"


class Verdict(StrEnum):
    GO = "go"
    GO_GENTLY = "go_gently"  # warning signs reported, person chose to go on
    SEE_DOCTOR = "see_doctor"  # warning signs reported, no decision yet / chose to stop
    NO_MASSAGE = "no_massage"


@dataclass(frozen=True)
class SafetyResult:
    verdict: Verdict
    blocking: tuple[str, ...]  # question ids that rule out massage today
    warnings: tuple[str, ...]  # question ids that call for a doctor
    heel_sensitive: bool

    @property
    def may_massage(self) -> bool:
        return self.verdict in (Verdict.GO, Verdict.GO_GENTLY)


def evaluate(protocol: Protocol, answers: Mapping[str, bool]) -> SafetyResult:
    """Decide from the answers given so far; unanswered questions count as 'no'."""
    by_effect: dict[str, list[str]] = {"block": [], "doctor": [], "heel": []}
    for q in protocol.precheck:
        if answers.get(q.id, False):
            by_effect[q.effect].append(q.id)
    blocking = tuple(by_effect["block"])
    warnings = tuple(by_effect["doctor"])
    if blocking:
        verdict = Verdict.NO_MASSAGE
    elif warnings:
        go_on = answers.get(CONTINUE_DESPITE_WARNING, False) and answers.get(
            CONFIRM_NOTHING_OPEN, False
        )
        verdict = Verdict.GO_GENTLY if go_on else Verdict.SEE_DOCTOR
    else:
        verdict = Verdict.GO
    return SafetyResult(verdict, blocking, warnings, bool(by_effect["heel"]))
