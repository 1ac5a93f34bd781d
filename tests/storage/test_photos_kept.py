"""Photos in the backups and in a session's delete and undo (issue 19)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import Store, backup, photos, removal
from neurofoot_desktop.storage import footcheck as fcs

JPEG = b"\xff\xd8\xff\xe0 a small stand-in for a JPEG \xff\xd9"


@pytest.fixture
def session(store: Store, clock: FakeClock) -> tuple[int, str]:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    fcs.add_finding(store, sid, Finding(Foot.LEFT, View.SOLE, 0.4, 0.6, Kind.CALLUS, "heel"),
                    clock.now())
    fcs.set_clear(store, sid, Foot.RIGHT, clock.now())
    fcs.record_reading(store, sid, Reading(Site.BALL, 31.0, 33.5), clock.now())
    photos.add(store, ana.id, sid, Foot.LEFT, View.SOLE, clock.now(), JPEG, (4, 3), "file")
    return ana.id, sid


def test_a_deleted_session_comes_back_with_its_look_and_photos(
        store: Store, session: tuple[int, str]) -> None:
    pid, sid = session
    before = fcs.check(store, sid)
    (photo,) = photos.photos(store, pid)
    removed = removal.delete_session(store, sid)
    assert fcs.check(store, sid) is None and photos.photos(store, pid) == []
    assert photo.path(store).read_bytes() == JPEG  # the file waits for Undo
    removal.put_back(store, removed)
    after = fcs.check(store, sid)
    assert [(f.kind, f.note) for f in after.findings] == [(Kind.CALLUS, "heel")]
    assert after.clear == before.clear and after.readings == before.readings
    assert photos.photos(store, pid) == [photo]
    assert photos.sweep(store) == 0 and photo.path(store).exists()


def test_without_undo_the_sweep_removes_the_deleted_sessions_photo_files(
        store: Store, session: tuple[int, str]) -> None:
    pid, sid = session
    (photo,) = photos.photos(store, pid)
    removal.delete_session(store, sid)
    assert photos.sweep(store) == 1 and not photo.path(store).exists()


def test_a_backup_keeps_the_photos_and_a_restore_puts_them_back(
        store: Store, session: tuple[int, str], clock: FakeClock) -> None:
    pid, _ = session
    (photo,) = photos.photos(store, pid)
    made = backup.make_backup(store.path, now=datetime(2026, 3, 2, 9, 0))
    kept = made.parent / "photos" / photo.file
    assert kept.read_bytes() == JPEG and oct(kept.stat().st_mode & 0o777) == "0o600"
    # The photo is lost from the data folder (and its row with a later session's delete).
    photo.path(store).unlink()
    store.close()
    backup.restore(store.path, made, now=datetime(2026, 3, 3, 9, 0))
    assert photo.path(store).read_bytes() == JPEG
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT file FROM photos").fetchall() == [(photo.file,)]
    conn.close()


def test_photos_no_kept_backup_names_are_pruned_with_the_backups(
        store: Store, session: tuple[int, str], clock: FakeClock) -> None:
    pid, _ = session
    (photo,) = photos.photos(store, pid)
    day = datetime(2026, 3, 1, 9, 0)
    backup.make_backup(store.path, now=day)
    photos.delete(store, photo.id)
    # Enough newer daily backups without the photo that the one naming it is rotated out.
    for n in range(1, 60):
        backup.make_backup(store.path, now=day + timedelta(days=n))
    backup.rotate(store.path)
    assert not (backup.backup_dir(store.path) / "photos" / photo.file).exists()
