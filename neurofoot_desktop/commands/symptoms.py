"""`neurofoot symptoms`: the last scores and "does it help?" for the period (issue 18)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta

from neurofoot_desktop.commands.common import chosen_profiles, open_store
from neurofoot_desktop.commands.errors import CommandError

NAMES = {"pain": "pain", "tingling": "burning or tingling", "numbness": "numbness"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME",
                        help="the person (needed when there are several)")
    parser.add_argument("--days", type=int, default=90, metavar="N",
                        help="the period: the last N days (default: 90)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.core import symptoms as rules
    from neurofoot_desktop.core.isotime import to_iso
    from neurofoot_desktop.core.vocabulary import Symptom
    from neurofoot_desktop.storage import symptoms as symptom_store

    if args.days < 1:
        raise CommandError("--days must be 1 or more.")
    store = open_store(args)
    try:
        profiles = chosen_profiles(store, args.profile)
        if not profiles:
            raise CommandError("there is nobody in the log yet.")
        if len(profiles) > 1:
            names = ", ".join(p.name for p in profiles)
            raise CommandError(f"choose a person with --profile ({names}).")
        since = datetime.now(UTC) - timedelta(days=args.days)
        sessions = symptom_store.of_profile(store, profiles[0].id, since=since)
    finally:
        store.close()
    last = rules.latest(sessions)
    effects = {s: rules.effect(sessions, s) for s in Symptom}
    if args.json:
        def scores(given: dict) -> dict:
            return {s.value: v for s, v in given.items() if v is not None}
        print(json.dumps({
            "profile": profiles[0].name, "days": args.days,
            "sessions_with_scores": len(sessions),
            "paired_sessions": rules.paired_sessions(sessions),
            "last": None if last is None else {
                "session_id": last.session_id, "started_at": to_iso(last.started_at),
                "before": scores(last.before), "after": scores(last.after)},
            "change": {s.value: {"pairs": e.pairs, "mean_after_minus_before":
                                 None if e.mean_change is None else round(e.mean_change, 2)}
                       for s, e in effects.items()},
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Symptoms of {profiles[0].name}, the last {args.days} days "
          f"({len(sessions)} sessions with scores):")
    if last is None:
        print("  No scores yet.")
        return 0
    print(f"  Last, {last.started_at.date().isoformat()}:")
    for s in Symptom:
        print(f"    {NAMES[s.value]:<20} before {_shown(last.before, s):>12}   "
              f"after {_shown(last.after, s):>12}")
    for s, e in effects.items():
        print("  " + sentence(NAMES[s.value], e.pairs, e.mean_change, args.days))
    return 0


def _shown(given: dict, symptom: object) -> str:
    if symptom not in given:
        return "not given"
    value = given[symptom]
    return "don't know" if value is None else f"{value} / 10"


def sentence(name: str, pairs: int, change: float | None, days: int) -> str:
    """The one plain sentence, in English (the window words it in the person's language)."""
    if change is None:
        return (f"{name.capitalize()}: not enough yet ({pairs} of the 5 sessions with a score "
                "both before and after that are needed).")
    if abs(change) < 0.05:
        return f"{name.capitalize()}: on average no change after a massage, over {pairs} " \
               f"sessions in the last {days} days."
    way = "lower" if change < 0 else "higher"
    return (f"{name.capitalize()}: on average {abs(change):.1f} points {way} after a massage, "
            f"over {pairs} sessions in the last {days} days.")
