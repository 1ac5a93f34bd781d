"""A check box whose words wrap: QCheckBox draws its text on one line, so a long Spanish item
at 200 % ran past the window (issue 14, finding 8). Still one control: one focus stop, Space
toggles it, a click on the words ticks it, and screen readers hear the words as its name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


class WrapCheckBox(QCheckBox):
    """QCheckBox with its own text left empty and a wrapping label beside the box."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.words.setObjectName("check_words")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        # clicks on the words reach the check box, which ticks (see hitButton)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.words)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_words(text)
        self._place()

    def set_words(self, text: str) -> None:
        self.words.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text_shown(self) -> str:
        return self.words.text()

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _place(self) -> None:
        """The words start where QCheckBox would start its own text: after box and spacing."""
        style = self.style()
        option = self._option()
        option.rect = QRect(0, 0, 400, 40)
        left = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self).left()
        indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        self._box = indicator.size()
        # top and bottom: room for the focus frame the theme draws round the whole control
        self._row.setContentsMargins(max(left, indicator.right() + 4), 4, 4, 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._place()
            self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        words = self._row.totalHeightForWidth(width)
        return max(words, self._box.height() + 4, self.minimumHeight())

    def sizeHint(self) -> QSize:
        hint = self._row.totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self._box.height() + 4,
                                       self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        margins = self._row.contentsMargins()
        return QSize(margins.left() + self.fontMetrics().horizontalAdvance("M" * 8),
                     max(self._box.height() + 4, self.minimumHeight()))
