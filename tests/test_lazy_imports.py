"""Heavy modules load lazily: none of them is imported by the time the main window first paints.

Each path runs in a fresh interpreter (this test process has long since imported everything)
and lists sys.modules at the main window's first Paint event. No timing is asserted here;
benchmarks/bench_startup.py measures the start-up time and prints the import chains.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# family -> why it should wait until it is needed
HEAVY = {
    "pyqtgraph": "the history charts",
    "numpy": "pyqtgraph and the pressure engine's tables",
    "PySide6.QtMultimedia": "sound cues, first used when a step starts",
    "PySide6.QtTextToSpeech": "spoken guidance, first used when a step starts",
    "neurofoot_desktop.exports": "export and import, from a menu",
    "neurofoot_desktop.ui.history.page": "the history screen",
    "neurofoot_desktop.ui.history.charts": "the history screen",
    "neurofoot_desktop.ui.history.browser": "the history screen",
    "neurofoot_desktop.ui.guidance.cues": "sound cues",
    "neurofoot_desktop.ui.guidance.speech": "spoken guidance",
    "neurofoot_desktop.ui.session.player": "the session screens, built when a session starts",
    "neurofoot_desktop.ui.diagram.widget": "the session screens, built when a session starts",
    "PySide6.QtNetwork": "the single-instance server, which listens after the first paint",
    "neurofoot_desktop.core.protocol": "the routine, read when a page or a session needs it",
    "neurofoot_desktop.core.session": "the session engine, loaded when a session begins",
    "neurofoot_desktop.core.pressure": "the pressure engine, asked when a step is shown",
    "neurofoot_desktop.ui.reminders": "the reminders' tray and banner, started after the paint",
    "neurofoot_desktop.charts": "the charts of History and the report",
}

# Prints the modules loaded when `win` first receives a Paint event, then quits.
_PROBE = r"""
import json, sys

def watch(win):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, ev):
            if obj is win and ev.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = sorted(sys.modules)
                print("MODULES " + json.dumps(self.seen), flush=True)
                QApplication.quit()
            return False

    f = FirstPaint(win)
    win.installEventFilter(f)
    win._first_paint = f
    return win
"""

# The window alone: MainWindow on a fresh store, shown.
_WINDOW = _PROBE + r"""
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui.main_window import MainWindow
win = watch(MainWindow(Store.open(Path(sys.argv[1]))))
win.show()
app.exec()
"""

# The whole program as `python -m neurofoot_desktop --data-dir DIR` starts it.
_PROGRAM = _PROBE + r"""
import neurofoot_desktop.app as _app
_make = _app._make_window
_app._make_window = lambda *args: watch(_make(*args))
from neurofoot_desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""


def _modules_at_first_paint(code: str, data_dir: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("MODULES ")]
    assert lines, f"the window never painted (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    return set(json.loads(lines[-1][len("MODULES "):]))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    base = tmp_path_factory.mktemp("lazy")
    return {
        "window": _modules_at_first_paint(_WINDOW, base / "window"),
        "program": _modules_at_first_paint(_PROGRAM, base / "program"),
    }


def _family(modules: set[str], family: str) -> list[str]:
    return sorted(m for m in modules if m == family or m.startswith(family + "."))


def _params() -> list[object]:
    out: list[object] = []
    for path in ("window", "program"):
        for family in HEAVY:
            out.append(pytest.param(path, family, id=f"{path}-{family}"))
    return out


@pytest.mark.parametrize(("path", "family"), _params())
def test_heavy_module_waits_until_needed(
    loaded: dict[str, set[str]], path: str, family: str
) -> None:
    early = _family(loaded[path], family)
    assert not early, (
        f"{family} ({HEAVY[family]}) is already imported when the main window first paints "
        f"({path} path): {', '.join(early[:8])}. Import it where it is first used; "
        f"benchmarks/bench_startup.py prints the import chain."
    )


def test_the_probe_sees_the_start_up_modules(loaded: dict[str, set[str]]) -> None:
    # A probe that lists nothing would pass every test above.
    for path in ("window", "program"):
        assert "neurofoot_desktop.ui.main_window" in loaded[path]
        assert "neurofoot_desktop.ui.session.start" in loaded[path]
    assert "neurofoot_desktop.app" in loaded["program"]
