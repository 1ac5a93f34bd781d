"""Where NeuroFoot keeps its data: one private folder (also a portable mode)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENV_VAR = "NEUROFOOT_DATA_DIR"
DB_NAME = "neurofoot.sqlite3"


def resolve(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $NEUROFOOT_DATA_DIR, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir("NeuroFoot", appauthor=False))


def ensure_private(folder: Path) -> Path:
    """Create the folder if needed and make it readable by its owner only (0700)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def secure_folder(folder: Path) -> None:
    """Owner-only permissions on the data folder and everything in it (0700 / 0600)."""
    if os.name != "posix" or not folder.is_dir():
        return
    folder.chmod(0o700)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            p = Path(root, name)
            if not p.is_symlink():
                p.chmod(0o700)
        for name in files:
            p = Path(root, name)
            if not p.is_symlink():
                with contextlib.suppress(FileNotFoundError):  # a -wal may vanish meanwhile
                    p.chmod(0o600)
