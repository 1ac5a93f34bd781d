"""What a session object holds, read section by section.

SESSION_SECTIONS is the table the import walks for every session: each entry reads its own
keys through a Checker and fills its part of the SessionRecord. A new kind of per-session
data (symptom scores, foot-check findings, ...) is one function here and one entry in the
table (plus its key in export.session_to_dict and its rows in Store.insert_session); the
walk over the file, the error messages and the import's transaction need no change.
"""

from __future__ import annotations

from collections.abc import Callable

from neurofoot_desktop.core.lighttouch import Sensitivity
from neurofoot_desktop.core.pressure import FEELS
from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.exports import footcheck_rows, symptoms_rows
from neurofoot_desktop.exports.json.checker import ID_RE, MAX_ID, Checker, LogFormatError
from neurofoot_desktop.storage.repository import (
    STATUSES,
    WARNING_IDS,
    LightTouchRecord,
    SessionRecord,
)

SENSITIVITIES = tuple(s.value for s in Sensitivity)
OUTCOMES = tuple(o.value for o in Outcome)

Section = Callable[[Checker, SessionRecord], None]


def read_id(s: Checker) -> str:
    session_id = s.text("id", max_len=MAX_ID)
    if not ID_RE.fullmatch(session_id):  # fullmatch: "abc\n" is not an id
        s.fail("id", "an id made of letters, digits and - _ . :", session_id)
    return session_id


def _times_and_status(s: Checker, r: SessionRecord) -> None:
    r.started_at = s.moment("started_at")
    r.ended_at = s.moment("ended_at", nullable=True)
    if r.ended_at is not None and r.ended_at < r.started_at:
        s.fail("ended_at", "a time after started_at", s.data["ended_at"])
    r.status = s.choice("status", STATUSES)
    r.status_reason = s.text("status_reason", "")
    r.note = s.text("note", "")


def _safety_check(s: Checker, r: SessionRecord) -> None:
    warnings = s.raw("warnings", "a list of warning ids")
    if not isinstance(warnings, list):
        s.fail("warnings", "a list of warning ids", warnings)
    for i, w in enumerate(warnings):
        if not isinstance(w, str) or w not in WARNING_IDS:
            s.fail(f"warnings[{i}]", f"one of {', '.join(WARNING_IDS)}", w)
    if len(set(warnings)) != len(warnings):
        s.fail("warnings", "each warning at most once", warnings)
    heel = s.boolean("heel_sensitive")
    if not s.has("answers"):
        r.answers = {w: True for w in warnings}
        if heel:
            r.answers["heel_sensitive"] = True
        return
    a = s.sub("answers")
    for key in a.data:
        if not ID_RE.fullmatch(key) or len(key) > MAX_ID:
            a.fail(key, "a question id made of letters, digits and - _ . :", key)
        r.answers[key] = a.boolean(key)
    # The summary fields and the detailed answers must tell the same story.
    if [w for w in WARNING_IDS if r.answers.get(w)] != [w for w in WARNING_IDS if w in warnings]:
        s.fail("warnings", "the warnings answered yes in answers", warnings)
    if r.answers.get("heel_sensitive", False) != heel:
        s.fail("heel_sensitive", "the same as answers.heel_sensitive", heel)


def _light_touch(s: Checker, r: SessionRecord) -> None:
    sens = s.sub("sensitivity")
    sensitivity = {foot: sens.choice(foot, SENSITIVITIES) for foot in FEET}
    if not s.has("light_touch"):
        # A file without the details still records the day's result for each foot.
        r.light_touch = {foot: LightTouchRecord(
            foot, sensitivity[foot], 0, 0, 0, sensitivity[foot] == Sensitivity.HEIGHTENED.value)
            for foot in FEET}
        return
    lt = s.sub("light_touch")
    for foot in lt.data:
        if foot not in FEET:
            lt.fail(foot, "only the keys left and right", foot)
        t = lt.sub(foot)
        value = t.choice("sensitivity", SENSITIVITIES)
        if value != sensitivity[foot]:
            t.fail("sensitivity", f"the same as sensitivity.{foot}", value)
        total = t.integer("real_total", 0, 100)
        r.light_touch[foot] = LightTouchRecord(
            foot, value, t.integer("felt_real", 0, total), total,
            t.integer("pretend_felt", 0, 100), t.boolean("unpleasant"),
        )


def _step(st: Checker) -> StepResult:
    step_id = st.choice("step_id", STEP_IDS)
    foot = st.choice("foot", FEET)
    comfort = st.integer("comfort", 0, 10, nullable=True)
    if st.has("outcome"):
        outcome = Outcome(st.choice("outcome", OUTCOMES))
    else:
        outcome = Outcome.SKIPPED if comfort is None else Outcome.RATED
    if outcome == Outcome.SKIPPED and comfort is not None:
        st.fail("comfort", "null for a skipped step", comfort)
    if outcome != Outcome.SKIPPED and comfort is None:
        st.fail("comfort", f"a whole number 0-10 for a step with outcome {outcome.value}", None)
    actual = st.seconds("duration_s")
    return StepResult(
        step_id=step_id, foot=foot, started_at=st.moment("started_at", nullable=True),
        planned_s=st.seconds("planned_s", actual), actual_s=actual,
        pressure=st.integer("pressure", 1, 4), outcome=outcome, comfort=comfort,
        feel=st.choice("feel", FEELS, nullable=True), note=st.text("note", ""),
    )


def _steps(s: Checker, r: SessionRecord) -> None:
    seen: dict[tuple[str, str], int] = {}
    for i, st in enumerate(s.items("steps")):
        step = _step(st)
        key = (step.step_id, step.foot)
        if key in seen:
            st.fail("foot", f"each step once per foot, but {step.step_id} on the {step.foot} "
                    f"foot is also steps[{seen[key]}]", step.foot)
        seen[key] = i
        r.steps.append(step)


def _symptoms(s: Checker, r: SessionRecord) -> None:
    if not s.has("symptoms"):  # issue 18: older files have none
        return
    try:
        r.symptoms = symptoms_rows.from_json(s.data["symptoms"], s.place("symptoms"))
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None


def _foot_check(s: Checker, r: SessionRecord) -> None:
    if not s.has(footcheck_rows.KEY):  # issue 19: older files, and sessions without a look
        return
    try:
        r.footcheck = footcheck_rows.from_json(s.data[footcheck_rows.KEY],
                                               s.place(footcheck_rows.KEY), r.id, r.started_at)
    except ValueError as exc:
        raise LogFormatError(str(exc)) from None


SESSION_SECTIONS: list[Section] = [_times_and_status, _safety_check, _light_touch, _steps,
                                   _symptoms, _foot_check]
