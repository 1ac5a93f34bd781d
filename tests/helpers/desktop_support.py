"""What the end-to-end tests share: waiting, a virtual X screen, stopping a process."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def wait_for(check: Callable[[], object], timeout: float = 20.0, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@contextmanager
def virtual_screen(size: str = "1366x768") -> Iterator[str]:
    """An Xvfb server on a free display number; yields the DISPLAY value."""
    number = next(n for n in range(150, 250) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), what="Xvfb")
        yield f":{number}"
    finally:
        kill(server)


class Keyboard:
    """Types into the focused window on a virtual screen through xdotool."""

    def __init__(self, env: dict[str, str], pause_s: float = 0.15) -> None:
        self.env = env
        self.pause_s = pause_s

    def xdo(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True)
        return out.stdout.strip()

    def keys(self, *names: str) -> None:
        for name in names:
            self.xdo("key", "--clearmodifiers", name)
            time.sleep(self.pause_s)
