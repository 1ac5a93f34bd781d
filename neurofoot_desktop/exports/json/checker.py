"""Typed reads of one JSON object for the import's validation. Every refusal is a
LogFormatError: one line, in the person's words, naming its place in the file, with any
value or key from the file escaped and shortened (a file may hold escape sequences, bidi
overrides or a 50 MB key; none of that reaches a terminal or a dialog raw)."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from typing import Any

from neurofoot_desktop.core.isotime import from_iso
from neurofoot_desktop.exports.atomic import ExportError

MAX_MESSAGE = 200
MAX_NAME = 80
MAX_ID = 100
MAX_TEXT = 100_000
# The sensible window for every time in a log: later features (PDF, CSV in any zone,
# History, --since/--until) must be able to shift and print them.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
ID_RE = re.compile(r"[A-Za-z0-9_.:-]+")
_PLACE_RE = re.compile(r"[A-Za-z0-9_.:\[\]-]+")  # a key, or a key with its index


class LogFormatError(ExportError):
    """The file is not a NeuroFoot log this version can import; nothing was changed.
    str() is one short line a person can read (the GUI and the CLI show it as it is)."""

    def __init__(self, message: str) -> None:
        line = " ".join(message.split())
        super().__init__(line if len(line) <= MAX_MESSAGE else line[:MAX_MESSAGE - 3] + "...")


def shown(text: str, limit: int = 40) -> str:
    """A piece of the file as it may be shown: non-printable and non-ASCII characters
    escaped (controls, bidi overrides, lone surrogates), at most about limit characters."""
    escaped = json.dumps(text[: limit + 1], ensure_ascii=True)[1:-1]
    return escaped if len(escaped) <= limit else escaped[: limit - 3] + "..."


def describe(value: Any) -> str:
    if isinstance(value, str):
        return f'"{shown(value)}"'
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        text = str(value) if value.bit_length() < 200 else "a very long number"
        return text if len(text) <= 40 else text[:37] + "..."
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "a number too large"
    return {"dict": "an object", "list": "a list"}.get(type(value).__name__, "a value")


def parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise LogFormatError(f"the number {shown(text, 30)} is too large for a log")
    return value


def no_constants(name: str) -> Any:
    raise LogFormatError(f"{name} is not a number JSON allows")


def strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # rare: only then look for the key that came twice
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise LogFormatError(f'the key "{shown(key)}" appears twice in one object')
            seen.add(key)
    return result


def decoder() -> json.JSONDecoder:
    # No parse_int hook (it would run for every number): Python's own limit of 4,300 digits
    # raises ValueError, which Stream.value() words as a refusal.
    return json.JSONDecoder(object_pairs_hook=strict_object, parse_constant=no_constants,
                            parse_float=parse_float)


def clean_text(value: str) -> bool:
    """Text SQLite and UTF-8 can hold: no lone surrogate (json allows "\\ud800")."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Checker:
    """Typed reads of one JSON object; every error names its place in the file."""

    def __init__(self, data: Any, where: str) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise LogFormatError(f"{where or 'the file'}: expected an object, got "
                                 f"{describe(data)}")
        self.data: dict[str, Any] = data

    def place(self, key: str) -> str:
        key = key if _PLACE_RE.fullmatch(key) and len(key) <= 40 else f'"{shown(key)}"'
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, expected: str, value: Any = ...) -> None:
        got = "" if value is ... else f", got {describe(value)}"
        raise LogFormatError(f"{self.place(key)}: expected {expected}{got}")

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, expected: str) -> Any:
        if key not in self.data:
            self.fail(key, f"{expected} (it is missing)")
        return self.data[key]

    def sub(self, key: str, what: str = "an object") -> Checker:
        value = self.raw(key, what)
        if not isinstance(value, dict):
            self.fail(key, what, value)
        return Checker(value, self.place(key))

    def items(self, key: str) -> list[Checker]:
        value = self.raw(key, "a list")
        if not isinstance(value, list):
            self.fail(key, "a list", value)
        return [Checker(v, f"{self.place(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str, default: str | None = None, max_len: int = MAX_TEXT) -> str:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key, "text")
        if not isinstance(value, str):
            self.fail(key, "text", value)
        if len(value) > max_len:
            self.fail(key, f"text of at most {max_len} characters")
        if not clean_text(value):
            self.fail(key, "text without lone surrogates (not valid Unicode)", value)
        return value

    def choice(self, key: str, options: tuple[str, ...], nullable: bool = False) -> Any:
        value = self.raw(key, f"one of {', '.join(options)}")
        if value is None and nullable:
            return None
        if not isinstance(value, str) or value not in options:
            extra = " or null" if nullable else ""
            self.fail(key, f"one of {', '.join(options)}{extra}", value)
        return value

    def boolean(self, key: str, default: bool | None = None) -> bool:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key, "true or false")
        if not isinstance(value, bool):
            self.fail(key, "true or false", value)
        return value

    def integer(self, key: str, low: int, high: int, nullable: bool = False) -> Any:
        expected = f"a whole number {low}-{high}"
        value = self.raw(key, expected + (" or null" if nullable else ""))
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(key, expected, value)
        return value

    def seconds(self, key: str, default: float | None = None) -> float:
        if default is not None and key not in self.data:
            return default
        expected = "a number of seconds from 0 to 86400"
        value = self.raw(key, expected)
        if (isinstance(value, bool) or not isinstance(value, int | float)
                or not math.isfinite(value) or not 0 <= value <= 86_400):
            self.fail(key, expected, value)
        return float(value)

    def moment(self, key: str, nullable: bool = False) -> Any:
        expected = "an ISO-8601 time with a zone, e.g. 2026-11-20T20:00:00Z"
        value = self.raw(key, expected)
        if value is None and nullable:
            return None
        if not isinstance(value, str) or len(value) > 40:
            self.fail(key, expected, value)
        try:
            moment = from_iso(value)
        except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 with an offset
            self.fail(key, expected, value)
            raise AssertionError from None  # unreachable: fail() raises
        if not EARLIEST <= moment < LATEST:
            self.fail(key, "a time between 1970 and 2099", value)
        return moment
