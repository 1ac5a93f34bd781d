import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QMainWindow

from neurofoot_desktop import app
from neurofoot_desktop.single_instance import LOCK_NAME, Launch, SingleInstance, server_name


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


def test_second_launch_asks_the_first_to_come_forward(folder: Path, qtbot) -> None:
    first = SingleInstance(folder)
    assert first.acquire() is Launch.FIRST
    first.listen()
    try:
        assert stat.S_IMODE(os.stat(folder / LOCK_NAME).st_mode) == 0o600
        second = SingleInstance(folder)
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.acquire() is Launch.FORWARDED
    finally:
        first.release()
    assert not (folder / LOCK_NAME).exists()
    third = SingleInstance(folder)
    assert third.acquire() is Launch.FIRST  # released: the next start is the first again
    third.release()


def test_other_folders_are_independent(tmp_path: Path, qapp) -> None:
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert a.acquire() is Launch.FIRST and b.acquire() is Launch.FIRST
    a.release()
    b.release()


def test_a_stale_lock_from_a_crash_does_not_block(folder: Path, qapp) -> None:
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from neurofoot_desktop.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "guard = SingleInstance(Path(sys.argv[1]))\n"
        "print(guard.acquire().value, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "first" and done.returncode == -9
    assert (folder / LOCK_NAME).exists()  # left behind by the killed process
    guard = SingleInstance(folder)
    assert guard.acquire(wait_ms=0) is Launch.FIRST
    guard.release()


def test_a_live_owner_that_does_not_answer_is_busy(folder: Path, qapp) -> None:
    holder = QLockFile(str(folder / LOCK_NAME))
    assert holder.tryLock(0)
    try:
        assert SingleInstance(folder).acquire(wait_ms=200) is Launch.BUSY
    finally:
        holder.unlock()


def test_second_program_launch_exits_without_opening_the_log(folder: Path, qtbot) -> None:
    first = SingleInstance(folder)
    assert first.acquire() is Launch.FIRST
    first.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=30000):
            proc = subprocess.Popen([sys.executable, "-m", "neurofoot_desktop", "--data-dir",
                                     str(folder)], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
        _, err = proc.communicate(timeout=30)
    finally:
        first.release()
    assert proc.returncode == 0, err
    assert not (folder / "neurofoot.sqlite3").exists()  # the second launch never opened it


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen has no raise()
def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    app.bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized


def test_a_launch_during_start_up_waits_until_the_first_listens(folder: Path, qtbot) -> None:
    # The first window listens only once it is on screen; a second launch in that moment
    # keeps knocking instead of reporting a busy folder.
    first = SingleInstance(folder)
    assert first.acquire() is Launch.FIRST
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from neurofoot_desktop.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "print(SingleInstance(Path(sys.argv[1])).acquire(wait_ms=20000).value, flush=True)\n"
    )
    try:
        proc = subprocess.Popen([sys.executable, "-c", script, str(folder)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.wait(500)  # the second launch is knocking on a door nobody answers yet
        assert proc.poll() is None
        with qtbot.waitSignal(first.activation_requested, timeout=30000):
            first.listen()
        out, err = proc.communicate(timeout=30)
    finally:
        first.release()
    assert out.strip() == "forwarded", err
