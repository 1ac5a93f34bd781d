"""`neurofoot recommend`: the pressure for every step and foot, read from the log."""

from __future__ import annotations

import argparse
import json

from neurofoot_desktop.commands.common import chosen_profiles, open_store
from neurofoot_desktop.commands.errors import CommandError, one_line

# The same as core.pressure.SENSITIVITIES (a test checks); spelled out so that parsing the
# command line, which every start of the program does, never loads the pressure engine.
SENSITIVITIES = ("reduced", "normal", "heightened")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="NAME",
                        help="the person (needed when there are several)")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal",
                        help="today's light-touch result (default: normal)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.core.pressure.reasons import english
    from neurofoot_desktop.core.protocol import FEET, default_protocol
    from neurofoot_desktop.core.recommendations import recommend_all

    store = open_store(args, readonly=True)
    try:
        profiles = chosen_profiles(store, args.profile)
        if not profiles:
            raise CommandError("there is nobody in the log yet.")
        if len(profiles) > 1:
            names = ", ".join(p.name for p in profiles)
            raise CommandError(f"choose a person with --profile ({one_line(names, 120)}).")
        history = store.ratings(profiles[0].id)
    finally:
        store.close()
    protocol = default_protocol()
    sensitivity = {foot: args.sensitivity for foot in FEET}
    rows = recommend_all(protocol, history, sensitivity)
    if args.json:
        print(json.dumps(
            [{"step_id": s, "foot": f, "level": r.level, "reason": english(r.reason),
              "reason_id": r.reason.value}
             for (s, f), r in rows.items()],
            ensure_ascii=False, indent=2,
        ))
        return 0
    print(f"Recommended pressure for {one_line(profiles[0].name, 80)}:")
    for (step_id, foot), rec in rows.items():
        name = protocol.pressure(rec.level).name
        title = protocol.step(step_id).title
        print(f"  {title:<26} {foot:<5}  {rec.level} {name:<16} {english(rec.reason)}")
    return 0
