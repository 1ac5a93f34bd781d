"""Deleting a person (with Undo) and merging two people into one (issue 14, finding 17).

Which rows belong to a person is read from the schema itself: every table whose foreign key
points at profiles(id) or at sessions(id). A table added by a later migration is therefore
covered without touching this module. Each operation is one transaction.

Photo files stay in the folder until the program closes (photos.sweep), so Undo until then
brings a person back whole; the backups taken before the delete still hold them afterwards.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import Store

Row = dict[str, object]


@dataclass
class RemovedPerson:
    """Everything a deleted person had, table by table, in an order that can be put back."""

    profile_id: int
    name: str
    tables: list[tuple[str, list[Row]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.tables if name == table)


def _references(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """table -> the parent tables among (profiles, sessions) its foreign keys point to."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found: dict[str, set[str]] = {}
    for table in tables:
        parents = {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
        parents &= {"profiles", "sessions"}
        if parents:
            found[table] = parents
    return found


def _by_person(table: str, parents: set[str]) -> str:
    """The WHERE clause selecting a person's rows of `table` (one parameter: the id)."""
    if "profiles" in parents:
        return "profile_id = ?"
    return "session_id IN (SELECT id FROM sessions WHERE profile_id = ?)"


def _ordered(refs: dict[str, set[str]]) -> list[str]:
    """Parents before children: sessions first, then tables that refer only to a person,
    then tables that refer to sessions."""
    rest = sorted(t for t in refs if t != "sessions")
    return (["sessions"] if "sessions" in refs else []) + sorted(
        rest, key=lambda t: "sessions" in refs[t])


def delete_person(store: Store, profile_id: int) -> RemovedPerson:
    """Remove a person and all that refers to them; returns what Undo needs."""
    name = store.profile(profile_id).name
    with store.transaction() as c:
        refs = _references(c)
        factory, c.row_factory = c.row_factory, sqlite3.Row
        try:
            profile = [dict(r) for r in c.execute("SELECT * FROM profiles WHERE id = ?",
                                                  (profile_id,))]
            removed = RemovedPerson(profile_id, name, [("profiles", profile)])
            for table in _ordered(refs):
                rows = c.execute(f'SELECT * FROM "{table}" WHERE '
                                 + _by_person(table, refs[table]), (profile_id,))
                removed.tables.append((table, [dict(r) for r in rows]))
        finally:
            c.row_factory = factory
        # The foreign keys cascade; every table is also cleared explicitly, children first,
        # so that nothing is left behind if a table was ever created without a cascade.
        for table in reversed(_ordered(refs)):
            c.execute(f'DELETE FROM "{table}" WHERE ' + _by_person(table, refs[table]),
                      (profile_id,))
        c.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
    return removed


def put_back(store: Store, removed: RemovedPerson) -> None:
    """Undo a delete: the person and every row they had, all or nothing."""
    try:
        with store.transaction() as c:
            for table, rows in removed.tables:
                for row in rows:
                    columns = ", ".join(f'"{k}"' for k in row)
                    marks = ", ".join("?" for _ in row)
                    c.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                              tuple(row.values()))
    except StorageError as exc:
        if isinstance(exc.__cause__, sqlite3.IntegrityError):
            raise StorageError(f"{removed.name} cannot be brought back: there is already a "
                               "person with that name.") from None
        raise


def merge_people(store: Store, source_id: int, target_id: int) -> None:
    """Move every session, score, look, photo and plan of `source` to `target`, then remove
    `source`. For a typo'd second name: the history becomes one."""
    if source_id == target_id:
        raise StorageError("Choose two different people to merge.")
    store.profile(source_id), store.profile(target_id)  # KeyError for an unknown id
    with store.transaction() as c:
        for table, parents in _references(c).items():
            if "profiles" in parents:
                c.execute(f'UPDATE "{table}" SET profile_id = ? WHERE profile_id = ?',
                          (target_id, source_id))
        # The merged person was last used when either of them was.
        c.execute("UPDATE profiles SET last_used_at = (SELECT max(last_used_at) FROM profiles "
                  "WHERE id IN (?, ?)) WHERE id = ?", (source_id, target_id, target_id))
        c.execute("DELETE FROM profiles WHERE id = ?", (source_id,))
