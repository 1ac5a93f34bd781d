"""File > Export's one-file exports (PDF, CSV, FHIR, JSON without photos) made by a child
process.

On a worker thread of the window's process, the export shared Python's lock with the window,
whose painting is Python too: Qt lays the PDF out and paints it in long C++ calls that keep
the lock (a page with three charts, 0.1-0.2 s), and on a busy machine even the CSV's and
FHIR's pure Python gave the lock back too late (stalls of 100-180 ms; issue 16 allows 100). A
child process has a lock of its own: the window's side only reads its output.

The child sends the file's bytes back in chunks and this side writes them through
exports.atomic, so Cancel (the child is killed) leaves no file, partial or temporary. The
command line makes its exports in its own process (exports.export_log), as before.

Protocol on the child's stdout, one line each: `P done total` progress, `C nbytes` followed by
that many bytes of the file, `E message` an ExportError, `D sessions items` the end.
"""

from __future__ import annotations

import collections
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication, QLocale

from neurofoot_desktop.exports.atomic import Chunks, ExportError, ExportResult, Progress
from neurofoot_desktop.exports.period import Period

POLL_S = 0.05  # progress() is called at least this often, so Cancel is seen at once
CHUNK = 1 << 20  # the PDF is sent in pieces of a megabyte
MODULE = "neurofoot_desktop.ui.files.export_process"


def tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def command() -> list[str]:
    """How to start the child; a frozen executable takes no -m, so cli.py has a switch."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--export-child"]
    return [sys.executable, "-m", MODULE]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # The package as this process found it, even when it is not installed (a checkout).
    root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def language() -> str:
    """The window's language: ui.i18n.install() sets the default QLocale to it."""
    from neurofoot_desktop.ui import i18n

    code = QLocale().name().split("_")[0]
    return code if code in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def export_file(db: Path, fmt: str, target: str | os.PathLike[str], *, profile: str | None,
                period: Period | None, progress: Progress, appendix: bool = False,
                with_photos: bool = False, now: datetime | None = None
                ) -> ExportResult | None:
    """One of exports.CHUNKED (or the JSON without photos) made by a child process and
    written to target; None when no child can be started (the caller then makes it
    itself). Raises ExportError, or ExportCancelled from progress()."""
    request = {
        "db": str(db), "format": fmt, "profile": profile, "appendix": appendix,
        "with_photos": with_photos,
        "since": period.since.isoformat() if period and period.since else None,
        "until": period.until.isoformat() if period and period.until else None,
        "now": now.isoformat() if now else None,
        "language": language(), "locale": QLocale().name(),
    }
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
    try:
        child = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=_environment(),
                                 creationflags=flags)
    except OSError:
        return None
    assert child.stdin and child.stdout and child.stderr
    said: queue.Queue[tuple[object, ...]] = queue.Queue()
    errors: collections.deque[str] = collections.deque(maxlen=5)
    threading.Thread(target=_read, args=(child.stdout, said), daemon=True,
                     name="neurofoot-export-out").start()
    threading.Thread(target=_drain, args=(child.stderr, errors), daemon=True,
                     name="neurofoot-export-err").start()
    counts: list[int] = []

    def failed() -> ExportError:
        child.wait()
        last = errors[-1].strip() if errors else f"exit status {child.returncode}"
        return ExportError(tr("The export could not be made ({reason}).").format(
            reason=last[-300:]))

    try:
        try:
            child.stdin.write(json.dumps(request).encode() + b"\n")
            child.stdin.close()
        except OSError:
            pass  # the child is gone already; its output (none) says so below
        chunks = _chunks(said, progress, counts, failed)
        return Chunks(chunks, lambda: (counts[0], counts[1])).write(target)
    finally:
        if child.poll() is None:
            child.kill()  # Cancel, or an error on this side
        child.wait()
        for pipe in (child.stdout, child.stderr):
            pipe.close()


def _chunks(said: queue.Queue[tuple[object, ...]], progress: Progress, counts: list[int],
            failed: Callable[[], ExportError]) -> Iterator[bytes]:
    done = total = 0
    while True:
        try:
            item = said.get(timeout=POLL_S)
        except queue.Empty:
            progress(done, total)
            continue
        kind = item[0]
        if kind == "P":
            done, total = item[1], item[2]  # type: ignore[assignment]
            progress(done, total)
        elif kind == "C":
            yield item[1]  # type: ignore[misc]
        elif kind == "E":
            raise ExportError(str(item[1]))
        elif kind == "D":
            counts += [item[1], item[2]]  # type: ignore[list-item]
            return
        else:  # the child's output ended without saying it was done
            raise failed()


def _read(out: IO[bytes], said: queue.Queue[tuple[object, ...]]) -> None:
    try:
        for line in out:
            kind, _, rest = line.rstrip(b"\n").partition(b" ")
            if kind == b"P":
                said.put(("P", *(int(x) for x in rest.split())))
            elif kind == b"C":
                data = out.read(int(rest))
                said.put(("C", data))
            elif kind == b"E":
                said.put(("E", rest.decode("utf-8", "replace")))
            elif kind == b"D":
                said.put(("D", *(int(x) for x in rest.split())))
                return
    except (OSError, ValueError):
        pass  # a closed pipe (Cancel) or a garbled line: reported as no end
    finally:
        said.put(("X",))


def _drain(err: IO[bytes], errors: collections.deque[str]) -> None:
    try:
        for line in err:
            if line.strip():
                errors.append(line.decode("utf-8", "replace"))
    except (OSError, ValueError):
        pass


def main() -> int:
    """The child: read the request on stdin, answer on stdout (see the module's notes)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into the file's bytes
    request = json.loads(sys.stdin.readline())
    from datetime import date

    from neurofoot_desktop.exports import export_chunks
    from neurofoot_desktop.storage import StorageError, Store

    if request["format"] == "pdf":  # fonts and painting: Qt, in the window's language
        from PySide6.QtWidgets import QApplication

        from neurofoot_desktop.ui import i18n

        app = QApplication(["neurofoot-export", "-platform", "offscreen"])
        i18n.install(app, request["language"])
        QLocale.setDefault(QLocale(request["locale"]))  # the window's: A4 or Letter, dates

    def progress(done: int, total: int) -> None:
        out.write(f"P {done} {total}\n".encode())
        out.flush()

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    since, until = day(request["since"]), day(request["until"])
    try:
        store = Store(Path(request["db"]), readonly=True)
        try:
            made = export_chunks(
                store, request["format"], profile=request["profile"],
                period=Period(since, until) if since or until else None,
                now=datetime.fromisoformat(request["now"]) if request["now"] else None,
                appendix=request["appendix"], progress=progress,
                with_photos=request["with_photos"])
            for chunk in made.chunks:
                for start in range(0, len(chunk), CHUNK):
                    piece = chunk[start:start + CHUNK]
                    out.write(f"C {len(piece)}\n".encode() + piece)
            sessions, items = made.counts()
        finally:
            store.close()
    except (ExportError, StorageError) as exc:
        out.write(b"E " + " ".join(str(exc).split()).encode() + b"\n")
        out.close()
        return 1
    out.write(f"D {sessions} {items}\n".encode())
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
