"""The doctor's PDF for the window, written by a child process.

Qt lays the report out and paints it in long C++ calls (a page with three charts takes
0.1-0.2 s, more on a busy machine) that keep Python's lock on a worker thread, so the window,
whose painting runs Python too, could not repaint meanwhile (issue 16: at most 100 ms). A
child process has a lock of its own: the window's side only reads its progress lines.

The child sends the PDF's bytes back and this side writes them atomically, so Cancel (the
child is killed) leaves no file, partial or temporary. The command line keeps writing the PDF
in its own process (exports.export_log), as before.

Protocol on the child's stdout (one line each, then bytes): `P done total` for progress,
`E message` for an ExportError, `D pages sessions nbytes` followed by the PDF.
"""

from __future__ import annotations

import collections
import json
import os
import queue
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication, QLocale

from neurofoot_desktop.exports.atomic import ExportError, ExportResult, Progress, write_atomic
from neurofoot_desktop.exports.period import Period

POLL_S = 0.05  # progress() is called at least this often, so Cancel is seen at once
MODULE = "neurofoot_desktop.ui.files.report_process"


def tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def command() -> list[str]:
    """How to start the child; a frozen executable takes no -m, so cli.py has a switch."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--render-report"]
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


def export_pdf(db: Path, target: str | os.PathLike[str], *, profile: str | None,
               period: Period | None, appendix: bool, with_photos: bool,
               progress: Progress, now: datetime | None = None) -> ExportResult | None:
    """The report written by a child process; None when no child can be started (the caller
    then writes it itself). Raises ExportError, or ExportCancelled from progress()."""
    request = {
        "db": str(db), "profile": profile, "appendix": appendix, "with_photos": with_photos,
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
                     name="neurofoot-report-out").start()
    threading.Thread(target=_drain, args=(child.stderr, errors), daemon=True,
                     name="neurofoot-report-err").start()
    try:
        try:
            child.stdin.write(json.dumps(request).encode() + b"\n")
            child.stdin.close()
        except OSError:
            pass  # the child is gone already; its output (none) says so below
        pages, sessions, data = _wait(said, progress)
        if data is None:
            child.wait()
            last = errors[-1].strip() if errors else f"exit status {child.returncode}"
            raise ExportError(tr("The PDF report could not be made ({reason}).").format(
                reason=last[-300:]))
    finally:
        if child.poll() is None:
            child.kill()  # Cancel, or an error on this side
        child.wait()
        for pipe in (child.stdout, child.stderr):
            pipe.close()
    return ExportResult(write_atomic(target, data), sessions, pages)


def _wait(said: queue.Queue[tuple[object, ...]], progress: Progress
          ) -> tuple[int, int, bytes | None]:
    done = total = 0
    while True:
        try:
            item = said.get(timeout=POLL_S)
        except queue.Empty:
            progress(done, total)
            continue
        if item[0] == "P":
            done, total = item[1], item[2]  # type: ignore[assignment]
            progress(done, total)
        elif item[0] == "E":
            raise ExportError(str(item[1]))
        elif item[0] == "D":
            return int(item[1]), int(item[2]), item[3]  # type: ignore[call-overload,return-value]
        else:  # the child's output ended without a report
            return 0, 0, None


def _read(out: IO[bytes], said: queue.Queue[tuple[object, ...]]) -> None:
    try:
        for line in out:
            kind, _, rest = line.rstrip(b"\n").partition(b" ")
            if kind == b"P":
                said.put(("P", *(int(x) for x in rest.split())))
            elif kind == b"E":
                said.put(("E", rest.decode("utf-8", "replace")))
            elif kind == b"D":
                pages, sessions, size = (int(x) for x in rest.split())
                said.put(("D", pages, sessions, out.read(size)))
                return
    except (OSError, ValueError):
        pass  # a closed pipe (Cancel) or a garbled line: reported as no report
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
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into the PDF's bytes
    request = json.loads(sys.stdin.readline())
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.exports.pdf import render_pdf
    from neurofoot_desktop.exports.period import select
    from neurofoot_desktop.storage import StorageError, Store
    from neurofoot_desktop.ui import i18n

    app = QApplication(["neurofoot-report", "-platform", "offscreen"])
    i18n.install(app, request["language"])
    QLocale.setDefault(QLocale(request["locale"]))  # the window's: A4 or Letter, dates

    def progress(done: int, total: int) -> None:
        out.write(f"P {done} {total}\n".encode())
        out.flush()

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    try:
        store = Store(Path(request["db"]), readonly=True)
        try:
            since, until = day(request["since"]), day(request["until"])
            period = Period(since, until) if since or until else None
            selection = select(store, request["profile"], period)
            now = datetime.fromisoformat(request["now"]) if request["now"] else datetime.now(UTC)
            data, pages = render_pdf(store, selection, now, appendix=request["appendix"],
                                     progress=progress, with_photos=request["with_photos"])
        finally:
            store.close()
    except (ExportError, StorageError) as exc:
        out.write(b"E " + " ".join(str(exc).split()).encode() + b"\n")
        out.close()
        return 1
    out.write(f"D {pages} {len(selection.sessions)} {len(data)}\n".encode())
    out.write(data)
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
