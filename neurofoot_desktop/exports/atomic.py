"""Writing an export all at once or not at all.

The bytes go to a temporary file beside the target, are flushed to disk, and only
then renamed over it, so a full disk or a crash never leaves a half-written export
(and never damages an older file of the same name).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


class ExportError(Exception):
    """An export could not be written; str() is one sentence a person can act on."""


class ExportCancelled(ExportError):
    """The person pressed Cancel; nothing was written."""


# progress(done, total): called now and then by a long export; raises ExportCancelled to stop.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    sessions: int
    items: int  # CSV rows, JSON step results, FHIR entries or PDF pages


@dataclass(frozen=True)
class Chunks:
    """An export as chunks of bytes, not yet written anywhere (a file here, or a pipe from
    the window's child process); counts() gives (sessions, items) once all are read."""

    chunks: Iterable[bytes]
    counts: Callable[[], tuple[int, int]]

    def write(self, path: str | os.PathLike[str]) -> ExportResult:
        written = write_atomic(path, self.chunks)
        return ExportResult(written, *self.counts())


def write_atomic(path: str | os.PathLike[str], data: bytes | Iterable[bytes]) -> Path:
    """Write data to path atomically; returns the path written (symlinks followed).

    data may be an iterable of chunks, so a large export is streamed to the temporary
    file instead of held in memory whole; an exception from it (ExportCancelled)
    removes the temporary file and leaves the target as it was."""
    target = Path(os.path.realpath(os.fspath(path)))
    folder = target.parent
    _check_target(target, folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(_explain(exc, target)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, bytes | bytearray):
                out.write(data)
            else:
                for chunk in data:
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            # Keep the permissions a person gave the file they chose to overwrite.
            with contextlib.suppress(OSError):
                tmp.chmod(stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(_explain(exc, target)) from None
    except BaseException:  # cancelled or failed while streaming: no partial file
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)
    return target


def _check_target(target: Path, folder: Path) -> None:
    if target.is_dir():
        raise ExportError(f"{target} is a folder; please choose a file name inside it.")
    if target.exists() and not target.is_file():
        # Never rename over a device or a pipe (e.g. /dev/full when running as root).
        raise ExportError(f"{target} is not an ordinary file; please choose another name.")
    if not folder.exists():
        raise ExportError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder.")


def _explain(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return f"The disk is full: {target} was not written. Free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"The folder {target.parent} cannot be written to; "
                "please choose another folder.")
    if exc.errno == errno.ENAMETOOLONG:
        return f"The file name {target.name} is too long."
    reason = exc.strerror or str(exc)
    return f"{target} could not be written ({reason})."


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; harmless to skip elsewhere)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
