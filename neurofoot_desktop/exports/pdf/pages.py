"""Painting the laid-out document page by page, with "page N of M" and progress."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from neurofoot_desktop.exports.atomic import ExportError, Progress
from neurofoot_desktop.exports.pdf.words import translate

DPI = 300
FOOTER_H = DPI * 0.35  # room under the text for the page number


def body_size(writer: QPdfWriter) -> QSizeF:
    page = writer.pageLayout().paintRectPixels(DPI)
    return QSizeF(page.width(), page.height() - FOOTER_H)


def prepare(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay doc out for writer's pages from the start, so content added later is laid out
    piece by piece rather than all at once when it is painted."""
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(body_size(writer))


def paint(doc: QTextDocument, writer: QPdfWriter, footer_left: str,
          progress: Progress | None = None) -> int:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(translate("Report", "The PDF report could not be started."))
    try:
        layout = doc.documentLayout()
        page = writer.pageLayout().paintRectPixels(DPI)
        footer_h = FOOTER_H
        body = body_size(writer)
        if layout.paintDevice() is not writer or doc.pageSize() != body:
            prepare(doc, writer)  # else already laid out for these pages: no second layout
        count = doc.pageCount()
        footer_font = QFont()
        footer_font.setPointSizeF(7.5)
        for index in range(count):
            if progress:
                progress(index, count)
            if index:
                writer.newPage()
            painter.save()
            # The layout only skips what lies outside context.clip; the painter must clip
            # too, or rows crossing the page edge spill into the footer and the next page.
            painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
            painter.translate(0, -index * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#666666"))
            y = page.height() - footer_h * 0.3
            painter.drawLine(QPointF(0, page.height() - footer_h * 0.6),
                             QPointF(page.width(), page.height() - footer_h * 0.6))
            rect = QRectF(0, y - DPI * 0.12, page.width(), DPI * 0.2)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), footer_left)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), translate(
                "Report", "Page {n} of {total}").format(n=index + 1, total=count))
        if progress:
            progress(count, count)
        return count
    finally:
        painter.end()
