"""Export and import from the GUI: a file dialog, the work, and a plain-words result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from neurofoot_desktop.core.clock import Clock, SystemClock, local_today
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.ui import dialogs

if TYPE_CHECKING:
    from neurofoot_desktop.exports import Period

FORMAT_NAMES = {"csv": "CSV table", "json": "NeuroFoot log (JSON)", "pdf": "PDF report",
                "fhir": "FHIR bundle (JSON)"}

def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """The text in the person's language; with n, in its plural form ("%n session(s)")."""
    return QCoreApplication.translate("FileActions", text, disambiguation or None, n)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def suggested_name(fmt: str, person: str | None, today: date) -> str:
    from neurofoot_desktop.exports import SUFFIXES

    who = "-".join(person.split()) if person else "everyone"
    return f"neurofoot-{who}-{today.isoformat()}{SUFFIXES[fmt]}"


PERIODS = ("3m", "year", "all")  # the report's presets; the first is the default


def report_choices() -> list[str]:
    return [tr("The last 3 months"), tr("The last year"), tr("The whole log"),
            tr("The last 3 months, with every session and note (appendix)"),
            tr("The whole log, with every session and note (appendix)"),
            tr("Other dates…")]


class ReportChoice(NamedTuple):
    period: Period | None  # None: the whole log
    appendix: bool  # every session and note of the period
    photos: bool = False  # the first and latest photo of each foot and view (issue 19)


def has_photos(store: Store, person: str | None) -> bool:
    """Whether the report could show photos: the person's (or anyone's) photos exist."""
    from neurofoot_desktop.storage import photos

    try:
        if person is None:
            return bool(photos.photos(store))
        found = store.profile_by_name(person)
        return found is not None and bool(photos.photos(store, found.id))
    except StorageError:
        return False  # the report itself will say what is wrong with the log


def choose_report(parent: QWidget, today: date | None = None, with_photos: bool = False
                  ) -> ReportChoice | None:
    """The period and whether to add the appendix, asked through the dialog service;
    `today` is the window's clock's day (the computer's without one). with_photos: the
    person has photos, so a "with photos" box is offered under the periods."""
    from neurofoot_desktop.core.history import period_dates
    from neurofoot_desktop.exports import Period

    service = dialogs.service()
    question = tr("Which period should the report cover?")
    if with_photos:
        answer = service.choose_checked(parent, question, report_choices(),
                                        tr("With the first and latest photos of the feet"))
        picked, photos = answer if answer is not None else (None, False)
    else:
        picked, photos = service.choose(parent, question, report_choices()), False
    if picked is None:
        return None
    if picked == 5:
        typed = choose_dates(parent)
        return None if typed is None else ReportChoice(*typed, photos)
    key, appendix = (*PERIODS, "3m", "all")[picked], picked >= 3
    if key == "all":
        return ReportChoice(None, appendix, photos)
    first, last = period_dates(key, today or local_today(SystemClock()))
    return ReportChoice(Period(first, last), appendix, photos)


def choose_dates(parent: QWidget) -> tuple[Period, bool] | None:
    """Custom dates, typed as the command line takes them (--since/--until); a date that is
    not one is refused in one sentence and the report is not written."""
    from neurofoot_desktop.exports import ExportError, Period, parse_day

    service = dialogs.service()
    typed = []
    for label in (tr("First day (YYYY-MM-DD):"), tr("Last day (YYYY-MM-DD):")):
        text = service.ask_text(parent, tr("Report period"), label)
        if text is None:
            return None
        typed.append(text)
    try:
        first, last = (parse_day(t, tr("The date")) for t in typed)
    except ExportError:
        service.tell(parent, tr("Please write the dates as YYYY-MM-DD, for example "
                                "2026-01-31."), kind="warning")
        return None
    if last < first:
        first, last = last, first  # typed the wrong way round: the meaning is clear
    appendix = service.ask(parent, tr("Add every session and note of the period "
                                      "(appendix)?"))
    return Period(first, last), appendix


def export_via_dialog(parent: QWidget, store: Store, fmt: str, person: str | None = None,
                      clock: Clock | None = None) -> Path | None:
    """Ask where, write atomically on a worker thread with progress and Cancel, and say what
    happened. Returns the file written. `clock`: the window's, for the period and the name."""
    from neurofoot_desktop.exports import (
        CHUNKED,
        SUFFIXES,
        ExportCancelled,
        ExportError,
        export_log,
    )
    from neurofoot_desktop.ui.files import progress

    today = local_today(clock or SystemClock())
    report = ReportChoice(None, False)
    if fmt == "pdf":
        chosen_report = choose_report(parent, today, has_photos(store, person))
        if chosen_report is None:
            return None
        report = chosen_report
    kind = tr(FORMAT_NAMES[fmt])
    suggested = documents_folder() / suggested_name(fmt, person, today)
    chosen = dialogs.service().ask_path(parent, tr("Export as {kind}").format(kind=kind),
                                        mode="save", suggested=str(suggested),
                                        filter_=f"{kind} (*{SUFFIXES[fmt]})")
    if chosen is None:
        return None

    # The worker opens its own connection (the window keeps using its own); what is still
    # only in the write-ahead log goes to the file first, so the new connection sees a log.
    store.checkpoint()

    def work(progress_to: Callable[[int, int], None]) -> object:
        # in a child process, which cannot stall the window (a JSON with photos brings a
        # folder beside it, made here)
        if fmt in CHUNKED or (fmt == "json" and not report.photos):
            from neurofoot_desktop.ui.files import export_process

            done = export_process.export_file(
                store.path, fmt, chosen, profile=person, period=report.period,
                appendix=report.appendix, with_photos=report.photos, progress=progress_to)
            if done is not None:
                return done
        reader = Store(store.path)
        try:
            return export_log(reader, fmt, chosen, profile=person, period=report.period,
                              appendix=report.appendix, progress=progress_to,
                              with_photos=report.photos)
        finally:
            reader.close()

    try:
        result = progress.run(parent, tr("Exporting {kind}…").format(kind=kind), work)
    except ExportCancelled:
        return None
    except (ExportError, StorageError) as exc:
        dialogs.service().tell(parent, tr("Nothing was exported.\n\n{reason}").format(
            reason=exc), kind="warning")
        return None

    n = result.sessions
    dialogs.service().tell(parent, tr("Exported %n session(s) to:\n{path}", "", n)
                           .format(path=result.path))
    return result.path


def import_via_dialog(parent: QWidget, store: Store) -> bool:
    """Ask which file, check and add it on a worker thread (progress, and Cancel where the
    importer reports progress: its one transaction is then rolled back), say what happened."""
    from neurofoot_desktop.exports import ExportCancelled, ExportError, import_log
    from neurofoot_desktop.ui.files import progress

    chosen = dialogs.service().ask_path(parent, tr("Import a NeuroFoot log"), mode="open",
                                        suggested=str(documents_folder()),
                                        filter_=tr("NeuroFoot log (*.json)"))
    if chosen is None:
        return False
    store.checkpoint()
    def work(report: Callable[[int, int], None]) -> object:
        writer = Store(store.path)  # SQLite connections stay on the thread that made them
        try:
            return import_log(writer, chosen, progress=report)
        finally:
            writer.close()

    try:
        result = progress.run(parent, tr("Importing…"), work, cancellable=True)
    except ExportCancelled:
        dialogs.service().tell(parent, tr("Import cancelled: nothing was changed."))
        return False
    except (ExportError, StorageError) as exc:
        dialogs.service().tell(parent, tr(
            "The file was not imported, and nothing was changed.\n\n{reason}").format(
            reason=exc), kind="warning")
        return False
    dialogs.service().tell(parent, tr(
        "Imported {added} new sessions ({present} were already here).").format(
        added=result.sessions_added, present=result.sessions_present))
    return True
