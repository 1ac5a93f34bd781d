"""A small run of benchmarks/crash_harness.py: six SIGKILLs through the real storage code.

The full run (80 runs, a 3000-session import) is `python benchmarks/crash_harness.py`.
"""

import importlib.util
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_harness.py"


def load_harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("crash_harness", module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


def test_kills_lose_no_acknowledged_rating_and_imports_are_all_or_nothing(tmp_path) -> None:
    harness = load_harness()
    counts = harness.run_harness(runs=6, seed=3, sessions=300, work=tmp_path,
                                 ratings_delay=0.5)
    report = harness.report(counts)
    assert counts.ok, report
    assert counts.runs == 6 and counts.integrity_ok == 6
    assert counts.kills >= 3, report  # ratings workers never finish on their own
    assert counts.ratings_acknowledged > 0 and counts.ratings_lost == 0
    assert counts.import_runs == 3 and counts.imports_partial == 0
    assert counts.imports_none + counts.imports_all == 3
    assert counts.backups_bad == 0  # how many were made depends on the machine's speed
