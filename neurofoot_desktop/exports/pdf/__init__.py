"""A doctor's report: a summary of at most 4 pages for any period, and an optional appendix.

Layout only: the numbers come from core.history / core.report, the charts from the
shared chart code (neurofoot_desktop.charts). QTextDocument lays out the sections
(sections.py); pages.py paints them with a footer. Import this package only when a
PDF is wanted: it loads Qt (a QApplication is made if the program has none).
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from neurofoot_desktop import APP_NAME
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.protocol import Protocol, default_protocol
from neurofoot_desktop.exports.atomic import Chunks, ExportError, ExportResult, Progress
from neurofoot_desktop.exports.pdf import pages, photos, sections
from neurofoot_desktop.exports.pdf.words import e, translate
from neurofoot_desktop.exports.period import Period, Selection, local_date, select
from neurofoot_desktop.storage.repository import Store

ROW_SPLIT = re.compile(r"(?=<p class='row'>)")  # the appendix's one paragraph per line
APPENDIX_ROWS_PER_PIECE = 120  # each piece is well under 100 ms to insert and lay out

STYLE = """
body { font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px 0; color: #0b3d66; }
p { margin: 2px 0; }
.muted { color: #555555; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 0.5px solid #b8b8b8; padding: 2px 4px; }
table.grid th { background-color: #eef2f6; text-align: left; font-weight: 600; }
td.num { text-align: right; }
p.row { margin: 0 0 3px 0; }
"""


def _ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; a command-line run gets an offscreen one
    (Qt keeps it as the process's instance; nothing here holds it)."""
    app = QCoreApplication.instance()
    if app is None:
        # A QApplication rather than a bare QGuiApplication, so that widgets (or
        # pytest-qt) can still share it later in the same process.
        from PySide6.QtWidgets import QApplication

        QApplication(["neurofoot", "-platform", "offscreen"])
    elif not isinstance(app, QGuiApplication):
        raise ExportError("The PDF report cannot be made from a non-graphical Qt program.")


def _span(store: Store, selection: Selection, profile_id: int, tz: tzinfo | None,
          today: date) -> tuple[date, date, hist.HistoryData]:
    """The period's first and last day (open ends: the sessions', else today), and the
    history of that period plus the period of equal length before it (for "up 0.8")."""
    records = [s for s in selection.sessions if s.profile_id == profile_id]
    period = selection.period
    first = period.since or (local_date(records[0].started_at, tz) if records else today)
    last = period.until or (local_date(records[-1].started_at, tz) if records else today)
    days = (last - first).days + 1
    before = []
    if (first - date.min).days > days:  # a period at the calendar's start has none before
        since, _ = Period(first - timedelta(days=days), first - timedelta(days=1)).bounds(tz)
        until, _ = Period(first, first).bounds(tz)
        before = store.sessions(profile_id=profile_id, since=since, until=until)
    return first, last, hist.HistoryData([*before, *records])


def build_document(store: Store, selection: Selection, generated_at: datetime,
                   tz: tzinfo | None = None, protocol: Protocol | None = None,
                   appendix: bool = False, with_photos: bool = False,
                   writer: QPdfWriter | None = None) -> QTextDocument:
    """The report as a document; given the writer, laid out for its pages as it is built."""
    _ensure_gui()
    protocol = protocol or default_protocol()
    doc = QTextDocument()
    if writer is not None:
        pages.prepare(doc, writer)
    doc.setDefaultStyleSheet(STYLE)
    font = QFont()
    font.setPointSizeF(9)
    # No ligatures: "fi" must stay two letters for search and copy in PDF viewers.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    # issue 19: the photo page, when asked for, right after the summary (one page more)
    chosen = (sections.SUMMARY + ((photos.photo_page,) if with_photos else ())
              + (sections.APPENDIX if appendix else ()))
    parts = []
    today = local_date(generated_at, tz)
    for i, profile in enumerate(selection.profiles):
        first, last, data = _span(store, selection, profile.id, tz, today)
        records = selection.sessions_of(profile)
        context = sections.Context(profile, records, data, first, last, tz, protocol,
                                   generated_at, doc, first_person=i == 0, store=store)
        if records:  # charts span the period, but not centuries without a session
            context.chart_first = max(first, local_date(records[0].started_at, tz))
            context.chart_last = min(last, max(today, local_date(records[-1].started_at, tz)))
        parts += [section(context) for section in chosen]
    if not selection.profiles:
        nobody = translate("Report",
                           "There is nobody in the log yet, so there is nothing to report.")
        parts.append(f"<h1>{e(translate('Report', 'Foot massage report'))}</h1>"
                     f"<p>{e(nobody)}</p>")
    summary_parts = len(sections.SUMMARY) + (1 if with_photos else 0)
    if not appendix or writer is None or len(selection.profiles) != 1:
        html = f"<html><body>{''.join(parts)}</body></html>"
        if writer is None:
            doc.setHtml(html)  # no pages yet: nothing to keep together
        else:
            _set_html(doc, html)
        return doc
    _set_html(doc, f"<html><body>{''.join(parts[:summary_parts])}</body></html>")
    # The appendix in pieces, each laid out at once: a single setHtml and layout of 75 pages
    # are two Qt calls of ~0.4 s each that hold Python's lock, so the window could not
    # repaint (its Python painters wait for that lock) -- issue 16's 100 ms stall target.
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    rows = ROW_SPLIT.split("".join(parts[summary_parts:]))
    for start in range(0, len(rows), APPENDIX_ROWS_PER_PIECE):
        # A piece's first paragraph starts a block of its own; the merge would drop the
        # appendix heading's page break, so the first block carries it.
        brk = QTextBlockFormat()
        if start == 0:
            brk.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.insertBlock(brk)
        cursor.insertHtml("".join(rows[start:start + APPENDIX_ROWS_PER_PIECE]))
        doc.pageCount()  # lay this piece out now, not all of it in one call later
    return doc


def _set_html(doc: QTextDocument, html: str) -> None:
    """The HTML, laid out so that no chart's title ends a page alone: a title shares its
    chart's paragraph (sections.Context.add_image), and where a page ends between the two,
    that paragraph is set again to start the next page. A fresh setHtml, since Qt lays out
    what follows a changed block only lazily, and the report's last lines went missing."""
    doc.setHtml(html)
    for _ in range(html.count(sections.TITLED)):  # each round moves one title down
        cut = _first_title_cut_off(doc)
        if cut is None:
            return
        head, *rest = html.split(sections.TITLED)
        rest[cut] = "page-break-before: always; " + rest[cut]
        html = head + "".join(sections.TITLED + part for part in rest)
        doc.setHtml(html)


def _first_title_cut_off(doc: QTextDocument) -> int | None:
    """Which titled chart (0 for the first) has its title on one page and chart on the next."""
    page_h = doc.pageSize().height()
    layout = doc.documentLayout()
    block, index = doc.begin(), -1
    while block.isValid():
        if block.blockFormat().nonBreakableLines():  # white-space: pre, only these
            index += 1
            top = layout.blockBoundingRect(block).top()  # lays out up to here: lines known
            lines = block.layout()
            first = (top + lines.lineAt(0).y()) // page_h
            if lines.lineCount() > 1 and first != (
                    top + lines.lineAt(lines.lineCount() - 1).y()) // page_h:
                return index
        block = block.next()
    return None


def render_pdf(store: Store, selection: Selection, generated_at: datetime,
               tz: tzinfo | None = None, protocol: Protocol | None = None,
               appendix: bool = False, progress: Progress | None = None,
               with_photos: bool = False) -> tuple[bytes, int]:
    """The report as PDF bytes and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pages.DPI)
    writer.setTitle(translate("Report", "{app} foot massage report").format(app=APP_NAME))
    writer.setCreator(APP_NAME)
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter))
    doc = build_document(store, selection, generated_at, tz, protocol, appendix, with_photos,
                         writer=writer)
    count = pages.paint(doc, writer, _footer_left(selection), progress)
    buffer.close()
    return bytes(data.data()), count


def _footer_left(selection: Selection) -> str:
    if len(selection.profiles) == 1:
        return translate("Report", "{app} report for {name}").format(
            app=APP_NAME, name=selection.profiles[0].name)
    return translate("Report", "{app} report").format(app=APP_NAME)


def pdf_chunks(store: Store, *, profile: str | None = None, period: Period | None = None,
               now: datetime | None = None, tz: tzinfo | None = None, appendix: bool = False,
               progress: Progress | None = None, with_photos: bool = False) -> Chunks:
    """The doctor's report, made now, as one chunk; raises ExportError.
    with_photos: a page with the first and latest photo of each foot and view."""
    selection = select(store, profile, period, tz)
    data, count = render_pdf(store, selection, now or datetime.now(UTC), tz,
                             appendix=appendix, progress=progress, with_photos=with_photos)
    return Chunks([data], lambda: (len(selection.sessions), count))


def export_pdf(store: Store, path: str | os.PathLike[str], *, profile: str | None = None,
               period: Period | None = None, now: datetime | None = None,
               tz: tzinfo | None = None, appendix: bool = False,
               progress: Progress | None = None, with_photos: bool = False) -> ExportResult:
    """Write the doctor's report to path (whole or not at all); raises ExportError.
    with_photos: a page with the first and latest photo of each foot and view."""
    return pdf_chunks(store, profile=profile, period=period, now=now, tz=tz,
                      appendix=appendix, progress=progress, with_photos=with_photos).write(path)
