"""SQLite storage: the session log is the source of truth."""

from neurofoot_desktop.storage.errors import DatabaseDamaged, SchemaTooNew, StorageError
from neurofoot_desktop.storage.repository import Store

__all__ = ["DatabaseDamaged", "SchemaTooNew", "StorageError", "Store"]
