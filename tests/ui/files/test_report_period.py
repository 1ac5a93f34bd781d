"""The report's period chooser: presets, and dates typed like the CLI's --since/--until."""

from datetime import date

from neurofoot_desktop.exports import Period
from neurofoot_desktop.ui.files.actions import choose_report


def test_the_default_is_the_last_three_months(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [0]
    period, appendix = choose_report(None, today=date(2026, 11, 20))
    assert period == Period(date(2026, 8, 21), date(2026, 11, 20)) and not appendix
    assert scripted_dialogs.offered[0][-1] == "Other dates…"


def test_other_dates_are_typed_and_may_add_the_appendix(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, "2025-03-01", " 2024-12-31 ", True]
    assert choose_report(None) == (Period(date(2024, 12, 31), date(2025, 3, 1)), True)


def test_a_date_that_is_not_one_is_refused_in_one_sentence(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, "31/01/2026", "2026-02-28"]
    assert choose_report(None) is None
    ((kind, text),) = scripted_dialogs.told
    assert kind == "warning" and "YYYY-MM-DD" in text


def test_cancel_while_typing_writes_nothing(scripted_dialogs, qapp) -> None:
    scripted_dialogs.answers = [5, None]
    assert choose_report(None) is None and scripted_dialogs.told == []
