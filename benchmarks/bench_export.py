"""Time the exports (and the JSON import) on ten years of daily sessions.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_export.py [--days 3650] [--runs 3]

Prints the median of a few runs for each format. Target from issue 5: a CSV
export of 3,650 sessions (about 36,500 step results) in at most 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gen_log import populate
from neurofoot_desktop.exports import export_log, import_log
from neurofoot_desktop.storage import Store

CSV_TARGET_S = 2.0


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from common import header  # benchmarks/ is on sys.path when run as a script

    header("Exports and JSON import on ten years of daily sessions")
    with tempfile.TemporaryDirectory(prefix="neurofoot-bench-") as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "data")
        start = time.perf_counter()
        populate(store, days=args.days)
        sessions = store.sessions()
        steps = sum(len(s.steps) for s in sessions)
        print(f"log: {len(sessions)} sessions, {steps} step results "
              f"(generated in {time.perf_counter() - start:.2f} s)")
        failed = False
        for fmt in ("csv", "json", "fhir", "pdf"):
            out = folder / f"export.{fmt}"
            times = timed(lambda fmt=fmt, out=out: export_log(store, fmt, out), args.runs)
            median = statistics.median(times)
            size = out.stat().st_size / 1e6
            line = (f"export {fmt:<4}  median {median:6.3f} s  "
                    f"(runs: {', '.join(f'{t:.3f}' for t in times)}; {size:.1f} MB)")
            if fmt == "csv":
                ok = median <= CSV_TARGET_S
                failed |= not ok
                line += f"  target <= {CSV_TARGET_S:g} s: {'OK' if ok else 'MISSED'}"
            print(line)
        store.close()

        counter = iter(range(args.runs))

        def fresh_import() -> None:
            target = Store.open(folder / f"import-{next(counter)}")
            try:
                import_log(target, folder / "export.json")
            finally:
                target.close()

        times = timed(fresh_import, args.runs)
        print(f"import json   median {statistics.median(times):6.3f} s  "
              f"(runs: {', '.join(f'{t:.3f}' for t in times)}; into an empty log)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
