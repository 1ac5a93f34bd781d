"""Start at login (issue 20): one small writer per system, all behind the same three verbs.

- Linux: an XDG autostart entry in $XDG_CONFIG_HOME/autostart/ (checked with
  desktop-file-validate when it is installed);
- inside Flatpak: the Background portal (RequestBackground with autostart), which writes the
  entry itself; the choice is remembered in a small file, as the portal cannot be asked;
- Windows: the per-user Run key; macOS: a per-user LaunchAgent.
NeuroFoot starts hidden in the tray (`--background`). No Qt here: the command line uses it.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

APP_ID = "org.neurofoot.NeuroFoot"
RUN_VALUE = "NeuroFoot"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
FLATPAK_INFO = Path("/.flatpak-info")
REASON = "Remind you of the foot massage you planned"


class AutostartError(Exception):
    """Start at login could not be changed; the message is one sentence."""


def command_line(data_dir: Path | None = None) -> list[str]:
    """How a login starts NeuroFoot: hidden in the tray, with the same data folder."""
    frozen = getattr(sys, "frozen", False)
    script = shutil.which("neurofoot")
    if frozen:
        argv = [sys.executable]
    elif script:
        argv = [script]
    else:
        argv = [sys.executable, "-m", "neurofoot_desktop"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return [*argv, "--background"]


class Autostart(Protocol):
    def enable(self, argv: Sequence[str]) -> str:
        """Turn it on; returns where (a path or a key) for the person to see."""

    def disable(self) -> None: ...

    def is_on(self) -> bool: ...


def _desktop_quote(arg: str) -> str:
    """Quoting of the Desktop Entry specification's Exec key."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry(argv: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=NeuroFoot",
        f"Comment={REASON}",
        f"Exec={' '.join(_desktop_quote(a) for a in argv)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = home / "autostart" / f"{APP_ID}.desktop"

    def enable(self, argv: Sequence[str]) -> str:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{APP_ID}.new.desktop")  # the validator wants .desktop
            tmp.write_text(desktop_entry(argv), encoding="utf-8")
            problem = validate(tmp)
            if problem:
                tmp.unlink()
                raise AutostartError(f"The start-at-login entry is not valid: {problem}")
            tmp.replace(self.path)
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.path}: {exc.strerror or exc}.") from None
        return str(self.path)

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"Cannot remove {self.path}: {exc.strerror or exc}.") from None

    def is_on(self) -> bool:
        return self.path.is_file()


def validate(path: Path) -> str | None:
    """desktop-file-validate's complaint, or None (also when the tool is not installed)."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return None
    try:
        done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    errors = [line for line in done.stdout.splitlines() if "error:" in line]
    return errors[0].split("error:", 1)[1].strip() if errors else None


Runner = Callable[[list[str]], int]


def portal_call(autostart: bool, argv: Sequence[str]) -> list[str]:
    """The gdbus call asking the Background portal to start NeuroFoot at login (or not)."""
    words = ", ".join(f"'{a}'" for a in argv)
    options = (f"{{'reason': <'{REASON}'>, 'autostart': <{str(autostart).lower()}>, "
               f"'commandline': <[{words}]>, 'dbus-activatable': <false>}}")
    return ["gdbus", "call", "--session", "--timeout", "10",
            "--dest", "org.freedesktop.portal.Desktop",
            "--object-path", "/org/freedesktop/portal/desktop",
            "--method", "org.freedesktop.portal.Background.RequestBackground", "", options]


class FlatpakAutostart:
    def __init__(self, state_dir: Path, run: Runner | None = None) -> None:
        self.marker = state_dir / "autostart-requested"
        self._run = run or (lambda cmd: subprocess.run(cmd, capture_output=True,
                                                       timeout=15).returncode)

    def _request(self, on: bool, argv: Sequence[str]) -> None:
        try:
            code = self._run(portal_call(on, argv))
        except (OSError, subprocess.TimeoutExpired):
            code = -1
        if code != 0:
            raise AutostartError("The desktop's background portal did not answer.")

    def enable(self, argv: Sequence[str]) -> str:
        self._request(True, argv)
        self.marker.parent.mkdir(parents=True, exist_ok=True)
        self.marker.write_text(" ".join(argv), encoding="utf-8")
        return "org.freedesktop.portal.Background"

    def disable(self) -> None:
        self._request(False, command_line())
        self.marker.unlink(missing_ok=True)

    def is_on(self) -> bool:
        return self.marker.is_file()


class RegistryBackend(Protocol):
    def set(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...
    def get(self, key: str, name: str) -> str | None: ...


class WinRegistry:  # pragma: no cover - Windows only
    def set(self, key: str, name: str, value: str) -> None:
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as k:
            winreg.SetValueEx(k, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as k:
                winreg.DeleteValue(k, name)
        except FileNotFoundError:
            pass

    def get(self, key: str, name: str) -> str | None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as k:
                return str(winreg.QueryValueEx(k, name)[0])
        except FileNotFoundError:
            return None


class WindowsAutostart:
    def __init__(self, registry: RegistryBackend | None = None) -> None:
        self.registry = registry or WinRegistry()

    def enable(self, argv: Sequence[str]) -> str:
        self.registry.set(RUN_KEY, RUN_VALUE, subprocess.list2cmdline(list(argv)))
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE)

    def is_on(self) -> bool:
        return self.registry.get(RUN_KEY, RUN_VALUE) is not None


class MacAutostart:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, argv: Sequence[str]) -> str:
        agent = {"Label": APP_ID, "ProgramArguments": list(argv), "RunAtLoad": True,
                 "ProcessType": "Interactive"}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(plistlib.dumps(agent))
        except OSError as exc:
            raise AutostartError(f"Cannot write {self.path}: {exc.strerror or exc}.") from None
        return str(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_on(self) -> bool:
        return self.path.is_file()


def for_this_system(data_dir: Path) -> Autostart:
    """The writer for the system NeuroFoot runs on."""
    if sys.platform == "win32":
        return WindowsAutostart()
    if sys.platform == "darwin":
        return MacAutostart()
    if FLATPAK_INFO.exists():
        return FlatpakAutostart(data_dir)
    return XdgAutostart()


def describe(argv: Sequence[str]) -> str:
    return shlex.join(argv)
