"""recommend(): what a person sees, case by case (the rules' properties are in
test_pressure_properties.py, the simulated population in test_pressure_simulation.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from neurofoot_desktop.core.pressure import Rating, Recommendation, recommend

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
    assert rec == Recommendation(2, "A gentle start, as this is the first time for this step.")


def test_first_time_on_a_heightened_day_starts_lighter() -> None:
    rec = recommend([], "sole_kneading", "right", "heightened")
    assert rec.level == 1
    assert rec.reason == "A light start, because light touch feels unpleasant today."


def test_a_hurt_lowers_the_level_and_says_so() -> None:
    history = log((3, 9, "just_right"), (3, 9, "just_right"), (3, 0, "too_firm"))
    rec = recommend(history, "effleurage", "left")
    assert rec.level <= 2
    assert "hurt" in rec.reason and rec.reason.startswith(("One step lighter", "Lighter"))


def test_a_hurt_at_the_lightest_level_stays_there_kindly() -> None:
    rec = recommend(log((1, 0, "too_firm")), "effleurage", "left")
    assert rec == Recommendation(1, "Staying with the lightest touch, because it hurt last time.")


def test_uncomfortable_lowers_by_at_least_one() -> None:
    rec = recommend(log((2, 9), (3, 4)), "effleurage", "left")
    assert rec.level <= 2
    assert rec.reason.endswith("because it was uncomfortable last time.")


def test_too_light_with_good_comfort_goes_one_step_firmer() -> None:
    history = log((2, 8, "too_light"), (2, 8, "too_light"))
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(3, "One step firmer, because it felt too light.")


def test_too_firm_goes_lighter() -> None:
    history = log((3, 7, "too_firm"), (3, 7, "too_firm"))
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(2, "One step lighter than last time, because it felt too firm.")


def test_good_and_just_right_stays() -> None:
    history = log(*[(3, 9, "just_right")] * 5)
    rec = recommend(history, "effleurage", "left")
    assert rec == Recommendation(3, "The same as last time, because it felt good.")


def test_a_heightened_day_lowers_a_level_between_two() -> None:
    history = log(*[(2, 9, "just_right"), (3, 9, "just_right")] * 3)  # best about 2.5
    assert recommend(history, "effleurage", "left").level == 3
    rec = recommend(history, "effleurage", "left", "heightened")
    assert rec == Recommendation(2, "One step lighter today, because light touch feels unpleasant.")


def test_a_heightened_day_keeps_a_level_well_inside_the_comfort_range() -> None:
    history = log(*[(2, 8, "too_light"), (3, 9, "just_right"), (4, 7, "too_firm")] * 2,
                  (3, 9, "just_right"))
    rec = recommend(history, "effleurage", "left", "heightened")
    assert rec == Recommendation(
        3, "The same as last time, as it should still feel gentle on a tender day.")


def test_a_reduced_day_does_not_push() -> None:
    history = log((2, 9, "too_light"), (2, 9, "too_light"))
    rec = recommend(history, "effleurage", "left", "reduced")
    assert rec.level == 2
    assert "less feeling" in rec.reason


def test_the_other_foot_teaches_a_first_time_a_softer_start() -> None:
    history = log((2, 5, "too_firm"), (1, 9, "just_right"), (1, 9, "just_right"))
    rec = recommend(history, "effleurage", "right")
    assert rec == Recommendation(1, "A light start, because a softer touch suited the other foot.")


def test_first_time_on_the_second_foot_says_so() -> None:
    rec = recommend(log((2, 9, "just_right")), "effleurage", "right")
    assert rec == Recommendation(2, "A gentle start, as this is the first time on this foot.")


def test_other_steps_teach_a_new_step() -> None:
    # everything firm felt too firm: toe rolling, never done, should not start at 2
    history = []
    for k, step in enumerate(("effleurage", "sole_kneading", "ankle_rotation")):
        history += log((2, 6, "too_firm"), (1, 9, "just_right"), (1, 9, "just_right"),
                       step=step, start=T0 + timedelta(minutes=5 * k))
    rec = recommend(history, "toe_rolling", "left")
    assert rec == Recommendation(1, "A light start, as a softer touch has suited you so far.")


def test_closing_strokes_start_feather_light() -> None:
    rec = recommend([], "closing_strokes", "left")
    assert rec == Recommendation(1, "A light start, as a soft touch suits this step.")


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
