"""`neurofoot import`: add the sessions of a NeuroFoot JSON export to the log.

The file is checked completely before the log is opened, so a malformed file
changes nothing (not even creating an empty log in a new folder).
"""

from __future__ import annotations

import argparse

from neurofoot_desktop.commands.common import open_store
from neurofoot_desktop.commands.errors import CommandError

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a NeuroFoot JSON export")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.exports.json_log import LogFormatError, import_parsed, read_log

    try:
        profiles = read_log(args.path)
    except LogFormatError as exc:
        raise CommandError(f"cannot import {args.path}: {exc}. Nothing was changed.") from None
    store = open_store(args, must_exist=False)
    try:
        result = import_parsed(store, profiles)
    finally:
        store.close()
    people = ""
    if result.profiles_added:
        names = ", ".join(result.profiles_added)
        people = f" and {len(result.profiles_added)} new person(s) ({names})"
    print(f"Added {result.sessions_added} sessions{people}; "
          f"{result.sessions_present} were already in the log.")
    return 0
