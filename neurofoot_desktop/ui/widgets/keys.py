"""One keyboard contract for every page (issue 14, finding 12).

Enter and Space activate the focused button (Space is Qt's own; Enter is added here, since a
button that is not a dialog's default lets Enter pass by). Enter with no button focused
activates the page's default action. Esc goes back or cancels. Pages install it once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyContract(QObject):
    """Watches a page for the Enter and Esc that its focused child did not use."""

    def __init__(self, page: QWidget, default: Callable[[], QAbstractButton | None],
                 back: Callable[[], None] | None = None, space_default: bool = False) -> None:
        super().__init__(page)
        self.page, self.default, self.back = page, default, back
        self.space_default = space_default  # Space, too, when no button has the focus
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.page or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in ENTER_KEYS or (key == Qt.Key.Key_Space and self.space_default):
            focus = QApplication.focusWidget()
            if focus is not None and not self.page.isAncestorOf(focus):
                focus = None
            # A push button is activated; a focused check box leaves Enter to the page.
            target = focus if isinstance(focus, QPushButton) else self.default()
            if target is not None and target.isEnabled() and target.isVisible():
                target.click()
            return True
        if key == Qt.Key.Key_Escape and self.back is not None:
            self.back()
            return True
        return False


def install(page: QWidget, default: Callable[[], QAbstractButton | None],
            back: Callable[[], None] | None = None, space_default: bool = False) -> KeyContract:
    return KeyContract(page, default, back, space_default)
