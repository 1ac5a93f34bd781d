"""Where NeuroFoot keeps its data: one private folder (also a portable mode)."""

from __future__ import annotations

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
