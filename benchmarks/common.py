"""Shared helpers for the benchmarks: the environment header, statistics, one markdown table.

Every benchmark prints `header(...)` first and then one `table(...)`. Nothing here imports Qt
at module level, so a benchmark that measures start-up can use it without loading Qt.
Qt helpers (running the event loop, driving the main window) import what they need inside.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from neurofoot_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


# --- the header ------------------------------------------------------------------------------

def _dist_version(*names: str) -> str:
    """The installed version of the first distribution found (PySide6 may be split in two)."""
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def qt_version() -> str:
    """The Qt runtime version (imports PySide6.QtCore, which every Qt benchmark loads anyway)."""
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return "not installed"
    return str(qVersion())


def environment() -> dict[str, str]:
    """What the figures depend on. pyqtgraph's version is read without importing it."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "load average": load,
        "machine": f"{platform.system()} {platform.release()} {platform.machine()}",
        "Python": platform.python_version(),
        "Qt": qt_version(),
        "PySide6": _dist_version("PySide6", "PySide6_Essentials"),
        "pyqtgraph": _dist_version("pyqtgraph"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "(default)"),
    }


def header(title: str, **extra: object) -> None:
    """Print the benchmark's title and the environment as one line of key: value pairs."""
    env = environment()
    env.update({k.replace("_", " "): str(v) for k, v in extra.items()})
    print(f"## {title}")
    print()
    print(" · ".join(f"{k}: {v}" for k, v in env.items()))
    print()
    sys.stdout.flush()


# --- statistics and the table ------------------------------------------------------------------

def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def spread(xs: Sequence[float]) -> tuple[float, float]:
    """The interquartile range (25th, 75th percentile); min/max for fewer than 4 values."""
    if len(xs) < 4:
        return min(xs), max(xs)
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[2]


def fmt_stat(xs: Sequence[float], digits: int = 1, unit: str = "") -> str:
    """'median (IQR low-high) unit', e.g. '212.3 (205.1–230.9) ms'; one value as it is."""
    if not xs:
        return "n/a"
    u = f" {unit}" if unit else ""
    if len(xs) == 1:
        return f"{xs[0]:.{digits}f}{u}"
    lo, hi = spread(xs)
    return f"{median(xs):.{digits}f} ({lo:.{digits}f}–{hi:.{digits}f}){u}"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub markdown table; columns padded so the plain text reads too."""
    cells = [[str(h) for h in headers], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    def line(r: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
    out = [line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


# --- process figures from /proc and getrusage --------------------------------------------------

def proc_status_kb(field: str) -> int:
    """A 'kB' field of /proc/self/status, e.g. VmRSS (resident now) or VmHWM (peak)."""
    for raw in Path("/proc/self/status").read_text().splitlines():
        if raw.startswith(field + ":"):
            return int(raw.split()[1])
    raise KeyError(field)


def cpu_seconds() -> float:
    """User + system CPU time of this process (all threads)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


# --- Qt helpers ----------------------------------------------------------------------------------

def qapp() -> Any:
    """The QApplication (offscreen unless told otherwise), created once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def run_events(seconds: float) -> None:
    """Run the Qt event loop for this long (timers fire, widgets paint)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(0, round(seconds * 1000)), loop.quit)
    loop.exec()


def measure_cpu(seconds: float, during: Callable[[], None] | None = None) -> tuple[float, float]:
    """Run the event loop for `seconds`; (CPU seconds used, wall seconds). `during` runs first."""
    if during is not None:
        during()
    wall0, cpu0 = time.monotonic(), cpu_seconds()
    run_events(seconds)
    return cpu_seconds() - cpu0, time.monotonic() - wall0


def yes_except_resume() -> object:
    """The dialog service of a benchmark: every confirmation is answered yes, except the
    offer to resume an unfinished session (left as it is); nothing else is chosen."""
    from PySide6.QtWidgets import QWidget

    from neurofoot_desktop.ui import dialogs

    class YesExceptResume(dialogs.Scripted):
        def _next(self, text: str) -> object:
            self.asked.append(text)
            return None

        def confirm(self, parent: QWidget | None, text: str, accept: str = "",
                    reject: str = "", destructive: bool = False, title: str = "") -> bool:
            self.asked.append(text)
            return not (parent is not None and title == parent.tr("An unfinished session"))

        def ask(self, parent: QWidget | None, text: str, title: str = "") -> bool:
            self.asked.append(text)
            return True

    return YesExceptResume()


def open_main_window(data_dir: Path) -> MainWindow:
    """The real MainWindow on a fresh store, shown, with the real (system) clock.

    Nothing waits for a click: confirmations ("end the session?") answer yes and an
    unfinished session found in the log is left as it is.
    """
    import random

    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui.main_window import MainWindow

    qapp()
    from neurofoot_desktop.ui import dialogs

    dialogs.install(yes_except_resume())  # type: ignore[arg-type]
    win = MainWindow(Store.open(data_dir), rng=random.Random(7))
    win.show()
    run_events(0.2)
    return win


def drive_to_step(win: MainWindow, name: str = "Bench") -> None:
    """Add (or choose) a person, clear the pre-check and the light-touch check as a person
    would (keys and clicks, like tests/ui/session_driver.py); ends on the player, READY."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    left = Qt.MouseButton.LeftButton
    existing = win.store.profile_by_name(name)
    if existing is not None:  # e.g. made by gen_log.populate: choose them
        win.start.reload(existing.id)
    else:
        win.start.name.setFocus()
        win.start.name.setText(name)
        QTest.keyClick(win.start.name, Qt.Key.Key_Return)
    QTest.mouseClick(win.start.start, left)
    p = win.precheck

    def answer_all(screen: str, value: bool = False) -> None:
        for q in p.protocol.questions_on(screen):
            widget = p.questions[q.id]
            QTest.mouseClick(widget.yes if value else widget.no, left)
        QTest.mouseClick(p.stack.currentWidget().next, left)

    answer_all("skin")
    answer_all("changes")
    heel = p.questions["heel_sensitive"]
    QTest.mouseClick(heel.no, left)
    QTest.mouseClick(p.stack.currentWidget().next, left)
    for box in p.ready_boxes.values():
        box.setChecked(True)
    QTest.mouseClick(p.stack.currentWidget().next, left)
    page = win.light_touch
    for _foot in range(2):
        QTest.keyClick(page, Qt.Key.Key_Return)  # Begin
        for probe in list(page.probes):
            QTest.keyClick(page, Qt.Key.Key_F if probe.real else Qt.Key.Key_N)
        QTest.keyClick(page, Qt.Key.Key_N)  # nothing unpleasant
        QTest.keyClick(page, Qt.Key.Key_Return)  # next foot / start the massage
    if win.current_page() is not win.player:
        raise RuntimeError(f"expected the player, got {type(win.current_page()).__name__}")


def start_step(win: MainWindow) -> None:
    """Space on the player: the step starts (the countdown and the animation run)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(win.player, Qt.Key.Key_Space)
