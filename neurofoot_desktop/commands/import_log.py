"""`neurofoot import`: add the sessions of a NeuroFoot JSON export to the log.

The file is checked completely before the log is opened, so a malformed file changes
nothing (not even creating an empty log in a new folder). Then the folder lock is taken
(refused while the window is open on the folder) and the file is written in one
transaction.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError, one_line
from neurofoot_desktop.commands.folder_lock import holding

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a NeuroFoot JSON export (at most 1 GiB)")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.exports.json import LogFormatError, check_file, import_file
    from neurofoot_desktop.storage import StorageError, Store

    folder = datadir.resolve(getattr(args, "data_dir", None))
    try:
        checked = check_file(args.path)
    except LogFormatError as exc:
        raise CommandError(_refusal(args.path, exc)) from None
    try:
        datadir.ensure_private(folder)
    except OSError as exc:
        raise StorageError(f"Cannot use the data folder {folder}: {exc}") from None
    with holding(folder):
        store = Store.open(folder)
        try:
            result = import_file(store, args.path, checked)
        except LogFormatError as exc:
            raise CommandError(_refusal(args.path, exc)) from None
        finally:
            store.close()
    people = ""
    if result.profiles_added:
        names = one_line(", ".join(result.profiles_added), 120)
        people = f" and {len(result.profiles_added)} new person(s) ({names})"
    print(f"Added {result.sessions_added} sessions{people}; "
          f"{result.sessions_present} were already in the log.")
    return 0


def _refusal(path: str, reason: object) -> str:
    # "Nothing was changed" first: the line is cut at 200 characters.
    return f"Nothing was changed; {one_line(Path(path).name, 40)} cannot be imported: {reason}"
