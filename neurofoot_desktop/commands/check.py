"""`neurofoot check`: integrity_check and foreign_key_check, read-only.

Exit 0 with one summary line when the log is sound; exit 1 with a report of
every problem found otherwise. A log written by a newer NeuroFoot is refused
(exit 2) without being changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError, one_line

_SHOWN = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults()


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.storage import backup, integrity

    folder = datadir.resolve(getattr(args, "data_dir", None))
    path = folder / datadir.DB_NAME
    if not path.exists():
        raise CommandError(f"there is no NeuroFoot log in {folder} yet.")
    report = integrity.check(path)  # refuses another program's file, untouched
    backups = len(backup.list_backups(path))
    if report.ok:
        _look_alikes(path)
        c = report.counts
        print(f"OK: {path} is sound (integrity and foreign keys checked): "
              f"{c.get('profiles', 0)} people, {c.get('sessions', 0)} sessions, "
              f"{c.get('step_results', 0)} step results; {backups} backups.")
        return 0
    print(f"PROBLEM: {path} is damaged ({len(report.problems)} problem(s) found):")
    for problem in report.problems[:_SHOWN]:
        print(f"  - {problem}")
    if len(report.problems) > _SHOWN:
        print(f"  ... and {len(report.problems) - _SHOWN} more")
    print("The file has not been changed. Starting NeuroFoot will set it aside (it is kept) "
          "and recover what it can; or run `neurofoot restore` to go back to a backup "
          f"({backups} available).")
    return 1


def _look_alikes(path: Path) -> None:
    """People kept apart by the name-key migration although their names look alike: told,
    never merged silently (issue 15)."""
    from neurofoot_desktop.storage import StorageError, Store

    try:
        store = Store(path, readonly=True)
    except StorageError:
        return
    try:
        pairs = store.look_alikes()
    except StorageError:
        return  # a log from before the name key: nothing was kept apart yet
    finally:
        store.close()
    for later, earlier in pairs:
        print(f"NOTE: {one_line(later, 80)!r} and {one_line(earlier, 80)!r} look like the same "
              "name; they are kept as two people.")
