"""Drives the real main window the way the helper would: keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers.clock import FakeClock
from neurofoot_desktop.core.session import Phase
from neurofoot_desktop.ui.main_window import MainWindow


class Driver:
    """Does what the helper would do, through the widgets and keys they would use."""

    def __init__(self, win: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
        self.win, self.qtbot, self.clock = win, qtbot, clock
        # Issue 18: what to answer on the symptom screens before and after the massage
        # ({"pain": 6, "numbness": None (I don't know)}); None skips the screen.
        self.before: dict[str, int | None] | None = None
        self.after: dict[str, int | None] | None = None
        self.stay_on_symptoms = False  # leave the symptom screens to the test

    def add_person(self, name: str) -> None:
        self.win.start.name.setFocus()  # as the helper clicks into the field first
        self.win.start.name.setText(name)
        self.qtbot.keyClick(self.win.start.name, Qt.Key.Key_Return)

    def begin(self, look: bool = False) -> None:
        self.qtbot.mouseClick(self.win.start.start, Qt.MouseButton.LeftButton)
        precheck = self.win._built("precheck")
        if not look and precheck is not None and precheck.current_screen() == "look":
            # The guided foot check (issue 19) comes first; most tests answer the questions.
            self.qtbot.mouseClick(precheck.look.findChild(QPushButton, "skip_look"),
                                  Qt.MouseButton.LeftButton)

    def answer(self, answers: dict[str, bool]) -> None:
        for qid, value in answers.items():
            q = self.win.precheck.questions[qid]
            self.qtbot.mouseClick(q.yes if value else q.no, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        screen = self.win.precheck.stack.currentWidget()
        self.qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)

    def clear_precheck(self, heel: bool = False) -> None:
        p = self.win.precheck
        self.answer({q.id: False for q in p.protocol.questions_on("skin")})
        self.next()
        self.answer({q.id: False for q in p.protocol.questions_on("changes")})
        self.next()
        self.answer({"heel_sensitive": heel})
        self.next()
        self.ready()

    def ready(self) -> None:
        for box in self.win.precheck.ready_boxes.values():
            box.setChecked(True)
        self.next()
        self.symptoms_if_shown()

    def light_touch(self, truthful: bool = True, unpleasant: bool = False) -> None:
        page = self.win.light_touch
        for _foot in range(2):
            self.qtbot.keyClick(page, Qt.Key.Key_Return)  # Begin
            # The answer keys are the screen's own language's (F/N/Y, or S/N/S in Spanish).
            for probe in list(page.probes):
                felt = probe.real if truthful else True
                self.qtbot.keyClick(page, page.felt_key if felt else page.no_key)
            self.qtbot.keyClick(page, page.yes_key if unpleasant else page.no_key)
            self.qtbot.keyClick(page, Qt.Key.Key_Return)  # next foot / start massage

    def run_step(self, seconds: float | None = None) -> None:
        """Space to start, let the (fake) time pass, let the screen tick."""
        player = self.win.player
        session = player.session
        assert session is not None and session.phase == Phase.READY
        self.qtbot.keyClick(player, Qt.Key.Key_Space)
        total = session.current.duration_s if seconds is None else seconds
        step = 1.0
        passed = 0.0
        while passed < total and session.phase == Phase.RUNNING:
            self.clock.advance(step)
            passed += step
            player.tick()

    def rate(self, comfort: int) -> None:
        card = self.win.rating
        for digit in str(comfort):
            card.type_digit(int(digit), now=self.clock.monotonic())
        self.qtbot.keyClick(card, Qt.Key.Key_Return)
        self.symptoms_if_shown()

    def symptoms_if_shown(self) -> None:
        """On a symptom screen: the scores of self.before / self.after, typed as the helper
        would (a row, its digits, Enter), or Skip."""
        page = self.win._built("symptoms")
        if page is None or self.win.current_page() is not page or self.stay_on_symptoms:
            return
        from neurofoot_desktop.core.vocabulary import Moment

        scores = self.before if page.moment is Moment.BEFORE else self.after
        if scores is None:
            self.qtbot.mouseClick(page.skip, Qt.MouseButton.LeftButton)
            return
        for symptom, value in scores.items():
            row = page.rows[symptom]
            if value is None:
                self.qtbot.mouseClick(row.unknown, Qt.MouseButton.LeftButton)
                continue
            row.setFocus()
            for digit in str(value):
                page.type_digit(row, int(digit), now=self.clock.monotonic())
        self.qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
