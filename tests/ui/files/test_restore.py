"""File > Restore from backup, with its dialogs answered by the test."""

from datetime import datetime
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.storage import Store, backup
from neurofoot_desktop.ui.files.restore import restore_from_backup

DAY = datetime(2026, 11, 20, 21, 30)


@pytest.fixture
def two_backups(store: Store, clock: FakeClock) -> Store:
    ana = store.add_profile("Ana", clock.now())
    store.start_session(ana.id, clock.now())
    backup.make_backup(store.path, now=DAY.replace(day=18))
    store.start_session(ana.id, clock.now())
    backup.make_backup(store.path, now=DAY)
    store.start_session(ana.id, clock.now())
    return store


def test_restore_the_chosen_backup(two_backups: Store, scripted_dialogs, qapp) -> None:
    dialogs = scripted_dialogs
    dialogs.answers = [1, True]
    assert restore_from_backup(None, two_backups) is True
    (offered,) = dialogs.offered
    assert offered[0].startswith("2026-11-20 21:30") and len(offered) == 2
    assert len(two_backups.sessions()) == 1  # the same Store now shows the backup
    ((kind, text),) = dialogs.told
    kept = next((two_backups.path.parent / "set-aside").iterdir())
    assert kind == "information" and str(kept) in text


@pytest.mark.parametrize(("choice", "yes"), [(None, True), (0, False)])
def test_cancel_changes_nothing(two_backups: Store, scripted_dialogs, qapp, choice,
                               yes) -> None:
    scripted_dialogs.answers = [choice] if choice is None else [choice, yes]
    assert restore_from_backup(None, two_backups) is False
    assert len(two_backups.sessions()) == 3
    assert not (two_backups.path.parent / "set-aside").exists()


def test_no_backups_yet(store: Store, scripted_dialogs, qapp) -> None:
    dialogs = scripted_dialogs
    assert restore_from_backup(None, store) is False
    assert dialogs.told[0][0] == "information" and "no backups yet" in dialogs.told[0][1]


def test_a_broken_backup_is_reported_and_nothing_changes(two_backups: Store, scripted_dialogs,
                                                        qapp) -> None:
    newest = backup.list_backups(two_backups.path)[0].path
    newest.write_bytes(b"broken" * 999)
    dialogs = scripted_dialogs
    dialogs.answers = [0, True]
    assert restore_from_backup(None, two_backups) is False
    assert dialogs.told[0][0] == "critical" and "has not been changed" in dialogs.told[0][1]
    assert len(two_backups.sessions()) == 3


def test_restore_while_the_window_is_open_is_one_transaction(two_backups: Store,
                                                             tmp_path: Path) -> None:
    # Straight through the storage function, as the CLI does while a window is open.
    oldest = backup.list_backups(two_backups.path)[-1].path
    done = backup.restore(two_backups.path, oldest)
    assert done.kept_at is not None and len(two_backups.sessions()) == 1
    ana = two_backups.profiles()[0]
    two_backups.start_session(ana.id, datetime(2026, 11, 21, tzinfo=DAY.astimezone().tzinfo))
    assert len(two_backups.sessions()) == 2


def test_the_restore_runs_off_the_gui_thread(two_backups: Store, scripted_dialogs, qapp,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    on_main = []
    real = backup.restore

    def watched(*args, **kwargs):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "restore", watched)
    scripted_dialogs.answers = [1, True]
    assert restore_from_backup(None, two_backups) is True
    assert on_main == [False] and len(two_backups.sessions()) == 1
