"""A guided session and its log, together: every answer is written as it is given.

Qt-free glue between the core (safety, light touch, the state machine,
recommend()) and the store. The screens call these methods and never write to
the store themselves, so the rule "committed the moment it is given" lives in
one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

from neurofoot_desktop.core import next_time as next_time_rules
from neurofoot_desktop.core import safety, symptoms
from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.lighttouch import LightTouchResult
from neurofoot_desktop.core.pressure import Recommendation, ask_direction_first, recommend
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
from neurofoot_desktop.core.vocabulary import Foot, Moment, Sensitivity, Status, Symptom
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import symptoms as symptom_store
from neurofoot_desktop.storage.repository import SessionRecord


def leave_interrupted(store: Store, clock: Clock, interrupted: SessionRecord) -> None:
    """The person began anew instead of resuming: the old session ends as not finished.

    Every answer in it is kept; it is just no longer offered for resuming.
    """
    store.end_session(interrupted.id, Status.INCOMPLETE, clock.now(), "left")


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
        self.scores: dict[Moment, dict[Symptom, int | None]] = {Moment.BEFORE: {},
                                                                 Moment.AFTER: {}}
        self.resumed = resume
        if resume is not None:
            store.reopen_session(resume.id)
            self.session_id = resume.id
            self.answers = dict(resume.answers)
            self.sensitivity = {foot: resume.sensitivity(foot) for foot in resume.light_touch}
            for moment, given in symptom_store.for_sessions(store, [resume.id]).get(
                    resume.id, {}).items():
                self.scores[moment].update(given)
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
        self.store.end_session(self.session_id, Status.BLOCKED, self.clock.now(), reason)

    def stop_for_doctor(self) -> None:
        reason = "warning_signs:" + ",".join(self.safety().warnings)
        self.store.end_session(self.session_id, Status.STOPPED, self.clock.now(), reason)

    # -- symptoms before and after (issue 18) ----------------------------------------------
    def score(self, moment: Moment, symptom: Symptom, value: int | None) -> None:
        """One score (None: "I don't know"), written at once."""
        symptom_store.record(self.store, self.session_id, moment, symptom, value,
                             self.clock.now())
        self.scores[moment][symptom] = value

    def unscore(self, moment: Moment, symptom: Symptom) -> None:
        """The person took a score back: it was not given after all."""
        symptom_store.forget(self.store, self.session_id, moment, symptom)
        self.scores[moment].pop(symptom, None)

    @property
    def strong_pain(self) -> bool:
        return symptoms.strong_pain(self.scores[Moment.BEFORE])

    def symptom_signs(self) -> list[symptoms.Sign]:
        """Today's "before" scores against this person's own last four weeks."""
        now = self.clock.now()
        earlier = symptom_store.of_profile(
            self.store, self.profile_id, since=now - timedelta(days=symptoms.BASELINE_DAYS))
        return symptoms.signs(self.scores[Moment.BEFORE], earlier, now, self.session_id)

    def record_signs(self, found: list[symptoms.Sign]) -> safety.SafetyResult:
        """Record numbers-based signs as warning signs; they need the same confirmations, so
        earlier confirmations this session no longer count."""
        for sign in found:
            self.answer(sign.answer_id, True)
        if found and self.answers.get(safety.CONTINUE_DESPITE_WARNING):
            self.answer(safety.CONTINUE_DESPITE_WARNING, False)
        return self.safety()

    def record_light_touch(self, foot: str, result: LightTouchResult) -> None:
        self.sensitivity[foot] = result.sensitivity.value
        self.store.record_light_touch(self.session_id, foot, result, self.clock.now())

    # -- the massage -----------------------------------------------------------------
    def start_massage(
        self,
        order: str = FOOT_BY_FOOT,
        first_foot: str = Foot.LEFT,
        durations: Mapping[str, float] | None = None,
    ) -> Session:
        session = Session(plan_slots(self.protocol, order, first_foot, durations), self.clock,
                          self.recommend)
        done = [(r.step_id, r.foot) for r in self.resumed.steps] if self.resumed else []
        session.begin(heel_sensitive=self.safety().heel_sensitive, done=done)
        self.session = session
        self._end_if_over()
        return session

    def ask_direction_first(self, step_id: str, foot: str) -> bool:
        """The rating card asks "too light / just right / too firm?" first (issue 17)."""
        return ask_direction_first(self.store.ratings(self.profile_id), step_id, foot)

    def recommend(self, step_id: str, foot: str) -> Recommendation:
        """Read from the log each time, so ratings given minutes ago already count."""
        history = self.store.ratings(self.profile_id)
        rec = recommend(history, step_id, foot, self.sensitivity.get(foot, Sensitivity.NORMAL),
                        heel_sensitive=self.safety().heel_sensitive)
        if self.strong_pain:  # issue 18: on a day of strong pain the pressure does not rise
            last = next((r.pressure for r in reversed(history)
                         if r.step_id == step_id and r.foot == foot), None)
            level = symptoms.hold_level(rec.level, last)
            if level != rec.level:
                rec = replace(rec, level=level, reason=symptoms.HELD_REASON)
        return rec

    def save(self, result: StepResult) -> None:
        self.store.save_step_result(self.session_id, result, self.clock.now())
        self._end_if_over()

    def stop(self, reason: str = "") -> None:
        if self.session is not None and self.session.phase in ACTIVE:
            self.session.stop()
        self.store.end_session(self.session_id, Status.STOPPED, self.clock.now(), reason)

    def _end_if_over(self) -> None:
        if self.session is not None and self.session.phase == Phase.SUMMARY:
            hurt = any(r.outcome == Outcome.HURT for r in self.session.results.values())
            self.store.end_session(self.session_id, Status.COMPLETED, self.clock.now(),
                                   Outcome.HURT if hurt else "")

    # -- what the summary shows ---------------------------------------------------------
    def record(self) -> SessionRecord:
        return self.store.session(self.session_id)

    def next_time(self) -> dict[tuple[str, str], Recommendation]:
        """Next session's recommendation per step and foot, assuming a normal day."""
        return recommend_all(self.protocol, self.store.ratings(self.profile_id), {})

    def next_time_advice(
        self,
    ) -> dict[tuple[str, str], tuple[Recommendation, next_time_rules.NextTime]]:
        """next_time(), bounded by what happened today (core/next_time.py decides)."""
        history = self.store.ratings(self.profile_id)
        record = self.record()
        day = next_time_rules.day_of(record.warnings, record.hurt,
                                     [s.comfort for s in record.steps])
        today = {(s.step_id, s.foot): s for s in record.steps if s.comfort is not None}
        earlier = [r for r in history if r.session_id != self.session_id]
        out = {}
        for (step_id, foot), rec in recommend_all(self.protocol, history, {}).items():
            out[(step_id, foot)] = (rec, next_time_rules.advise(
                rec.level, step_id, foot, day, history if (step_id, foot) in today else earlier,
                today.get((step_id, foot))))
        return out
