import random

from neurofoot_desktop.core import lighttouch, safety
from neurofoot_desktop.core.lighttouch import Sensitivity
from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.safety import Verdict


def test_open_wound_means_no_massage_and_names_it(protocol: Protocol) -> None:
    result = safety.evaluate(protocol, {"open_wound": True, "worse_pain": True})
    assert result.verdict == Verdict.NO_MASSAGE
    assert not result.may_massage
    assert result.blocking == ("open_wound",) and result.warnings == ("worse_pain",)


def test_warning_signs_need_a_doctor_until_both_confirmations(protocol: Protocol) -> None:
    answers = {"skin_change": True, "worse_numbness": True}
    result = safety.evaluate(protocol, answers)
    assert result.verdict == Verdict.SEE_DOCTOR
    assert result.warnings == ("worse_numbness", "skin_change")
    answers[safety.CONTINUE_DESPITE_WARNING] = True
    assert safety.evaluate(protocol, answers).verdict == Verdict.SEE_DOCTOR
    answers[safety.CONFIRM_NOTHING_OPEN] = True
    assert safety.evaluate(protocol, answers).verdict == Verdict.GO_GENTLY


def test_nothing_reported_is_go_and_heel_is_tracked(protocol: Protocol) -> None:
    result = safety.evaluate(protocol, {"heel_sensitive": True, "open_wound": False})
    assert result.verdict == Verdict.GO and result.heel_sensitive


def test_probes_have_one_pretend_touch_in_a_random_place(protocol: Protocol) -> None:
    orders = set()
    for seed in range(30):
        probes = lighttouch.plan_probes(protocol.light_touch, random.Random(seed))
        assert len(probes) == 4
        assert sum(not p.real for p in probes) == 1
        assert len({p.site.id for p in probes}) == 4
        orders.add(tuple(p.real for p in probes))
    assert len(orders) > 1  # the pretend touch is not always in the same position


def test_sensitivity_is_derived_from_answers(protocol: Protocol) -> None:
    probes = lighttouch.plan_probes(protocol.light_touch, random.Random(1))
    truthful = [p.real for p in probes]
    assert lighttouch.derive(probes, truthful, False).sensitivity == Sensitivity.NORMAL
    assert lighttouch.derive(probes, truthful, True).sensitivity == Sensitivity.HEIGHTENED
    missed_one = list(truthful)
    missed_one[truthful.index(True)] = False
    assert lighttouch.derive(probes, missed_one, False).sensitivity == Sensitivity.REDUCED
    guessed = [True] * 4
    result = lighttouch.derive(probes, guessed, False)
    assert result.sensitivity == Sensitivity.REDUCED and result.pretend_felt == 1
