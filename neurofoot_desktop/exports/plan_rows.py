"""The reminder plan (issue 20) in the JSON log: its versions per person, their validation and
their import. Small and separate, as symptoms_rows.py is, so each part of the JSON package
needs one line for it.

JSON, per person (docs/json-format.md): "plans": [{"since": time, "plan": {"days": ["mon",
"wed"], "times": ["09:00", "18:00"], "quiet_hours": ["21:00", "08:00"] | null, "reminders":
true}}, {"since": time, "plan": null}, ...], oldest first. A version holds from `since` on, so
a past week is still judged against the plan of that week; `"plan": null` records "no plan"
(also a plan offered and declined). Absent for a person never asked, and in older files.

Beside it, "reminder_decisions": the snoozes and "not today" answers, oldest first, so that
after an import a day the person set aside still counts apart in adherence instead of as
not held. The "reminded" rows stay on the computer that gave the reminders.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.reminders import DAY_NAMES, Decision, DecisionKind, Plan, PlanError
from neurofoot_desktop.storage.plans import PlanVersion

KEY = "plans"
TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
MAX_VERSIONS = 10_000
DECISIONS_KEY = "reminder_decisions"
EXPORTED_KINDS = (DecisionKind.SNOOZED, DecisionKind.NOT_TODAY)
MAX_DECISIONS = 200_000  # two slots a day, a few snoozes each, for decades


def plan_to_json(plan: Plan) -> dict[str, Any]:
    return {
        "days": plan.day_ids(),
        "times": [f"{t:%H:%M}" for t in plan.times],
        "quiet_hours": ([f"{plan.quiet_start:%H:%M}", f"{plan.quiet_end:%H:%M}"]
                        if plan.quiet_start is not None and plan.quiet_end is not None
                        else None),
        "reminders": plan.reminders,
    }


def to_json(versions: list[PlanVersion]) -> dict[str, Any]:
    """The person's part: {"plans": [...]}, or {} when they never had one."""
    if not versions:
        return {}
    return {KEY: [{"since": to_iso(v.since),
                   "plan": plan_to_json(v.plan) if v.plan is not None else None}
                  for v in versions]}


def _fail(where: str, expected: str, got: object) -> ValueError:
    shown = repr(got) if not isinstance(got, str) else f'"{got}"'
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return ValueError(f"{where}: expected {expected}, got {shown}")


def _time(value: object, where: str) -> time:
    if not isinstance(value, str) or not TIME_RE.fullmatch(value):
        raise _fail(where, "a time of day as HH:MM", value)
    return time.fromisoformat(value)


def _strings(value: object, where: str, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, what, value)
    return value


def plan_from_json(value: object, where: str) -> Plan | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _fail(where, "an object or null", value)
    unknown = sorted(set(value) - {"days", "times", "quiet_hours", "reminders"})
    if unknown:
        raise _fail(f"{where}.{unknown[0]}", "only days, times, quiet_hours, reminders",
                    unknown[0])
    names = _strings(value.get("days"), f"{where}.days", "a list of days (mon … sun)")
    days = []
    for i, name in enumerate(names):
        if name not in DAY_NAMES:
            raise _fail(f"{where}.days[{i}]", f"one of {', '.join(DAY_NAMES)}", name)
        days.append(DAY_NAMES.index(name))
    if len(set(days)) != len(days):
        raise _fail(f"{where}.days", "each day at most once", names)
    times = _strings(value.get("times"), f"{where}.times", "a list of one or two times")
    quiet = value.get("quiet_hours")
    if quiet is not None and (not isinstance(quiet, list) or len(quiet) != 2):
        raise _fail(f"{where}.quiet_hours", "null or [start, end]", quiet)
    reminders = value.get("reminders", True)
    if not isinstance(reminders, bool):
        raise _fail(f"{where}.reminders", "true or false", reminders)
    try:
        return Plan(frozenset(days),
                    tuple(_time(t, f"{where}.times[{i}]") for i, t in enumerate(times)),
                    _time(quiet[0], f"{where}.quiet_hours[0]") if quiet else None,
                    _time(quiet[1], f"{where}.quiet_hours[1]") if quiet else None, reminders)
    except PlanError as refused:  # the core's own sentence: "Please choose at least one day."
        raise ValueError(f"{where}: {refused}") from None


def from_json(value: object, where: str) -> list[PlanVersion]:
    """The checked versions, oldest first; ValueError (one line naming the place) if bad."""
    if not isinstance(value, list) or len(value) > MAX_VERSIONS:
        raise _fail(where, "a list of plan versions", value)
    versions: list[PlanVersion] = []
    for i, item in enumerate(value):
        place = f"{where}[{i}]"
        if not isinstance(item, dict) or "since" not in item or "plan" not in item:
            raise _fail(place, 'an object with "since" and "plan"', item)
        since_text = item["since"]
        try:
            if not isinstance(since_text, str):
                raise ValueError
            since = from_iso(since_text)
        except ValueError:
            raise _fail(f"{place}.since", "a time such as 2026-11-20T18:30:00.000Z",
                        since_text) from None
        if versions and since < versions[-1].since:
            raise _fail(f"{place}.since", "a time after the version before", since_text)
        versions.append(PlanVersion(since, plan_from_json(item["plan"], f"{place}.plan")))
    return versions


def decisions_to_json(decisions: list[Decision]) -> dict[str, Any]:
    """The person's {"reminder_decisions": [...]}, or {} when there is none to carry."""
    kept = [d for d in decisions if d.kind in EXPORTED_KINDS]
    if not kept:
        return {}
    return {DECISIONS_KEY: [{"kind": d.kind.value, "made_at": to_iso(d.at),
                             "day": d.day.isoformat(), "slot": d.slot,
                             "until": to_iso(d.until) if d.until else None} for d in kept]}


def _moment(value: object, where: str) -> datetime:
    try:
        if not isinstance(value, str):
            raise ValueError
        return from_iso(value)
    except ValueError:
        raise _fail(where, "a time such as 2026-11-20T18:30:00.000Z", value) from None


def _decision(item: object, place: str) -> Decision:
    if not isinstance(item, dict):
        raise _fail(place, "an object with kind, made_at and day", item)
    unknown = sorted(set(item) - {"kind", "made_at", "day", "slot", "until"})
    if unknown:
        raise _fail(f"{place}.{unknown[0]}", "only kind, made_at, day, slot, until", unknown[0])
    names = [k.value for k in EXPORTED_KINDS]
    kind = item.get("kind")
    if kind not in names:
        raise _fail(f"{place}.kind", f"one of {', '.join(names)}", kind)
    made_at = _moment(item.get("made_at"), f"{place}.made_at")
    day_text = item.get("day")
    try:
        if not isinstance(day_text, str) or len(day_text) != 10:
            raise ValueError
        day = date.fromisoformat(day_text)
    except ValueError:
        raise _fail(f"{place}.day", "a day as YYYY-MM-DD", day_text) from None
    slot = item.get("slot", 0)
    if isinstance(slot, bool) or slot not in (0, 1):
        raise _fail(f"{place}.slot", "0 or 1 (the first or second time of the day)", slot)
    until = item.get("until")
    if kind == DecisionKind.SNOOZED.value:  # a snooze says until when
        until = _moment(until, f"{place}.until")
        if until <= made_at:
            raise _fail(f"{place}.until", "a time after made_at", item.get("until"))
    elif until is not None:
        raise _fail(f"{place}.until", "null for not_today", until)
    return Decision(DecisionKind(kind), made_at, day, slot, until)


def decisions_from_json(value: object, where: str) -> list[Decision]:
    """The checked decisions; ValueError (one line naming the place) if one is bad."""
    if not isinstance(value, list) or len(value) > MAX_DECISIONS:
        raise _fail(where, "a list of reminder decisions", value)
    return [_decision(item, f"{where}[{i}]") for i, item in enumerate(value)]
