"""The one key a person's name is matched on: Unicode NFC, case-folded, spaces trimmed and
collapsed. "ANA MARÍA", "ana maría" and an NFD-encoded "Ana María" are one person; the name
itself is stored exactly as it was typed."""

from __future__ import annotations

import sqlite3
import unicodedata


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    return unicodedata.normalize("NFC", text.casefold())


def register(conn: sqlite3.Connection) -> None:
    """name_key() as an SQL function, for the migration that fills the column."""
    conn.create_function("name_key", 1, name_key, deterministic=True)
