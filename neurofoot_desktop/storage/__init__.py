"""SQLite storage: the session log is the source of truth.

Store is imported on first use (PEP 562), so that code which only needs the errors, such as
the command line's parser, does not load the repository and the core modules behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from neurofoot_desktop.storage.errors import (
    DatabaseDamaged,
    ForeignDatabase,
    SchemaTooNew,
    StorageError,
)

if TYPE_CHECKING:
    from neurofoot_desktop.storage.repository import Store

__all__ = ["DatabaseDamaged", "ForeignDatabase", "SchemaTooNew", "StorageError", "Store"]


def __getattr__(name: str) -> object:
    if name == "Store":
        from neurofoot_desktop.storage.repository import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
