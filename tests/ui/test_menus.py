"""The menus: history, export and import with a file dialog, settings applied at once."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.session_driver import Driver

from neurofoot_desktop.ui.files import actions as file_actions
from neurofoot_desktop.ui.main_window import MainWindow


def said(dialogs) -> list[str]:
    """What the file actions told the person, through the dialog service."""
    return [text for _kind, text in dialogs.told]


def one_session(drive: Driver) -> None:
    drive.add_person("Ana María")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    for comfort in (6, 9):
        drive.run_step()
        drive.rate(comfort)


def test_export_csv_through_the_dialog(window: MainWindow, drive: Driver, tmp_path: Path,
                                       scripted_dialogs) -> None:
    one_session(drive)
    target = tmp_path / "out.csv"
    scripted_dialogs.answers = [target]
    written = file_actions.export_via_dialog(window, window.store, "csv", "Ana María")
    assert written == target
    assert scripted_dialogs.asked == ["Export as CSV table"]
    suggested = Path(scripted_dialogs.suggested[0]).name
    assert suggested.startswith("neurofoot-Ana-María-") and suggested.endswith(".csv")
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["comfort"] for r in rows] == ["6", "9"]
    assert said(scripted_dialogs) == [f"Exported 1 session to:\n{target}"]


def test_the_count_of_sessions_exported_takes_its_plural(window: MainWindow, tmp_path: Path,
                                                         scripted_dialogs) -> None:
    store = window.store
    ana = store.add_profile("Ana", datetime(2026, 11, 1, 18, tzinfo=UTC))
    for day in (1, 2):
        at = datetime(2026, 11, day, 18, tzinfo=UTC)
        store.end_session(store.start_session(ana.id, at), "blocked", at)
    target = tmp_path / "two.csv"
    scripted_dialogs.answers = [target]
    assert file_actions.export_via_dialog(window, store, "csv", None) == target
    assert said(scripted_dialogs) == [f"Exported 2 sessions to:\n{target}"]


def test_export_to_an_impossible_place_says_so(window: MainWindow, drive: Driver,
                                               tmp_path: Path, scripted_dialogs) -> None:
    one_session(drive)
    bad = tmp_path / "no-such-folder" / "out.json"
    scripted_dialogs.answers = [bad]
    assert file_actions.export_via_dialog(window, window.store, "json", None) is None
    assert said(scripted_dialogs)[0].startswith("Nothing was exported.")
    assert not bad.parent.exists()


def test_history_page_shows_the_chosen_person(window: MainWindow, drive: Driver) -> None:
    one_session(drive)
    window.summary.finish.click()
    window.show_history()
    assert window.current_page() is window.history
    assert window.history_title.text() == "History · Ana María"


def test_theme_and_font_size_apply_at_once(window: MainWindow) -> None:
    from neurofoot_desktop.ui import theme

    window.apply_settings(window.settings.changed(theme="dark", font_scale=150))
    assert theme.current().name == "dark"
    assert theme.current().body_px == 27
    window.apply_settings(window.settings.changed(theme="light", font_scale=100))
    assert theme.current().body_px == 18


def test_long_work_runs_off_the_gui_thread_and_cancel_writes_nothing(
        window: MainWindow, tmp_path: Path) -> None:
    """The window keeps handling events while the work runs; Cancel stops it, no file."""
    import threading
    import time

    import pytest
    from PySide6.QtCore import QTimer

    from neurofoot_desktop.exports import ExportCancelled
    from neurofoot_desktop.exports.atomic import write_atomic
    from neurofoot_desktop.ui.files import progress

    target = tmp_path / "big.pdf"
    ticks, threads = [], []
    beat = QTimer()
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start(10)

    def work(report):
        threads.append(threading.current_thread() is threading.main_thread())
        for i in range(200):
            report(i, 200)
            time.sleep(0.01)
        write_atomic(target, b"%PDF")

    def press_cancel() -> None:
        from PySide6.QtWidgets import QProgressDialog

        for d in window.findChildren(QProgressDialog):
            d.cancel()

    QTimer.singleShot(600, press_cancel)
    with pytest.raises(ExportCancelled):
        progress.run(window, "Exporting", work, show_after_ms=0)
    beat.stop()
    assert threads == [False] and not target.exists()
    assert len(ticks) > 20  # the event loop ran all along


def test_import_runs_off_the_gui_thread_and_says_what_it_added(
        window: MainWindow, drive: Driver, tmp_path: Path, scripted_dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from neurofoot_desktop import exports

    one_session(drive)
    exported = tmp_path / "log.json"
    exports.export_log(window.store, "json", exported)
    window.store.delete_session(window.store.sessions()[0].id)
    on_main = []
    real = exports.import_log

    def watched(*args, **kwargs):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "import_log", watched)
    scripted_dialogs.answers = [exported]
    assert file_actions.import_via_dialog(window, window.store)
    assert on_main == [False]
    assert len(window.store.sessions()) == 1
    assert said(scripted_dialogs) == ["Imported 1 new sessions (0 were already here)."]


def test_the_window_fits_a_small_screen(qapp, data_dir) -> None:
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui.main_window import MainWindow

    store = Store.open(data_dir)
    win = MainWindow(store)
    area = win.screen().availableGeometry()  # 800x800 offscreen: smaller than 1366x768
    assert win.width() <= area.width() and win.height() <= min(768, area.height() - 48)
    assert win.minimumWidth() <= 1024 - 16 and win.minimumHeight() <= 640 - 48
    win.close()
    store.close()
