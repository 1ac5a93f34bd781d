"""Exports a clinician can use (CSV, JSON, PDF, FHIR) and the JSON import.

The GUI and the CLI call export_log() and import_log(); each format also has its
own module. Only the PDF needs Qt, and exports.pdf is imported only for a PDF, so
CSV, JSON and FHIR exports stay light and work without a display.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo

from neurofoot_desktop.exports.atomic import (
    Chunks,
    ExportCancelled,
    ExportError,
    ExportResult,
    Progress,
)
from neurofoot_desktop.exports.json import ImportResult, LogFormatError, import_log
from neurofoot_desktop.exports.period import Period, parse_day
from neurofoot_desktop.storage.repository import Store

FORMATS = ("csv", "json", "pdf", "fhir")
CHUNKED = ("csv", "fhir", "pdf")  # one file each (the JSON may bring a photos folder)
# The file name ending a save dialog should suggest for each format.
SUFFIXES = {"csv": ".csv", "json": ".json", "pdf": ".pdf", "fhir": ".fhir.json"}


def export_log(
    store: Store, fmt: str, path: str | os.PathLike[str], *, profile: str | None = None,
    period: Period | None = None, now: datetime | None = None, tz: tzinfo | None = None,
    appendix: bool = False, progress: Progress | None = None, with_photos: bool = False,
) -> ExportResult:
    """Write one export atomically; raises ExportError with a message for the person.

    appendix: the PDF's full session list and notes. progress(done, total) is called now
    and then (pages for the PDF, sessions otherwise); raising ExportCancelled from it stops
    the export and leaves no file. with_photos (issue 19): the JSON's photos in a folder
    beside it; the PDF's first and latest photo of each foot and view."""
    if fmt in CHUNKED:
        return export_chunks(store, fmt, profile=profile, period=period, now=now, tz=tz,
                             appendix=appendix, progress=progress,
                             with_photos=with_photos).write(path)
    if fmt == "json":
        from neurofoot_desktop.exports.json import export_json

        return export_json(store, path, profile=profile, period=period, now=now, tz=tz,
                           with_photos=with_photos)
    raise ValueError(f"unknown export format {fmt!r}")


def export_chunks(
    store: Store, fmt: str, *, profile: str | None = None, period: Period | None = None,
    now: datetime | None = None, tz: tzinfo | None = None, appendix: bool = False,
    progress: Progress | None = None, with_photos: bool = False,
) -> Chunks:
    """A one-file export (CHUNKED, or the JSON without photos) as chunks of bytes, for
    export_log to write or the window's child process to send; export_log's arguments."""
    if fmt == "json" and not with_photos:
        from neurofoot_desktop.exports.json.export import json_chunks

        return json_chunks(store, profile=profile, period=period, now=now, tz=tz)
    if fmt == "csv":
        from neurofoot_desktop.exports.csv_export import csv_chunks

        return csv_chunks(store, profile=profile, period=period, tz=tz)
    if fmt == "fhir":
        from neurofoot_desktop.exports.fhir_bundle import fhir_chunks

        return fhir_chunks(store, profile=profile, period=period, now=now, tz=tz,
                           progress=progress, with_photos=with_photos)
    if fmt == "pdf":
        from neurofoot_desktop.exports.pdf import pdf_chunks

        return pdf_chunks(store, profile=profile, period=period, now=now, tz=tz,
                          appendix=appendix, progress=progress, with_photos=with_photos)
    raise ValueError(f"not a one-file export format: {fmt!r}")


__all__ = [
    "CHUNKED", "FORMATS", "SUFFIXES", "Chunks", "ExportCancelled", "ExportError",
    "ExportResult", "ImportResult", "LogFormatError",
    "Period", "export_log", "import_log", "parse_day",
]
