import os
import sqlite3
import stat
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.lighttouch import LightTouchResult, Sensitivity
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import SchemaTooNew, StorageError, Store
from neurofoot_desktop.storage.migrations import APPLICATION_ID, LATEST


def result(step="effleurage", foot="left", comfort=8, pressure=2, clock=None) -> StepResult:
    return StepResult(step, foot, clock.now() if clock else None, 180, 180, pressure,
                      Outcome.RATED, comfort, "just_right", "")


def test_new_database_is_migrated_private_and_in_wal(data_dir: Path, store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600


def test_each_answer_is_committed_at_once(data_dir: Path, store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana María", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.record_answer(sid, "heel_sensitive", True, clock.now())
    store.record_light_touch(sid, "left", LightTouchResult(Sensitivity.REDUCED, 2, 3, 0, False),
                             clock.now())
    store.save_step_result(sid, result(clock=clock), clock.now())
    # A second, independent connection sees everything without any close or commit.
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT comfort FROM step_results").fetchall() == [(8,)]
    assert other.execute("SELECT answer FROM precheck_answers").fetchall() == [(1,)]
    assert other.execute("SELECT status FROM sessions").fetchall() == [("incomplete",)]
    other.close()
    ratings = store.ratings(ana.id)
    assert [(r.comfort, r.sensitivity, r.feel) for r in ratings] == [(8, "reduced", "just_right")]


def test_session_round_trip_and_interrupted_session(store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.record_answer(sid, "worse_pain", True, clock.now())
    store.save_step_result(sid, result(clock=clock), clock.now())
    assert store.interrupted_session(ana.id).id == sid
    record = store.session(sid)
    assert record.warnings == ["worse_pain"] and record.average_comfort == 8
    store.end_session(sid, "completed", clock.now())
    assert store.interrupted_session(ana.id) is None
    assert store.session(sid).status == "completed"


def test_delete_then_insert_restores_the_session(store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.save_step_result(sid, result(clock=clock), clock.now())
    before = store.session(sid)
    removed = store.delete_session(sid)
    assert store.sessions(ana.id) == []
    store.insert_session(removed)
    assert store.session(sid) == before


def test_profiles_are_unique_and_named(store: Store, clock: FakeClock) -> None:
    store.add_profile("Ana", clock.now())
    with pytest.raises(StorageError, match="already a person called"):
        store.add_profile("  ana ", clock.now())
    with pytest.raises(StorageError, match="enter a name"):
        store.add_profile("   ", clock.now())


def test_bad_values_are_refused_by_the_schema(store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    with pytest.raises(StorageError, match="Cannot save"):
        store.save_step_result(sid, result(comfort=11), clock.now())
    with pytest.raises(StorageError, match="Cannot save"):
        store.save_step_result(sid, result(pressure=5), clock.now())
    assert store.session(sid).steps == []


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "neurofoot.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # NeuroFoot's, only newer
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of NeuroFoot"):
        Store.open(data_dir)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_the_log_accepts_exactly_the_routine_s_steps(store: Store, clock: FakeClock) -> None:
    # The schema spells the step ids out (migrations are history); a new step in the
    # routine must come with a migration, or its results could not be saved.
    from neurofoot_desktop.core.protocol import STEP_IDS

    session_id = store.start_session(store.add_profile("Ana", clock.now()).id, clock.now())
    for step_id in STEP_IDS:
        store.save_step_result(session_id, result(step=step_id), clock.now())
    with pytest.raises(StorageError, match="Cannot save"):
        store.save_step_result(session_id, result(step="new_step"), clock.now())
    steps = store.sessions()[0].steps
    assert sorted(s.step_id for s in steps) == sorted(STEP_IDS)


def test_a_full_disk_during_a_session_is_a_storage_error_and_keeps_what_was_saved(
        store: Store, clock: FakeClock) -> None:
    sid = store.start_session(store.add_profile("Ana", clock.now()).id, clock.now())
    store.save_step_result(sid, result(), clock.now())
    # SQLite's own "database or disk is full": the file may not grow by a single page.
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match="full"):
        for step in ["sole_kneading", "toe_rolling", "ankle_rotation"] * 50:
            big = StepResult(step, "right", clock.now(), 180, 180, 2, Outcome.RATED, 8, None,
                             "a long note " * 400)
            store.save_step_result(sid, big, clock.now())
    saved = store.session(sid).steps
    assert saved[0] == result()  # the first rating is untouched
    assert all(len(s.note) == len("a long note " * 400) for s in saved[1:])  # none half-written
    store.connection.execute("PRAGMA max_page_count = 1073741823")
    store.end_session(sid, "completed", clock.now())  # the log works again once there is room
    assert store.session(sid).status == "completed"
