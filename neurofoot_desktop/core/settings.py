"""The user's preferences: validated, with defaults, kept as settings.json in the data folder.

A damaged or hand-edited file never stops the program: each bad field falls back
to its default and load() says which field and why, so the settings dialog can
tell the person instead of silently forgetting what they chose.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from neurofoot_desktop.core.vocabulary import FEET, FOOT_BY_FOOT, ORDERS, STEP_IDS, Foot

FILE_NAME = "settings.json"
FORMAT_VERSION = 1

THEMES = ("system", "light", "dark", "high_contrast")
LANGUAGES = ("system", "en", "es")
# The same bounds the protocol file accepts for a step, so any protocol default is valid here.
DURATION_RANGE = (10, 3600)
GET_READY_RANGE = (3, 30)
PERCENT_RANGE = (0, 100)
RATE_RANGE = (-1.0, 1.0)
FONT_SCALE_RANGE = (100, 200)
CLOSE_CHOICES = ("ask", "tray", "quit")


class SettingsError(ValueError):
    """A value outside what the setting allows (a programming error, not a bad file)."""


@cache
def _default_durations() -> dict[str, int]:
    """Seconds per foot for each step, as the shipped routine suggests; read from the routine
    on first use, not at start-up, since loading it takes a while."""
    from neurofoot_desktop.core.protocol import default_protocol

    return {step.id: step.duration_s for step in default_protocol().steps}


@dataclass(frozen=True)
class Settings:
    # Only the durations the person has chosen: the other steps follow the routine, so a
    # routine whose suggested times change reaches everyone who never changed them.
    step_durations: Mapping[str, int] = field(default_factory=dict)
    order: str = FOOT_BY_FOOT
    first_foot: str = Foot.LEFT.value
    hands_free: bool = False
    get_ready_s: int = 10
    sound_enabled: bool = True
    sound_volume: int = 70
    voice_enabled: bool = True
    voice_name: str = ""  # "" = the engine's default voice
    voice_rate: float = -0.2  # a little slower than normal: easier to follow while working
    voice_volume: int = 80
    theme: str = "system"
    font_scale: int = 100
    language: str = "system"
    # Closing the window while a plan reminds: "ask" once, then "tray" (keep running) or "quit".
    close_to_tray: str = "ask"

    def __post_init__(self) -> None:
        # A private copy, so a caller's dict cannot change a frozen Settings behind its back.
        object.__setattr__(self, "step_durations", dict(self.step_durations))
        problems = [p for name in _FIELD_NAMES for p in _check(name, getattr(self, name))]
        if problems:
            raise SettingsError("; ".join(problems))

    # -- convenience --------------------------------------------------------
    def duration_s(self, step_id: str) -> int:
        return self.step_durations.get(step_id) or _default_durations()[step_id]

    @property
    def durations(self) -> dict[str, int]:
        """Seconds per foot for every step: the chosen ones, else the routine's."""
        return {**_default_durations(), **self.step_durations}

    def with_duration(self, step_id: str, seconds: int) -> Settings:
        """A copy with one step's duration chosen; the routine's own value un-chooses it."""
        chosen = {**self.step_durations, step_id: seconds}
        if seconds == _default_durations().get(step_id):
            del chosen[step_id]
        return replace(self, step_durations=chosen)

    def changed(self, **changes: Any) -> Settings:
        """A copy with some fields changed; raises SettingsError for invalid values."""
        return replace(self, **changes)

    @property
    def feet(self) -> tuple[str, str]:
        """Both feet, the first foot first."""
        other = next(f for f in FEET if f != self.first_foot)
        return (self.first_foot, other)

    # -- (de)serialisation --------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": FORMAT_VERSION}
        data.update((name, getattr(self, name)) for name in _FIELD_NAMES)
        # A duration equal to the routine's is not kept as a choice (older files held all).
        data["step_durations"] = {step_id: seconds for step_id, seconds in
                                  self.step_durations.items()
                                  if seconds != _default_durations().get(step_id)}
        return data

    @classmethod
    def from_dict(cls, data: Any) -> tuple[Settings, list[str]]:
        """Build Settings from parsed JSON; bad fields become defaults and are reported."""
        defaults = cls()
        if not isinstance(data, dict):
            return defaults, [f"expected a JSON object, found {_kind(data)}; using all defaults"]
        problems: list[str] = []
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            problems.append(
                f"version: written by another NeuroFoot version ({version!r}); "
                "read what could be understood"
            )
        values: dict[str, Any] = {}
        for name in _FIELD_NAMES:
            if name not in data:
                continue  # missing fields silently take defaults: older files stay valid
            if name == "step_durations":
                values[name], found = _durations_from(data[name])
                problems += found
                continue
            value = _coerce(name, data[name])
            found = _check(name, value)
            if found:
                problems += [f"{p}; using the default {getattr(defaults, name)!r}" for p in found]
            else:
                values[name] = value
        for key in sorted(set(data) - set(_FIELD_NAMES) - {"version"}):
            problems.append(f"{key}: not a known setting; ignored")
        return replace(defaults, **values), problems

    @classmethod
    def load(cls, folder: str | os.PathLike[str]) -> tuple[Settings, list[str]]:
        """Read settings.json from the data folder; never raises for a bad or missing file."""
        path = Path(folder) / FILE_NAME
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(), []
        except (OSError, UnicodeDecodeError) as exc:
            return cls(), [f"{FILE_NAME} could not be read ({exc}); using defaults"]
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            kept = _keep_damaged(path)
            where = f"; the damaged file was kept as {kept.name}" if kept else ""
            return cls(), [f"{FILE_NAME} is damaged ({exc}); using defaults{where}"]
        settings, problems = cls.from_dict(data)
        return settings, [f"{FILE_NAME}: {p}" for p in problems]

    def save(self, folder: str | os.PathLike[str]) -> Path:
        """Write settings.json atomically, readable by its owner only. Raises OSError."""
        target_dir = Path(folder)
        target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = target_dir / FILE_NAME
        text = json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n"
        # mkstemp creates the file 0600 in the same folder, so os.replace is atomic and a
        # crash leaves either the old or the new file, never half of one.
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=target_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(target_dir)
        return path


_FIELD_NAMES = tuple(f.name for f in fields(Settings))


def load(folder: str | os.PathLike[str]) -> tuple[Settings, list[str]]:
    return Settings.load(folder)


def save(settings: Settings, folder: str | os.PathLike[str]) -> Path:
    return settings.save(folder)


# -- validation --------------------------------------------------------------

def _check(name: str, value: Any) -> list[str]:
    """Problems with one field's value; an empty list means it is valid."""
    if name == "step_durations":
        if not isinstance(value, Mapping):
            return [f"step_durations: expected a table of seconds per step, found {_kind(value)}"]
        problems = [f"step_durations: unknown step {k!r}" for k in value if k not in STEP_IDS]
        for step_id, seconds in value.items():
            if step_id in STEP_IDS:
                problems += _int_in(f"step_durations.{step_id}", seconds, DURATION_RANGE)
        return problems
    if name in _CHOICES:
        options = _CHOICES[name]
        if value not in options:
            return [f"{name}: expected one of {', '.join(options)}, found {value!r}"]
        return []
    if name in _BOOLS:
        if isinstance(value, bool):
            return []
        return [f"{name}: expected true or false, found {value!r}"]
    if name in _INT_RANGES:
        return _int_in(name, value, _INT_RANGES[name])
    if name == "voice_rate":
        low, high = RATE_RANGE
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
            low <= value <= high
        ):
            return [f"voice_rate: expected a number from {low} to {high}, found {value!r}"]
        return []
    if name == "voice_name":
        return [] if isinstance(value, str) else [f"voice_name: expected text, found {value!r}"]
    raise AssertionError(f"no rule for setting {name!r}")  # a new field needs a rule


def _int_in(name: str, value: Any, bounds: tuple[int, int]) -> list[str]:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return [f"{name}: expected a whole number from {low} to {high}, found {value!r}"]
    return []


def _whole(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _coerce(name: str, value: Any) -> Any:
    """Accept harmless spellings a hand edit may produce (120.0 for 120, 1 for 1.0)."""
    if name in _INT_RANGES:
        return _whole(value)
    if name == "voice_rate" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _durations_from(raw: Any) -> tuple[dict[str, int], list[str]]:
    """Per-step fallback: one bad duration does not throw away the others."""
    result: dict[str, int] = {}
    if not isinstance(raw, dict):
        return result, [
            f"step_durations: expected a table of seconds per step, found {_kind(raw)}; "
            "using the defaults"
        ]
    problems: list[str] = []
    for step_id, seconds in raw.items():
        if step_id not in STEP_IDS:
            problems.append(f"step_durations: unknown step {step_id!r}; ignored")
            continue
        seconds = _whole(seconds)
        found = _int_in(f"step_durations.{step_id}", seconds, DURATION_RANGE)
        if found:
            default = _default_durations()[step_id]
            problems += [f"{p}; using the default {default}" for p in found]
        else:
            result[step_id] = seconds
    return result, problems


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def _keep_damaged(path: Path) -> Path | None:
    """Move an unreadable file aside so the next save does not destroy what is left of it."""
    kept = path.with_name(FILE_NAME + ".damaged")
    try:
        os.replace(path, kept)
    except OSError:
        return None
    return kept


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); other systems have no directory fsync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_CHOICES: dict[str, tuple[str, ...]] = {
    "order": ORDERS,
    "first_foot": FEET,
    "theme": THEMES,
    "language": LANGUAGES,
    "close_to_tray": CLOSE_CHOICES,
}
_BOOLS = ("hands_free", "sound_enabled", "voice_enabled")
_INT_RANGES: dict[str, tuple[int, int]] = {
    "get_ready_s": GET_READY_RANGE,
    "sound_volume": PERCENT_RANGE,
    "voice_volume": PERCENT_RANGE,
    "font_scale": FONT_SCALE_RANGE,
}
