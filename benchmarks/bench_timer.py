"""Timer accuracy: a step's countdown in the real PlayerPage against the monotonic clock.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timer.py [--duration 20]
        [--pause S] [--runs 2]
    make bench-long    # the 10-minute run: --duration 600 --runs 1

A step of --duration seconds runs in the real PlayerPage (SessionLog + Session on the
SystemClock, the player's QTimer ticking, the foot diagram animating, offscreen). Space starts
it; halfway it is paused for --pause seconds and continued. The benchmark notes, on
time.monotonic(), when each key was pressed and when the player says the time is up
(stepFinished), and compares:
  - end error: real running time (start->pause + continue->end) minus the step's duration;
    target: within 50 ms;
  - shown error: on every tick, the remaining time the player shows (Session.remaining())
    minus the true remaining time;
  - tick interval: how regularly the player's timer fires (it only refreshes the screen).
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
import time
from pathlib import Path

from common import fmt_stat, header, median, qapp, run_events, table, verdict

TARGET_MS = 50.0


def one_run(duration: float, pause: float, folder: Path, rng: random.Random
            ) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop, QTimer

    from neurofoot_desktop.core.clock import SystemClock
    from neurofoot_desktop.core.protocol import default_protocol
    from neurofoot_desktop.core.session import Phase
    from neurofoot_desktop.session_log import SessionLog
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui.session.player import PlayerPage

    clock = SystemClock()
    store = Store.open(folder)
    protocol = default_protocol()
    person = store.add_profile("Bench", clock.now())
    log = SessionLog(store, protocol, clock, person.id)
    first = protocol.steps[0].id
    session = log.start_massage(durations={first: duration})
    player = PlayerPage()
    player.begin(log, session, person.name)
    player.resize(1366, 768)
    player.show()
    run_events(0.3)

    marks: dict[str, float] = {}
    ticks: list[float | None] = []  # None: a key press, so no interval across it
    shown_err: list[float] = []

    def true_remaining(now: float) -> float:
        ran = (marks.get("pause", now) - marks["start"]
               + (now - marks["resume"] if "resume" in marks else 0.0))
        return duration - ran

    def on_tick() -> None:  # connected after the player's own slot, so it sees its state
        now = time.monotonic()
        ticks.append(now)
        if session.phase == Phase.RUNNING:
            shown_err.append((session.remaining() - max(0.0, true_remaining(now))) * 1000)

    loop = QEventLoop()

    def finished() -> None:
        marks["end"] = time.monotonic()
        loop.quit()

    def press(name: str) -> None:
        marks[name] = time.monotonic()
        ticks.append(None)
        player.toggle()  # what Space does

    player.timer.timeout.connect(on_tick)
    player.stepFinished.connect(finished)
    press("start")
    # A person's key presses fall anywhere between two ticks: jitter them by up to a tick.
    at_pause = duration / 2 + rng.uniform(0, 0.1)
    at_resume = at_pause + pause + rng.uniform(0, 0.1)
    QTimer.singleShot(round(at_pause * 1000), lambda: press("pause"))
    QTimer.singleShot(round(at_resume * 1000), lambda: press("resume"))
    QTimer.singleShot(round((duration + pause + 30) * 1000), loop.quit)  # a hung timer
    loop.exec()
    if "end" not in marks:
        raise RuntimeError("the step never finished")
    ran = (marks["pause"] - marks["start"]) + (marks["end"] - marks["resume"])
    intervals = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)
                 if a is not None and b is not None]
    player.close()
    store.close()
    return {"end_ms": (ran - duration) * 1000, "paused_s": marks["resume"] - marks["pause"],
            "shown_ms": shown_err, "tick_ms": intervals}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=20.0,
                    help="seconds of countdown per run (600 for the 10-minute benchmark)")
    ap.add_argument("--pause", type=float, default=None,
                    help="seconds paused halfway (default: a tenth of the duration, <= 30)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1, help="for the key presses' jitter")
    args = ap.parse_args(argv)
    pause = args.pause if args.pause is not None else min(30.0, args.duration / 10)
    qapp()
    header("Timer accuracy: PlayerPage countdown vs the monotonic clock",
           step=f"{args.duration:g} s with a {pause:g} s pause halfway", runs=args.runs)
    runs = []
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="nf-bench-timer-") as tmp:
        for i in range(args.runs):
            runs.append(one_run(args.duration, pause, Path(tmp) / f"data{i}", rng))
    ends = [float(r["end_ms"]) for r in runs]  # type: ignore[arg-type]
    shown = [abs(x) for r in runs for x in r["shown_ms"]]  # type: ignore[attr-defined]
    ticks = [x for r in runs for x in r["tick_ms"]]  # type: ignore[attr-defined]
    worst = max(ends, key=abs)
    rows = [
        ["end error (running time - duration)", ", ".join(f"{e:+.1f}" for e in ends),
         f"worst {worst:+.1f}", verdict(abs(worst) <= TARGET_MS)],
        ["shown remaining - true remaining (abs)", fmt_stat(shown, 3),
         f"max {max(shown):.3f}", verdict(max(shown) <= TARGET_MS)],
        ["player tick interval (100 ms nominal)", fmt_stat(ticks, 1),
         f"max {max(ticks):.1f}", ""],
    ]
    print(table(["measure (ms)", "per run / median (IQR)", "worst", f"within {TARGET_MS:g} ms"],
                rows))
    print(f"\n{len(ticks)} ticks; pauses lasted "
          f"{median([float(r['paused_s']) for r in runs]):.2f} s.")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
