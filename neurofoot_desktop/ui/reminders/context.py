"""What the Settings section for reminders needs from the window (kept apart from the
section so that ui/settings/base.py can name it without importing the section)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from neurofoot_desktop.autostart import Autostart
from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.storage import Store


@dataclass(frozen=True)
class ReminderServices:
    """What the section needs from the window: the log, whose plan, the time, the tray."""

    store: Store
    clock: Clock
    profile_id: int | None
    has_tray: bool
    autostart: Autostart | None = None  # None: start at login is not offered
    autostart_argv: Sequence[str] = field(default_factory=tuple)
    plan_saved: Callable[[int], None] | None = None  # e.g. the start page's "N of M"
