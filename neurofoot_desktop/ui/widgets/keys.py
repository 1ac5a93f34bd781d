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


class ArrowGroup(QObject):
    """Arrows move the focus within a group of choices (yes/no, felt/not felt), wrapping at
    the ends; Tab still leaves the group. Nothing is chosen until Enter or Space."""

    def __init__(self, buttons: list[QAbstractButton]) -> None:
        super().__init__(buttons[0])
        self.buttons = buttons
        for b in buttons:
            b.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons:
            return False
        assert isinstance(event, QKeyEvent)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        shown = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        if watched in shown and len(shown) > 1:
            i = (shown.index(watched) + step) % len(shown)  # type: ignore[arg-type]
            shown[i].setFocus(Qt.FocusReason.TabFocusReason)
        return True


def arrow_group(buttons: list[QAbstractButton]) -> ArrowGroup:
    return ArrowGroup(buttons)
