"""A session's steps in the session browser, in one of three shapes as the width allows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem

from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.history import symbols

Shape = Literal["wide", "narrow", "stacked"]
Lines = list[tuple[str, list[str]]]
SEPARATOR = " · "  # between a stacked step's values, as in the session's summary line


class StepTable(QTableWidget):
    """A table exactly as tall as its rows, which wrap as the width changes; the page scrolls.

    Wide: five columns (step, time, pressure, comfort, feel). Narrow: each step's title on
    a row of its own above its values' columns. Stacked, when even the values' columns do
    not fit side by side (200 % text in Spanish, a 1024 window): each step one block, its
    title and then its values as "label: value" lines, without column titles."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_due = False
        self._lines: Lines = []
        self._hurt: Callable[[list[str]], bool] = lambda cells: False
        self._shape: Shape = "wide"
        self._blocks: list[int] = []  # the stacked shape's rows that hold a step
        self._need = 0  # the width the wide shape needs
        self._narrow_need = 0  # and the narrow one, its values whole on one line each
        self.step_title = ""  # the first column's title, kept while another shape hides it
        # The step column's width also changes when another column's contents do (at the
        # same table width): its wrapped titles are measured again then.
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    @property
    def shape(self) -> Shape:
        return self._shape

    def fill(self, lines: Lines, hurt: Callable[[list[str]], bool]) -> None:
        """Rows of kind "foot" or "note" (one text across the table) and "step" (title, time,
        pressure, comfort, feel); `hurt` tells a step that stopped for pain (its mark)."""
        self._lines, self._hurt = lines, hurt
        self._lay_out("wide")
        self._need = self._measure()  # what the wide shape asks, as Qt sizes its columns
        self._narrow_need = themes.current().px(12) + sum(self._least())
        shape = self._shape_for(self.viewport().width())
        if shape != "wide":
            self._lay_out(shape)
        self.fit_rows()

    def _shape_for(self, width: int) -> Shape:
        if width >= self._need:
            return "wide"
        return "narrow" if width >= self._narrow_need else "stacked"

    def _lay_out(self, shape: Shape) -> None:
        t = themes.current()
        self._shape = shape
        self.clearSpans()
        self.clearContents()  # no cell of the previous session may linger
        shaped = self._shaped_lines(t)
        self.setRowCount(len(shaped))
        self._blocks = [r for r, (kind, _) in enumerate(shaped) if kind == "block"]
        bold = QFont(self.font())
        bold.setBold(True)
        stop = symbols.icon([(symbols.STOP, t.danger)], t.px(20), t.text)
        for r, (kind, cells) in enumerate(shaped):
            if kind in ("step", "values"):
                for c, text in enumerate(cells):
                    self.setItem(r, c, QTableWidgetItem(text))
                if self._hurt(cells):
                    self.item(r, 3).setIcon(stop)
                continue
            item = QTableWidgetItem(cells[0])
            if kind == "foot":
                item.setFont(bold)
            elif kind == "note":
                item.setForeground(QColor(t.muted))
            elif kind == "block" and cells[1] == "hurt":
                item.setIcon(stop)
            self.setItem(r, 0, item)
            self.setSpan(r, 0, 1, 5)
        header = self.horizontalHeader()
        header.setVisible(shape != "stacked")  # a stacked step names each of its values
        header.setMinimumSectionSize(t.px(12))  # Qt's own is ~70 px at 200 %
        modes = QHeaderView.ResizeMode
        first = {"wide": modes.Stretch, "narrow": modes.Fixed, "stacked": modes.Stretch}
        rest = {"wide": modes.ResizeToContents, "narrow": modes.Interactive,
                "stacked": modes.Stretch}  # stacked: every row spans them all
        header.setSectionResizeMode(0, first[shape])
        for c in range(1, 5):
            header.setSectionResizeMode(c, rest[shape])
        self._share_columns(t)
        title = self.horizontalHeaderItem(0)
        if title is not None:  # else the titles are rows of their own, the column is blank
            title.setText(self.step_title if shape == "wide" else "")

    def _shaped_lines(self, t: themes.Theme) -> Lines:
        """The rows of the current shape. A stacked block's second cell says whether the step
        hurt; a note joins its step's block there, so a block is the whole step."""
        shaped: Lines = []
        for kind, cells in self._lines:
            if kind == "step" and self._shape == "narrow":
                shaped += [("title", cells[:1]), ("values", ["", *cells[1:]])]
            elif kind == "step" and self._shape == "stacked":
                hurt = self._hurt(cells)
                text = cells[0] + "\n" + self._stacked_values(cells[1:], hurt, t)
                shaped.append(("block", [text, "hurt" if hurt else ""]))
            elif kind == "note" and shaped and shaped[-1][0] == "block":
                block = shaped[-1][1]
                block[0] += "\n" + cells[0]
            else:
                shaped.append((kind, cells))
        return shaped

    def _stacked_values(self, values: list[str], hurt: bool, t: themes.Theme) -> str:
        """ "Time: 01:58 · Pressure: Gentle" and so on, as many to a line as fit whole."""
        cell, _ = self._metrics(t)
        room = self.viewport().width() - t.px(16) - 4  # the cell's margins and padding
        if hurt:
            room -= t.px(20) + t.px(8)  # and the mark beside the words
        labels = [self.horizontalHeaderItem(c) for c in range(1, 5)]
        # The column titles are already translated; ": " reads the same in both languages.
        pairs = [f"{label.text() if label else ''}: {value}"
                 for label, value in zip(labels, values, strict=True) if value]
        lines: list[str] = []
        for pair in pairs:
            joined = lines[-1] + SEPARATOR + pair if lines else pair
            if lines and cell.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            else:
                lines.append(pair)
        return "\n".join(lines)

    def _least(self) -> list[int]:
        """The values' columns in the narrow shape: each as wide as its title and its longest
        value (values stay on one line: wrapped in a tight column they were cut at 200 %)."""
        t = themes.current()
        cell, head = self._metrics(t)
        values = [c for kind, c in self._lines if kind == "step"]
        icon = t.px(20) + t.px(8) if any(self._hurt(v) for v in values) else 0
        least = []
        for col in range(1, 5):
            title = self.horizontalHeaderItem(col)
            least.append(max([head.horizontalAdvance(title.text() if title else "")
                              + 2 * t.px(8) + 8]
                             + [cell.horizontalAdvance(v[col]) + t.px(12) + 4
                                + (icon if col == 3 else 0) for v in values]))
        return least

    def _share_columns(self, t: themes.Theme) -> None:
        """Narrow: a thin first column, and the values' columns share the rest."""
        if self._shape != "narrow":
            return
        least = self._least()
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
        if self._shape == "stacked":  # a little air between one step's block and the next
            gap = themes.current().px(10)
            for r in self._blocks:
                self.setRowHeight(r, self.rowHeight(r) + gap)
        self.updateGeometry()

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if column == 0 and not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self, self.fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            shape = self._shape_for(self.viewport().width())
            if self._lines and (shape != self._shape or shape == "stacked"):
                self._lay_out(shape)  # another shape suits the new width; or new lines
            self._share_columns(themes.current())
            self.fit_rows()

    def sizeHint(self) -> QSize:
        header = self.horizontalHeader()
        height = 0 if header.isHidden() else (header.height() or header.sizeHint().height())
        height += self.verticalHeader().length() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
