"""Small building blocks shared by the screens: labels, buttons, yes/no questions, the ring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.ui import i18n, theme


def label(text: str = "", role: str = "", wrap: bool = True, name: str = "") -> QLabel:
    """A label with a style role (title, subtitle, muted, warning, countdown)."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str, role: str = "", name: str = "", tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    widget.setAccessibleName(text.replace("&", ""))
    widget.setAutoDefault(False)
    return widget


def card(*children: QWidget, spacing: int = 12) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(spacing)
    for child in children:
        layout.addWidget(child)
    return frame


def scrolling(widget: QWidget) -> QScrollArea:
    """Let a panel scroll up and down rather than squeeze text when type is large (200 %)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setProperty("role", "see-through")  # the page or card behind shows through
    area.setWidget(widget)
    return area


def centered(widget: QWidget, max_width: int, margins: tuple[int, int] = (32, 24)) -> QVBoxLayout:
    """A page layout holding one card, as wide as the window allows up to max_width."""
    widget.setMaximumWidth(max_width)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    outer = QVBoxLayout()
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(holder), 1)
    return outer


WARNING_MARK = "⚠"


def mark_when_checked(widget: QPushButton, warning: bool = False) -> None:
    """Checked toggles get a mark as well as a colour: meaning never by colour alone.

    warning: this answer reports a warning sign ("Yes, there is a wound"), so it wears the
    warning colours and ⚠, never the calm green tick that reads as "all is well".
    """
    plain = widget.text()
    mark = WARNING_MARK if warning else "✓"
    if warning:
        widget.setProperty("answer", "warning")  # the theme's warning colours when checked

    def show(on: bool) -> None:
        widget.setText(f"{mark} {plain}" if on else plain)

    widget.toggled.connect(show)


def warning_label(text: str, name: str = "") -> QLabel:
    """Warnings carry an icon and words as well as colour."""
    widget = label(f"⚠  {text}", "warning", name=name)
    widget.setAccessibleName(text)
    return widget


class ElidedLabel(QLabel):
    """One line that ends in '…' when it does not fit, with the whole text as its tooltip:
    the name in the player's header (issue 14, finding 8)."""

    def __init__(self, role: str = "", name: str = "") -> None:
        super().__init__()
        if role:
            self.setProperty("role", role)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._tip()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._tip()

    def _tip(self) -> None:
        cut = self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()
        self.setToolTip(self.text() if cut else "")

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        words = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         words)


class WholeLabel(QLabel):
    """A wrapped label that always gets the height its words need (layouts otherwise squeeze
    wrapped text), and that first shrinks its type, no lower than the body size, before a
    line breaks: the player's step name and pressure (issue 14, finding 7)."""

    def __init__(self, role: str, name: str, shrink: bool = True) -> None:
        super().__init__()
        self.shrink = shrink  # a notice keeps its size and wraps
        self.setProperty("role", role)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # type: ignore[attr-defined]
            self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            return
        font = QFont(self.font())
        role_px = {"title": theme.current().title_px,
                   "subtitle": theme.current().px(22)}.get(str(self.property("role")),
                                                          theme.current().body_px)
        # A little under the body size at the most, so that at 200 % in a small window the
        # three lines still fit above the words instead of wrapping to six.
        floor = min(role_px, round(theme.current().body_px * 0.8)) if self.shrink else role_px
        size = role_px
        font.setPixelSize(size)
        # some slack: symbols drawn from a fallback font (● ○) measure a little short
        while size > floor and QFontMetrics(font).horizontalAdvance(self.text()) > width * 0.9:
            size -= 1
            font.setPixelSize(size)
        if self.font().pixelSize() != size:
            # the style sheet's role size would win over setFont: a rule on this one widget
            self.setStyleSheet(f"font-size: {size}px;")
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def heightForWidth(self, width: int) -> int:
        # measured with the font in use now: QLabel's own answer lags behind a font change
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        box = QFontMetrics(self.font()).boundingRect(
            0, 0, inner, 100000, int(Qt.TextFlag.TextWordWrap), self.text())
        return box.height() + margins.top() + margins.bottom()


class YesNoQuestion(QWidget):
    """One question with two large toggle buttons; answered() fires on each choice."""

    answered = Signal(str, bool)

    def __init__(self, question_id: str, text: str, parent: QWidget | None = None,
                 yes_warns: bool = True) -> None:
        """yes_warns: "Yes" reports a warning sign, as on every pre-check question."""
        super().__init__(parent)
        self.question_id = question_id
        self.text = label(text)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.no = button(self.tr("No"), name=f"{question_id}_no")
        self.yes = button(self.tr("Yes"), name=f"{question_id}_yes")
        for b, word in ((self.no, self.tr("No")), (self.yes, self.tr("Yes"))):
            b.setCheckable(True)
            b.setMinimumWidth(theme.current().px(120))
            mark_when_checked(b, warning=yes_warns and b is self.yes)
            b.setAccessibleName(f"{word}: {text}")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.no)
        self.group.addButton(self.yes)
        self.no.clicked.connect(lambda: self.answered.emit(self.question_id, False))
        self.yes.clicked.connect(lambda: self.answered.emit(self.question_id, True))
        from neurofoot_desktop.ui.widgets import keys

        keys.arrow_group([self.no, self.yes])  # arrows move between the two answers
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.no)
        row.addWidget(self.yes)

    @property
    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)


class CountdownRing(QWidget):
    """The step's time left: big digits inside a ring that empties as time passes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = "00:00"
        self._attention = False
        self.setMinimumSize(QSize(110, 110))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Time left in this step"))

    def sizeHint(self) -> QSize:
        side = theme.current().px(150)
        return QSize(side, side)

    def set_state(self, remaining_s: float, total_s: float, attention: bool = False) -> None:
        """attention: the last ten seconds, drawn with a thicker, warmer ring."""
        fraction = 0.0 if total_s <= 0 else max(0.0, min(1.0, remaining_s / total_s))
        text = i18n.clock_text(remaining_s)
        if (fraction, text, attention) == (self._fraction, self._text, self._attention):
            return
        self._fraction, self._text, self._attention = fraction, text, attention
        self.setAccessibleDescription(spoken_duration(remaining_s) + " " + self.tr("left"))
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event: object) -> None:
        t = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        width = max(8.0, side * (0.075 if self._attention else 0.05))
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        rect = rect.adjusted(width, width, -width, -width)
        track = QPen(QColor(t.border), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(track)
        painter.drawEllipse(rect)
        colour = QColor(t.warning if self._attention else t.accent)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        font = QFont(self.font())
        font.setPixelSize(max(12, min(t.countdown_px, int(rect.width() / 3.9))))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(t.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)


class StepDots(QWidget):
    """Progress through the step-feet: ● done, ◉ current, ○ to come, grouped by foot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._states: list[str] = []
        self._groups = 1
        self.setMinimumHeight(36)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_states(self, states: list[str], groups: int) -> None:
        """states: 'done', 'skipped', 'current' or 'todo' per step-foot, in order."""
        self._states, self._groups = states, max(1, groups)
        done = sum(s in ("done", "skipped") for s in states)
        self.setAccessibleName(
            self.tr("Progress: {done} of {total} steps done").format(done=done, total=len(states))
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        # The gaps between the feet count too: without them the first (left-foot) dots
        # were drawn past the left edge (issue 14, finding 8).
        d = theme.current().px(22)
        return QSize(len(self._states) * (d + 10) + (self._groups - 1) * 24 + 8, d + 14)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: object) -> None:
        t = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = min(theme.current().px(22), self.height() - 8)
        gap = 10
        per_group = max(1, len(self._states) // self._groups)
        total = len(self._states) * (d + gap) + (self._groups - 1) * 24
        x = self.width() - total
        y = (self.height() - d) / 2
        for i, state in enumerate(self._states):
            if i and i % per_group == 0:
                painter.setPen(QPen(QColor(t.muted), 2))
                painter.drawLine(int(x + 6), int(y - 2), int(x + 6), int(y + d + 2))
                x += 24
            r = QRectF(x, y, d, d)
            accent = QColor(t.accent)
            if state == "done":
                painter.setPen(QPen(accent, 2))
                painter.setBrush(accent)
                painter.drawEllipse(r)
            elif state == "current":
                painter.setPen(QPen(QColor(t.calm), 4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(r.adjusted(1, 1, -1, -1))
                painter.setBrush(QColor(t.calm))
                painter.drawEllipse(r.adjusted(d * 0.3, d * 0.3, -d * 0.3, -d * 0.3))
            else:
                painter.setPen(QPen(QColor(t.muted), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(r.adjusted(1, 1, -1, -1))
                if state == "skipped":
                    painter.drawLine(int(r.left() + 4), int(r.center().y()),
                                     int(r.right() - 4), int(r.center().y()))
            x += d + gap


def spoken_duration(seconds: float) -> str:
    whole = int(-(-max(0.0, seconds) // 1))
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    return f"{minutes} min" if minutes else f"{secs} s"


def pressure_dots(level: int) -> str:
    return "  ".join("●" if i <= level else "○" for i in range(1, 5))
