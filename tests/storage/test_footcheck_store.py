"""The foot check and photos in the log (issue 19): each answer committed at once."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site, Unit
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import StorageError, Store, photos
from neurofoot_desktop.storage import footcheck as fcs


@pytest.fixture
def session(store: Store, clock: FakeClock) -> tuple[int, str]:
    ana = store.add_profile("Ana", clock.now())
    return ana.id, store.start_session(ana.id, clock.now())


def test_each_mark_clear_and_reading_is_committed_at_once(store: Store, clock: FakeClock,
                                                          session: tuple[int, str]) -> None:
    pid, sid = session
    blister = fcs.add_finding(store, sid, Finding(Foot.LEFT, View.SOLE, 0.3, 0.7, Kind.BLISTER,
                                                  "under the big toe"), clock.now())
    fcs.set_clear(store, sid, Foot.RIGHT, clock.now())
    fcs.record_reading(store, sid, Reading(Site.ARCH, 30.1, 32.9, Unit.FAHRENHEIT), clock.now())
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT kind, note FROM footcheck_findings").fetchall() == [
        ("blister", "under the big toe")]
    assert other.execute("SELECT foot FROM footcheck_clear").fetchall() == [("right",)]
    assert other.execute("SELECT site, unit FROM skin_temperatures").fetchall() == [("arch", "F")]
    other.close()
    look = fcs.check(store, sid)
    assert look.findings == [blister] and look.clear == {Foot.RIGHT}
    assert look.readings[0].warning and fcs.checks(store, pid)[0].session_id == sid


def test_all_clear_takes_back_that_foots_marks_and_a_mark_takes_back_all_clear(
        store: Store, clock: FakeClock, session: tuple[int, str]) -> None:
    _, sid = session
    fcs.add_finding(store, sid, Finding(Foot.LEFT, View.TOP, 0.5, 0.5, Kind.CALLUS), clock.now())
    fcs.set_clear(store, sid, Foot.LEFT, clock.now())
    assert fcs.check(store, sid).findings == [] and fcs.check(store, sid).clear == {Foot.LEFT}
    fcs.add_finding(store, sid, Finding(Foot.LEFT, View.TOP, 0.5, 0.5, Kind.CRACK), clock.now())
    assert fcs.check(store, sid).clear == set()


def test_deleting_the_session_deletes_its_look_and_photo_rows(
        store: Store, clock: FakeClock, session: tuple[int, str]) -> None:
    pid, sid = session
    fcs.set_clear(store, sid, Foot.LEFT, clock.now())
    kept = photos.add(store, pid, sid, Foot.LEFT, View.TOP, clock.now(), b"\xff\xd8jpeg",
                      (10, 10), "file")
    assert kept.path(store).read_bytes() == b"\xff\xd8jpeg"
    assert stat.S_IMODE(os.stat(kept.path(store)).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(photos.folder(store)).st_mode) == 0o700
    store.delete_session(sid)
    assert fcs.check(store, sid) is None and photos.photos(store, pid) == []
    assert photos.sweep(store) == 1 and not kept.path(store).exists()


def test_a_full_disk_keeps_nothing_half_stored(store: Store, clock: FakeClock,
                                              session: tuple[int, str], monkeypatch) -> None:
    pid, sid = session

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="not enough room"):
        photos.add(store, pid, sid, Foot.RIGHT, View.SOLE, clock.now(), b"x", (1, 1), "camera")
    assert photos.photos(store, pid) == [] and list(photos.folder(store).iterdir()) == []
