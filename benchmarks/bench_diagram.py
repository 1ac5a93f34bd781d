"""How long one frame of the foot diagram takes to paint, and what playing costs in CPU.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_diagram.py [--frames 300]
        [--cpu-seconds 5]

Per step and size: the median and 95th percentile of painting one whole frame (blitting the
cached still picture plus the moving overlay) into an image, at 30 fps steps of a hand-moved
clock, after a first frame has built the cache; and the one-off cost of that first frame. Then
the share of one CPU core the process uses while the real widget plays for a few seconds on the
offscreen platform (real clock, real timer, only the overlay's area repainted).
Target: a median of 2 ms or less per frame at 800x600.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.diagram.widget import FootDiagram

SIZES = ((800, 600), (1920, 1080))


class HandClock:
    """A core.clock.Clock moved by hand: `t` is its monotonic reading."""

    def __init__(self) -> None:
        self.t = 50.0

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=self.t)


def frame_times(
    d: FootDiagram, clock: HandClock, w: int, h: int, frames: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and this thread's CPU milliseconds per frame.

    The CPU time does not count the moments another process had the core, so it stays
    meaningful on a busy machine; the wall time is what a person would feel.
    """
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    wall, cpu = [], []
    for _ in range(frames):
        clock.t += 1 / 30
        p = QPainter(img)
        t0, c0 = time.perf_counter(), time.thread_time()
        d.paint_frame(p, w, h)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
        p.end()
    return wall, cpu


def first_frame(d: FootDiagram, w: int, h: int) -> float:
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    t0 = time.perf_counter()
    d.paint_frame(p, w, h)
    ms = (time.perf_counter() - t0) * 1000
    p.end()
    return ms


def cpu_while_playing(
    app: QApplication, step_id: str, seconds: float, w: int, h: int
) -> tuple[float, int]:
    d = FootDiagram()  # the real clock
    d.resize(w, h)
    d.show()
    d.show_step(default_protocol().step(step_id), "right", 2, False)
    d.set_playing(True)
    painted = 0
    original = d.paintEvent

    def counting(event):  # type: ignore[no-untyped-def]
        nonlocal painted
        painted += 1
        original(event)

    d.paintEvent = counting  # type: ignore[method-assign]
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    wall = QElapsedTimer()
    wall.start()
    cpu0 = time.process_time()
    loop.exec()
    cpu = time.process_time() - cpu0
    elapsed = wall.elapsed() / 1000
    d.set_playing(False)
    d.close()
    return 100 * cpu / elapsed, painted


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--cpu-seconds", type=float, default=5.0)
    args = ap.parse_args(argv)
    from common import header  # benchmarks/ is on sys.path when run as a script

    header("Foot diagram: time per frame, and CPU while a step plays")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, "light", 100)
    protocol = default_protocol()
    clock = HandClock()
    d = FootDiagram(clock=clock)
    print(f"{'step':<17} {'size':>10} {'first ms':>9} {'median ms':>10} {'p95 ms':>8} "
          f"{'cpu median ms':>14}")
    medians: dict[tuple[int, int], list[float]] = {s: [] for s in SIZES}
    cpu_medians: dict[tuple[int, int], list[float]] = {s: [] for s in SIZES}
    for w, h in SIZES:
        d.resize(w, h)
        for step in protocol.steps:
            d.show_step(step, "left", 2, True)
            d.set_playing(True)
            first = first_frame(d, w, h)
            times, cpu = frame_times(d, clock, w, h, args.frames)
            d.set_playing(False)
            med = statistics.median(times)
            p95 = statistics.quantiles(times, n=20)[18]
            medians[(w, h)].append(med)
            cpu_medians[(w, h)].append(statistics.median(cpu))
            print(f"{step.id:<17} {w:>5}x{h:<4} {first:>9.2f} {med:>10.3f} {p95:>8.3f} "
                  f"{statistics.median(cpu):>14.3f}")
    for w, h in SIZES:
        # A new still picture (another toe, another step) with the path caches warm.
        d.resize(w, h)
        d.show_step(protocol.step("toe_rolling"), "left", 2, False)
        builds = []
        for _ in range(10):
            d._cache.clear()
            builds.append(first_frame(d, w, h))
        print(f"still picture rebuild at {w}x{h}: median {statistics.median(builds):.2f} ms")
    for (w, h), meds in medians.items():
        print(f"worst step median at {w}x{h}: {max(meds):.3f} ms wall, "
              f"{max(cpu_medians[(w, h)]):.3f} ms CPU")
    if args.cpu_seconds > 0:
        for step_id in ("effleurage", "ankle_rotation"):
            for w, h in SIZES:
                share, frames = cpu_while_playing(app, step_id, args.cpu_seconds, w, h)
                print(f"CPU while playing {step_id} at {w}x{h} (offscreen): {share:.1f} % of "
                      f"one core, {frames / args.cpu_seconds:.0f} frames/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
