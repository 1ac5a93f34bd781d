"""A clock tests move by hand (core.clock.Clock), so a 20-minute session runs in milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A clock tests move by hand, so a 20-minute session runs in milliseconds."""

    def __init__(self, start: datetime | None = None) -> None:
        self._mono = 1000.0
        self._start = start or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        self._mono0 = self._mono

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._mono - self._mono0)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._mono += seconds
