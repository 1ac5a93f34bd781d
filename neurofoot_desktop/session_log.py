"""A guided session and its log, together: every answer is written as it is given.

Qt-free glue between the core (safety, light touch, the state machine,
recommend()) and the store. The screens call these methods and never write to
the store themselves, so the rule "committed the moment it is given" lives in
one place.
"""

from __future__ import annotations

from collections.abc import Mapping

from neurofoot_desktop.core import safety
from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.lighttouch import LightTouchResult
from neurofoot_desktop.core.pressure import Recommendation, recommend
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.recommendations import recommend_all
from neurofoot_desktop.core.session import (
    ACTIVE,
    FOOT_BY_FOOT,
    Outcome,
    Phase,
    Session,
    StepResult,
    plan_slots,
)
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import SessionRecord


class SessionLog:
    """One session of one person, from the first pre-check answer to the summary."""

    def __init__(
        self,
        store: Store,
        protocol: Protocol,
        clock: Clock,
        profile_id: int,
        resume: SessionRecord | None = None,
    ) -> None:
        self.store = store
        self.protocol = protocol
        self.clock = clock
        self.profile_id = profile_id
        self.answers: dict[str, bool] = {}
        self.sensitivity: dict[str, str] = {}
        self.resumed = resume
        if resume is not None:
            store.reopen_session(resume.id)
            self.session_id = resume.id
            self.answers = dict(resume.answers)
            self.sensitivity = {foot: resume.sensitivity(foot) for foot in resume.light_touch}
        else:
            self.session_id = store.start_session(profile_id, clock.now())
        self.session: Session | None = None

    # -- the pre-check ---------------------------------------------------------
    def answer(self, question_id: str, value: bool) -> safety.SafetyResult:
        self.answers[question_id] = value
        self.store.record_answer(self.session_id, question_id, value, self.clock.now())
        return self.safety()

    def safety(self) -> safety.SafetyResult:
        return safety.evaluate(self.protocol, self.answers)

    def block(self) -> None:
        """No massage today: the session ends here, with the reason."""
        result = self.safety()
        reason = ",".join(result.blocking)
        self.store.end_session(self.session_id, "blocked", self.clock.now(), reason)

    def stop_for_doctor(self) -> None:
        reason = "warning_signs:" + ",".join(self.safety().warnings)
        self.store.end_session(self.session_id, "stopped", self.clock.now(), reason)

    def record_light_touch(self, foot: str, result: LightTouchResult) -> None:
        self.sensitivity[foot] = result.sensitivity.value
        self.store.record_light_touch(self.session_id, foot, result, self.clock.now())

    # -- the massage -----------------------------------------------------------------
    def start_massage(
        self,
        order: str = FOOT_BY_FOOT,
        first_foot: str = "left",
        durations: Mapping[str, float] | None = None,
    ) -> Session:
        session = Session(plan_slots(self.protocol, order, first_foot, durations), self.clock,
                          self.recommend)
        done = [(r.step_id, r.foot) for r in self.resumed.steps] if self.resumed else []
        session.begin(heel_sensitive=self.safety().heel_sensitive, done=done)
        self.session = session
        self._end_if_over()
        return session

    def recommend(self, step_id: str, foot: str) -> Recommendation:
        """Read from the log each time, so ratings given minutes ago already count."""
        history = self.store.ratings(self.profile_id)
        return recommend(history, step_id, foot, self.sensitivity.get(foot, "normal"))

    def save(self, result: StepResult) -> None:
        self.store.save_step_result(self.session_id, result, self.clock.now())
        self._end_if_over()

    def stop(self, reason: str = "") -> None:
        if self.session is not None and self.session.phase in ACTIVE:
            self.session.stop()
        self.store.end_session(self.session_id, "stopped", self.clock.now(), reason)

    def _end_if_over(self) -> None:
        if self.session is not None and self.session.phase == Phase.SUMMARY:
            hurt = any(r.outcome == Outcome.HURT for r in self.session.results.values())
            self.store.end_session(self.session_id, "completed", self.clock.now(),
                                   "hurt" if hurt else "")

    # -- what the summary shows ---------------------------------------------------------
    def record(self) -> SessionRecord:
        return self.store.session(self.session_id)

    def next_time(self) -> dict[tuple[str, str], Recommendation]:
        """Next session's recommendation per step and foot, assuming a normal day."""
        return recommend_all(self.protocol, self.store.ratings(self.profile_id), {})
