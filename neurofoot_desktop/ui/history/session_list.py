"""The session list's model (reads only the rows on screen) and its columns' widths."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QWidget,
)

from neurofoot_desktop.core.history import duration_s
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.vocabulary import STATUSES
from neurofoot_desktop.storage.repository import SessionRecord
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import symbols
from neurofoot_desktop.ui.history.text import local_date_text

Index = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    """Sessions newest first; reads only what is on screen, so 3,650 rows cost nothing."""

    DATE, DURATION, STATUS, COMFORT, WARNINGS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionRecord] = []
        self._icons: dict[tuple[bool, bool], QIcon] = {}

    # -- contents ---------------------------------------------------------------------
    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """records oldest first, as the store returns them."""
        self.beginResetModel()
        self.rows = list(reversed(records))
        self.endResetModel()

    def add_older(self, records: Sequence[SessionRecord]) -> None:
        if not records:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
        self.rows.extend(reversed(records))
        self.endInsertRows()

    def row_of(self, session_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == session_id), -1)

    def remove(self, session_id: str) -> int:
        row = self.row_of(session_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        return row

    def insert(self, record: SessionRecord) -> int:
        keys = [-r.started_at.timestamp() for r in self.rows]
        row = bisect.bisect_left(keys, -record.started_at.timestamp())
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, record)
        self.endInsertRows()
        return row

    def refresh_icons(self) -> None:
        self._icons.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, self.WARNINGS),
                                  self.index(len(self.rows) - 1, self.WARNINGS))

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Length"), self.tr("Status"),
                    self.tr("Comfort"), self.tr("Warnings"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(record, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.WARNINGS:
            return self._icon(bool(record.warnings), record.hurt)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WARNINGS and record.warnings:
            return warnings_text(self, record, i18n.current_protocol())
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def cell_text(self, record: SessionRecord, col: int) -> str:
        if col == self.DATE:
            return local_date_text(record.started_at.timestamp())
        if col == self.DURATION:
            return minutes_text(self, duration_s(record))
        if col == self.STATUS:
            return i18n.status_words(record.status)
        if col == self.COMFORT:
            avg = record.average_comfort
            return "—" if avg is None else f"{avg:.1f}"
        parts = []
        if record.warnings:
            n = len(record.warnings)
            parts.append(self.tr("%n sign(s)", "", n))
        if record.hurt:
            parts.append(self.tr("it hurt"))
        return ", ".join(parts) if parts else "—"

    def _icon(self, warned: bool, hurt: bool) -> QIcon | None:
        if not (warned or hurt):
            return None
        key = (warned, hurt)
        if key not in self._icons:
            t = themes.current()
            marks = [(symbols.WARNING, t.warning)] if warned else []
            marks += [(symbols.STOP, t.danger)] if hurt else []
            self._icons[key] = symbols.icon(marks, t.px(22), t.text)
        return self._icons[key]


def minutes_text(obj: QWidget | QAbstractTableModel, seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    if minutes < 1:
        return obj.tr("under 1 min")
    return obj.tr("{n} min").format(n=minutes)


def warnings_text(obj: QWidget | QAbstractTableModel, record: SessionRecord,
                  protocol: Protocol) -> str:
    names = []
    for w in record.warnings:
        try:
            names.append(protocol.question(w).short)
        except KeyError:
            names.append(w.replace("_", " "))
    return obj.tr("Warning signs before this session: {signs}.").format(signs=", ".join(names))


def column_widths(model: SessionListModel, t: themes.Theme, font: QFont) -> tuple[list[int], int]:
    """Each column wide enough for its (bold) title and its widest cell, measured at this text
    size ("Duración" was cut at 200 %); and the height of the titles' row."""
    font = QFont(font)
    font.setPixelSize(t.body_px)
    cell = QFontMetrics(font)
    font.setWeight(QFont.Weight.DemiBold)
    head = QFontMetrics(font)
    pad, head_pad = t.px(22), 2 * t.px(8) + t.px(6)  # the style sheets' paddings, and room
    longest = local_date_text(datetime(2026, 9, 30, 20, 58).timestamp())  # wide names
    cells: list[tuple[list[str], int]] = [
        ([longest], t.px(8)),
        (["88 min", minutes_text(model, 60 * 88)], 0),
        ([*(i18n.status_words(s) for s in STATUSES), "x" * 10], 0),
        (["10.0"], t.px(12)),
        ([", ".join((model.tr("%n sign(s)", "", 2), model.tr("it hurt")))],
         t.px(44) + t.px(8)),  # and the marks' icon
    ]
    widths = [max(head.horizontalAdvance(str(model.headerData(col, Qt.Orientation.Horizontal)))
                  + head_pad, max(cell.horizontalAdvance(c) for c in words) + pad + extra)
              for col, (words, extra) in enumerate(cells)]
    return widths, head.height() + 2 * t.px(6) + 4
