"""Reading a JSON log a piece at a time, so a file of 50,000 sessions never sits in memory
whole: the top-level object, the profiles list and each profile's keys are walked here by
hand, and each session (and every other value) is decoded by json's C decoder. Only regular
files are read (not /dev/zero, a FIFO or a folder), at most MAX_BYTES.

events() yields, in file order:
    ("top", key, value)            a top-level field other than "profiles"
    ("profiles", 0, None)          the profiles list begins
    ("profile", i, None)           profiles[i] begins
    ("head", i, (key, value))      a field of profiles[i] other than "sessions"
    ("session", i, value)          the next element of profiles[i].sessions (any JSON value)
    ("end", i, seen_sessions)      profiles[i] ends; seen_sessions: it had a sessions list
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from neurofoot_desktop.exports.json.checker import LogFormatError, decoder, describe, shown

MAX_BYTES = 1 << 30  # 1 GiB: far above ten years of daily sessions (about 60 MB)
CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
Event = tuple[str, int | str, Any]


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """The file for reading, or LogFormatError: not a device, pipe, socket or folder (which
    could block or never end), not over MAX_BYTES."""
    shown_path = shown(str(path), 120)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise LogFormatError(f"{shown_path} is a folder, not a NeuroFoot JSON file")
        if not stat.S_ISREG(info.st_mode):
            raise LogFormatError(f"{shown_path} is not a regular file (a device, a pipe or a "
                                 "socket); only a NeuroFoot JSON file can be imported")
        # O_NONBLOCK: should the file be swapped for a FIFO meanwhile, open does not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise LogFormatError(f"{shown_path} cannot be read ({exc.strerror or exc})") from None
    f = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
        f.close()
        raise LogFormatError(f"{shown_path} is not a regular file of at most 1 GiB "
                             "(the largest NeuroFoot imports)")
    return f


class Stream:
    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._text = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._json = decoder()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._read = 0
        self._line = 1  # line and column where buf starts, for messages
        self._col = 0

    def _fill(self, want: int = CHUNK) -> bool:
        if self.eof:
            return False
        if self.pos:
            dropped = self.buf[:self.pos]
            lines = dropped.count("\n")
            self._line += lines
            self._col = (len(dropped) - dropped.rfind("\n") - 1) if lines else \
                self._col + len(dropped)
            self.buf, self.pos = self.buf[self.pos:], 0
        data = self._f.read(max(want, CHUNK))
        self._read += len(data)
        if self._read > MAX_BYTES:
            raise LogFormatError("the file is larger than 1 GiB, the largest NeuroFoot imports")
        try:
            self.buf += self._text.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise LogFormatError(
                f"the file is not UTF-8 text (byte {self._read - len(data) + exc.start})"
            ) from None
        self.eof = not data
        return bool(data)

    def where(self, pos: int) -> str:
        lines = self.buf.count("\n", 0, pos)
        col = pos - self.buf.rfind("\n", 0, pos) if lines else self._col + pos + 1
        return f"line {self._line + lines}, column {col}"

    def syntax(self, msg: str, pos: int | None = None) -> LogFormatError:
        pos = self.pos if pos is None else pos
        cut = " (the file seems cut short)" if self.eof and pos >= len(self.buf) else ""
        return LogFormatError(f"not valid JSON at {self.where(pos)}: {msg}{cut}")

    def peek(self) -> str:
        """The next character after white space, or "" at the end of the file."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            raise self.syntax(f"Expecting {what}")
        self.pos += 1

    def value(self) -> Any:
        if self.peek() == "":
            raise self.syntax("Expecting value")
        while True:
            try:
                obj, end = self._json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill(len(self.buf)):
                    continue  # the value may go on in the next piece of the file
                raise self.syntax(exc.msg, exc.pos) from None
            except RecursionError:
                raise LogFormatError("the file is nested too deeply to be a NeuroFoot log"
                                     ) from None
            except ValueError:  # int() past 4,300 digits; never a NeuroFoot number
                raise LogFormatError(f"a number far too long for a NeuroFoot log, near "
                                     f"{self.where(self.pos)}") from None
            if end >= len(self.buf) and self._fill(len(self.buf)):
                continue  # a number may go on in the next piece
            self.pos = end
            return obj

    def key(self) -> str:
        if self.peek() != '"':
            raise self.syntax("Expecting property name enclosed in double quotes")
        return str(self.value())

    def members(self, where: str) -> Iterator[str]:
        """The keys of the object starting here, each followed by its value for the caller."""
        self.expect("{", "'{'")
        seen: set[str] = set()
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.key()
            if key in seen:
                raise LogFormatError(f'the key "{shown(key)}" appears twice in one object'
                                     f"{' (' + where + ')' if where else ''}")
            seen.add(key)
            self.expect(":", "':' delimiter")
            yield key
            c = self.peek()
            self.pos += 1
            if c == "}":
                return
            if c != ",":
                raise self.syntax("Expecting ',' delimiter", self.pos - 1)

    def elements(self) -> Iterator[int]:
        self.expect("[", "'['")
        if self.peek() == "]":
            self.pos += 1
            return
        i = 0
        while True:
            yield i
            i += 1
            c = self.peek()
            self.pos += 1
            if c == "]":
                return
            if c != ",":
                raise self.syntax("Expecting ',' delimiter", self.pos - 1)


def events(path: str | os.PathLike[str] | Path) -> Iterator[Event]:
    with open_regular(path) as f:
        s = Stream(f)
        first = s.peek()
        if first == "":
            raise LogFormatError("the file is empty")
        if first != "{":
            raise LogFormatError(f"the file: expected an object, got {describe(s.value())}")
        for key in s.members(""):
            if key != "profiles":
                yield ("top", key, s.value())
                continue
            if s.peek() != "[":
                raise LogFormatError(f"profiles: expected a list, got {describe(s.value())}")
            yield ("profiles", 0, None)
            for i in s.elements():
                if s.peek() != "{":
                    raise LogFormatError(
                        f"profiles[{i}]: expected an object, got {describe(s.value())}")
                yield ("profile", i, None)
                listed = False
                for field in s.members(f"profiles[{i}]"):
                    if field != "sessions":
                        yield ("head", i, (field, s.value()))
                        continue
                    if s.peek() != "[":
                        raise LogFormatError(f"profiles[{i}].sessions: expected a list, got "
                                             f"{describe(s.value())}")
                    listed = True
                    for _ in s.elements():
                        yield ("session", i, s.value())
                yield ("end", i, listed)
        if s.peek() != "":
            raise s.syntax("Extra data")


def events_of(data: Any) -> Iterator[Event]:
    """The same events for a document already decoded (validate_log on a dict)."""
    if not isinstance(data, dict):
        raise LogFormatError(f"the file: expected an object, got {describe(data)}")
    for key, value in data.items():
        if key != "profiles":
            yield ("top", key, value)
            continue
        if not isinstance(value, list):
            raise LogFormatError(f"profiles: expected a list, got {describe(value)}")
        yield ("profiles", 0, None)
        for i, profile in enumerate(value):
            if not isinstance(profile, dict):
                raise LogFormatError(f"profiles[{i}]: expected an object, got "
                                     f"{describe(profile)}")
            yield ("profile", i, None)
            for field, item in profile.items():
                if field != "sessions":
                    yield ("head", i, (field, item))
                    continue
                if not isinstance(item, list):
                    raise LogFormatError(f"profiles[{i}].sessions: expected a list, got "
                                         f"{describe(item)}")
                for session in item:
                    yield ("session", i, session)
            yield ("end", i, "sessions" in profile)
