"""Storage failures, each with a message a person can act on."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """The log could not be read or written; str() is a plain-language message."""


class SchemaTooNew(StorageError):
    """The database was written by a newer NeuroFoot; it is left untouched."""


class DatabaseDamaged(StorageError):
    """The file is not a database, or fails SQLite's integrity check."""


class ForeignDatabase(StorageError):
    """An SQLite file that is not NeuroFoot's (another program's); it is left untouched."""


# SQLite's primary result codes, in the person's words (the raw text follows in brackets).
_CAUSES = {
    3: "permission was denied",
    5: "another NeuroFoot program (an import or a restore from the command line) is using "
       "it; try again when it has finished",
    6: "another NeuroFoot program is using it; try again when it has finished",
    8: "the log or its folder is read-only",
    10: "the disk reported an error",
    11: "the file is damaged",
    13: "the disk is full; please make some room",
    14: "the file could not be opened",
    19: "a value was refused",
    26: "the file is not a database",
}


def cause(exc: sqlite3.Error) -> str:
    """What went wrong, named from SQLite's error code rather than a later follow-up error."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    words = _CAUSES.get(code)
    return f"{words} ({exc})" if words else str(exc)
