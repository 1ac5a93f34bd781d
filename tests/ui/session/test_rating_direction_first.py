"""Issue 17: the heel answer reaches recommend(), and after three so-so sessions of a step
the rating card asks "too light / just right / too firm?" first."""

from __future__ import annotations

from helpers.clock import FakeClock
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.core.vocabulary import Feel
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui.session.rating import RatingCard


def past_session(store: Store, clock: FakeClock, pid: int, step: str, level: int, comfort: int,
                 feel: str | None = None) -> None:
    sid = store.start_session(pid, clock.now())
    store.save_step_result(sid, StepResult(step, "left", clock.now(), 180, 180, level,
                                           Outcome.RATED, comfort, feel, ""), clock.now())
    store.end_session(sid, "completed", clock.now())
    clock.advance(86400)


def test_a_sensitive_heel_keeps_sole_kneading_from_rising(
        store: Store, clock: FakeClock, protocol: Protocol) -> None:
    ana = store.add_profile("Ana", clock.now())
    for _ in range(2):
        past_session(store, clock, ana.id, "sole_kneading", 2, 9, Feel.TOO_LIGHT)
    log = SessionLog(store, protocol, clock, ana.id)
    assert log.recommend("sole_kneading", "left").level == 3
    log.answer("heel_sensitive", True)
    rec = log.recommend("sole_kneading", "left")
    assert rec.level == 2 and rec.reason == "same_heel"


def test_the_session_log_says_when_to_ask_the_direction_first(
        store: Store, clock: FakeClock, protocol: Protocol) -> None:
    ana = store.add_profile("Ana", clock.now())
    for comfort in (6, 5):
        past_session(store, clock, ana.id, "effleurage", 2, comfort)
    log = SessionLog(store, protocol, clock, ana.id)
    assert not log.ask_direction_first("effleurage", "left")
    past_session(store, clock, ana.id, "effleurage", 2, 6)
    assert log.ask_direction_first("effleurage", "left")
    assert not log.ask_direction_first("toe_rolling", "left")


def test_the_card_puts_the_direction_question_first_and_back(qtbot: QtBot) -> None:
    card = RatingCard()
    qtbot.addWidget(card)
    card.show()
    layout = card.feel_box.parentWidget().layout()
    card.begin("Effleurage · left foot", direction_first=True)
    assert layout.indexOf(card.feel_box) == layout.indexOf(card.question) + 1
    assert card.feel_question.text().startswith("This step has been only so-so lately.")
    assert card.focusWidget() is card.feel_buttons[Feel.TOO_LIGHT]
    card.choose(8)  # a good number does not take the question away
    assert card.feel_question.text().startswith("This step has been only so-so lately.")
    card.begin("Toe rolling · left foot")
    assert layout.indexOf(card.feel_box) > layout.indexOf(card.question) + 1
    assert card.feel_question.text() == "The pressure was (optional):"
