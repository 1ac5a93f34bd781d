"""Crash-safety harness: kill the real storage code with SIGKILL at random moments.

    python benchmarks/crash_harness.py [--runs 80] [--seed 7] [--sessions 3000]

Half the runs start a process that saves a session's ratings one by one through
Store (as the program does), making the daily backup now and then, and kill it
at a random moment; the other half import a large JSON log through
exports.json and kill that. After every kill the harness checks:

- PRAGMA integrity_check is "ok" and foreign_key_check finds nothing;
- every rating (and session start/end) whose save had returned before the kill
  is present with its values: the worker prints a line after each save returns,
  and a line in the pipe survives the writer's death;
- every file under backups/ with a real name is a complete, healthy database;
- an import is all or nothing: the log holds either none or all of the file's sessions.

SIGKILL loses nothing the operating system has already accepted, so this tests
the transaction logic and the WAL, not the disk's behaviour on a power cut
(that part rests on synchronous=FULL and the fsyncs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neurofoot_desktop.core.protocol import FEET, STEP_IDS
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.datadir import DB_NAME
from neurofoot_desktop.storage import Store, backup
from neurofoot_desktop.storage.repository import LightTouchRecord, SessionRecord

T0 = datetime(2026, 1, 1, 18, 0, tzinfo=UTC)
PROFILE = "Crash Test"


# -- the worker processes -------------------------------------------------------------
def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def worker_ratings(folder: Path, seed: int) -> None:
    """Save ratings forever, as a session does; print each one once its save returned."""
    rng = random.Random(seed)
    store = Store.open(folder)
    profile = store.profile_by_name(PROFILE) or store.add_profile(PROFILE, T0)
    done = int(store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0])
    _say("ready")
    while True:
        now = T0 + timedelta(days=done)
        sid = store.start_session(profile.id, now)
        _say(f"S {sid}")
        for step in STEP_IDS:
            for foot in FEET:
                comfort, pressure = rng.randint(0, 10), rng.randint(1, 4)
                result = StepResult(step, foot, now, 120.0, 120.0, pressure, Outcome.RATED,
                                    comfort, "just_right", "")
                store.save_step_result(sid, result, now)
                _say(f"R {sid} {step} {foot} {comfort} {pressure}")
        store.end_session(sid, "completed", now)
        _say(f"E {sid}")
        # One fake day per session, so the daily backup and its rotation run often.
        backup.maybe_daily_backup(store.path, now=now.astimezone())
        done += 1


def worker_import(folder: Path, log_file: Path) -> None:
    from neurofoot_desktop.exports import json as json_log

    store = Store.open(folder)
    parsed = json_log.read_log(log_file)
    _say("ready")  # the file is parsed; from here on the database is being written
    result = json_log.import_parsed(store, parsed)
    _say(f"done {result.sessions_added}")
    store.close()


# -- fixtures -----------------------------------------------------------------------------
def make_records(count: int, seed: int) -> list[SessionRecord]:
    rng = random.Random(seed)
    records = []
    for i in range(count):
        started = T0 - timedelta(days=count - i)
        record = SessionRecord(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), profile_id=0,
            profile_name="Imported", started_at=started,
            ended_at=started + timedelta(minutes=25), status="completed", status_reason="",
            note="Notiz 😊 مريح" if i % 50 == 0 else "",
            answers={"open_wound": False, "heel_sensitive": i % 7 == 0},
        )
        for foot in FEET:
            record.light_touch[foot] = LightTouchRecord(foot, "normal", 3, 3, 0, False)
            for step in STEP_IDS:
                record.steps.append(StepResult(step, foot, started, 120.0, 120.0,
                                               rng.randint(1, 4), Outcome.RATED,
                                               rng.randint(0, 10), "just_right", ""))
        records.append(record)
    return records


def write_log_file(path: Path, sessions: int, seed: int) -> int:
    """A JSON export with `sessions` sessions, written through the real exporter."""
    from neurofoot_desktop.exports import json as json_log

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        profile = store.add_profile("Imported", T0 - timedelta(days=sessions + 1))
        with store.transaction() as conn:
            for record in make_records(sessions, seed):
                record.profile_id = profile.id
                store.insert_session(record, conn)
        json_log.export_json(store, path, now=T0)
        steps = int(store.connection.execute("SELECT count(*) FROM step_results").fetchone()[0])
        store.close()
    return steps


# -- the harness ----------------------------------------------------------------------------
@dataclass
class Counts:
    runs: int = 0
    kills: int = 0
    early_kills: int = 0
    integrity_ok: int = 0
    ratings_acknowledged: int = 0
    ratings_lost: int = 0
    sessions_lost: int = 0
    backups_checked: int = 0
    backups_bad: int = 0
    import_runs: int = 0
    imports_none: int = 0
    imports_all: int = 0
    imports_partial: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.failures and self.integrity_ok == self.runs and self.ratings_lost == 0
                and self.sessions_lost == 0 and self.imports_partial == 0
                and self.backups_bad == 0)


class Worker:
    """A child process whose stdout lines are collected by a thread as they arrive."""

    def __init__(self, *args: str) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ready"):
                self.ready.set()
        self.ready.set()  # end of output: do not wait for a ready that never comes

    def kill_after(self, delay: float, timeout: float = 60.0, early: bool = False) -> bool:
        """SIGKILL `delay` s after "ready" (after the start when early: the kill may then
        land while the log is being opened or created); True when it was still running."""
        if not early and not self.ready.wait(timeout):
            self.proc.kill()
            raise RuntimeError("the worker did not start")
        time.sleep(delay)
        alive = self.proc.poll() is None
        if alive:
            os.kill(self.proc.pid, signal.SIGKILL)
        err = self.finish()
        if self.proc.returncode not in (0, -signal.SIGKILL):
            raise RuntimeError(f"the worker failed: {err.strip()[-800:]}")
        return alive

    def finish(self) -> str:
        """Wait for the end, close the pipes; returns what the worker wrote on stderr."""
        self.proc.wait()
        self._reader.join()
        assert self.proc.stdout is not None and self.proc.stderr is not None
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return err


def _open_checked(path: Path, counts: Counts, label: str) -> sqlite3.Connection | None:
    # A normal read-write connection, as the program's next start would make: it
    # replays the -wal left by the killed process.
    conn = sqlite3.connect(path)
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems == ["ok"] and not fk:
        counts.integrity_ok += 1
        return conn
    counts.failures.append(f"{label}: integrity {problems[:3]} foreign keys {fk[:3]}")
    conn.close()
    return None


def _check_backups(folder: Path, counts: Counts, label: str) -> None:
    for b in backup.list_backups(folder / DB_NAME):
        counts.backups_checked += 1
        try:
            conn = sqlite3.connect(f"{b.path.resolve().as_uri()}?mode=ro", uri=True)
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            conn.close()
        except sqlite3.Error as exc:
            ok = False
            counts.failures.append(f"{label}: backup {b.path.name}: {exc}")
        if not ok:
            counts.backups_bad += 1


def ratings_run(folder: Path, rng: random.Random, counts: Counts, acked: dict,
                max_delay: float) -> None:
    label = f"ratings run {counts.runs + 1}"
    worker = Worker("ratings", str(folder), str(rng.randrange(1 << 30)))
    counts.runs += 1
    # One ratings run in five is killed counting from the start, not from "ready".
    early = rng.random() < 0.2
    counts.early_kills += early
    counts.kills += worker.kill_after(rng.uniform(0.0, max_delay), early=early)
    for line in worker.lines:
        kind, *rest = line.split()
        if kind == "S":
            acked.setdefault(("S", rest[0]), "incomplete")
        elif kind == "E":
            acked[("S", rest[0])] = "completed"
        elif kind == "R":
            sid, step, foot, comfort, pressure = rest
            acked[("R", sid, step, foot)] = (int(comfort), int(pressure))
    conn = _open_checked(folder / DB_NAME, counts, label)
    if conn is None:
        return
    ratings = {(s, st, f): (c, p) for s, st, f, c, p in conn.execute(
        "SELECT session_id, step_id, foot, comfort, pressure FROM step_results")}
    sessions = dict(conn.execute("SELECT id, status FROM sessions").fetchall())
    conn.close()
    lost = [k for k, v in acked.items() if k[0] == "R" and ratings.get(k[1:]) != v]
    gone = [k for k, v in acked.items()
            if k[0] == "S" and (k[1] not in sessions
                                or (v == "completed" and sessions[k[1]] != v))]
    counts.ratings_acknowledged = sum(1 for k in acked if k[0] == "R")
    counts.ratings_lost = len(lost)
    counts.sessions_lost = len(gone)
    if lost or gone:
        counts.failures.append(f"{label}: {len(lost)} ratings and {len(gone)} sessions lost")
    _check_backups(folder, counts, label)


def import_run(base: Path, log_file: Path, work: Path, rng: random.Random, counts: Counts,
               expected: tuple[int, int], max_delay: float) -> None:
    label = f"import run {counts.runs + 1}"
    folder = work / f"import-{counts.runs}"
    folder.mkdir(mode=0o700)
    src, dst = sqlite3.connect(base), sqlite3.connect(folder / DB_NAME)
    src.backup(dst)
    dst.close()
    src.close()
    before = _sizes(folder / DB_NAME)
    worker = Worker("import", str(folder), str(log_file))
    counts.runs += 1
    counts.import_runs += 1
    counts.kills += worker.kill_after(rng.uniform(0.0, max_delay))
    conn = _open_checked(folder / DB_NAME, counts, label)
    if conn is None:
        return
    conn.close()
    after = _sizes(folder / DB_NAME)
    full = (before[0] + expected[0], before[1] + expected[1])
    if after == before:
        counts.imports_none += 1
    elif after == full:
        counts.imports_all += 1
    else:
        counts.imports_partial += 1
        counts.failures.append(f"{label}: partial import {after} (before {before}, all {full})")


def _sizes(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0]),
                int(conn.execute("SELECT count(*) FROM step_results").fetchone()[0]))
    finally:
        conn.close()


def run_harness(runs: int = 80, seed: int = 7, sessions: int = 3000,
                work: Path | None = None, ratings_delay: float = 0.6) -> Counts:
    """Half ratings runs, half import runs (alternating); returns the counts."""
    rng = random.Random(seed)
    counts = Counts()
    with tempfile.TemporaryDirectory(prefix="neurofoot-crash-") as tmp:
        root = work or Path(tmp)
        ratings_folder = root / "ratings"
        log_file = root / "big-log.json"
        expected_steps = write_log_file(log_file, sessions, seed)
        base_folder = root / "base"
        base = Store.open(base_folder)  # an existing log with someone else in it
        other = base.add_profile("Someone Else", T0)
        for record in make_records(3, seed + 1):
            record.profile_id = other.id
            base.insert_session(record)
        base.close()
        # How long an uninterrupted import takes, so the kills land inside it.
        timing = root / "timing"
        timing.mkdir()
        w = Worker("import", str(timing), str(log_file))
        w.ready.wait(120)
        ready_at = time.perf_counter()
        w.finish()
        import_s = max(0.05, time.perf_counter() - ready_at)
        acked: dict = {}
        for i in range(runs):
            if i % 2 == 0:
                ratings_run(ratings_folder, rng, counts, acked, ratings_delay)
            else:
                import_run(base_folder / DB_NAME, log_file, root, rng, counts,
                           (sessions, expected_steps), import_s)
    return counts


def report(counts: Counts) -> str:
    lines = [
        f"runs: {counts.runs} (ratings {counts.runs - counts.import_runs}, "
        f"import {counts.import_runs})",
        f"killed with SIGKILL while working: {counts.kills} "
        f"({counts.early_kills} of them timed from the process start)",
        f"integrity_check + foreign_key_check ok: {counts.integrity_ok}/{counts.runs}",
        f"ratings acknowledged before a kill: {counts.ratings_acknowledged}, "
        f"lost: {counts.ratings_lost}; sessions lost or not ended: {counts.sessions_lost}",
        f"backups checked: {counts.backups_checked}, damaged: {counts.backups_bad}",
        f"imports: nothing {counts.imports_none}, everything {counts.imports_all}, "
        f"partial {counts.imports_partial}",
    ]
    lines += [f"FAILURE {f}" for f in counts.failures]
    lines.append("RESULT: " + ("all checks passed" if counts.ok else "FAILED"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=80)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=3000,
                        help="sessions in the JSON log that is imported")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, folder, extra = args.worker
        if kind == "ratings":
            worker_ratings(Path(folder), int(extra))
        else:
            worker_import(Path(folder), Path(extra))
        return 0
    if not args.json:  # the JSON is read by programs; the header is for people
        from common import header  # benchmarks/ is on sys.path when run as a script

        header("Crash safety: the real storage code killed with SIGKILL at random moments")
    started = time.perf_counter()
    counts = run_harness(args.runs, args.seed, args.sessions)
    if args.json:
        data = {k: v for k, v in vars(counts).items()}
        print(json.dumps(data, indent=1))
    else:
        print(report(counts))
        print(f"time: {time.perf_counter() - started:.1f} s")
    return 0 if counts.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
