"""The session list's model (reads only the rows on screen) and the step table."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
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


class StepTable(QTableWidget):
    """A table exactly as tall as its rows, which wrap as the width changes; the page scrolls."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_due = False
        self._lines: list[tuple[str, list[str]]] = []
        self._hurt: Callable[[list[str]], bool] = lambda cells: False
        self._narrow = False
        self._need = 0  # the width the wide shape needs
        self.step_title = ""  # the first column's title, kept while a narrow table hides it
        # The step column's width also changes when another column's contents do (at the
        # same table width): its wrapped titles are measured again then.
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    def fill(self, lines: list[tuple[str, list[str]]], hurt: Callable[[list[str]], bool]
             ) -> None:
        """Rows of kind "foot" or "note" (one text across the table) and "step" (title, time,
        pressure, comfort, feel); `hurt` tells a step that stopped for pain (its mark).
        Where the five columns do not fit (200 %, a narrow pane), each step's title takes a
        row of its own above its values, so nothing is cut."""
        self._lines, self._hurt = lines, hurt
        self._lay_out(narrow=False)
        self._need = self._measure()  # what the wide shape asks, as Qt sizes its columns
        if self.viewport().width() < self._need:
            self._lay_out(narrow=True)
        self.fit_rows()

    def _lay_out(self, narrow: bool) -> None:
        lines, hurt = self._lines, self._hurt
        t = themes.current()
        self._narrow = narrow
        self.clearSpans()
        self.clearContents()  # no cell of the previous session may linger
        shaped: list[tuple[str, list[str]]] = []
        for kind, cells in lines:
            if kind == "step" and self._narrow:
                shaped += [("title", cells[:1]), ("values", ["", *cells[1:]])]
            else:
                shaped.append((kind, cells))
        self.setRowCount(len(shaped))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (kind, cells) in enumerate(shaped):
            if kind in ("step", "values"):
                for c, text in enumerate(cells):
                    self.setItem(r, c, QTableWidgetItem(text))
                if hurt(cells):
                    self.item(r, 3).setIcon(
                        symbols.icon([(symbols.STOP, t.danger)], t.px(20), t.text))
                continue
            item = QTableWidgetItem(cells[0])
            if kind == "foot":
                item.setFont(bold)
            elif kind == "note":
                item.setForeground(QColor(t.muted))
            self.setItem(r, 0, item)
            self.setSpan(r, 0, 1, 5)
        header = self.horizontalHeader()
        modes = QHeaderView.ResizeMode
        header.setSectionResizeMode(0, modes.Fixed if self._narrow else modes.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, modes.Interactive if self._narrow
                                        else modes.ResizeToContents)
        self._share_columns(t)
        title = self.horizontalHeaderItem(0)
        if title is not None:  # narrow: the titles are the rows above, the column is blank
            title.setText("" if self._narrow else self.step_title)

    def _share_columns(self, t: themes.Theme) -> None:
        """Narrow: a thin first column, and the values' columns share the width, each at
        least as wide as its title and its longest word (their words wrap)."""
        if not self._narrow:
            return
        cell, head = self._metrics(t)
        values = [c for kind, c in self._lines if kind == "step"]
        least = []
        for col in range(1, 5):
            title = self.horizontalHeaderItem(col)
            least.append(max([head.horizontalAdvance(title.text() if title else "")]
                             + [cell.horizontalAdvance(w) for v in values
                                for w in v[col].split()]) + t.px(22) + 4)
        self.horizontalHeader().setMinimumSectionSize(t.px(12))  # Qt's own is ~70 px at 200 %
        self.setColumnWidth(0, t.px(12))
        spare = max(0, self.viewport().width() - t.px(12) - sum(least)) // 4
        for col, width in enumerate(least, start=1):
            self.setColumnWidth(col, width + spare)

    def _metrics(self, t: themes.Theme) -> tuple[QFontMetrics, QFontMetrics]:
        """The cells' and the (bold) titles' fonts at this text size."""
        font = QFont(self.font())
        font.setPixelSize(t.body_px)
        cell = QFontMetrics(font)
        font.setWeight(QFont.Weight.DemiBold)
        return cell, QFontMetrics(font)

    def _measure(self) -> int:
        """The wide shape's width: the values' columns as Qt sizes them (cells and titles),
        and the step column as wide as its title and longest word."""
        t = themes.current()
        cell, head = self._metrics(t)
        header = self.horizontalHeader()
        values = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(1, 5))
        longest = max((cell.horizontalAdvance(w) for kind, v in self._lines if kind == "step"
                       for w in v[0].split()), default=0)
        return values + max(longest, head.horizontalAdvance(self.step_title)) + t.px(30)

    def fit_rows(self) -> None:
        """Row heights for the current column widths (wrapped titles), then the table's."""
        self._fit_due = False
        self.resizeRowsToContents()
        self.updateGeometry()

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if column == 0 and not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self, self.fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            if self._lines and (self.viewport().width() < self._need) != self._narrow:
                self._lay_out(not self._narrow)  # the other shape suits the new width
            self._share_columns(themes.current())
            self.fit_rows()

    def sizeHint(self) -> QSize:
        height = (self.horizontalHeader().height() or self.horizontalHeader().sizeHint().height())
        height += self.verticalHeader().length() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


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
