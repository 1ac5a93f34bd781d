"""The foot check's rules, without a screen (issue 19)."""

from __future__ import annotations

import pytest

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.core import safety
from neurofoot_desktop.core.safety import Verdict
from neurofoot_desktop.core.vocabulary import Foot, View


def spot(kind: fc.Kind, foot: Foot = Foot.LEFT) -> fc.Finding:
    return fc.Finding(foot, View.SOLE, 0.4, 0.6, kind)


def test_a_blister_answers_the_blocking_question_and_blocks(protocol) -> None:
    look = fc.assess([spot(fc.Kind.BLISTER)], [Foot.LEFT, Foot.RIGHT])
    assert look.blocked and look.answers["new_lesion"] is True
    result = safety.evaluate(protocol, look.answers)
    assert result.verdict is Verdict.NO_MASSAGE and result.blocking == ("new_lesion",)


def test_infection_and_open_wound_answer_their_own_questions(protocol) -> None:
    look = fc.assess([spot(fc.Kind.INFECTION), spot(fc.Kind.OPEN_WOUND, Foot.RIGHT)],
                     list(Foot))
    assert safety.evaluate(protocol, look.answers).blocking == ("open_wound", "infection")


def test_a_callus_is_a_spot_to_avoid_and_the_massage_goes_on(protocol) -> None:
    look = fc.assess([spot(fc.Kind.CALLUS)], list(Foot))
    assert not look.blocked and [f.kind for f in look.avoid] == [fc.Kind.CALLUS]
    assert safety.evaluate(protocol, look.answers).verdict is Verdict.GO


def test_all_clear_on_both_feet_answers_no_but_half_a_look_answers_nothing() -> None:
    assert fc.assess([], list(Foot)).answers == dict.fromkeys(fc.BLOCKING_ANSWERS, False)
    assert fc.assess([], [Foot.LEFT]).answers == {}


def test_a_colour_change_calls_for_the_doctor(protocol) -> None:
    look = fc.assess([spot(fc.Kind.COLOUR_CHANGE)], list(Foot))
    assert safety.evaluate(protocol, look.answers).verdict is Verdict.SEE_DOCTOR


def test_every_area_says_what_to_look_for_and_every_blocking_id_is_a_protocol_question(
        protocol) -> None:
    assert set(fc.LOOK_FOR) == set(fc.Area)
    block_ids = {q.id for q in protocol.precheck if q.effect == "block"}
    assert set(fc.BLOCKING_ANSWERS) == block_ids
    assert {q.id for q in protocol.precheck} >= set(fc.ANSWERS.values())


@pytest.mark.parametrize("bad", [dict(x=1.2), dict(view=View.SIDE), dict(note="x" * 501)])
def test_a_finding_that_cannot_be_right_is_refused(bad: dict) -> None:
    args = dict(foot=Foot.LEFT, view=View.TOP, x=0.5, y=0.5, kind=fc.Kind.CUT) | bad
    with pytest.raises(fc.FootCheckError):
        fc.Finding(**args)


def test_temperature_rule_in_celsius() -> None:
    assert fc.Reading(fc.Site.BALL, 31.0, 33.3).warning  # 2.3 > 2.2
    assert not fc.Reading(fc.Site.BALL, 31.0, 33.2).warning  # exactly 2.2 is not "more"
    r = fc.Reading(fc.Site.ARCH, 30.0, 33.0)
    assert r.warmer is Foot.RIGHT and r.difference() == pytest.approx(3.0)


def test_temperature_rule_in_fahrenheit() -> None:
    left = fc.parse_temperature("88.0", fc.Unit.FAHRENHEIT)
    right = fc.parse_temperature("92.0", fc.Unit.FAHRENHEIT)
    assert not fc.Reading(fc.Site.HEEL, left, right, fc.Unit.FAHRENHEIT).warning  # 4.0
    right = fc.parse_temperature("92,5", fc.Unit.FAHRENHEIT)
    reading = fc.Reading(fc.Site.HEEL, left, right, fc.Unit.FAHRENHEIT)
    assert reading.warning and reading.difference() == pytest.approx(4.5)
    assert reading.difference_c == pytest.approx(2.5)


@pytest.mark.parametrize("text", ["warm", "", "98.6"])
def test_a_reading_no_foot_gives_is_refused_with_one_sentence(text: str) -> None:
    with pytest.raises(fc.FootCheckError) as caught:
        fc.parse_temperature(text, fc.Unit.CELSIUS)
    assert "\n" not in str(caught.value)
