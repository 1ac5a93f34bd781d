"""The report's period chooser: presets, and dates typed like the CLI's --since/--until."""

from datetime import date

from neurofoot_desktop.exports import Period
from neurofoot_desktop.ui.files.actions import choose_report


def test_the_default_is_the_last_three_months(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [0]
    period, appendix, photos = choose_report(None, today=date(2026, 11, 20))
    assert period == Period(date(2026, 8, 21), date(2026, 11, 20)) and not appendix
    assert scripted_dialogs.offered[0][-1] == "Other dates…"
    assert not photos and scripted_dialogs.checks == []  # no photos: no "with photos" box


def test_with_photos_is_a_box_under_the_periods(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [(1, True)]
    choice = choose_report(None, today=date(2026, 11, 20), with_photos=True)
    assert choice == (Period(date(2025, 11, 21), date(2026, 11, 20)), False, True)
    assert scripted_dialogs.checks == ["With the first and latest photos of the feet"]
    scripted_dialogs.answers = [(5, True), "2026-01-01", "2026-01-31", False]
    assert choose_report(None, with_photos=True) == (
        Period(date(2026, 1, 1), date(2026, 1, 31)), False, True)


def test_other_dates_are_typed_and_may_add_the_appendix(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, "2025-03-01", " 2024-12-31 ", True]
    assert choose_report(None) == (Period(date(2024, 12, 31), date(2025, 3, 1)), True, False)


def test_a_date_that_is_not_one_is_refused_in_one_sentence(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, "31/01/2026", "2026-02-28"]
    assert choose_report(None) is None
    ((kind, text),) = scripted_dialogs.told
    assert kind == "warning" and "YYYY-MM-DD" in text


def test_cancel_while_typing_writes_nothing(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, None]
    assert choose_report(None) is None and scripted_dialogs.told == []
