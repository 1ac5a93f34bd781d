"""Injected time: the core never reads the system clock itself."""

from __future__ import annotations

import time
from datetime import UTC, datetime
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
