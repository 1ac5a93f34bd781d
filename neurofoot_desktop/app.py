"""Wiring: QApplication, single-instance guard, the store (opened safely), the main window.

Start-up order: one instance per data folder -> open the log (refuse a newer
format untouched, recover a damaged file, restore a lost one) -> MainWindow ->
show; once the first frame is painted, the app icon is loaded and later launches
are listened for. The daily backup is made by the main window when a session ends.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from neurofoot_desktop import APP_NAME, __version__, datadir

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QApplication, QWidget

    from neurofoot_desktop.core.settings import Settings
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.storage.integrity import BackgroundProbe
    from neurofoot_desktop.storage.recovery import Recovery
    from neurofoot_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BUSY = 1  # another NeuroFoot has this folder but did not answer
EXIT_STORAGE = 2  # the log cannot be used (newer format, unreadable folder, ...)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """n: the count for a text with %n, worded with its plural forms."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text, disambiguation or None, n)


def _make_window(store: Store, settings: Settings, problems: list[str]) -> MainWindow:
    """The main window in the chosen theme; imported after the store opens."""
    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.ui import theme
    from neurofoot_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, settings.theme, settings.font_scale)
    return MainWindow(store, settings=settings, settings_problems=problems)


def _language(app: QApplication, folder: Path) -> tuple[Settings, list[str]]:
    """Settings first, so that even the earliest message speaks the person's language."""
    from neurofoot_desktop.core.settings import Settings
    from neurofoot_desktop.ui import i18n

    settings, problems = Settings.load(folder)
    i18n.install(app, i18n.choose_language(settings.language))
    return settings, problems


def _set_app_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.ui.icons import app_icon

    QApplication.setWindowIcon(app_icon())


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def _start_reminders(window: MainWindow, store: Store) -> None:
    """The tray, notifications and the reminder timer (issue 20), after the first paint."""
    from neurofoot_desktop.ui.reminders.tray import install

    window.reminders = install(window, store, window.clock)  # type: ignore[attr-defined]


def storage_error_hook(window: MainWindow, fallback: Callable[..., object]
                       ) -> Callable[[type[BaseException], BaseException, TracebackType | None],
                                     None]:
    """A sys.excepthook: a StorageError that escapes a click (something could not be saved
    half-way through it) is told to the person by the window; anything else goes to
    fallback, as before."""
    from neurofoot_desktop.storage import StorageError

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if isinstance(exc, StorageError):
            window.storage_failed(exc)
        else:
            fallback(kind, exc, tb)

    return hook


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def recovery_text(report: Recovery) -> str:
    """What start-up recovery did, in plain words for a message box."""
    def entries(counts: dict[str, int]) -> str:
        return tr("{sessions} with {ratings}").format(
            sessions=tr("%n session(s)", "", counts.get("sessions", 0)),
            ratings=tr("%n step rating(s)", "", counts.get("step_results", 0)))

    when = f"{report.backup_taken_at:%Y-%m-%d %H:%M}" if report.backup_taken_at else ""
    if report.cause == "missing":
        return tr("NeuroFoot could not find its log file, so it has put back the backup "
                  "made on {when}: {entries}.").format(when=when,
                                                        entries=entries(report.from_backup))
    parts = [
        tr("NeuroFoot's log file was damaged, so NeuroFoot has repaired what it could."),
        tr("Nothing was deleted: the damaged file has been kept here:\n{path}").format(
            path=report.kept_at),
        tr("Read back from the damaged file: {entries}.").format(
            entries=entries(report.salvaged)),
    ]
    if report.backup is not None:
        parts.append(tr(
            "Added from the backup made on {when}: {entries} that could no longer be read. "
            "Sessions you deleted after that day may have come back."
        ).format(when=when, entries=entries(report.from_backup)))
    return "\n\n".join(parts)


def newer_format_text(folder: Path) -> str:
    return tr(
        "The NeuroFoot log in {folder} was saved by a newer version of NeuroFoot, which "
        "this version cannot read.\n\nPlease update NeuroFoot. Your log has not been "
        "changed in any way."
    ).format(folder=folder)


def _sweep_photos(store: Store) -> None:
    """Undo lasts while the window is open; after that, the photo files of sessions
    deleted in it (and any half-saved one) go. Never in the way of closing."""
    from neurofoot_desktop.storage import photos

    try:
        photos.sweep(store)
    except Exception as exc:  # a read-only folder, a busy log: next time
        log.warning("photo sweep skipped: %s", exc)


def run_gui(data_dir: str | None = None, background: bool = False) -> int:
    from neurofoot_desktop.storage.integrity import BackgroundProbe

    folder = datadir.resolve(data_dir)
    # A large log's page-by-page check runs while Qt loads: SQLite works without the GIL.
    check = BackgroundProbe(folder / datadir.DB_NAME)
    try:
        return _run_gui(folder, check, background)
    finally:
        check.wait()


def _run_gui(folder: Path, check: BackgroundProbe, background: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.single_instance import Launch, SingleInstance
    from neurofoot_desktop.storage import SchemaTooNew, StorageError, recovery
    from neurofoot_desktop.ui import dialogs, theme
    from neurofoot_desktop.ui.after_first_paint import after_first_paint

    app = QApplication.instance() or theme.new_application(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.neurofoot.NeuroFoot")  # matches the .desktop file
    settings, problems = _language(app, folder)
    try:
        datadir.ensure_private(folder)
    except OSError as exc:
        dialogs.service().tell(None, tr("NeuroFoot cannot use its data folder {folder}:\n"
                                        "{reason}").format(folder=folder,
                                                           reason=exc.strerror or exc),
                               kind="critical")
        return EXIT_STORAGE

    guard = SingleInstance(folder)
    launch = guard.acquire()
    if launch is Launch.FORWARDED:
        return EXIT_OK  # the running window has been asked to come to the front
    if launch is Launch.BUSY:
        dialogs.service().tell(None, tr("NeuroFoot is already open with this data folder, but "
                                        "it is not answering. Please wait a moment and try "
                                        "again."), kind="warning")
        return EXIT_BUSY
    try:
        try:
            store, report = recovery.open_safely(folder, checked=check.result)
        except SchemaTooNew:
            dialogs.service().tell(None, newer_format_text(folder), kind="critical")
            return EXIT_STORAGE
        except StorageError as exc:
            dialogs.service().tell(None, tr("NeuroFoot cannot open its log.\n\n{reason}")
                                   .format(reason=exc), kind="critical")
            return EXIT_STORAGE
        if report is not None:
            dialogs.service().tell(None, recovery_text(report), kind="warning")
        previous_hook = sys.excepthook
        try:
            window = _make_window(store, settings, problems)
            guard.activation_requested.connect(lambda: bring_to_front(window))
            sys.excepthook = storage_error_hook(window, previous_hook)
            later = (_set_app_icon, guard.listen, lambda: _start_reminders(window, store))
            if background and _tray_available():
                # Started at login: hidden in the tray until a reminder or a click.
                from PySide6.QtCore import QTimer

                for job in later:
                    QTimer.singleShot(0, job)
            else:
                after_first_paint(window, *later)
                window.showMinimized() if background else window.show()
            code = app.exec()
        finally:
            sys.excepthook = previous_hook
            _sweep_photos(store)
            store.close()
        return code
    finally:
        guard.release()
