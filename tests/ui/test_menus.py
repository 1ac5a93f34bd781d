"""The menus: history, export and import with a file dialog, settings applied at once."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers.session_driver import Driver
from PySide6.QtWidgets import QMessageBox

from neurofoot_desktop.ui.files import actions as file_actions
from neurofoot_desktop.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a: seen.append(text))
    return seen


def one_session(drive: Driver) -> None:
    drive.add_person("Ana María")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    for comfort in (6, 9):
        drive.run_step()
        drive.rate(comfort)


def test_export_csv_through_the_dialog(window: MainWindow, drive: Driver, tmp_path: Path,
                                       messages: list[str]) -> None:
    one_session(drive)
    target = tmp_path / "out.csv"
    asked = []

    def ask(parent, title, suggested, filter_):
        asked.append((title, Path(suggested).name))
        return str(target)

    written = file_actions.export_via_dialog(window, window.store, "csv", "Ana María", ask=ask)
    assert written == target
    assert asked[0][0] == "Export as CSV table"
    assert asked[0][1].startswith("neurofoot-Ana-María-") and asked[0][1].endswith(".csv")
    with target.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["comfort"] for r in rows] == ["6", "9"]
    assert messages == [f"Exported 1 sessions to:\n{target}"]


def test_export_to_an_impossible_place_says_so(window: MainWindow, drive: Driver,
                                               tmp_path: Path, messages: list[str]) -> None:
    one_session(drive)
    bad = tmp_path / "no-such-folder" / "out.json"
    assert file_actions.export_via_dialog(window, window.store, "json", None,
                                          ask=lambda *a: str(bad)) is None
    assert messages[0].startswith("Nothing was exported.")
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
