"""The one failure type of the sub-commands, here so cli.py and commands/* do not import
each other (cli.py catches it; the commands raise it)."""

from __future__ import annotations


class CommandError(Exception):
    """A failure to report to the user in one sentence (exit code 1 by default)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


MAX_LINE = 200


def one_line(text: object, limit: int = MAX_LINE) -> str:
    """Text for a terminal: on one line, control characters, bidi overrides and lone
    surrogates escaped (a name or a key from a file can hold escape sequences), at most
    limit characters: a long middle (a deep path, a long key) gives way to "...", so the
    start and the sentence's end (what to do) stay."""
    raw = " ".join(str(text).split())
    out = "".join(c if c.isprintable() else (f"\\x{ord(c):02x}" if ord(c) < 0x100
                                             else f"\\u{ord(c):04x}") for c in raw)
    if len(out) <= limit:
        return out
    head = min(80, limit // 2)
    return out[:head] + "..." + out[len(out) - (limit - head - 3):]
