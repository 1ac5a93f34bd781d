"""CPU: what a running step costs (foot diagram animation + countdown), and that it stops.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_animation_cpu.py
        [--seconds 30] [--other 5]

The real MainWindow (system clock, offscreen, 1366x768) is driven to the player as a person
would (common.drive_to_step); then each of the five steps runs for --seconds/5 (Space, wait,
pause, skip to the next), so every kind of motion is measured. Between running blocks the
program is measured paused, with the main window hidden, minimised, and idle on the start
page, --other seconds each. CPU is the whole process's user+system time (getrusage, all
threads) divided by wall time, in % of one core; frames are Paint events the foot diagram
received, ticks are the player's countdown timer firing.
Target: at most 10 % of one core while a step runs; near 0 when paused, hidden or minimised
(the countdown keeps ticking while a running step is hidden or minimised: its time passes).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import (
    cpu_seconds,
    drive_to_step,
    header,
    open_main_window,
    qapp,
    run_events,
    start_step,
    table,
    verdict,
)

TARGET_PCT = 10.0
IDLE_PCT = 2.0  # "near 0": no frames, and at most the countdown's 10 ticks a second


class Counters:
    """Paint events reaching the diagram, and the player's timer ticks."""

    def __init__(self, win: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.frames = 0
        self.ticks = 0
        counters = self

        class PaintCounter(QObject):
            def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
                if ev.type() == QEvent.Type.Paint:
                    counters.frames += 1
                return False

        self._filter = PaintCounter()
        win.player.diagram.installEventFilter(self._filter)  # type: ignore[attr-defined]
        win.player.timer.timeout.connect(self._tick)  # type: ignore[attr-defined]

    def _tick(self) -> None:
        self.ticks += 1


def measure(counters: Counters, seconds: float) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, frames, ticks) over `seconds` of the event loop."""
    import time

    f0, t0 = counters.frames, counters.ticks
    wall0, cpu0 = time.monotonic(), cpu_seconds()
    run_events(seconds)
    return (cpu_seconds() - cpu0, time.monotonic() - wall0, counters.frames - f0,
            counters.ticks - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=30.0,
                    help="total running time, shared by the five steps")
    ap.add_argument("--other", type=float, default=5.0,
                    help="seconds for each of paused, hidden, minimised, idle")
    args = ap.parse_args(argv)
    qapp()
    header("CPU of a running step (real MainWindow, offscreen)",
           running=f"{args.seconds:g} s over 5 steps", other_states=f"{args.other:g} s each")
    from neurofoot_desktop.core.session import Phase

    settle = 0.3
    rows: list[list[object]] = []
    run_cpu = run_wall = 0.0
    run_frames = run_ticks = 0
    with tempfile.TemporaryDirectory(prefix="nf-bench-cpu-") as tmp:
        win = open_main_window(Path(tmp) / "data")
        drive_to_step(win)
        counters = Counters(win)
        player = win.player

        def row(state: str, m: tuple[float, float, int, int], animating: bool,
                target: float | None) -> None:
            cpu, wall, frames, ticks = m
            pct = 100 * cpu / wall
            # Running: CPU only. Paused/hidden/...: the animation must have stopped, too.
            ok = "" if target is None else verdict(
                pct <= target and (target == TARGET_PCT or (frames == 0 and not animating)))
            rows.append([state, f"{pct:.1f}", f"{frames / wall:.1f}", f"{ticks / wall:.1f}",
                         "yes" if animating else "no", ok])

        per_step = args.seconds / 5
        for i in range(5):
            assert player.session is not None and player.session.phase == Phase.READY
            step = player.session.current.step.id
            start_step(win)
            run_events(settle)
            m = measure(counters, per_step)
            run_cpu, run_wall = run_cpu + m[0], run_wall + m[1]
            run_frames, run_ticks = run_frames + m[2], run_ticks + m[3]
            row(f"running: {step}", m, player.diagram.is_animating(), None)
            if i == 0:  # the other states, while this step is under way
                player.toggle()  # Space: pause
                run_events(settle)
                row("paused", measure(counters, args.other), player.diagram.is_animating(),
                    IDLE_PCT)
                player.toggle()  # continue
                win.hide()
                run_events(settle)
                row("running, window hidden", measure(counters, args.other),
                    player.diagram.is_animating(), IDLE_PCT)
                win.show()
                win.showMinimized()
                run_events(settle)
                row("running, window minimised", measure(counters, args.other),
                    player.diagram.is_animating(), IDLE_PCT)
                win.showNormal()
                run_events(settle)
            player.toggle()  # pause, then skip to the next step (logged as skipped)
            player.do_skip()
        win.go_home()
        run_events(settle)
        row("idle on the start page", measure(counters, args.other),
            player.diagram.is_animating(), IDLE_PCT)
        win.close()
    rows.insert(0, ["running, all five steps", f"{100 * run_cpu / run_wall:.1f}",
                    f"{run_frames / run_wall:.1f}", f"{run_ticks / run_wall:.1f}", "yes",
                    verdict(100 * run_cpu / run_wall <= TARGET_PCT)])
    print(table(["state", "CPU % of one core", "frames/s", "ticks/s", "animating",
                 "target met"], rows))
    print(f"\nTargets: running <= {TARGET_PCT:g} %; paused, hidden, minimised, idle: no "
          f"frames and <= {IDLE_PCT:g} % (\"near 0\"). On the offscreen platform a minimised "
          f"window stays exposed, so the countdown's labels still repaint there.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
