"""Issue 15, storage side: another program's file untouched, one name key, two programs
migrating a new folder at once, the real cause of a full disk, imported sessions not
resumed, and a read-only log read without a chmod."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from neurofoot_desktop.storage import ForeignDatabase, StorageError, Store, integrity, migrations
from neurofoot_desktop.storage.names import name_key
from neurofoot_desktop.storage.repository import SessionRecord

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def browser_history(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("user_version", [0, 1, 7])
def test_another_program_s_sqlite_file_is_refused_untouched(tmp_path: Path,
                                                           user_version: int) -> None:
    path = tmp_path / "neurofoot.sqlite3"
    browser_history(path)
    if user_version:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {user_version}")
        conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(ForeignDatabase, match="not a NeuroFoot log"):
        Store.open(tmp_path)
    with pytest.raises(ForeignDatabase, match="not a NeuroFoot log"):
        integrity.check(path)
    assert snapshot(tmp_path) == before  # no tables added, no WAL, no -shm
    assert integrity.probe(path).health is integrity.Health.FOREIGN


def test_a_new_log_is_marked_as_neurofoot_s(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    header = integrity.read_header(tmp_path / "neurofoot.sqlite3")
    assert header == (migrations.LATEST, migrations.APPLICATION_ID)


def _version_one_log(path: Path, names: list[str]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in migrations.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    for name in names:
        conn.execute("INSERT INTO profiles (name, created_at) VALUES (?, ?)",
                     (name, "2026-01-01T00:00:00.000Z"))
    conn.close()


def test_names_match_on_one_key_nfc_casefolded_trimmed(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    ana = store.add_profile("Ana María", NOW)
    nfd = unicodedata.normalize("NFD", "  ANA MARÍA ")
    assert nfd != "ANA MARÍA"
    assert store.profile_by_name(nfd) == ana
    with pytest.raises(StorageError, match="already a person"):
        store.add_profile(nfd, NOW)
    assert [p.name for p in store.profiles()] == ["Ana María"]
    assert name_key("STRASSE") == name_key("straße")


def test_the_migration_keeps_look_alikes_apart_and_reports_them(tmp_path: Path) -> None:
    path = tmp_path / "neurofoot.sqlite3"
    nfd = unicodedata.normalize("NFD", "ana maría")
    _version_one_log(path, ["Ana María", nfd, "Bob"])
    store = Store.open(tmp_path)
    assert sorted(p.name for p in store.profiles()) == sorted(["Ana María", nfd, "Bob"])
    assert store.look_alikes() == [(nfd, "Ana María")]
    assert integrity.read_header(path) is not None
    store.close()


def test_two_programs_opening_a_new_folder_at_once_both_succeed(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path\n"
            "from neurofoot_desktop.storage import Store\n"
            "Store.open(Path(sys.argv[1])).close()\n")
    for attempt in range(4):
        folder = tmp_path / f"new{attempt}"
        runs = [subprocess.Popen([sys.executable, "-c", code, str(folder)],
                                 stderr=subprocess.PIPE, text=True) for _ in range(3)]
        errors = [p.communicate(timeout=60)[1] for p in runs]
        assert [p.returncode for p in runs] == [0, 0, 0], errors


def test_a_full_disk_names_its_cause_not_a_failed_rollback(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    ana = store.add_profile("Ana", NOW)
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as caught:
        for _ in range(200):
            sid = store.start_session(ana.id, NOW)
            store.set_session_note(sid, "x" * 5000)
    assert "disk is full" in str(caught.value)
    assert "rollback" not in str(caught.value)


def test_an_imported_incomplete_session_is_not_offered_for_resuming(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    ana = store.add_profile("Ana", NOW)
    record = SessionRecord(id="elsewhere-1", profile_id=ana.id, profile_name="Ana",
                           started_at=NOW, ended_at=None, status="incomplete",
                           status_reason="", note="")
    store.insert_session(record, imported=True)
    assert store.interrupted_session(ana.id) is None
    store.start_session(ana.id, NOW, "here-1")
    assert store.interrupted_session(ana.id).id == "here-1"  # type: ignore[union-attr]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads and writes whatever the mode says")
def test_a_read_only_log_is_read_and_left_read_only(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.add_profile("Ana", NOW)
    store.close()
    path = tmp_path / "neurofoot.sqlite3"
    path.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        readonly = Store.open(tmp_path, readonly=True)
        assert [p.name for p in readonly.profiles()] == ["Ana"]
        readonly.close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
        assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o500
    finally:
        tmp_path.chmod(0o700)


def test_a_read_only_open_changes_no_mode(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.add_profile("Ana", NOW)
    store.close()
    path = tmp_path / "neurofoot.sqlite3"
    path.chmod(0o400)
    before = snapshot(tmp_path)
    readonly = Store.open(tmp_path, readonly=True)
    assert [p.name for p in readonly.profiles()] == ["Ana"]
    readonly.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o400  # not chmod'ed back to 0600
    assert snapshot(tmp_path) == before


def test_a_folder_in_place_of_the_log_is_refused_without_a_chmod(tmp_path: Path) -> None:
    (tmp_path / "neurofoot.sqlite3").mkdir(mode=0o755)
    with pytest.raises(StorageError, match="is a folder"):
        Store.open(tmp_path)
    assert stat.S_IMODE((tmp_path / "neurofoot.sqlite3").stat().st_mode) == 0o755


def test_people_salvaged_from_an_old_damaged_log_get_their_name_keys(tmp_path: Path) -> None:
    from neurofoot_desktop.storage import recovery

    path = tmp_path / "neurofoot.sqlite3"
    nfd = unicodedata.normalize("NFD", "ana maría")
    _version_one_log(path, ["Ana María", nfd])
    recovery._recover_damaged(path, "a test")
    store = Store.open(tmp_path)
    keys = [r[0] for r in store.connection.execute("SELECT name_key FROM profiles")]
    assert None not in keys and len(keys) == 2
    assert store.look_alikes() == [(nfd, "Ana María")]  # kept apart, told, not merged
    store.close()
