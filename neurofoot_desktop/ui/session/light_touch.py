"""The guided light-touch check, one foot at a time.

The program picks the places and hides one pretend touch among them; core
derives today's sensitivity, and the result goes to the log at once.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from neurofoot_desktop.core import lighttouch
from neurofoot_desktop.core.clock import Clock
from neurofoot_desktop.core.lighttouch import LightTouchResult, Probe
from neurofoot_desktop.core.protocol import FEET, Protocol
from neurofoot_desktop.core.vocabulary import Foot
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.diagram.widget import FootDiagram
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import WholeLabel, button, card, label, scrolling


class LightTouchPage(QWidget):
    finished = Signal()
    cancelRequested = Signal()  # Esc: the main window asks before ending the session

    def __init__(self, protocol: Protocol, parent: QWidget | None = None,
                 rng: random.Random | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.rng = rng or random.Random()
        self.log: SessionLog | None = None
        self.feet: list[str] = list(FEET)
        self.foot_index = 0
        self.probes: list[Probe] = []
        self.felt: list[bool] = []
        self.stage = "intro"  # intro | probe | unpleasant | result
        self.results: dict[str, LightTouchResult] = {}

        self.diagram = FootDiagram(clock=clock)
        # here the words come first: the drawing may be narrower than on the player
        self.diagram.setMinimumSize(200, 200)
        # the heading shrinks its type a little before it wraps: room for the question
        self.heading = WholeLabel("subtitle", "lt_heading")
        self.title = label("", "title", name="lt_title")
        self.text = label("", name="lt_text")
        self.note = WholeLabel("muted", "lt_note", shrink=False)  # whole below the words
        self.note.setText(protocol.light_touch.note)
        self.primary = button("", "primary", "lt_primary")
        self.secondary = button("", name="lt_secondary")
        self.primary.clicked.connect(lambda: self._choose(True))
        self.secondary.clicked.connect(lambda: self._choose(False))
        # Side by side when both fit, else one above the other, each whole (issue 14,
        # finding 8: at 200 % they were cut to "etir la prueba en este").
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.setSpacing(12)
        top = Qt.AlignmentFlag.AlignTop  # one line: the same top, whatever their frames
        self.buttons.addWidget(self.secondary, 0, top)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.primary, 0, top)
        # The words scroll when type is large; the two answers always stay in view. The
        # note ("a comfort guide, not a medical test") comes after the question, inside the
        # scrolling part: at 200 % it took the room the question needed (issue 14).
        words = QWidget()
        words_box = QVBoxLayout(words)
        words_box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.title, self.text, self.note):
            words_box.addWidget(widget)
        words_box.addStretch(1)
        self.words_area = scrolling(words)
        panel = card(self.words_area)
        panel.layout().addLayout(self.buttons)
        self.panel = panel
        row = QHBoxLayout(self)
        gap = 16 if theme.current().scale >= 1.5 else 24  # large type: room for the words
        row.setContentsMargins(gap, gap, gap, gap)
        row.setSpacing(gap)
        row.addWidget(self.diagram, 1)
        row.addWidget(panel, 1)
        self.row = row
        panel.installEventFilter(self)
        self.installEventFilter(self)  # the page's width decides how wide the panel may be
        # One key per answer, in the screen's own language (English F/N/Y, Spanish S/N/S):
        # the helper's clean knuckle can press one key.
        self.felt_key = self.tr("F", "key for: Felt it")
        self.yes_key = self.tr("Y", "key for: Yes, unpleasant")
        self.no_key = self.tr("N", "key for: Did not feel it / No")
        # One shortcut per distinct key: Spanish uses S for both "Sí lo noté" and "Sí"
        # (two shortcuts on one key would be ambiguous, and neither would fire).
        answers = {self.felt_key: True, self.yes_key: True, self.no_key: False}
        for key, felt in answers.items():
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda f=felt: self._key_choice(f))
        keys.arrow_group([self.secondary, self.primary])
        self.setTabOrder(self.secondary, self.primary)  # Tab in reading order: left first
        self.setFocusProxy(self.primary)
        # Enter and Space activate the FOCUSED answer (finding 2); Esc asks to stop.
        keys.install(self, default=lambda: self.primary, back=self.cancelRequested.emit)

    def begin(self, log: SessionLog, first_foot: str = Foot.LEFT) -> None:
        self.log = log
        self.feet = [first_foot, *[f for f in FEET if f != first_foot]]
        self.foot_index = 0
        self.results = {}
        self._intro()

    @property
    def foot(self) -> str:
        return self.feet[self.foot_index]

    def _set(self, title: str, text: str, primary: str, secondary: str = "") -> None:
        self.heading.setText(self.tr("Light-touch check · {foot}").format(
            foot=i18n.foot_words(self.foot, "heading")))
        self.title.setText(title)
        self.text.setText(text)
        self.primary.setText(primary)
        self.primary.setAccessibleName(primary)
        self.secondary.setText(secondary)
        self.secondary.setAccessibleName(secondary)
        self.secondary.setVisible(bool(secondary))
        self.words_area.verticalScrollBar().setValue(0)  # each question starts at the top
        self.primary.setFocus()
        self.diagram.setAccessibleDescription(self.diagram.description())

    def _intro(self) -> None:
        self.stage = "intro"
        self.probes = lighttouch.plan_probes(self.protocol.light_touch, self.rng)
        self.felt = []
        self.diagram.show_foot(self.foot)
        self._set(
            self.tr("How does light touch feel today?"),
            self.tr("Ask the person to close their eyes. You will touch a few places very "
                    "lightly with one fingertip. After each one, ask: “Did you feel that?”"),
            self.tr("Begin"),
        )

    def _probe(self) -> None:
        self.stage = "probe"
        probe = self.probes[len(self.felt)]
        self.diagram.show_touch_site(self.foot, probe.site.id, pretend=not probe.real)
        count = self.tr("Touch {n} of {total}").format(n=len(self.felt) + 1, total=len(self.probes))
        if probe.real:
            text = self.tr("Touch {place} very lightly, then ask: “Did you feel that?”").format(
                place=probe.site.name)
        else:
            text = self.tr("This one is a pretend touch: hold your finger just above {place} "
                           "without touching, then ask the same question.").format(
                place=probe.site.name)
        self._set(count, text, self.tr("Felt it  ({key})").format(key=self.felt_key),
                  self.tr("Did not feel it  ({key})").format(key=self.no_key))

    def _unpleasant(self) -> None:
        self.stage = "unpleasant"
        self.diagram.show_foot(self.foot)
        self._set(
            self.tr("Does light touch feel unpleasant today?"),
            self.tr("For example burning, prickling, or simply too much."),
            self.tr("Yes, unpleasant  ({key})").format(key=self.yes_key),
            self.tr("No  ({key})").format(key=self.no_key),
        )
        # "No" first, as on every pre-check question (finding 19): a careless Enter must
        # not report the warning answer.
        self.secondary.setFocus()

    def _result(self, unpleasant: bool) -> None:
        assert self.log is not None
        self.stage = "result"
        result = lighttouch.derive(self.probes, self.felt, unpleasant)
        self.results[self.foot] = result
        self.log.record_light_touch(self.foot, result)
        last = self.foot_index == len(self.feet) - 1
        self._set(
            self.tr("Today's sensitivity: {level}").format(
                level=i18n.sensitivity_words(result.sensitivity)),
            i18n.light_touch_explanation(result),
            self.tr("Start the massage") if last else self.tr("Next: the other foot"),
            self.tr("Check this foot again"),
        )

    def _choose(self, yes: bool) -> None:
        if self.stage == "intro":
            self._probe()
        elif self.stage == "probe":
            self.felt.append(yes)
            if len(self.felt) < len(self.probes):
                self._probe()
            else:
                self._unpleasant()
        elif self.stage == "unpleasant":
            self._result(unpleasant=yes)
        elif self.stage == "result":
            if not yes:
                self._intro()
            elif self.foot_index < len(self.feet) - 1:
                self.foot_index += 1
                self._intro()
            else:
                self.finished.emit()

    def _key_choice(self, felt: bool) -> None:
        if self.stage in ("probe", "unpleasant"):
            self._choose(felt)

    def _place_buttons(self) -> None:
        """Keep the panel wide enough for both answers side by side while the drawing keeps
        a useful width, else as wide as the wider one; stack them when both do not fit.

        At large type the words then wrap to fewer lines, so the whole question and both
        answers are seen without scrolling, even at 1024x640 (issue 14)."""
        wide = max(self.primary.sizeHint().width(), self.secondary.sizeHint().width())
        margins = self.panel.layout().contentsMargins()
        sides = margins.left() + margins.right()
        both = (self.primary.sizeHint().width() + self.secondary.sizeHint().width()
                + self.buttons.spacing())
        page = self.row.contentsMargins()
        sides += self.panel.width() - self.panel.contentsRect().width()  # the card's frame
        room = (self.width() - page.left() - page.right() - self.row.spacing()
                - self.diagram.minimumWidth())
        want = both + sides
        if theme.current().scale >= 1.5:  # large type: the words' width, whatever the answers
            want = max(want, round(0.6 * (room + self.diagram.minimumWidth())))
        self.panel.setMinimumWidth(max(wide + sides, min(want, room)))
        inner = self.panel.contentsRect().width() - margins.left() - margins.right()
        direction = (QBoxLayout.Direction.LeftToRight if both <= inner
                     else QBoxLayout.Direction.TopToBottom)
        if self.buttons.direction() != direction:  # setting it again would lay out again
            self.buttons.setDirection(direction)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched in (self.panel, self) and event.type() in (  # type: ignore[attr-defined]
                QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place_buttons()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
