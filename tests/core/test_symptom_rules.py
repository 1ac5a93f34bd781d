"""core.symptoms: scores, the person's own baseline, the numbers-based sign, does it help?"""

from datetime import UTC, datetime, timedelta

import pytest

from neurofoot_desktop.core import safety, symptoms
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.symptoms import SessionScores
from neurofoot_desktop.core.vocabulary import Moment, Symptom

PAIN, TINGLING, NUMB = Symptom.PAIN, Symptom.TINGLING, Symptom.NUMBNESS
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def earlier(days_ago: float, pain: int | None = None, numb: int | None = None,
            after: dict | None = None, sid: str = "") -> SessionScores:
    before = {k: v for k, v in ((PAIN, pain), (NUMB, numb)) if v is not None}
    return SessionScores(sid or f"s{days_ago}", NOW - timedelta(days=days_ago), before,
                         dict(after or {}))


@pytest.mark.parametrize("bad", [-1, 11, 7.5, "7", True, None])
def test_scores_outside_0_to_10_or_not_whole_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        symptoms.check_score(bad)


def test_baseline_needs_four_earlier_scores_within_four_weeks() -> None:
    history = [earlier(d, pain=4) for d in (1, 5, 9)] + [earlier(40, pain=4)]
    assert symptoms.baseline(history, PAIN, NOW) is None  # the one 40 days ago is too old
    history.append(earlier(20, pain=5))
    assert symptoms.baseline(history, PAIN, NOW) == (4.0, 4)


def test_i_dont_know_and_todays_session_do_not_count_in_the_baseline() -> None:
    history = [earlier(d, pain=3) for d in (1, 2, 3)]
    history.append(SessionScores("unsure", NOW - timedelta(days=4), {PAIN: None}))
    history.append(SessionScores("today", NOW - timedelta(minutes=5), {PAIN: 9}))
    assert symptoms.baseline(history, PAIN, NOW, exclude="today") is None


def test_pain_two_above_the_usual_is_a_sign_with_its_numbers() -> None:
    history = [earlier(d, pain=p, numb=2) for d, p in ((1, 4), (3, 4), (6, 3), (10, 5))]
    found = symptoms.signs({PAIN: 7, NUMB: 3}, history, NOW)
    assert [(s.symptom, s.today, s.usual, s.count) for s in found] == [(PAIN, 7, 4.0, 4)]
    assert found[0].answer_id == "pain_above_usual"
    assert symptoms.signs({PAIN: 5, NUMB: 4}, history, NOW)[0].symptom is NUMB
    assert symptoms.signs({PAIN: 5, NUMB: 3}, history, NOW) == []  # 1 above: no sign


def test_a_sign_counts_as_a_warning_sign_with_the_same_confirmations(
        protocol: Protocol) -> None:
    answers = {"pain_above_usual": True}
    result = safety.evaluate(protocol, answers)
    assert result.verdict == safety.Verdict.SEE_DOCTOR
    assert result.warnings == ("pain_above_usual",)
    answers.update({safety.CONTINUE_DESPITE_WARNING: True, safety.CONFIRM_NOTHING_OPEN: True})
    assert safety.evaluate(protocol, answers).verdict == safety.Verdict.GO_GENTLY


def test_strong_pain_holds_the_pressure() -> None:
    assert symptoms.strong_pain({PAIN: 8}) and not symptoms.strong_pain({PAIN: 7})
    assert not symptoms.strong_pain({PAIN: None}) and not symptoms.strong_pain({})
    assert symptoms.hold_level(3, last_level=2) == 2
    assert symptoms.hold_level(1, last_level=2) == 1  # the rules may still lower it
    assert symptoms.hold_level(2, last_level=None) == 2


def test_does_it_help_needs_five_pairs() -> None:
    sessions = [earlier(d, pain=6, after={PAIN: 4}) for d in range(1, 5)]
    sessions.append(earlier(9, pain=6, after={PAIN: None}))  # "I don't know" after: no pair
    assert not symptoms.effect(sessions, PAIN).enough
    assert symptoms.effect(sessions, PAIN).pairs == 4
    sessions.append(earlier(12, pain=5, after={PAIN: 4}))
    result = symptoms.effect(sessions, PAIN)
    assert result.pairs == 5 and result.mean_change == pytest.approx(-1.8)
    assert symptoms.paired_sessions(sessions) == 5


def test_weekly_trend_is_the_mean_per_monday() -> None:
    sessions = [earlier(0, pain=6), earlier(1, pain=4), earlier(7, pain=2)]  # NOW is a Friday
    assert symptoms.weekly(sessions, PAIN, Moment.BEFORE) == [
        (datetime(2026, 11, 9).date(), 2.0), (datetime(2026, 11, 16).date(), 5.0)]
