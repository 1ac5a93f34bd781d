"""End to end: the real program on a virtual X screen, a whole session by keyboard alone."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.desktop_support import Keyboard, kill, virtual_screen, wait_for

pytestmark = pytest.mark.xvfb


@pytest.fixture
def display() -> Iterator[str]:
    if not shutil.which("xdotool"):
        if os.environ.get("CI"):
            pytest.fail("CI must run this test, but xdotool is not installed")
        pytest.skip("xdotool is not installed (sudo apt-get install xdotool)")
    with virtual_screen() as screen:
        # A real window manager: focus and dialog sizes differ without one (issue 14).
        wm = None
        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": screen},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
        elif os.environ.get("CI"):
            pytest.fail("CI must run this test under openbox, but it is not installed")
        try:
            yield screen
        finally:
            if wm is not None:
                kill(wm)


def db_rows(folder: Path, sql: str) -> list[tuple]:
    path = folder / "neurofoot.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_a_whole_session_by_keyboard(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    output = (tmp_path / "program-output.txt").open("wb")
    app = subprocess.Popen([sys.executable, "-m", "neurofoot_desktop", "--data-dir", str(data)],
                           env=env, stdout=output, stderr=subprocess.STDOUT)

    keyboard = Keyboard(env, pause_s=0.15)
    xdo, keys = keyboard.xdo, keyboard.keys

    try:
        window = wait_for(lambda: xdo("search", "--name", "^NeuroFoot$"), 30, "the window")
        xdo("windowfocus", "--sync", str(window).split()[0])
        time.sleep(0.5)
        xdo("type", "--delay", "60", "Ana")
        keys("Return")
        wait_for(lambda: db_rows(data, "SELECT name FROM profiles") == [("Ana",)], what="profile")
        keys("Return")  # Enter with no name typed: begin with Ana
        wait_for(lambda: db_rows(data, "SELECT count(*) FROM sessions") == [(1,)], what="session")
        time.sleep(0.5)
        keys("Return", "Return")  # the foot look: all clear on the left, then the right foot
        time.sleep(0.5)
        keys("Return")  # the temperature: Next with nothing measured
        wait_for(lambda: len(db_rows(data, "SELECT * FROM footcheck_clear")) == 2,
                 what="both feet all clear")
        keys("n", "n", "n", "n", "Return")  # no warning signs
        keys("n", "Return")  # heel not sensitive
        keys("space", "Tab", "space", "Return")  # position and lotion ready
        wait_for(lambda: db_rows(data, "SELECT count(*) FROM precheck_answers WHERE "
                                       "question_id IN ('position_ready', 'lotion_ready')")
                 == [(2,)], 10, "the ready answers: " + str(
                     db_rows(data, "SELECT question_id, answer FROM precheck_answers")))
        keys("3", "Return", "2", "Return", "1", "Return", "Return")  # symptoms before
        wait_for(lambda: len(db_rows(data, "SELECT * FROM symptom_scores")) == 3,
                 what="three symptom scores")
        for _foot in range(2):
            keys("Return", "f", "f", "f", "f", "n", "Return")
        wait_for(lambda: len(db_rows(data, "SELECT * FROM light_touch")) == 2, what="light touch")
        for done in range(1, 11):
            def rated(d: int = done) -> bool:
                return db_rows(data, "SELECT count(*) FROM step_results") == [(d,)]

            for _attempt in range(3):  # the get-ready countdown may take the first Space
                keys("space")
                time.sleep(0.4)
                keys("d", "8", "Return")
                try:
                    wait_for(rated, 4, f"rating {done}")
                    break
                except AssertionError:
                    continue
            assert rated(), f"rating {done} was not saved"
        time.sleep(0.5)
        keys("Escape")  # the symptoms after the massage: Esc skips them
        wait_for(lambda: db_rows(data, "SELECT status FROM sessions") == [("completed",)],
                 what="a completed session")
        assert db_rows(data, "SELECT min(comfort), max(comfort), count(*) FROM step_results") == [
            (8, 8, 10)]
        assert db_rows(data, "SELECT symptom, score FROM symptom_scores WHERE moment = 'before' "
                             "ORDER BY score") == [("numbness", 1), ("tingling", 2), ("pain", 3)]
        assert app.poll() is None, "the program should still be running"
    finally:
        kill(app)
        output.close()
