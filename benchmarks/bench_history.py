"""How fast the History view opens on ten years of daily sessions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_history.py [--runs 5] [--days 3650]

Prints a table of medians: reading the log, building the arrays, and the view's
open + first draw (construct, set_profile, show, paint). Figures, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neurofoot_desktop.core.protocol import FEET, STEP_IDS, default_protocol
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage.repository import (
    WARNING_IDS,
    LightTouchRecord,
    SessionRecord,
)


def small_populate(
    store: Store, profile_name: str = "Ana María", days: int = 3650, seed: int = 1,
    end: datetime | None = None,
) -> int:
    """A plausible daily log, a stand-in until benchmarks/gen_log.py exists; the profile id."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC)
    profile = store.profile_by_name(profile_name) or store.add_profile(
        profile_name, end - timedelta(days=days + 1)
    )
    protocol = default_protocol()
    level = {s: 2 for s in STEP_IDS}
    base = {s: 6.5 + rng.random() for s in STEP_IDS}
    touch = {f: "normal" for f in FEET}
    with store.transaction() as conn:
        for day in range(days, 0, -1):
            start = (end - timedelta(days=day)).replace(
                hour=rng.randint(8, 19), minute=rng.randint(0, 59), second=0, microsecond=0
            )
            answers = {w: rng.random() < 0.006 for w in WARNING_IDS}
            answers["heel_sensitive"] = rng.random() < 0.1
            for f in FEET:
                if rng.random() < 0.05:
                    touch[f] = rng.choice(("reduced", "normal", "normal", "heightened"))
            light = {
                f: LightTouchRecord(f, touch[f], 3 if touch[f] != "reduced" else 2, 3, 0,
                                    touch[f] == "heightened")
                for f in FEET
            }
            steps, at, status = [], start + timedelta(minutes=2), "completed"
            for foot in FEET:
                for step in protocol.steps:
                    base[step.id] = min(9.6, max(2.5, base[step.id] + rng.gauss(0, 0.12)))
                    if rng.random() < 0.03:
                        level[step.id] = min(4, max(1, level[step.id] + rng.choice((-1, 1))))
                    comfort = round(min(10, max(0, rng.gauss(base[step.id], 1.0))))
                    hurt = rng.random() < 0.001
                    steps.append(StepResult(
                        step.id, foot, at, step.duration_s, step.duration_s - rng.random() * 5,
                        level[step.id], Outcome.HURT if hurt else Outcome.RATED,
                        None if hurt else comfort,
                        None if hurt else rng.choice(("just_right", "just_right", "too_light",
                                                      "too_firm", None)),
                        "Warm lotion helped." if rng.random() < 0.02 else "",
                    ))
                    at += timedelta(seconds=step.duration_s + 20)
                    if hurt:
                        status = "stopped"
                        break
                if status == "stopped":
                    break
            store.insert_session(SessionRecord(
                id=f"s{seed:02d}-{day:05d}", profile_id=profile.id, profile_name=profile.name,
                started_at=start, ended_at=at, status=status,
                status_reason="It hurts" if status == "stopped" else "",
                note="Calm evening session." if rng.random() < 0.03 else "",
                answers=answers, light_touch=light, steps=steps,
            ), conn)
    return profile.id


def populate(store: Store, profile_name: str = "Ana María", days: int = 3650, seed: int = 1) -> int:
    """Ten years from benchmarks/gen_log.py (ending today), else the small generator above."""
    try:
        from benchmarks.gen_log import populate as shared
    except ImportError:
        return small_populate(store, profile_name, days, seed)
    end = datetime.now(UTC).replace(hour=18, minute=0, second=0, microsecond=0)
    shared(store, profile_name=profile_name, days=days, seed=seed, end=end - timedelta(days=1))
    found = store.profile_by_name(profile_name)
    assert found is not None
    return found.id


def _import_time() -> float:
    """Cold import of the History view (pulls in pyqtgraph) in a fresh interpreter, in ms."""
    code = (
        "import time, PySide6.QtWidgets as w; t = time.perf_counter(); "
        "import neurofoot_desktop.ui.history.page; print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=3650)
    args = parser.parse_args()
    from common import header  # benchmarks/ is on sys.path when run as a script

    header("History view on ten years of daily sessions")

    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.core.history import HistoryData
    from neurofoot_desktop.ui import theme

    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")
    from neurofoot_desktop.ui.history.page import HistoryView

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        t0 = time.perf_counter()
        profile_id = populate(store, days=args.days)
        gen_s = time.perf_counter() - t0
        n_sessions = store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        n_steps = store.connection.execute("SELECT count(*) FROM step_results").fetchone()[0]
        read, arrays, opened, complete = [], [], [], []
        redraws: list[tuple[str, list[float]]] = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            records = store.sessions(profile_id)
            t1 = time.perf_counter()
            HistoryData(records)
            t2 = time.perf_counter()
            read.append(t1 - t0)
            arrays.append(t2 - t1)
        for _ in range(args.runs):
            t0 = time.perf_counter()
            view = HistoryView(store)
            view.resize(1366, 720)
            view.set_profile(profile_id)
            view.show()
            view.grab()  # forces layout and a full paint of the visible chart
            opened.append(time.perf_counter() - t0)
            while view.loading:  # older years arrive in steps while the page stays usable
                app.processEvents()
            view.grab()
            complete.append(time.perf_counter() - t0)
            if len(opened) == args.runs:  # smoothness: redraws while panning and zooming
                for kind, period in (("comfort", "all"), ("comfort", "year"),
                                     ("touch", "all"), ("weekly", "all")):
                    view.charts.show_chart(kind)
                    view.charts.set_period(period)
                    chart = view.charts.chart()
                    chart.grab()
                    lo, hi = chart.x_range()
                    step = (hi - lo) * 0.05
                    times = []
                    for i in range(1, 11):
                        t0 = time.perf_counter()
                        chart.set_x_range(lo - i * step, hi - i * step)
                        chart.grab()
                        times.append(time.perf_counter() - t0)
                    redraws.append((f"pan one step: {kind}, {period}", times))
            view.close()
            view.deleteLater()
            app.processEvents()
        store.close()

    ms = [("read the log (Store.sessions)", read), ("build arrays (HistoryData)", arrays),
          ("open + first draw (HistoryView)", opened),
          ("... whole log read and drawn", complete), *redraws]
    print(f"log: {n_sessions} sessions, {n_steps} step results (generated in {gen_s:.1f} s)")
    print(f"{'measure':<38}{'median ms':>10}{'min ms':>9}{'max ms':>9}")
    for name, xs in ms:
        print(f"{name:<38}{statistics.median(xs) * 1000:>10.0f}{min(xs) * 1000:>9.0f}"
              f"{max(xs) * 1000:>9.0f}")
    print(f"{'import history_view (cold, once)':<38}{_import_time():>10.0f}")


if __name__ == "__main__":
    main()
