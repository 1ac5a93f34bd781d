"""The one failure type of the sub-commands, here so cli.py and commands/* do not import
each other (cli.py catches it; the commands raise it)."""

from __future__ import annotations


class CommandError(Exception):
    """A failure to report to the user in one sentence (exit code 1 by default)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code
