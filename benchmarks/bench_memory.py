"""Memory: resident set size with the main window open and a session running.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_memory.py [--runs 3]
        [--seconds 5] [--days 3650]

Each run is a fresh interpreter that opens the real MainWindow (system clock, offscreen) on
a copy of a log holding --days of daily sessions, chooses the person, answers the pre-check,
does the light-touch check and starts the first step with Space, as a person would (see
common.drive_to_step), then lets the step and its animation run for --seconds. VmRSS (resident
now) and VmHWM (peak resident) come from /proc/self/status at each stage.
Target: at most 250 MB resident with a session running.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, fmt_stat, header, median, table, verdict

TARGET_MB = 250.0
STAGES = (
    ("qt", "QApplication created"),
    ("window", "main window shown (start page)"),
    ("player", "player shown, step ready"),
    ("running", "step running (animation, countdown)"),
)


def child(data_dir: Path, seconds: float) -> None:
    """One measurement; prints a JSON line of kB figures."""
    from common import drive_to_step, open_main_window, proc_status_kb, qapp, run_events, start_step

    out: dict[str, object] = {"start": proc_status_kb("VmRSS")}
    qapp()
    out["qt"] = proc_status_kb("VmRSS")
    win = open_main_window(data_dir)
    out["window"] = proc_status_kb("VmRSS")
    drive_to_step(win, "Bench")
    run_events(0.5)
    out["player"] = proc_status_kb("VmRSS")
    start_step(win)
    run_events(seconds)
    out["running"] = proc_status_kb("VmRSS")
    out["peak"] = proc_status_kb("VmHWM")
    out["animating"] = win.player.diagram.is_animating()
    out["heavy"] = sorted(m for m in ("numpy", "pyqtgraph", "PySide6.QtMultimedia",
                                      "PySide6.QtTextToSpeech") if m in sys.modules)
    print("RESULT " + json.dumps(out), flush=True)
    win.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=5.0, help="how long the step runs")
    ap.add_argument("--days", type=int, default=3650, help="days of history in the log")
    ap.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child(Path(args.child), args.seconds)
        return 0
    header("Memory: resident set size, main window with a session running",
           runs=f"{args.runs} fresh processes", log=f"{args.days} days of history",
           running=f"{args.seconds:g} s")
    results = []
    with tempfile.TemporaryDirectory(prefix="nf-bench-memory-") as tmp:
        pristine = Path(tmp) / "pristine"
        # gen_log.py makes person "Ana María"; the benchmark drives a person named "Bench".
        code = ("import sys; sys.path.insert(0, 'benchmarks'); from pathlib import Path; "
                "from gen_log import populate; from neurofoot_desktop.storage import Store; "
                "s = Store.open(Path(sys.argv[1])); populate(s, 'Bench', days=int(sys.argv[2]));"
                " s.close()")
        subprocess.run([sys.executable, "-c", code, str(pristine), str(args.days)], cwd=ROOT,
                       check=True)
        for i in range(args.runs):
            data = Path(tmp) / f"run{i}"
            shutil.copytree(pristine, data)
            proc = subprocess.run([sys.executable, __file__, "--child", str(data),
                                   "--seconds", str(args.seconds)], cwd=ROOT,
                                  capture_output=True, text=True, timeout=300)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
            if not lines:
                raise RuntimeError(f"run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
            results.append(json.loads(lines[-1][7:]))

    def mb(key: str) -> list[float]:
        return [r[key] / 1024 for r in results]

    rows = [["Python started (before Qt)", fmt_stat(mb("start"), 1), ""]]
    rows += [[label, fmt_stat(mb(key), 1), ""] for key, label in STAGES]
    running, peak = median(mb("running")), median(mb("peak"))
    rows[-1][2] = verdict(running <= TARGET_MB)
    rows.append(["peak (VmHWM) over the run", fmt_stat(mb("peak"), 1), verdict(peak <= TARGET_MB)])
    print(table(["stage", "resident MB, median (IQR)", f"<= {TARGET_MB:g} MB"], rows))
    heavy = sorted({m for r in results for m in r["heavy"]})
    print(f"\nAnimating at the end: {all(r['animating'] for r in results)}; heavy modules loaded "
          f"by then: {', '.join(heavy) or 'none'}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
