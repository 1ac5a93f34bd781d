"""The summary's "next time" never contradicts the day it sits under (issue 14, finding 4)."""

from __future__ import annotations

from dataclasses import dataclass

from neurofoot_desktop.core.next_time import Day, Note, advise, day_of, needs_doctor_advice


@dataclass(frozen=True)
class R:
    step_id: str
    foot: str
    pressure: int
    comfort: int | None


def test_firmer_is_worded_as_depending_on_that_days_light_touch_check() -> None:
    today = R("effleurage", "left", 2, 9)
    advice = advise(3, "effleurage", "left", Day(), [today], today)
    assert (advice.level, advice.note) == (3, Note.FIRMER_IF_NORMAL)


def test_never_firmer_on_a_day_it_hurt_or_with_doctor_advice() -> None:
    today = R("effleurage", "left", 2, 9)
    hurt = advise(3, "effleurage", "left", Day(hurt=True), [today], today)
    assert (hurt.level, hurt.note) == (2, Note.HELD_AFTER_HURT)
    doctor = advise(3, "effleurage", "left", Day(doctor_advice=True), [today], today)
    assert (doctor.level, doctor.note) == (2, Note.HELD_AFTER_DOCTOR)
    # Lighter stays allowed on such a day.
    assert advise(1, "effleurage", "left", Day(hurt=True), [today], today).level == 1


def test_lighter_after_a_good_rating_is_explained_by_the_persons_own_ratings() -> None:
    history = [R("sole", "left", 3, 9), R("sole", "left", 3, 9), R("sole", "left", 4, 7),
               R("sole", "right", 3, 2)]
    today = R("sole", "left", 4, 8)
    advice = advise(3, "sole", "left", Day(), [*history, today], today)
    assert advice.note == Note.LIGHTER_BY_OWN_RATINGS
    assert (advice.lower_level, advice.lower_average) == (3, 9.0)
    assert (advice.higher_level, advice.higher_average) == (4, 7.5)


def test_lighter_after_a_good_rating_without_data_is_called_a_try() -> None:
    today = R("sole", "left", 3, 8)
    assert advise(2, "sole", "left", Day(), [today], today).note == Note.LIGHTER_TO_TRY


def test_lighter_after_a_poor_rating_keeps_the_engines_reason() -> None:
    today = R("sole", "left", 3, 4)
    assert advise(2, "sole", "left", Day(), [today], today).note == Note.PLAIN


def test_a_step_not_done_today_is_measured_against_its_last_rating() -> None:
    last = R("toes", "right", 2, 9)
    assert advise(3, "toes", "right", Day(hurt=True), [last]).level == 2
    assert advise(2, "toes", "right", Day(), []).note == Note.PLAIN


def test_comfort_of_two_or_less_is_a_doctor_advice_day() -> None:
    assert needs_doctor_advice(2) and not needs_doctor_advice(3) and not needs_doctor_advice(None)
    assert day_of([], False, [8, 2]).doctor_advice
    assert day_of(["numbness"], False, [8]).doctor_advice
    assert not day_of([], False, [8, None]).doctor_advice
