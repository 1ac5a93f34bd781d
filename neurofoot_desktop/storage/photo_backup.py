"""Photos in the backups (issue 19).

A backup of the log is one SQLite file; the photos it names live beside the backups in
backups/photos/. Photo files are never changed after they are written (only added or
removed), so a backup keeps them by name: a hard link where the folder allows it (no second
copy on the disk), else a copy. A restore puts back every photo the restored log names that
is missing from the data folder. Files no kept backup names any more are pruned with the
backups. Nothing here imports the repository: backup.py calls in.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from neurofoot_desktop import datadir

log = logging.getLogger(__name__)

PHOTO_DIR = "photos"  # inside the data folder, and inside the backups folder


def names_in(db_file: Path) -> set[str]:
    """The photo files a log (or a backup of it) names; none for a log from before photos."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {r[0] for r in conn.execute("SELECT file FROM photos")}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


def _safe(name: str) -> bool:
    # A name from a file could try to reach outside the folder.
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..")


def _keep(source: Path, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)


def keep_with_backup(db_path: Path, backup_file: Path) -> int:
    """After a backup is written: keep beside it every photo it names. Returns how many
    were added. A photo that cannot be kept is logged, never fails the backup itself."""
    names = {n for n in names_in(backup_file) if _safe(n)}
    if not names:
        return 0
    source = db_path.parent / PHOTO_DIR
    target = datadir.ensure_private(backup_file.parent / PHOTO_DIR)
    added = 0
    for name in sorted(names):
        if (target / name).exists() or not (source / name).is_file():
            continue
        try:
            _keep(source / name, target / name)
            added += 1
        except OSError as exc:
            log.warning("could not keep the photo %s with the backup: %s", name, exc)
    return added


def put_back(db_path: Path, backup_file: Path) -> int:
    """After a restore: copy back the photos the restored log names and the data folder
    lacks, from beside the backup. Returns how many came back."""
    wanted = {n for n in names_in(db_path) if _safe(n)}
    here = db_path.parent / PHOTO_DIR
    missing = [n for n in sorted(wanted) if not (here / n).is_file()]
    if not missing:
        return 0
    datadir.ensure_private(here)
    came = 0
    for name in missing:
        kept = backup_file.parent / PHOTO_DIR / name
        if not kept.is_file():
            continue
        try:
            _keep(kept, here / name)
            came += 1
        except OSError as exc:
            log.warning("could not put the photo %s back: %s", name, exc)
    return came


def prune(backup_folder: Path, kept_backups: Iterable[Path]) -> int:
    """Remove photos from the backups folder that no kept backup names."""
    folder = backup_folder / PHOTO_DIR
    if not folder.is_dir():
        return 0
    named: set[str] = set()
    for backup in kept_backups:
        named |= names_in(backup)
    gone = 0
    for path in folder.iterdir():
        if path.is_file() and path.name not in named:
            with contextlib.suppress(OSError):
                path.unlink()
                gone += 1
    return gone
