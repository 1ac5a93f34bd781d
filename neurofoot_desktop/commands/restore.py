"""`neurofoot restore [BACKUP]`: go back to a backup; the current log is kept aside first."""

from __future__ import annotations

import argparse
from pathlib import Path

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError
from neurofoot_desktop.commands.folder_lock import holding


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", nargs="?", metavar="BACKUP",
                        help="the backup file to restore, or its name in the backups folder "
                             "(default: the newest good one)")
    parser.add_argument("--list", action="store_true", help="list the backups and stop")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop.storage import backup, integrity

    folder = datadir.resolve(getattr(args, "data_dir", None))
    path = folder / datadir.DB_NAME
    # Before anything else: a newer log is refused exactly as it is.
    integrity.refuse_newer_untouched(path)
    backups = backup.list_backups(path)
    if args.list:
        if not backups:
            print(f"No backups in {backup.backup_dir(path)} yet.")
        for b in backups:
            print(f"{b.label:<36} {b.path}")
        return 0
    if args.backup:
        chosen = Path(args.backup).expanduser()
        if not chosen.exists() and (backup.backup_dir(path) / args.backup).exists():
            chosen = backup.backup_dir(path) / args.backup
        if not chosen.is_file():
            raise CommandError(f"there is no backup file {args.backup}.")
    else:
        good = backup.newest_good_backup(path)
        if good is None:
            raise CommandError(f"there is no usable backup in {backup.backup_dir(path)}.")
        chosen = good[0].path
    with holding(folder):  # never under an open window's feet (issue 15)
        done = backup.restore(path, chosen.resolve())
    counts = done.counts
    print(f"Restored {path} from {done.backup}: {counts.get('sessions', 0)} sessions, "
          f"{counts.get('step_results', 0)} step results.")
    if done.kept_at is not None:
        print(f"The log as it was before is kept at {done.kept_at}.")
    return 0
