"""The session state machine, driven through a whole routine with a fake clock."""

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.pressure import Recommendation
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import (
    ALTERNATING,
    Cue,
    Outcome,
    Phase,
    Session,
    SessionError,
    plan_slots,
)


def fixed(level: int = 2):
    return lambda step_id, foot: Recommendation(level, "test")


def make(protocol: Protocol, clock: FakeClock, **kw) -> Session:
    return Session(plan_slots(protocol, **kw), clock, fixed())


def test_whole_session_runs_foot_by_foot_to_the_summary(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin()
    seen = []
    while session.phase != Phase.SUMMARY:
        assert session.phase == Phase.READY
        seen.append((session.current.step.id, session.current.foot))
        assert session.start() == [Cue.STARTED]
        cues = []
        while session.phase == Phase.RUNNING:
            clock.advance(1.0)
            cues += session.tick()
        assert Cue.HALFWAY in cues and Cue.TEN_SECONDS in cues and cues[-1] == Cue.FINISHED
        session.rate(8, "just_right")
    assert [f for _, f in seen] == ["left"] * 5 + ["right"] * 5
    assert len(session.results) == 10
    assert all(r.actual_s == r.planned_s for r in session.results.values())
    assert session.session_remaining() == 0


def test_alternating_order_and_first_foot(protocol: Protocol, clock: FakeClock):
    slots = plan_slots(protocol, order=ALTERNATING, first_foot="right")
    assert [(s.step.id, s.foot) for s in slots[:3]] == [
        ("effleurage", "right"), ("effleurage", "left"), ("sole_kneading", "right"),
    ]


def test_pause_and_resume_keep_remaining_time_exact(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin()
    session.start()
    clock.advance(61.25)
    session.pause()
    assert session.remaining() == pytest.approx(180 - 61.25)
    clock.advance(500)  # a long pause does not eat step time
    assert session.remaining() == pytest.approx(180 - 61.25)
    session.toggle()
    clock.advance(18.75)
    assert session.remaining() == pytest.approx(100.0)
    assert session.session_remaining() == pytest.approx(100.0 + 1200 - 180)


def test_remaining_time_comes_from_the_clock_not_from_ticks(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin()
    session.start()
    clock.advance(179.0)  # no tick at all in between
    assert session.remaining() == pytest.approx(1.0)
    clock.advance(5.0)
    assert session.tick() == [Cue.HALFWAY, Cue.TEN_SECONDS, Cue.FINISHED]
    assert session.phase == Phase.RATING


def test_reminders_come_periodically_during_sole_kneading(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin(done=[("effleurage", "left")])
    assert session.current.step.id == "sole_kneading"
    session.start()
    reminders = 0
    for _ in range(150):
        clock.advance(1.0)
        reminders += session.tick().count(Cue.REMINDER)
    assert reminders == 3  # every 40 s over 150 s
    assert session.reminder_text == "Ask how the pressure feels."


def test_skip_repeat_back_and_hurt(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin()
    skipped = session.skip()
    assert skipped.outcome == Outcome.SKIPPED and skipped.comfort is None
    session.start()
    clock.advance(30)
    session.repeat()
    assert session.phase == Phase.READY and session.remaining() == 150
    session.back()
    assert session.current.step.id == "effleurage"
    session.start()
    clock.advance(12)
    hurt = session.hurts("sharp")
    assert (hurt.outcome, hurt.comfort, hurt.feel, hurt.note) == (
        Outcome.HURT, 0, "too_firm", "sharp")
    assert hurt.actual_s == pytest.approx(12)
    assert session.current.step.id == "sole_kneading"
    session.stop()
    assert session.phase == Phase.STOPPED


def test_blocked_session_and_illegal_actions(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    with pytest.raises(SessionError):
        session.start()
    session.block("open wound")
    assert session.phase == Phase.BLOCKED
    with pytest.raises(SessionError):
        session.begin()


def test_rating_validates_values(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    session.begin()
    session.start()
    session.finish_now()
    with pytest.raises(ValueError):
        session.rate(11)
    with pytest.raises(ValueError):
        session.rate(5, "too_hard")
    result = session.rate(5, None, "  ok  ")
    assert result.note == "ok"


def test_resume_starts_at_first_step_not_done(protocol: Protocol, clock: FakeClock):
    session = make(protocol, clock)
    done = [(s.id, "left") for s in protocol.steps]
    session.begin(done=done)
    assert (session.current.step.id, session.current.foot) == ("effleurage", "right")
