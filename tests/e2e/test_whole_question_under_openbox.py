"""Issue 14, finding 6, under a real window manager: the "Stop the session" question, asked
with Esc on the player of the real program at 200 % Spanish type on a 1024x640 screen under
Openbox, shows its whole text (dialog sizes differ with a window manager)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.desktop_support import Keyboard, kill, virtual_screen, wait_for

pytestmark = pytest.mark.xvfb
PROBE = Path(__file__).parents[1] / "helpers" / "question_probe.py"


@pytest.fixture
def display() -> Iterator[str]:
    for tool in ("xdotool", "openbox"):
        if not shutil.which(tool):
            if os.environ.get("CI"):
                pytest.fail(f"CI must run this test, but {tool} is not installed")
            pytest.skip(f"{tool} is not installed")
    with virtual_screen("1024x640") as screen:
        wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": screen},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        try:
            yield screen
        finally:
            kill(wm)


def test_the_stop_question_is_whole_at_200_percent_spanish(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps(
        {"language": "es", "font_scale": 200, "sound_enabled": False, "voice_enabled": False}))
    out = tmp_path / "question.json"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    log = (tmp_path / "program-output.txt").open("wb")
    app = subprocess.Popen([sys.executable, str(PROBE), str(data), str(out)], env=env,
                           stdout=log, stderr=subprocess.STDOUT)
    keyboard = Keyboard(env, pause_s=0.3)
    try:
        wait_for(lambda: Path(str(out) + ".ready").exists() or app.poll() is not None, 60,
                 "the player")
        assert app.poll() is None, (tmp_path / "program-output.txt").read_text()
        window = wait_for(lambda: keyboard.xdo("search", "--name", "^NeuroFoot"), 20, "window")
        keyboard.xdo("windowactivate", "--sync", str(window).split()[0])
        time.sleep(0.5)
        keyboard.keys("Escape")
        wait_for(lambda: out.exists() or app.poll() is not None, 30, "the stop question")
        assert out.exists(), (tmp_path / "program-output.txt").read_text()
        seen = json.loads(out.read_text(encoding="utf-8"))
    finally:
        kill(app)
        log.close()
    assert seen["text"].startswith("¿Terminar") and "sesión de hoy" in seen["text"], seen
    assert seen["window_manager_frame"], "Openbox did not frame the dialog"
    # the whole text: the label as tall as its wrapped lines, all of it in the visible area
    assert seen["label_height"] >= seen["needs_height"], seen
    assert seen["shown_height"] >= seen["label_height"] and seen["scroll_range"] == 0, seen
    assert seen["inside_screen"], seen
