"""`neurofoot photo add FILE --foot --view` and `neurofoot photo list` (issue 19)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from neurofoot_desktop.commands.common import chosen_profiles, open_store
from neurofoot_desktop.commands.errors import CommandError

FEET = ("left", "right")  # core.vocabulary's, spelled out: parsing must not load the core
VIEWS = ("top", "sole")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    verbs = parser.add_subparsers(dest="photo_command", metavar="add|list", required=True)
    add = verbs.add_parser("add", help="add a photo of a foot from a file (JPEG, PNG, HEIC)")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--foot", choices=FEET, required=True)
    add.add_argument("--view", choices=VIEWS, required=True)
    add.add_argument("--profile", metavar="NAME", help="the person (needed when there are "
                                                       "several)")
    add.add_argument("--date", metavar="D", help="when it was taken, YYYY-MM-DD[THH:MM] "
                                                 "(default: now)")
    listing = verbs.add_parser("list", help="list the photos kept in the log")
    listing.add_argument("--profile", metavar="NAME", help="only this person")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _when(text: str | None) -> datetime:
    if not text:
        return datetime.now().astimezone()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date like 2026-03-14 or 2026-03-14T09:30.") \
            from None
    return moment if moment.tzinfo else moment.astimezone()


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    store = open_store(args)
    try:
        profiles = chosen_profiles(store, args.profile)
        if args.photo_command == "add":
            if len(profiles) != 1:
                names = ", ".join(p.name for p in profiles) or "nobody yet"
                raise CommandError(f"choose a person with --profile ({names}).")
            from neurofoot_desktop import photo_import
            from neurofoot_desktop.core.vocabulary import Foot, View

            try:
                record = photo_import.add_from_file(
                    store, profiles[0].id, None, Foot(args.foot), View(args.view),
                    Path(args.file), _when(args.date))
            except photo_import.PhotoError as exc:
                raise CommandError(str(exc)) from None
            print(f"Added {record.width}x{record.height} photo of the {args.foot} foot "
                  f"({args.view}) for {profiles[0].name}, {record.taken_at:%Y-%m-%d %H:%M}.")
            return 0
        from neurofoot_desktop.storage import photos

        names = {p.id: p.name for p in profiles}
        rows = [r for r in photos.photos(store) if r.profile_id in names]
        if args.json:
            print(json.dumps([
                {"person": names[r.profile_id], "foot": r.foot.value, "view": r.view.value,
                 "taken_at": r.taken_at.isoformat(), "file": str(r.path(store)),
                 "width": r.width, "height": r.height, "source": r.source,
                 "session_id": r.session_id} for r in rows], ensure_ascii=False, indent=2))
            return 0
        if not rows:
            print("No photos yet.")
        for r in rows:
            print(f"{r.taken_at:%Y-%m-%d %H:%M}  {names[r.profile_id]:<20} {r.foot.value:<5} "
                  f"{r.view.value:<4}  {r.width}x{r.height}  {r.path(store)}")
        return 0
    finally:
        store.close()
