"""Injected time: the core never reads the system clock itself."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; used for durations."""

    def now(self) -> datetime:
        """Timezone-aware wall-clock time; used for what is written to the log."""


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    """The computer's calendar day at the clock's time: what "today" means on screen."""
    return clock.now().astimezone().date()
