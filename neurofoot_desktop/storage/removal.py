"""Deleting a session with everything it holds, and its undo (issue 19).

The log's foreign keys remove a session's steps, look, temperatures and photo rows with it.
The photo files stay in the folder until the program closes (photos.sweep), so Undo can put
the whole session back, look and photos included, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from neurofoot_desktop.storage import footcheck
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.storage.repository import SessionRecord, Store


@dataclass
class RemovedSession(SessionRecord):
    """A deleted session as Undo needs it: the record plus its look and its photos."""

    look: footcheck.FootCheckRecord | None = None
    photos: list[photo_store.PhotoRecord] = field(default_factory=list)


def delete_session(store: Store, session_id: str) -> RemovedSession:
    """Remove a session; returns what Undo needs to put all of it back."""
    look = footcheck.check(store, session_id)
    kept = photo_store.photos(store, session_id=session_id)
    record = store.delete_session(session_id)
    base = {f.name: getattr(record, f.name) for f in fields(SessionRecord)}
    return RemovedSession(**base, look=look, photos=kept)


def put_back(store: Store, record: SessionRecord) -> None:
    """Undo a delete: the session, its look and its photos' rows, all or nothing."""
    with store.transaction() as c:
        store.insert_session(record, c)
        if isinstance(record, RemovedSession):
            if record.look is not None:
                footcheck.insert_check(store, record.look, c)
            photo_store.insert_rows(c, record.photos)
