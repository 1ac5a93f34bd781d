"""The hard rules of recommend(), as hypothesis properties over random histories.

Each rule is checked against an oracle written here from the words of issues 4 and 17
("too light" resolves the direction; the heel answer), not from the engine's code.
Example counts come from a settings profile:
NEUROFOOT_HYPOTHESIS=thorough raises them (1000 per property) for a deeper run.
"""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neurofoot_desktop.core.pressure import (
    FEELS,
    MAX_LEVEL,
    MIN_LEVEL,
    SENSITIVITIES,
    Rating,
    Reason,
    recommend,
)
from neurofoot_desktop.core.pressure.reasons import english

settings.register_profile(
    "pressure-quick", max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "pressure-thorough", max_examples=1000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile(
    "pressure-thorough" if os.environ.get("NEUROFOOT_HYPOTHESIS") == "thorough"
    else "pressure-quick")

STEPS = ("effleurage", "sole_kneading", "closing_strokes")  # few, so slots repeat often
FEET = ("left", "right")
T0 = datetime(2025, 3, 1, 9, tzinfo=UTC)

answers = st.tuples(
    st.sampled_from(STEPS), st.sampled_from(FEET), st.integers(1, 4), st.integers(0, 10),
    st.sampled_from((*FEELS, None)), st.sampled_from(SENSITIVITIES),
    st.integers(0, 3),  # minutes after the previous rating: 0 makes ties in time
)


@st.composite
def histories(draw: st.DrawFn, max_size: int = 40) -> list[Rating]:
    """Oldest first, as storage returns them; some ratings share a timestamp."""
    rows = draw(st.lists(answers, max_size=max_size))
    out, when = [], T0
    for k, (step, foot, level, comfort, feel, sens, gap) in enumerate(rows):
        when += timedelta(minutes=gap)
        out.append(Rating(f"s{k // 10}", when, step, foot, level, comfort, feel, sens))
    return out


targets = st.tuples(st.sampled_from(STEPS), st.sampled_from(FEET),
                    st.sampled_from(SENSITIVITIES), st.booleans())


def last_rating(history: list[Rating], step: str, foot: str) -> Rating | None:
    same = [r for r in history if r.step_id == step and r.foot == foot]
    return same[-1] if same else None


@PROFILE
@given(histories(), targets)
def test_level_is_always_1_to_4_with_a_sentence(history: list[Rating], target: tuple) -> None:
    rec = recommend(history, *target[:3], heel_sensitive=target[3])
    assert MIN_LEVEL <= rec.level <= MAX_LEVEL == 4
    assert isinstance(rec.level, int)
    assert isinstance(rec.reason, Reason)
    text = english(rec.reason)
    assert text[0].isupper() and text.endswith(".")
    assert "\n" not in text and ". " not in text  # one sentence
    assert len(text) <= 90


@PROFILE
@given(histories(), targets)
def test_first_time_for_a_step_and_foot_is_level_2_or_lower(
    history: list[Rating], target: tuple
) -> None:
    step, foot, sens, heel = target
    history = [r for r in history if not (r.step_id == step and r.foot == foot)]
    level = recommend(history, step, foot, sens, heel_sensitive=heel).level
    assert level <= 2
    if heel and step == "sole_kneading":
        assert level == 1


@PROFILE
@given(histories(), targets, st.integers(0, 4), st.integers(1, 4),
       st.sampled_from(("just_right", "too_firm", None)))
def test_after_comfort_4_or_less_the_level_is_lower(
    history: list[Rating], target: tuple, comfort: int, used: int, feel: str | None
) -> None:
    step, foot, sens, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, feel, "normal")]
    level = recommend(history, step, foot, sens, heel_sensitive=heel).level
    assert level < used or level == used == 1


@PROFILE
@given(histories(), targets, st.integers(0, 4), st.integers(1, 4))
def test_after_comfort_4_or_less_but_too_light_the_level_is_not_higher(
    history: list[Rating], target: tuple, comfort: int, used: int
) -> None:
    step, foot, sens, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, "too_light")]
    assert recommend(history, step, foot, sens, heel_sensitive=heel).level <= used


@PROFILE
@given(histories(), targets)
def test_each_rule_against_the_last_rating(history: list[Rating], target: tuple) -> None:
    step, foot, sens, heel = target
    level = recommend(history, step, foot, sens, heel_sensitive=heel).level
    last = last_rating(history, step, foot)
    heel_day = heel and step == "sole_kneading"
    if last is None:
        assert level <= (1 if heel_day else 2)
        return
    too_light = last.feel == "too_light"
    if last.comfort <= 4:
        if too_light:
            assert level <= last.pressure
        else:
            assert level < last.pressure or level == last.pressure == 1
    if (last.comfort in (5, 6) and not too_light) or last.feel == "too_firm":
        assert level <= last.pressure
    assert level <= last.pressure + 1
    if sens in ("heightened", "reduced") or heel_day:
        assert level <= last.pressure


@PROFILE
@given(histories(), targets, st.sampled_from((5, 6)), st.sampled_from((*FEELS, None)),
       st.integers(1, 4))
def test_after_comfort_5_or_6_no_increase_unless_too_light(
    history: list[Rating], target: tuple, comfort: int, feel: str | None, used: int
) -> None:
    step, foot, sens, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, feel, "normal")]
    level = recommend(history, step, foot, sens, heel_sensitive=heel).level
    if feel == "too_light" and sens == "normal" and not (heel and step == "sole_kneading"):
        assert level <= used + 1
    else:
        assert level <= used


@PROFILE
@given(histories(), targets, st.integers(5, 10), st.integers(1, 4))
def test_after_too_firm_no_increase(
    history: list[Rating], target: tuple, comfort: int, used: int
) -> None:
    step, foot, sens, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, "too_firm")]
    assert recommend(history, step, foot, sens, heel_sensitive=heel).level <= used


@PROFILE
@given(histories(), targets, st.integers(7, 10), st.sampled_from(("too_light", None)),
       st.integers(1, 4))
def test_never_more_than_one_level_up(
    history: list[Rating], target: tuple, comfort: int, feel: str | None, used: int
) -> None:
    step, foot, _, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, feel)]
    assert recommend(history, step, foot, "normal", heel_sensitive=heel).level <= used + 1


@PROFILE
@given(histories(), targets, st.sampled_from(("heightened", "reduced")),
       st.integers(7, 10), st.integers(1, 4))
def test_no_increase_on_a_heightened_or_reduced_day(
    history: list[Rating], target: tuple, today: str, comfort: int, used: int
) -> None:
    step, foot, _, heel = target
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, step, foot, used, comfort, "too_light")]
    assert recommend(history, step, foot, today, heel_sensitive=heel).level <= used


@PROFILE
@given(histories(), targets, st.integers(0, 10), st.sampled_from((*FEELS, None)),
       st.integers(1, 4))
def test_sole_kneading_never_rises_on_a_sensitive_heel_day(
    history: list[Rating], target: tuple, comfort: int, feel: str | None, used: int
) -> None:
    foot, sens = target[1], target[2]
    when = (history[-1].when if history else T0) + timedelta(minutes=3)
    history = [*history, Rating("last", when, "sole_kneading", foot, used, comfort, feel)]
    rec = recommend(history, "sole_kneading", foot, sens, heel_sensitive=True)
    assert rec.level <= used


@PROFILE
@given(histories(), targets)
def test_pure_and_deterministic(history: list[Rating], target: tuple) -> None:
    before = list(history)
    first = recommend(history, *target[:3], heel_sensitive=target[3])
    assert recommend(history, *target[:3], heel_sensitive=target[3]) == first
    assert recommend(tuple(history), *target[:3], heel_sensitive=target[3]) == first
    assert history == before  # the history is not changed


@PROFILE
@given(histories(), targets, st.randoms(use_true_random=False))
def test_order_of_the_input_does_not_matter_when_times_differ(
    history: list[Rating], target: tuple, rnd: random.Random
) -> None:
    # distinct times: the order by time is then unique, whatever order we are given
    history = [Rating(r.session_id, T0 + timedelta(minutes=i), r.step_id, r.foot, r.pressure,
                      r.comfort, r.feel, r.sensitivity) for i, r in enumerate(history)]
    shuffled = list(history)
    rnd.shuffle(shuffled)
    assert recommend(shuffled, *target[:3]) == recommend(history, *target[:3])


@PROFILE
@given(st.lists(st.tuples(st.sampled_from(STEPS), st.sampled_from(FEET), st.integers(-3, 9),
                          st.one_of(st.integers(-5, 15), st.none(), st.just(float("nan"))),
                          st.sampled_from((*FEELS, None, "odd")),
                          st.sampled_from((*SENSITIVITIES, "", "unknown"))), max_size=20),
       targets)
def test_out_of_range_values_in_the_log_do_not_break_it(rows: list[tuple], target: tuple) -> None:
    history = [Rating("s", T0 + timedelta(minutes=i), *row) for i, row in enumerate(rows)]
    assert MIN_LEVEL <= recommend(history, *target[:3]).level <= MAX_LEVEL


@PROFILE
@given(histories(), targets)
def test_the_reason_matches_the_change(history: list[Rating], target: tuple) -> None:
    step, foot, sens, heel = target
    rec = recommend(history, step, foot, sens, heel_sensitive=heel)
    text = english(rec.reason)
    last = last_rating(history, step, foot)
    if last is None:
        assert text.startswith("A ") and " start" in text
    elif rec.level > last.pressure:
        assert text.startswith("One step firmer")
    elif rec.level < last.pressure:
        assert text.startswith(("One step lighter", "Lighter"))
    else:
        assert text.startswith(("The same as last time", "Staying with the lightest"))
