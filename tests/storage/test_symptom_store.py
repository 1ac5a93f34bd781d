"""Symptom scores in the log: each one committed the moment it is given (issue 18)."""

import sqlite3
from datetime import timedelta

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import symptoms as symptom_store

PAIN, NUMB = Symptom.PAIN, Symptom.NUMBNESS


def test_each_score_is_committed_at_once_and_i_dont_know_is_not_zero(
        store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    symptom_store.record(store, sid, Moment.BEFORE, PAIN, 6, clock.now())
    symptom_store.record(store, sid, Moment.BEFORE, NUMB, None, clock.now())  # I don't know
    symptom_store.record(store, sid, Moment.BEFORE, PAIN, 5, clock.now())  # changed mind
    other = sqlite3.connect(store.path)
    assert sorted(other.execute("SELECT symptom, score FROM symptom_scores").fetchall()) == [
        ("numbness", None), ("pain", 5)]
    assert symptom_store.for_sessions(store, [sid]) == {sid: {Moment.BEFORE: {PAIN: 5,
                                                                             NUMB: None}}}
    symptom_store.forget(store, sid, Moment.BEFORE, NUMB)
    assert symptom_store.for_sessions(store, [sid])[sid][Moment.BEFORE] == {PAIN: 5}


@pytest.mark.parametrize("bad", [11, -1, 7.5, True])
def test_a_bad_score_is_refused_and_nothing_is_kept(store: Store, clock: FakeClock,
                                                    bad: object) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    with pytest.raises(ValueError, match="0 to 10"):
        symptom_store.record(store, sid, Moment.AFTER, PAIN, bad, clock.now())  # type: ignore
    with pytest.raises(StorageError), store.transaction() as c:  # the table refuses it too
        c.execute("INSERT INTO symptom_scores VALUES (?, 'after', 'pain', 11, 'x')", (sid,))
    assert symptom_store.for_sessions(store, [sid]) == {}


def test_of_profile_marks_sessions_stopped_for_pain(store: Store, clock: FakeClock) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    symptom_store.record(store, sid, Moment.BEFORE, PAIN, 4, clock.now())
    store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 20, 2,
                                           Outcome.HURT, None, None, ""), clock.now())
    [found] = symptom_store.of_profile(store, ana.id)
    assert found.before == {PAIN: 4} and found.after == {} and found.stopped_for_pain


def earlier_sessions(store: Store, clock: FakeClock, pid: int, pains: list[int]) -> None:
    for pain in pains:
        sid = store.start_session(pid, clock.now())
        symptom_store.record(store, sid, Moment.BEFORE, PAIN, pain, clock.now())
        clock.advance(timedelta(days=2).total_seconds())


def test_session_log_finds_the_numbers_sign_and_records_it_as_a_warning(
        store: Store, clock: FakeClock, protocol: Protocol) -> None:
    ana = store.add_profile("Ana", clock.now())
    earlier_sessions(store, clock, ana.id, [4, 4, 3, 5])
    log = SessionLog(store, protocol, clock, ana.id)
    log.score(Moment.BEFORE, PAIN, 7)
    [sign] = log.symptom_signs()
    assert (sign.today, sign.usual, sign.count) == (7, 4.0, 4)
    result = log.record_signs([sign])
    assert result.warnings == ("pain_above_usual",) and not result.may_massage
    assert log.record().warnings == ["pain_above_usual"]


def test_three_earlier_scores_are_not_enough_for_a_sign(
        store: Store, clock: FakeClock, protocol: Protocol) -> None:
    ana = store.add_profile("Ana", clock.now())
    earlier_sessions(store, clock, ana.id, [2, 2, 2])
    log = SessionLog(store, protocol, clock, ana.id)
    log.score(Moment.BEFORE, PAIN, 9)
    assert log.symptom_signs() == [] and log.strong_pain


def test_strong_pain_today_keeps_the_pressure_from_rising(
        store: Store, clock: FakeClock, protocol: Protocol) -> None:
    ana = store.add_profile("Ana", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                           Outcome.RATED, 10, "too_light", ""), clock.now())
    store.end_session(sid, "completed", clock.now())
    clock.advance(86400)
    log = SessionLog(store, protocol, clock, ana.id)
    assert log.recommend("effleurage", "left").level == 3  # a good day: one firmer
    log.score(Moment.BEFORE, PAIN, 8)
    held = log.recommend("effleurage", "left")
    assert held.level == 2 and held.reason == "same_tender_day"
