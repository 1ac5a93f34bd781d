"""History and the doctor's report on ten years of daily sessions (issue 16), side by side.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_report.py [--days 3650]

One log (benchmarks/gen_log.py, ending yesterday) is made once; each figure is then measured
in a fresh interpreter so its memory is its own (VmRSS = resident after, VmHWM = peak):
History open + first draw and its memory, the default PDF (last 3 months), the PDF of the
whole log with the appendix, CSV, FHIR (time and peak), and the longest event-loop stall
while each is written as File > Export writes it, with the progress dialog: in a child
process (and, for comparison, the PDF with its appendix on a thread of the window's process,
as before).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, proc_status_kb, table, verdict

# (probe, what, target value, unit): a figure above its target is MISSED
TARGETS = {
    "history": ("History open + first draw", 300.0, "ms"),
    "history_mb": ("History resident memory", 200.0, "MB"),
    "pdf": ("PDF, last 3 months (default)", 3.0, "s"),
    "pdf_pages": ("PDF pages, last 3 months", 4, "pages"),
    "pdf_all_pages": ("PDF pages, whole log, no appendix", 4, "pages"),
    "appendix": ("PDF, whole log + appendix", 15.0, "s"),
    "csv": ("CSV, whole log", 1.0, "s"),
    "fhir": ("FHIR, whole log", 5.0, "s"),
    "fhir_mb": ("FHIR peak memory", 300.0, "MB"),
    "stall": ("Longest GUI stall, appendix PDF", 100.0, "ms"),
    "stall_fhir": ("Longest GUI stall, FHIR export", 100.0, "ms"),
    "stall_csv": ("Longest GUI stall, CSV export", 100.0, "ms"),
    "stall_json": ("Longest GUI stall, JSON export", 100.0, "ms"),
}
# printed beside the targets, for comparison: the appendix PDF on a thread of the window's
# process, as before issue 16's child process (Qt's long calls there hold Python's lock)
COMPARE = {"stall_thread": "GUI stall, appendix PDF on a thread (before)"}


def _store(folder: str):
    from neurofoot_desktop.storage import Store

    return Store.open(Path(folder))


def _last_3_months(store) -> object:
    from neurofoot_desktop.core.history import period_dates
    from neurofoot_desktop.exports import Period

    last = max(s.started_at for s in store.sessions()).astimezone().date()
    first, last = period_dates("3m", last)
    return Period(first, last)


def probe(name: str, folder: str, out: str) -> dict[str, float]:
    """One measurement in this interpreter; returns its figures."""
    from neurofoot_desktop.exports import export_log

    store = _store(folder)
    if name == "history":
        from common import qapp

        from neurofoot_desktop.ui import theme
        from neurofoot_desktop.ui.history.page import HistoryView
        app = qapp()
        theme.apply(app, "light")
        profile_id = store.profiles()[0].id
        t0 = time.perf_counter()
        view = HistoryView(store)
        view.resize(1366, 720)
        view.set_profile(profile_id)
        view.show()
        view.grab()
        opened = time.perf_counter() - t0
        while getattr(view, "loading", False):
            app.processEvents()
        view.grab()
        return {"history": opened * 1000, "history_mb": proc_status_kb("VmRSS") / 1024,
                "history_peak_mb": proc_status_kb("VmHWM") / 1024}
    if name == "pdf":
        period = _last_3_months(store)
        t0 = time.perf_counter()
        result = export_log(store, "pdf", out, period=period)
        took = time.perf_counter() - t0
        whole = export_log(store, "pdf", out)
        return {"pdf": took, "pdf_pages": result.items, "pdf_all_pages": whole.items}
    if name == "appendix":
        t0 = time.perf_counter()
        result = export_log(store, "pdf", out, appendix=True)
        return {"appendix": time.perf_counter() - t0, "appendix_pages": result.items}
    if name in ("csv", "fhir"):
        t0, c0 = time.perf_counter(), time.process_time()
        export_log(store, name, out)
        figures = {name: time.perf_counter() - t0, f"{name}_cpu_s": time.process_time() - c0,
                   f"{name}_size_mb": Path(out).stat().st_size / 1e6}
        figures[f"{name}_mb"] = proc_status_kb("VmHWM") / 1024
        return figures
    if name.startswith("stall"):
        from common import qapp
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QWidget

        from neurofoot_desktop.ui.files import progress
        app = qapp()
        window = QWidget()
        window.resize(800, 600)
        window.show()
        app.processEvents()
        beats: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: beats.append(time.perf_counter()))
        timer.start(5)
        path = store.path

        def work(report):
            # as File > Export makes them: in a child process; stall_thread: the PDF on a
            # thread of the window's process, as before issue 16's child process
            fmt = {"stall_fhir": "fhir", "stall_csv": "csv", "stall_json": "json"}.get(name, "pdf")
            if name != "stall_thread":
                from neurofoot_desktop.ui.files import export_process
                done = export_process.export_file(path, fmt, out, profile=None, period=None,
                                                  appendix=True, progress=report)
                assert done is not None, "no child process"
                return done
            from neurofoot_desktop.storage import Store
            reader = Store(path)
            try:
                return export_log(reader, fmt, out, appendix=True, progress=report)
            finally:
                reader.close()

        # the same event loop with nothing to do, for as long: on a busy machine the
        # scheduler alone makes gaps, and this says how much of the stall is ours
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 3:
            app.processEvents()
            time.sleep(0.001)
        idle = [b - a for a, b in itertools.pairwise(beats)]
        beats.clear()
        t0 = time.perf_counter()
        result = progress.run(window, "Exporting", work, show_after_ms=0)
        took = time.perf_counter() - t0
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        return {name: max(gaps) * 1000 if gaps else float("nan"), f"{name}_beats": len(beats),
                f"{name}_export_s": took, f"{name}_items": result.items,
                f"{name}_idle_ms": max(idle) * 1000 if idle else float("nan")}
    raise ValueError(name)


def run_probe(name: str, folder: Path, tmp: Path) -> dict[str, float]:
    suffix = {"csv": "csv", "stall_csv": "csv", "fhir": "fhir.json", "stall_fhir": "fhir.json",
              "stall_json": "json"}
    out = tmp / f"{name}.{suffix.get(name, 'pdf')}"
    done = subprocess.run([sys.executable, __file__, "--probe", name, "--data", str(folder),
                           "--out", str(out)], capture_output=True, text=True, check=False)
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
        return {}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--probe")
    parser.add_argument("--data")
    parser.add_argument("--out")
    parser.add_argument("--only")
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe, args.data, args.out)))
        return 0
    if args.data:  # one probe on an existing log, e.g. --data DIR --only stall
        with tempfile.TemporaryDirectory() as tmp:
            print(run_probe(args.only or "stall", Path(args.data), Path(tmp)))
        return 0
    header("History and the doctor's report on ten years (issue 16)", days=args.days)
    from benchmarks.gen_log import populate

    with tempfile.TemporaryDirectory(prefix="neurofoot-bench-") as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "data"
        store = _store(str(folder))
        end = datetime.now(UTC).replace(hour=18, minute=0, second=0, microsecond=0)
        t0 = time.perf_counter()
        populate(store, days=args.days, end=end - timedelta(days=1))
        n = len(store.sessions())
        store.checkpoint()
        store.close()
        print(f"log: {n} sessions ending {date.today() - timedelta(days=1)} "
              f"(generated in {time.perf_counter() - t0:.1f} s)")
        figures: dict[str, float] = {}
        for name in ("history", "pdf", "appendix", "csv", "fhir", "stall", "stall_thread",
                     "stall_fhir", "stall_csv", "stall_json"):
            figures.update(run_probe(name, folder, tmp))
    rows, missed = [], False
    for key, (what, target, unit) in TARGETS.items():
        value = figures.get(key)
        if value is None:
            rows.append([what, "failed", f"<= {target:g} {unit}", verdict(False)])
            missed = True
            continue
        ok = value <= target
        missed |= not ok
        shown = f"{value:.0f}" if unit in ("ms", "MB", "pages") else f"{value:.2f}"
        rows.append([what, f"{shown} {unit}", f"<= {target:g} {unit}", verdict(ok)])
    for key, what in COMPARE.items():
        value = figures.get(key)
        rows.append([what, "failed" if value is None else f"{value:.0f} ms", "", ""])
    print(table(["measure", "value", "target", ""], rows))
    extra = {k: v for k, v in figures.items() if k not in TARGETS and k not in COMPARE}
    print("also: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(extra.items())))
    return 0  # figures, not a test: a missed target is printed, never a failed `make bench`


if __name__ == "__main__":
    sys.exit(main())
