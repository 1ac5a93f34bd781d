"""Where the player's countdown, buttons and footer stand for the text size and the window.

At 100 % the countdown sits beside the buttons' two rows under the diagram and the words
(UI.md). At large type the diagram would shrink to a thumbnail (issue 14, finding 9), so:
the buttons get a little less padding, stand in one row where the window is wide enough
(the countdown then moves into the panel under the words), and in a short window the
footer gives its height to the diagram ("Next: ..." is then said under the step's words).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from neurofoot_desktop.ui import theme

LARGE = 1.5  # from this text size on, the large-type arrangement


class PlayerPage(Protocol):
    """What of the player this module arranges (the player imports this module)."""

    play: QPushButton
    done: QPushButton
    skip: QPushButton
    repeat: QPushButton
    back: QPushButton
    hurts: QPushButton
    ring: QWidget
    panel: QFrame
    keys: QLabel
    footer: QFrame
    next_words: QLabel
    controls: QGridLayout
    ring_row: QHBoxLayout
    _one_row: bool | None

    def tr(self, text: str) -> str: ...
    def width(self) -> int: ...
    def height(self) -> int: ...


def buttons(player: PlayerPage) -> tuple[QPushButton, ...]:
    """In reading order: the first row, then the second when there are two."""
    return (player.play, player.done, player.skip, player.repeat, player.back, player.hurts)


def arrange(player: PlayerPage) -> None:
    """Size the countdown to the buttons' two rows and make room for the words; the
    arrangement is then chosen again for the new sizes."""
    t = theme.current()
    large = t.scale >= LARGE
    side = 2 * max(t.target_px, player.play.sizeHint().height()) + 10
    player.ring.setFixedSize(side, side)
    # The words need a readable width: at large type the panel takes what they need,
    # the diagram the rest (still the larger part on a 1366-wide screen).
    player.panel.setMinimumWidth(min(t.px(230), 520))
    player.keys.setVisible(not large)  # the shortcuts stay in every button's tooltip
    m = 12 if large else 20
    player.panel.layout().setContentsMargins(m + 4, m, m + 4, m)
    sheet = f"QPushButton {{ padding: 0 {t.px(7)}px; }}" if large else ""
    for control in buttons(player):
        control.setStyleSheet(sheet)
    player._one_row = None
    place_controls(player)


def place_controls(player: PlayerPage) -> None:
    """One row of buttons or two, the countdown beside them or in the panel, the footer
    shown or folded: from the text size and the page's size now."""
    t = theme.current()
    large = t.scale >= LARGE
    row = player.ring_row.contentsMargins()
    metrics = player.play.fontMetrics()
    # the start button as wide as its widest word, so the row does not change at each press
    play = (player.play.sizeHint().width() - metrics.horizontalAdvance(player.play.text())
            + max(metrics.horizontalAdvance(w) for w in (
                player.tr("Start"), player.tr("Pause"), player.tr("Continue"))))
    need = (play + sum(b.sizeHint().width() for b in buttons(player)[1:])
            + 5 * player.controls.spacing() + row.left() + row.right())
    one_row = large and need <= player.width()
    fold = large and player.height() < t.px(320)
    player.footer.setVisible(not fold)
    player.next_words.setVisible(fold)
    if one_row == player._one_row:
        return
    player._one_row = one_row
    for control in buttons(player):
        player.controls.removeWidget(control)
    for i, control in enumerate(buttons(player)):
        player.controls.addWidget(control, 0 if one_row else i // 3, i if one_row else i % 3)
    player.ring_row.removeWidget(player.ring)
    player.panel.layout().removeWidget(player.ring)
    if one_row:
        player.panel.layout().addWidget(player.ring, 0, Qt.AlignmentFlag.AlignHCenter)
    else:
        player.ring_row.insertWidget(0, player.ring)
