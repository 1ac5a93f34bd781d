"""`neurofoot export`: the log as CSV, JSON, PDF or FHIR, written atomically."""

from __future__ import annotations

import argparse
from datetime import date

from neurofoot_desktop.commands.common import chosen_profiles, open_store
from neurofoot_desktop.commands.errors import CommandError

# The same as exports.FORMATS (a test checks); spelled out so that parsing the command
# line, which every start of the program does, never loads the exporters.
FORMATS = ("csv", "json", "pdf", "fhir")
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2099, 12, 31)

__all__ = ["add_arguments", "run"]

_ITEMS = {"csv": "rows", "json": "step results", "fhir": "FHIR entries", "pdf": "pages"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    parser.add_argument("--profile", metavar="NAME", help="only this person (default: everyone)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="first day to include")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="last day to include")
    parser.add_argument("--appendix", action="store_true",
                        help="PDF only: add every session and every note after the summary")
    parser.add_argument("--with-photos", action="store_true",
                        help="JSON: copy the foot photos into a folder beside the file; PDF: "
                             "the first and latest photo of each foot")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.exports import ExportError, Period, export_log, parse_day

    try:
        period = Period(
            parse_day(args.since, "--since") if args.since else None,
            parse_day(args.until, "--until") if args.until else None,
        )
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    for day, option in ((period.since, "--since"), (period.until, "--until")):
        # The same window as the import's (docs/json-format.md): every time in a log is in it.
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise CommandError(f"{option} must be a day from {FIRST_DAY} to {LAST_DAY}.")
    store = open_store(args, readonly=True)
    try:
        if args.profile is not None:
            chosen_profiles(store, args.profile)  # says who is known when the name is wrong
        result = export_log(store, args.format, args.out, profile=args.profile, period=period,
                            appendix=args.appendix, with_photos=args.with_photos)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    finally:
        store.close()
    print(f"Wrote {result.sessions} sessions ({result.items} {_ITEMS[args.format]}) "
          f"to {result.path}")
    return 0
