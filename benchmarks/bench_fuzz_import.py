"""The import against hostile files, at length (issue 15), and a large import's memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_fuzz_import.py [--cases 20000]
        [--seed 1515] [--sessions 50000]

Part 1 feeds --cases seeded hostile variants of a valid export (tests/helpers/hostile.py;
the test suite runs 1,200 of them) to `neurofoot import`, half into a folder holding a log and
half into a new folder, and counts per class: refused with exit 1 in one printable line of
at most 200 characters, no traceback, the log byte for byte unchanged, nothing created.
Part 2 imports --sessions sessions (ten step results each) in a child process and reports
its time and peak memory (target: under 300 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make the project and test helpers importable
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from helpers.hostile import valid_log, variants  # noqa: E402

from benchmarks.common import header, table  # noqa: E402
from neurofoot_desktop.cli import main  # noqa: E402

MEMORY_TARGET_MB = 300
CHILD = """
import re, resource, sys, time
from pathlib import Path
from neurofoot_desktop.cli import main
started = time.perf_counter()
code = main(["--data-dir", sys.argv[1], "import", sys.argv[2]])
try:  # VmHWM: this process's own peak; ru_maxrss keeps the parent's from before exec
    peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
except (OSError, AttributeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(code, round(time.perf_counter() - started, 1), round(peak), file=sys.stderr)
"""


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def run_cli(folder: Path, file: Path) -> tuple[int, str, str, str]:
    out, err = io.StringIO(), io.StringIO()
    crash = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(folder), "import", str(file)])
        except BaseException:  # counted, not raised: the count is the point
            code, crash = -1, traceback.format_exc()
    return code, out.getvalue(), err.getvalue(), crash


def fuzz(cases: int, seed: int, work: Path) -> tuple[Counter[str], Counter[str], float]:
    log_folder, fresh, file = work / "data", work / "fresh", work / "hostile.json"
    good = work / "good.json"
    good.write_text(json.dumps(valid_log()), encoding="utf-8")
    assert run_cli(log_folder, good)[0] == 0
    before = snapshot(log_folder)
    tried: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    started = time.perf_counter()
    for n, (kind, raw) in enumerate(variants(seed, cases)):
        file.write_bytes(raw)
        folder = log_folder if n % 2 else fresh
        code, out, err, crash = run_cli(folder, file)
        lines = err.splitlines()
        ok = (code == 1 and not out and not crash and len(lines) == 1 and len(lines[0]) <= 200
              and lines[0].isprintable() and not fresh.exists())
        tried[kind] += 1
        if not ok:
            failed[kind] += 1
            if failed.total() <= 5:
                print(f"case {n} ({kind}): exit {code}, {err[:300]!r} {crash[-500:]}")
    if snapshot(log_folder) != before:
        failed["log changed"] += 1
    return tried, failed, time.perf_counter() - started


def big_import(sessions: int, work: Path) -> tuple[int, float, int, float]:
    # Ten people, so the days stay within the import's 1970-2099 window.
    people = 10
    base = valid_log(sessions // people)["profiles"][0]
    doc = valid_log(0)
    doc["profiles"] = [{**base, "name": f"Person {p}", "sessions": [
        {**session, "id": f"p{p}-s{n}"} for n, session in enumerate(base["sessions"])]}
        for p in range(people)]
    path = work / "big.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    del doc, base
    size_mb = path.stat().st_size / 2**20
    done = subprocess.run([sys.executable, "-c", CHILD, str(work / "big"), str(path)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    code, seconds, peak = done.stderr.strip().splitlines()[-1].split()
    return int(code), float(seconds), int(peak), size_mb


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1515)
    parser.add_argument("--sessions", type=int, default=50_000)
    args = parser.parse_args()
    header("Import of hostile files (issue 15)", cases=args.cases, seed=args.seed,
           sessions=args.sessions)
    with tempfile.TemporaryDirectory() as tmp:
        tried, failed, seconds = fuzz(args.cases, args.seed, Path(tmp))
        rows = [(kind, tried[kind], tried[kind] - failed[kind], failed[kind])
                for kind in sorted(tried)]
        rows.append(("all", tried.total(), tried.total() - failed.total(), failed.total()))
        print(table(["class", "files", "refused cleanly", "not"], rows))
        print(f"\n{tried.total()} files in {seconds:.0f} s "
              f"({seconds / max(tried.total(), 1) * 1000:.1f} ms each); log unchanged: "
              f"{'yes' if not failed['log changed'] else 'NO'}")
    with tempfile.TemporaryDirectory() as tmp:
        code, took, peak, size = big_import(args.sessions, Path(tmp))
        print(f"\nImport of {args.sessions} sessions ({size:.0f} MB of JSON): exit {code}, "
              f"{took:.1f} s, peak {peak} MB (target < {MEMORY_TARGET_MB} MB)")
    return 0 if not failed.total() and code == 0 and peak < MEMORY_TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(run())
