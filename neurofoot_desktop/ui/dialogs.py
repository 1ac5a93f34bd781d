"""The one way the program asks the person something or tells them something.

Every screen calls `service()`: tell / ask / confirm / choose / ask_path / ask_text. The real
service builds its own message dialog instead of QMessageBox, because QMessageBox sizes its
text from a style-sheet minimum and, under a real window manager, cut questions off at 100 %
type ("End today's session now? Everything rated s"). Here the text column is as wide as the
words need up to a share of the screen, its height follows from that width, and a text taller
than the screen scrolls instead of being cut. Tests install `Scripted` answers instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from neurofoot_desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# The other widgets are imported where a dialog is made: PySide builds a class's enums when the
# class is first touched (about 100 ms for these), and this module is loaded at start-up.
KINDS = ("information", "warning", "critical", "question")


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Dialogs(Protocol):
    def tell(self, parent: QWidget | None, text: str, kind: str = "information",
             title: str = "") -> None:
        """A message with one OK button."""

    def confirm(self, parent: QWidget | None, text: str, accept: str = "", reject: str = "",
                destructive: bool = False, title: str = "") -> bool:
        """A question with two named answers; Esc and closing mean `reject`.

        The safe answer is the default unless the question is not destructive and
        `accept` is what the person came for; `destructive` colours the accept button.
        """

    def ask(self, parent: QWidget | None, text: str, title: str = "") -> bool:
        """A yes/no question that defaults to No."""

    def choose(self, parent: QWidget | None, text: str, items: Sequence[str],
               title: str = "") -> int | None:
        """One of `items` (its index), or None when cancelled."""

    def choose_checked(self, parent: QWidget | None, text: str, items: Sequence[str],
                       check: str, title: str = "") -> tuple[int, bool] | None:
        """One of `items` and whether the box `check` under them (unticked at first) was
        ticked, or None when cancelled."""

    def ask_path(self, parent: QWidget | None, title: str, mode: str = "open",
                 suggested: str = "", filter_: str = "") -> Path | None:
        """A file to open or save ("open" / "save"), or None when cancelled."""

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        """A line of text, or None when cancelled."""


class MessageDialog(QDialog):
    """A message or question whose whole text is always readable."""

    def __init__(self, parent: QWidget | None, text: str, kind: str, title: str,
                 buttons: Sequence[tuple[str, QtWidgets.QDialogButtonBox.ButtonRole]],
                 default: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or APP_NAME)
        self.setObjectName("messageDialog")
        self.clicked: int | None = None
        icon = QLabel()
        icon.setObjectName("dialogIcon")
        size = max(32, self.fontMetrics().height() * 2)
        pixmap = getattr(QtWidgets.QStyle.StandardPixmap,
                         f"SP_MessageBox{(kind if kind in KINDS else 'information').title()}")
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(tr(kind.capitalize()))
        self.label = QLabel(text)
        self.label.setObjectName("dialogText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.box = QtWidgets.QDialogButtonBox()
        self.buttons: list[QPushButton] = []
        for index, (words, role) in enumerate(buttons):
            button = self.box.addButton(words, role)
            button.clicked.connect(lambda _=False, i=index: self._finish(i))
            self.buttons.append(button)
        if self.buttons:
            self.buttons[default].setDefault(True)
            self.buttons[default].setFocus()
        self._scroll = QtWidgets.QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QtWidgets.QScrollArea.Shape.NoFrame)
        self._scroll.setProperty("role", "clear")
        self._scroll.setWidget(self.label)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers only
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(self.fontMetrics().height())
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._scroll, 1)
        column = QtWidgets.QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(self.box)
        self._fit()

    def _fit(self) -> None:
        """Width from the words (up to 60 % of the screen), height from that width."""
        metrics = self.label.fontMetrics()
        screen = (self.parentWidget().screen() if self.parentWidget() else None) \
            or QtGui.QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        longest = max((metrics.horizontalAdvance(line) for line in self.label.text()
                       .splitlines() or [""]), default=0)
        buttons = self.box.sizeHint().width()
        column = max(metrics.averageCharWidth() * 34, buttons)
        width = min(max(column, min(longest + 8, metrics.averageCharWidth() * 56)),
                    int(area.width() * 0.6))
        height = self.label.heightForWidth(width)
        room = int(area.height() * 0.7) - self.box.sizeHint().height()
        self.label.setMinimumWidth(width)
        self._scroll.setMinimumWidth(width + 4)
        self._scroll.setMinimumHeight(min(height, max(room, metrics.height() * 3)) + 4)
        self.adjustSize()

    def _finish(self, index: int) -> None:
        self.clicked = index
        role = self.box.buttonRole(self.buttons[index])
        roles = QtWidgets.QDialogButtonBox.ButtonRole
        if role in (roles.RejectRole, roles.NoRole):
            self.reject()
        else:
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter activates the focused button (not always the default), like everywhere else.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused in self.buttons:
                focused.click()
                return
        if event.matches(QtGui.QKeySequence.StandardKey.Cancel):
            self.reject()
            return
        super().keyPressEvent(event)


SHOWN_CHOICES = 8  # a list of up to this many entries shows them all; a longer one scrolls


def _fit_choices(dialog: QDialog, listing: QtWidgets.QListWidget,
                 ticked: QtWidgets.QCheckBox | None) -> None:
    """Wide enough for the longest entry and tall enough for every entry (up to
    SHOWN_CHOICES), within the screen: the list used to show 4 of the report's 6 periods, so
    "Other dates…" was found only by scrolling, and at 200 % the dialog was taller than a
    1024x640 screen. A screen too small for all of it gets a list that scrolls."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent else None) or QtGui.QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    metrics = listing.fontMetrics()
    texts = [listing.item(i).text() for i in range(listing.count())]
    bar = listing.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
    # room for a focus border thicker than the resting one (the theme: 3 px and 2 px)
    frame = 2 * (listing.frameWidth() + 2)
    widest = listing.sizeHintForColumn(0) + frame + bar  # the item's padding included
    ticked_width = ticked.sizeHint().width() if ticked else 0
    margins = dialog.layout().contentsMargins()
    sides = margins.left() + margins.right()
    room = area.width() - 2 * metrics.averageCharWidth()  # the window manager's frame
    width = min(max(widest, ticked_width, metrics.averageCharWidth() * 34) + sides, room)
    if widest + sides > room:  # an entry is elided: its tooltip says it whole
        for i, text in enumerate(texts):
            listing.item(i).setToolTip(text)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = sum(listing.sizeHintForRow(i) for i in range(min(len(texts), SHOWN_CHOICES)))
    listing.setMinimumHeight(rows + frame + 2 * listing.spacing())
    dialog.layout().activate()
    # the title bar and frame a window manager adds are not known before the dialog is
    # shown: two lines of text is room for them at any text size
    tallest = area.height() - 2 * QtGui.QFontMetrics(QtGui.QGuiApplication.font()).height()
    height = dialog.layout().totalHeightForWidth(width)
    if height < 0:
        height = dialog.layout().totalMinimumSize().height()
    if height > tallest:  # too short a screen: the list scrolls, the dialog stays on it
        row = max(1, rows // min(len(texts), SHOWN_CHOICES))
        whole = (listing.minimumHeight() - (height - tallest) - frame) // row  # no half rows
        listing.setMinimumHeight(max(whole, 2) * row + frame)
        dialog.layout().activate()  # the dialog's minimum follows the list's
        height = dialog.layout().totalMinimumSize().height()
    dialog.resize(width, height)


class QtDialogs:
    """The real dialogs, sized for large type and a real window manager."""

    def tell(self, parent: QWidget | None, text: str, kind: str = "information",
             title: str = "") -> None:
        MessageDialog(parent, text, kind, title,
                      [(tr("OK"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)]).exec()

    def confirm(self, parent: QWidget | None, text: str, accept: str = "", reject: str = "",
                destructive: bool = False, title: str = "") -> bool:
        roles = QtWidgets.QDialogButtonBox.ButtonRole
        dialog = MessageDialog(
            parent, text, "warning" if destructive else "question", title,
            [(accept or tr("Yes"), roles.DestructiveRole if destructive else roles.AcceptRole),
             (reject or tr("No"), roles.RejectRole)],
            default=1 if destructive else 0)
        if destructive:
            dialog.buttons[0].setProperty("role", "danger")
        dialog.exec()
        return dialog.clicked == 0

    def ask(self, parent: QWidget | None, text: str, title: str = "") -> bool:
        roles = QtWidgets.QDialogButtonBox.ButtonRole
        dialog = MessageDialog(parent, text, "question", title,
                               [(tr("Yes"), roles.YesRole), (tr("No"), roles.NoRole)], default=1)
        dialog.exec()
        return dialog.clicked == 0

    def choose(self, parent: QWidget | None, text: str, items: Sequence[str],
               title: str = "") -> int | None:
        chosen = self._choose(parent, text, items, title, "")
        return None if chosen is None else chosen[0]

    def choose_checked(self, parent: QWidget | None, text: str, items: Sequence[str],
                       check: str, title: str = "") -> tuple[int, bool] | None:
        return self._choose(parent, text, items, title, check)

    def _choose(self, parent: QWidget | None, text: str, items: Sequence[str], title: str,
                check: str) -> tuple[int, bool] | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(title or APP_NAME)
        column = QtWidgets.QVBoxLayout(dialog)
        question = QLabel(text)
        question.setWordWrap(True)
        listing = QtWidgets.QListWidget()
        listing.addItems(list(items))
        listing.setCurrentRow(0)
        question.setBuddy(listing)
        listing.setAccessibleName(text)
        listing.itemActivated.connect(lambda _item: dialog.accept())
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                               | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        ticked = QtWidgets.QCheckBox(check)
        ticked.setVisible(bool(check))
        for widget in (question, listing, ticked, box):
            column.addWidget(widget)
        _fit_choices(dialog, listing, ticked if check else None)
        if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentRow() < 0:
            return None
        return listing.currentRow(), ticked.isChecked()

    def ask_path(self, parent: QWidget | None, title: str, mode: str = "open",
                 suggested: str = "", filter_: str = "") -> Path | None:
        files = QtWidgets.QFileDialog
        pick = files.getSaveFileName if mode == "save" else files.getOpenFileName
        chosen = pick(parent, title, suggested, filter_)[0]
        return Path(chosen) if chosen else None

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(parent, title, label, text=value)
        return text if ok else None


class Scripted:
    """Answers given in advance, for tests; records everything asked and told.

    Each question takes the next answer in order (True/False for ask and confirm, an index
    or None for choose, (index, ticked) or None for choose_checked, a Path or None for
    ask_path, a str or None for ask_text). A question
    with no answer left fails the test with the question's words.
    """

    def __init__(self, answers: Sequence[object] = ()) -> None:
        self.answers = list(answers)
        self.told: list[tuple[str, str]] = []  # (kind, text)
        self.asked: list[str] = []
        self.offered: list[list[str]] = []  # the items of each choose()
        self.suggested: list[str] = []  # the path each ask_path() suggested
        self.checks: list[str] = []  # the box of each choose_checked()

    def _next(self, text: str) -> object:
        self.asked.append(text)
        if not self.answers:
            raise AssertionError(f"an unexpected question: {text!r}")
        return self.answers.pop(0)

    def tell(self, parent: QWidget | None, text: str, kind: str = "information",
             title: str = "") -> None:
        self.told.append((kind, text))

    def confirm(self, parent: QWidget | None, text: str, accept: str = "", reject: str = "",
                destructive: bool = False, title: str = "") -> bool:
        return bool(self._next(text))

    def ask(self, parent: QWidget | None, text: str, title: str = "") -> bool:
        return bool(self._next(text))

    def choose(self, parent: QWidget | None, text: str, items: Sequence[str],
               title: str = "") -> int | None:
        self.offered.append(list(items))
        answer = self._next(text)
        return None if answer is None else int(answer)  # type: ignore[call-overload]

    def choose_checked(self, parent: QWidget | None, text: str, items: Sequence[str],
                       check: str, title: str = "") -> tuple[int, bool] | None:
        self.offered.append(list(items))
        self.checks.append(check)
        answer = self._next(text)
        if answer is None:
            return None
        index, ticked = answer  # type: ignore[misc]
        return int(index), bool(ticked)

    def ask_path(self, parent: QWidget | None, title: str, mode: str = "open",
                 suggested: str = "", filter_: str = "") -> Path | None:
        self.suggested.append(suggested)
        answer = self._next(title)
        return None if answer is None else Path(answer)  # type: ignore[arg-type]

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        answer = self._next(label)
        return None if answer is None else str(answer)


_service: Dialogs = QtDialogs()


def service() -> Dialogs:
    return _service


def install(dialogs: Dialogs) -> Dialogs:
    """Use `dialogs` from now on; returns the one it replaces (tests put it back)."""
    global _service
    previous, _service = _service, dialogs
    return previous

