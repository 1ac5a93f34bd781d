"""Start-up: process start to the main window's first paint, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 15]
        [--days 365] [--no-trace]

Each run is a fresh interpreter (`python -c ...`), alternating NeuroFoot and a bare QMainWindow
so that both see the same machine load. The NeuroFoot child runs the real program path
(`neurofoot_desktop.cli.main(["--data-dir", DIR])` -> app.run_gui -> MainWindow) on a log with
--days of history; its only addition is an event filter, installed by wrapping
app._make_window, that notes the first Paint of the main window. Times are CLOCK_MONOTONIC,
which parent and child share: from just before the parent spawns the child to
  - "first paint": the main window receives its first Paint event;
  - "frame done": the event loop is next idle (that frame is painted and flushed).
Target (issue 8): NeuroFoot's median first paint at most 1.5x the bare window's. "Frame done"
also includes the work NeuroFoot does just after its first frame (the app icon, listening for a
second launch). A third program, a window with a label and a button, shows what any window
with words costs beyond the bare one; it is context, not the target.

Then one untraced-timing, traced run lists the heavy modules loaded by the first paint
(pyqtgraph, numpy, QtMultimedia, QtTextToSpeech, exports, history view, cues/speech) and, for
each, the chain of import statements (file:line) that pulled it in.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, fmt_stat, header, median, table, verdict

HEAVY = (
    "pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
    "neurofoot_desktop.exports", "neurofoot_desktop.ui.history.page",
    "neurofoot_desktop.ui.history.charts", "neurofoot_desktop.ui.history.browser",
    "neurofoot_desktop.ui.guidance.cues", "neurofoot_desktop.ui.guidance.speech",
)
TARGET_RATIO = 1.5

# Shared by both children: on the window's first Paint, note the time; when the event loop is
# next idle (the frame is flushed), note it again, report and quit.
_PROBE = r"""
import json, sys, time
T_READY = time.monotonic()
HEAVY = %(heavy)r

def watch(win):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, ev):
            if obj is win and ev.type() == QEvent.Type.Paint and not hasattr(self, "t"):
                self.t = time.monotonic()
                QTimer.singleShot(0, self.done)
            return False

        def done(self):
            t_done = time.monotonic()
            mods = sorted(m for m in sys.modules
                          if any(m == h or m.startswith(h + ".") for h in HEAVY))
            marks = globals().get("MARKS", {})
            print("RESULT " + json.dumps({"ready": T_READY, "paint": self.t, "done": t_done,
                                          "heavy": mods, "n_modules": len(sys.modules),
                                          **marks}))
            sys.stdout.flush()
            QApplication.quit()

    f = FirstPaint(win)
    win.installEventFilter(f)
    win._bench_first_paint = f
    return win
"""

_APP = _PROBE + r"""
import neurofoot_desktop.app as _app
_make = _app._make_window
MARKS = {}

def _timed_make(*args):
    MARKS["ui_import"] = time.monotonic()
    import neurofoot_desktop.ui.main_window  # what _make_window imports, timed apart
    MARKS["construct"] = time.monotonic()
    win = _make(*args)
    MARKS["constructed"] = time.monotonic()
    return watch(win)

_app._make_window = _timed_make
from neurofoot_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

_BARE = _PROBE + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
win = watch(QMainWindow())
win.setWindowTitle("bare")
win.resize(1366, 768)
win.show()
sys.exit(app.exec())
"""

# For context, not the target: the least any window with words pays on top of the bare one
# (Qt's font database, and the Qt namespace's enums, which PySide builds on first use).
_WORDS = _PROBE + r"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv)
win = watch(QMainWindow())
win.setWindowTitle("words")
body = QWidget()
column = QVBoxLayout(body)
column.addWidget(QLabel("Who is having a massage today?"), 0, Qt.AlignmentFlag.AlignHCenter)
column.addWidget(QPushButton("Begin"))
win.setCentralWidget(body)
win.resize(1366, 768)
win.show()
sys.exit(app.exec())
"""

# Traced run only: remember who first asked for each module (file, line, importing module).
_TRACER = r"""
import sys
class _Who:
    seen = {}
    def find_spec(self, name, path=None, target=None):
        if name not in self.seen:
            f = sys._getframe(1)
            while f is not None and (f.f_code.co_filename.startswith("<frozen")
                                     or "importlib" in f.f_code.co_filename
                                     or "shibokensupport" in f.f_code.co_filename):
                f = f.f_back
            self.seen[name] = ((f.f_code.co_filename, f.f_lineno, f.f_globals.get("__name__"))
                               if f is not None else None)
        return None
WHO = _Who()
sys.meta_path.insert(0, WHO)
import atexit, json
atexit.register(lambda: print("WHO " + json.dumps(WHO.seen)))
"""


def run_child(code: str, data_dir: Path, pycache: Path | None) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if pycache is not None:  # like an installed wheel: compiled once, then loaded from .pyc
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"child failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    r: dict[str, object] = json.loads(lines[-1][7:])
    r["start"] = t0
    who = [ln for ln in proc.stdout.splitlines() if ln.startswith("WHO ")]
    if who:
        r["who"] = json.loads(who[-1][4:])
    return r


def ms(r: dict[str, object], key: str) -> float:
    return (float(r[key]) - float(r["start"])) * 1000  # type: ignore[arg-type]


def rel(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return path


def chain(who: dict[str, list[object] | None], module: str) -> str:
    """module <- file:line (importer) <- ... up to the script."""
    hops = [module]
    seen = {module}
    name = module
    while True:
        entry = who.get(name)
        if entry is None:
            break
        file, line, importer = entry
        hops.append(f"{rel(str(file))}:{line}")
        if not importer or importer in seen or importer == "__main__":
            break
        seen.add(str(importer))
        name = str(importer)
    return " <- ".join(hops)


def roots(mods: list[str]) -> list[str]:
    """The first module of each HEAVY family that is loaded (e.g. numpy, not numpy.linalg)."""
    out = []
    for h in HEAVY:
        family = [m for m in mods if m == h or m.startswith(h + ".")]
        if family:
            out.append(h if h in family else min(family, key=len))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="runs of each program (alternating)")
    ap.add_argument("--days", type=int, default=365, help="days of history in the log")
    ap.add_argument("--no-trace", action="store_true", help="skip the import-chain run")
    ap.add_argument("--no-bytecode-cache", action="store_true",
                    help="honour PYTHONDONTWRITEBYTECODE (compile every module on every start)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    header("Start-up: process start to first paint (NeuroFoot vs bare QMainWindow)",
           runs=f"{args.runs} each, alternating", log=f"{args.days} days of history",
           bytecode="as in the environment" if args.no_bytecode_cache
           else "cached in a private PYTHONPYCACHEPREFIX (as installed)")
    app_code = _APP % {"heavy": HEAVY}
    bare_code = _BARE % {"heavy": HEAVY}
    words_code = _WORDS % {"heavy": HEAVY}
    with tempfile.TemporaryDirectory(prefix="nf-bench-startup-") as tmp:
        data = Path(tmp) / "data"
        pycache = None if args.no_bytecode_cache else Path(tmp) / "pycache"
        if args.days:
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gen_log.py"), str(data),
                            "--days", str(args.days)], check=True, capture_output=True, cwd=ROOT)
        # Warm-up (file cache, first-run migrations and backup); not counted.
        run_child(app_code, data, pycache)
        run_child(bare_code, data, pycache)
        run_child(words_code, data, pycache)
        app_runs, bare_runs, words_runs = [], [], []
        for _ in range(args.runs):
            app_runs.append(run_child(app_code, data, pycache))
            bare_runs.append(run_child(bare_code, data, pycache))
            words_runs.append(run_child(words_code, data, pycache))
        traced = None if args.no_trace else run_child(_TRACER + app_code, data, pycache)

    rows = []
    figures = {}
    for name, runs in (("NeuroFoot", app_runs), ("bare QMainWindow", bare_runs),
                       ("window with words (context)", words_runs)):
        ready = [ms(r, "ready") for r in runs]
        paint = [ms(r, "paint") for r in runs]
        done = [ms(r, "done") for r in runs]
        figures[name] = (paint, done)
        rows.append([name, fmt_stat(ready, 0), fmt_stat(paint, 0), fmt_stat(done, 0),
                     int(median([float(r["n_modules"]) for r in runs]))])  # type: ignore[arg-type]
    ratio_paint = median(figures["NeuroFoot"][0]) / median(figures["bare QMainWindow"][0])
    ratio_done = median(figures["NeuroFoot"][1]) / median(figures["bare QMainWindow"][1])
    # Per-pair ratios show how much of the spread is machine load shared by both.
    pair = [a / b for a, b in zip(figures["NeuroFoot"][1], figures["bare QMainWindow"][1],
                                  strict=True)]
    rows.append(["ratio NeuroFoot / bare", "", f"{ratio_paint:.2f}x",
                 f"{ratio_done:.2f}x (pairs {fmt_stat(pair, 2)}x)", ""])
    rows.append([f"target <= {TARGET_RATIO}x met", "", verdict(ratio_paint <= TARGET_RATIO),
                 verdict(ratio_done <= TARGET_RATIO), ""])
    words_paint = median(figures["window with words (context)"][0])
    rows.append(["context: NeuroFoot / window with words", "",
                 f"{median(figures['NeuroFoot'][0]) / words_paint:.2f}x", "", ""])
    print(table(["program", "python ready ms", "first paint ms", "frame done ms", "modules"],
                rows))
    print("\nms: median (interquartile range) from process spawn.")
    parts = {  # where NeuroFoot's time goes, in order
        "spawn to QApplication + log open (before the UI)": ("start", "ui_import"),
        "import ui.main_window and its pages": ("ui_import", "construct"),
        "MainWindow(store)": ("construct", "constructed"),
        "show to first frame done": ("constructed", "done"),
    }
    print("NeuroFoot breakdown, median ms: " + "; ".join(
        f"{name} {median([(float(r[b]) - float(r[a])) * 1000 for r in app_runs]):.0f}"  # type: ignore[arg-type]
        for name, (a, b) in parts.items()))

    heavy = sorted({m for r in app_runs for m in r["heavy"]})  # type: ignore[attr-defined]
    print(f"\nHeavy modules loaded by NeuroFoot's first paint: "
          f"{', '.join(roots(heavy)) or 'none'}"
          + (f" ({len(heavy)} modules: {', '.join(heavy)})" if heavy else ""))
    if traced is not None and heavy:
        who = traced.get("who", {})
        print("Import chains (module <- importing file:line <- ...):")
        for m in roots(heavy):
            print(f"  {chain(who, m)}")  # type: ignore[arg-type]
        for m in heavy:  # our own modules one by one; third-party ones by family only
            if m.startswith("neurofoot_desktop.") and m not in roots(heavy):
                print(f"  {chain(who, m)}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
