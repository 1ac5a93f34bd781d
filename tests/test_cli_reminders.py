"""`neurofoot reminders` and `neurofoot autostart` (issue 20), and the writers behind autostart."""

from __future__ import annotations

import json
import plistlib
import shutil
import subprocess
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from neurofoot_desktop import autostart
from neurofoot_desktop.cli import main
from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.storage import Store, plans


def test_reminders_lists_each_plan_and_none_due_when_today_is_done(data_dir: Path,
                                                                    capsys) -> None:
    now = datetime.now(UTC)
    store = Store.open(data_dir)
    ana = store.add_profile("Ana", now - timedelta(days=3))
    luis = store.add_profile("Luis", now - timedelta(days=3))
    every_day = Plan(frozenset(range(7)), (time(0, 1),))
    plans.save_plan(store, ana.id, every_day, now - timedelta(days=3))
    plans.save_plan(store, luis.id, None, now - timedelta(days=3))
    sid = store.start_session(ana.id, now - timedelta(seconds=5))
    store.end_session(sid, "completed", now)
    store.close()
    assert main(["reminders", "--json", "--data-dir", str(data_dir)]) == 0
    people = {p["profile"]: p for p in json.loads(capsys.readouterr().out)}
    assert people["Ana"]["today_done"] is True and people["Ana"]["due_now"] is False
    assert people["Ana"]["plan"]["days"] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    # Today is done, so the next reminder is tomorrow's 00:01.
    assert people["Ana"]["next_reminder"][11:16] == "00:01"
    assert people["Ana"]["next_reminder"][:10] > now.astimezone().date().isoformat()
    assert people["Luis"]["plan"] is None
    assert main(["reminders", "--profile", "Ana", "--data-dir", str(data_dir)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Ana: mon tue wed thu fri sat sun at 00:01") and "today is done" in text


def test_reminders_for_someone_unknown_fails_in_one_sentence(data_dir: Path, capsys) -> None:
    Store.open(data_dir).close()
    assert main(["reminders", "--profile", "Nobody", "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_autostart_on_status_off_writes_a_valid_xdg_entry(tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(autostart, "FLATPAK_INFO", tmp_path / "not-in-flatpak")
    entry = tmp_path / "config" / "autostart" / "org.neurofoot.NeuroFoot.desktop"
    data = tmp_path / "my data"
    assert main(["autostart", "status"]) == 0
    assert capsys.readouterr().out.strip() == "off"
    assert main(["autostart", "on", "--data-dir", str(data)]) == 0
    assert entry.is_file()
    text = entry.read_text()
    assert "--background" in text and f'"{data}"' in text  # a folder with a space, quoted
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stdout
    capsys.readouterr()
    assert main(["autostart", "status"]) == 0
    assert capsys.readouterr().out.strip() == "on"
    assert main(["autostart", "off"]) == 0
    assert not entry.exists()


def test_an_unwritable_autostart_folder_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(autostart.AutostartError, match="Cannot write"):
        autostart.XdgAutostart(blocker).enable(["neurofoot", "--background"])


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))


def test_windows_run_key_holds_a_quoted_command() -> None:
    registry = FakeRegistry()
    writer = autostart.WindowsAutostart(registry)
    writer.enable([r"C:\Program Files\NeuroFoot\neurofoot.exe", "--background"])
    assert registry.values[(autostart.RUN_KEY, "NeuroFoot")] == \
        r'"C:\Program Files\NeuroFoot\neurofoot.exe" --background'
    assert writer.is_on()
    writer.disable()
    assert not writer.is_on()


def test_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    writer = autostart.MacAutostart(tmp_path)
    where = writer.enable(["/Applications/NeuroFoot.app/Contents/MacOS/NeuroFoot",
                           "--background"])
    agent = plistlib.loads(Path(where).read_bytes())
    assert agent["RunAtLoad"] is True and agent["ProgramArguments"][-1] == "--background"
    assert where.endswith("Library/LaunchAgents/org.neurofoot.NeuroFoot.plist")
    writer.disable()
    assert not writer.is_on()


def test_flatpak_asks_the_background_portal_and_says_when_it_does_not_answer(
        tmp_path: Path) -> None:
    calls: list[list[str]] = []
    writer = autostart.FlatpakAutostart(tmp_path, run=lambda cmd: calls.append(cmd) or 0)
    writer.enable(["neurofoot", "--background"])
    assert "org.freedesktop.portal.Background.RequestBackground" in calls[0]
    assert "'autostart': <true>" in calls[0][-1] and "'--background'" in calls[0][-1]
    assert writer.is_on()
    silent = autostart.FlatpakAutostart(tmp_path / "other", run=lambda cmd: 1)
    with pytest.raises(autostart.AutostartError, match="portal"):
        silent.enable(["neurofoot", "--background"])
    assert not silent.is_on()
