"""Storage failures, each with a message a person can act on."""


class StorageError(Exception):
    """The log could not be read or written; str() is a plain-language message."""


class SchemaTooNew(StorageError):
    """The database was written by a newer NeuroFoot; it is left untouched."""


class DatabaseDamaged(StorageError):
    """The file is not a database, or fails SQLite's integrity check."""
