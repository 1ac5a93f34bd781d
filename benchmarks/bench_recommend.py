"""How long does recommend() take? Prints milliseconds per call (median of many).

    python benchmarks/bench_recommend.py            # 200 and ~36,500 ratings
    python benchmarks/bench_recommend.py --repeat 50

Histories are realistic: one session a day, 5 steps x 2 feet, varied levels, comfort,
"too light / too firm" and light-touch results. Also measured, each in a fresh
interpreter: importing neurofoot_desktop.core.pressure (it must not pull in numpy) and
the first call (which loads numpy and builds the model's tables).
Budget (issues 4 and 17): <= 5 ms at 200 ratings, <= 50 ms at ten years (~36,000 ratings),
sorted or not.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from neurofoot_desktop.core.pressure import FEELS, Rating, recommend  # noqa: E402
from neurofoot_desktop.core.protocol import default_protocol  # noqa: E402
from neurofoot_desktop.core.recommendations import recommend_all  # noqa: E402

STEPS = ("effleurage", "sole_kneading", "toe_rolling", "ankle_rotation", "closing_strokes")
FEET = ("left", "right")


def history(sessions: int, seed: int = 7) -> list[Rating]:
    rng = random.Random(seed)
    start = datetime(2016, 1, 4, 9, tzinfo=UTC)
    out = []
    for n in range(sessions):
        day = start + timedelta(days=n)
        sens = {f: rng.choices(("normal", "heightened", "reduced"), (7, 1.5, 1.5))[0]
                for f in FEET}
        for k, (step, foot) in enumerate((s, f) for f in FEET for s in STEPS):
            out.append(Rating(f"s{n}", day + timedelta(minutes=3 * k), step, foot,
                              rng.randint(1, 4), rng.choice((6, 7, 8, 8, 9, 9, 10)),
                              rng.choice((*FEELS, None)), sens[foot]))
    return out


def per_call_ms(hist: list[Rating], repeat: int) -> tuple[float, float, float]:
    """(median, 90th percentile) wall ms and median CPU ms of the process (BLAS threads
    included) over repeat rounds of all 10 step-and-foot calls. On a shared, loaded
    machine the CPU time is the steadier figure: wall time there is mostly waiting."""
    recommend(hist, "effleurage", "left")  # warm up: numpy and the model's tables
    times, cpu = [], []
    for i in range(repeat):
        for step in STEPS:
            for foot in FEET:
                sens = ("normal", "heightened", "reduced")[i % 3]
                c0, t0 = time.process_time(), time.perf_counter()
                recommend(hist, step, foot, sens)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
    return (statistics.median(times), statistics.quantiles(times, n=10)[-1],
            statistics.median(cpu))


def fresh_ms(code: str) -> float:
    """Median wall time of `code` in a fresh interpreter, over five runs."""
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", "import time; t0 = time.perf_counter()\n" + code
             + "\nprint((time.perf_counter() - t0) * 1000)"],
            capture_output=True, text=True, check=True, cwd=ROOT)
        runs.append(float(out.stdout.split()[-1]))
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="rounds of 10 calls per size")
    args = parser.parse_args()
    from common import header  # benchmarks/ is on sys.path when run as a script

    header("recommend(): milliseconds per call")
    print("| History | ratings | median ms per call | 90th percentile ms | median CPU ms |")
    print("|---|---|---|---|---|")
    for label, sessions, shuffled in (("20 sessions", 20, False),
                                      ("20 sessions, shuffled", 20, True),
                                      ("one year", 365, False), ("ten years", 3650, False),
                                      ("ten years, shuffled", 3650, True)):
        hist = history(sessions)
        if shuffled:  # issue 17: any order is read by time, with one sort
            random.Random(3).shuffle(hist)
        med, p90, cpu = per_call_ms(hist, args.repeat if sessions < 3650
                                    else max(3, args.repeat // 4))
        print(f"| {label} | {len(hist):,} | {med:.2f} | {p90:.2f} | {cpu:.2f} |")
    # What the summary, the CLI and a session start need: all ten step-feet at once.
    tenyears = history(3650)
    protocol = default_protocol()
    recommend_all(protocol, tenyears, {})
    runs = []
    for _ in range(max(3, args.repeat // 4)):
        t0 = time.perf_counter()
        recommend_all(protocol, tenyears, {})
        runs.append((time.perf_counter() - t0) * 1000)
    print(f"\nrecommend_all (10 step-feet, one read of {len(tenyears):,} ratings): "
          f"median {statistics.median(runs):.1f} ms (target <= 50 ms)")
    imp = fresh_ms("import neurofoot_desktop.core.pressure as p, sys\n"
                   "assert 'numpy' not in sys.modules, 'pressure imports numpy'")
    first = fresh_ms("from datetime import datetime, UTC\n"
                     "from neurofoot_desktop.core.pressure import Rating, recommend\n"
                     "t = datetime(2025, 1, 1, tzinfo=UTC)\n"
                     "r = Rating('s', t, 'effleurage', 'left', 2, 8)\n"
                     "recommend([r], 'effleurage', 'left')")
    print(f"\nimport neurofoot_desktop.core.pressure: {imp:.1f} ms (numpy not loaded)")
    print(f"import + first call (loads numpy, builds tables): {first:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
