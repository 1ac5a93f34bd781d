"""`neurofoot reminders`: each person's plan, this week's share, and the next reminder due."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME", help="only this person")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.commands.common import chosen_profiles, open_store
    from neurofoot_desktop.core import reminders
    from neurofoot_desktop.core.clock import SystemClock
    from neurofoot_desktop.storage import plans

    now = SystemClock().now()
    tz = now.astimezone().tzinfo
    assert tz is not None
    today = now.astimezone(tz).date()
    monday, sunday = reminders.week_of(today)
    store = open_store(args)
    try:
        people: list[dict[str, Any]] = []
        for profile in chosen_profiles(store, args.profile):
            versions = plans.plan_versions(store, profile.id)
            plan = versions[-1].plan if versions else None
            since = datetime.combine(monday - timedelta(days=1), datetime.min.time(), tz)
            marks = plans.session_marks(store, profile.id, since)
            decided = plans.decisions(store, profile.id, monday)
            answer = reminders.what_now(plan, now, tz, marks, decided)
            week = reminders.adherence(plans.plan_on(versions, tz), monday, sunday, tz, marks,
                                       decided, now)
            people.append({
                "profile": profile.name,
                "plan": _plan_json(plan),
                "today_done": answer.today_done if plan else None,
                "due_now": answer.what is reminders.Now.REMIND,
                "next_reminder": _local(answer.next_at, tz),
                "week": {"done": week.done, "planned": week.planned,
                         "safety_blocked": week.blocked, "not_today": week.skipped},
            })
    finally:
        store.close()
    if args.json:
        print(json.dumps(people, ensure_ascii=False, indent=2))
        return 0
    if not people:
        print("There is nobody in the log yet.")
    for p in people:
        print(_text(p))
    return 0


def _plan_json(plan: Any) -> dict[str, Any] | None:
    if plan is None:
        return None
    from neurofoot_desktop.storage.plans import encode

    days, times, quiet_start, quiet_end, on = encode(plan)
    return {"days": days.split(","), "times": times.split(","),
            "quiet_hours": [quiet_start, quiet_end] if quiet_start else None,
            "reminders": bool(on)}


def _local(moment: datetime | None, tz: Any) -> str | None:
    return moment.astimezone(tz).isoformat(timespec="minutes") if moment else None


def _text(p: dict[str, Any]) -> str:
    plan = p["plan"]
    if plan is None:
        return f"{p['profile']}: no plan."
    quiet = f", quiet {plan['quiet_hours'][0]}-{plan['quiet_hours'][1]}" \
        if plan["quiet_hours"] else ""
    off = "" if plan["reminders"] else " (reminders off)"
    week = p["week"]
    apart = [f"{week['safety_blocked']} held back for safety"] if week["safety_blocked"] else []
    apart += [f"{week['not_today']} set aside"] if week["not_today"] else []
    if p["due_now"]:
        due = "a reminder is due now"
    elif p["today_done"]:
        due = "today is done" + (f"; next reminder {p['next_reminder']}"
                                 if p["next_reminder"] and plan["reminders"] else "")
    else:
        due = f"next reminder {p['next_reminder'] or 'none'}"
    return (f"{p['profile']}: {' '.join(plan['days'])} at {', '.join(plan['times'])}{quiet}"
            f"{off}\n  this week: {week['done']} of {week['planned']} planned"
            f"{' (' + ', '.join(apart) + ')' if apart else ''}\n  {due}")
