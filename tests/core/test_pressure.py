"""recommend(): what a person sees, case by case (the rules' properties are in
test_pressure_properties.py, the simulated population in test_pressure_simulation.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from neurofoot_desktop.core.pressure import (
    Rating,
    Reason,
    Recommendation,
    ask_direction_first,
    recommend,
)
from neurofoot_desktop.core.pressure.reasons import english

T0 = datetime(2025, 3, 3, 10, tzinfo=UTC)


def log(*rows: tuple, step: str = "effleurage", foot: str = "left",
        start: datetime = T0) -> list[Rating]:
    """One rating a day: rows of (level, comfort[, feel[, sensitivity]])."""
    out = []
    for day, row in enumerate(rows):
        level, comfort, *rest = row
        feel = rest[0] if rest else None
        sens = rest[1] if len(rest) > 1 else "normal"
        out.append(Rating(f"s{day}", start + timedelta(days=day), step, foot, level, comfort,
                          feel, sens))
    return out


def test_a_first_massage_starts_gently() -> None:
    rec = recommend([], "effleurage", "left")
    assert rec == Recommendation(2, Reason.FIRST_STEP)


def test_first_sole_kneading_on_a_sensitive_heel_starts_with_the_lightest_touch() -> None:
    rec = recommend([], "sole_kneading", "right", heel_sensitive=True)
    assert english(rec.reason) == "A light start, because the heel is sensitive today."
    assert rec.level == 1
    rec = recommend([], "sole_kneading", "right", "heightened", heel_sensitive=True)
    assert rec.level == 1
    assert english(rec.reason) == "A light start, because light touch feels unpleasant today."
    # the heel answer is about sole kneading only, and only when it is given
    assert recommend([], "effleurage", "right", heel_sensitive=True).level == 2
    assert recommend([], "sole_kneading", "right").level == 2


def test_a_hurt_lowers_the_level_and_says_so() -> None:
    history = log((3, 9, "just_right"), (3, 9, "just_right"), (3, 0, "too_firm"))
    rec = recommend(history, "effleurage", "left")
    assert rec.level <= 2
    assert rec.reason in (Reason.ONE_LIGHTER_HURT, Reason.LIGHTER_HURT)


def test_a_hurt_at_the_lightest_level_stays_there_kindly() -> None:
    rec = recommend(log((1, 0, "too_firm")), "effleurage", "left")
    assert rec == Recommendation(1, Reason.LIGHTEST_HURT)


def test_uncomfortable_lowers_by_at_least_one() -> None:
    rec = recommend(log((2, 9), (3, 4)), "effleurage", "left")
    assert rec.level <= 2
    assert english(rec.reason).endswith("because it was uncomfortable last time.")


def test_too_light_with_good_comfort_goes_one_step_firmer() -> None:
    history = log((2, 8, "too_light"), (2, 8, "too_light"))
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(3, Reason.FIRMER_TOO_LIGHT)


def test_too_firm_goes_lighter() -> None:
    history = log((3, 7, "too_firm"), (3, 7, "too_firm"))
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(2, Reason.ONE_LIGHTER_TOO_FIRM)


def test_good_and_just_right_stays() -> None:
    history = log(*[(3, 9, "just_right")] * 5)
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(3, Reason.SAME_FELT_GOOD)


def test_a_heightened_day_lowers_a_level_between_two() -> None:
    history = log(*[(2, 9, "just_right"), (3, 9, "just_right")] * 3)  # best about 2.5
    assert recommend(history, "effleurage", "left").level == 3
    rec = recommend(history, "effleurage", "left", "heightened")
    assert rec == Recommendation(2, Reason.ONE_LIGHTER_TENDER_DAY)


def test_a_heightened_day_keeps_a_level_well_inside_the_comfort_range() -> None:
    history = log(*[(2, 8, "too_light"), (3, 9, "just_right"), (4, 7, "too_firm")] * 2,
                  (3, 9, "just_right"))
    rec = recommend(history, "effleurage", "left", "heightened")
    assert rec == Recommendation(3, Reason.SAME_TENDER_DAY)


def test_a_reduced_day_does_not_push() -> None:
    history = log((2, 9, "too_light"), (2, 9, "too_light"))
    rec = recommend(history, "effleurage", "left", "reduced")
    assert rec.level == 2
    assert "less feeling" in english(rec.reason)


def test_the_other_foot_teaches_a_first_time_a_softer_start() -> None:
    history = log((2, 5, "too_firm"), (1, 9, "just_right"), (1, 9, "just_right"))
    rec = recommend(history, "effleurage", "right")
    assert rec == Recommendation(1, Reason.LIGHT_START_OTHER_FOOT)


def test_first_time_on_the_second_foot_says_so() -> None:
    rec = recommend(log((2, 9, "just_right")), "effleurage", "right")
    assert rec == Recommendation(2, Reason.FIRST_FOOT)


def test_other_steps_teach_a_new_step() -> None:
    # everything firm felt too firm: toe rolling, never done, should not start at 2
    history = []
    for k, step in enumerate(("effleurage", "sole_kneading", "ankle_rotation")):
        history += log((2, 6, "too_firm"), (1, 9, "just_right"), (1, 9, "just_right"),
                       step=step, start=T0 + timedelta(minutes=5 * k))
    rec = recommend(history, "toe_rolling", "left")
    assert rec == Recommendation(1, Reason.LIGHT_START_SO_FAR)


def test_closing_strokes_start_feather_light() -> None:
    rec = recommend([], "closing_strokes", "left")
    assert rec == Recommendation(1, Reason.LIGHT_START_STEP)


def test_learns_a_firm_preference_from_the_slider_alone() -> None:
    # 2 is rated fair, 3 better, 4 best: the slider alone should lead to 4
    history = log((2, 7), (3, 8), (4, 9), (4, 10), (4, 9), (4, 9))
    assert recommend(history, "effleurage", "left").level == 4


def test_recent_ratings_outweigh_old_ones() -> None:
    old = log(*[(2, 9, "just_right")] * 30)
    recent = log(*[(3, 9, "just_right")] * 10, start=T0 + timedelta(days=400))
    assert recommend(old + recent, "effleurage", "left").level == 3


def test_history_in_any_order_is_read_by_time() -> None:
    history = log((2, 9, "too_light"), (3, 3, "too_firm"))  # the last one was uncomfortable
    assert recommend(list(reversed(history)), "effleurage", "left").level <= 2


def test_mixed_naive_and_aware_times_do_not_crash() -> None:
    naive = Rating("s", datetime(2025, 1, 1, 9), "effleurage", "left", 3, 3, "too_firm")
    aware = Rating("s", T0, "effleurage", "left", 2, 9)
    assert recommend([aware, naive], "effleurage", "left").level <= 2


def test_ten_years_of_history_is_fine() -> None:
    history = log(*[(2 + d % 2, 8 + d % 3, "just_right") for d in range(3650)])
    assert 1 <= recommend(history, "effleurage", "left").level <= 3


def test_an_unknown_sensitivity_is_refused() -> None:
    with pytest.raises(ValueError, match="sensitivity"):
        recommend([], "effleurage", "left", "heightend")


def test_importing_the_api_does_not_load_numpy() -> None:
    code = ("import sys, neurofoot_desktop.core.pressure\n"
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# -- issue 17: "too light" resolves the direction; the heel answer; robustness ---------------
def test_too_light_after_a_low_comfort_stays_instead_of_going_lighter() -> None:
    rec = recommend(log((2, 9, "just_right"), (1, 4, "too_light")), "effleurage", "left")
    assert rec == Recommendation(1, Reason.SAME_TOO_LIGHT_LOW)
    assert english(rec.reason) == (
        "The same as last time, as it felt too light rather than too firm.")
    # without the answer, the same comfort still lowers the level
    assert recommend(log((2, 9), (2, 4)), "effleurage", "left").level == 1


def test_too_light_after_a_middling_comfort_may_go_one_up_on_a_normal_day_only() -> None:
    history = log((1, 6, "too_light"), (1, 5, "too_light"), (1, 6, "too_light"))
    assert recommend(history, "effleurage", "left") == Recommendation(2, Reason.FIRMER_TOO_LIGHT)
    assert recommend(history, "effleurage", "left", "heightened").level == 1
    assert recommend(history, "effleurage", "left", "reduced").level == 1
    assert recommend(log((1, 6), (1, 6), (1, 6)), "effleurage", "left").level == 1


def test_sole_kneading_never_rises_on_a_sensitive_heel_day_and_says_why() -> None:
    history = log((2, 9, "too_light"), (2, 9, "too_light"), step="sole_kneading")
    assert recommend(history, "sole_kneading", "left").level == 3
    rec = recommend(history, "sole_kneading", "left", heel_sensitive=True)
    assert rec == Recommendation(2, Reason.SAME_HEEL)
    assert "heel is sensitive" in english(rec.reason)
    # the other steps are not held back by the heel
    other = log((2, 9, "too_light"), (2, 9, "too_light"))
    assert recommend(other, "effleurage", "left", heel_sensitive=True).level == 3


def test_naive_times_are_read_as_utc() -> None:
    aware = Rating("s1", T0, "effleurage", "left", 2, 9, "too_light")
    naive_later = Rating("s2", (T0 + timedelta(hours=1)).replace(tzinfo=None), "effleurage",
                         "left", 3, 3, "too_firm")
    for history in ([aware, naive_later], [naive_later, aware]):
        assert recommend(history, "effleurage", "left").level <= 2  # the 3 at 3 is the latest


def test_ratings_without_a_valid_comfort_are_skipped() -> None:
    good = log((2, 9, "too_light"), (2, 9, "too_light"))
    broken = [Rating("x", T0 + timedelta(days=5), "effleurage", "left", 4, c)  # type: ignore[arg-type]
              for c in (None, float("nan"), "7")]
    assert recommend(good + broken, "effleurage", "left") == recommend(good, "effleurage", "left")


def test_ties_in_time_keep_the_order_storage_gave() -> None:
    first = Rating("s", T0, "effleurage", "left", 3, 9, "just_right")
    second = Rating("s", T0, "effleurage", "left", 3, 3, "too_firm")
    assert recommend([first, second], "effleurage", "left").reason == (
        Reason.ONE_LIGHTER_UNCOMFORTABLE)
    # the same two the other way round: the latest was comfortable, so no rule forces it
    assert recommend([second, first], "effleurage", "left").reason != (
        Reason.ONE_LIGHTER_UNCOMFORTABLE)


def test_the_direction_question_comes_first_after_three_middling_sessions() -> None:
    assert not ask_direction_first(log((2, 6), (2, 5)), "effleurage", "left")
    assert ask_direction_first(log((2, 6), (2, 5), (2, 6)), "effleurage", "left")
    assert not ask_direction_first(log((2, 6), (2, 8), (2, 5), (2, 6)), "effleurage", "left")
    assert not ask_direction_first(log((2, 6), (2, 5), (2, 6)), "effleurage", "right")
    assert not ask_direction_first(log((2, 6), (2, 5), (2, 4)), "effleurage", "left")
