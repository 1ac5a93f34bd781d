"""Settings > Reminders: the chosen person's plan in the log, quiet hours, start at login
(the same writer as `neurofoot autostart`), and what the section says without a tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from helpers.clock import FakeClock
from PySide6.QtCore import QCoreApplication, QEvent, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.autostart import XdgAutostart
from neurofoot_desktop.core.reminders import Plan
from neurofoot_desktop.core.settings import Settings
from neurofoot_desktop.storage import Store, plans
from neurofoot_desktop.ui.reminders.context import ReminderServices
from neurofoot_desktop.ui.settings.dialog import SettingsDialog
from neurofoot_desktop.ui.settings.sections.reminders import RemindersSection

ARGV = ("/usr/bin/neurofoot", "--background")


@pytest.fixture
def ana(store: Store, clock: FakeClock) -> int:
    return store.add_profile("Ana", clock.now()).id


@pytest.fixture
def open_section(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
                 ) -> Iterator[Any]:
    def make(profile_id: int | None, has_tray: bool = True,
             saved: list[int] | None = None) -> RemindersSection:
        services = ReminderServices(
            store, clock, profile_id, has_tray, XdgAutostart(tmp_path / "config"), ARGV,
            plan_saved=saved.append if saved is not None else None)
        dialog = SettingsDialog(Settings(), reminders=services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        section = dialog.section(RemindersSection)
        dialog.sections.setCurrentRow(dialog.section_pages.index(section))
        QApplication.processEvents()
        return section

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SettingsDialog):
            widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_plan_for_the_chosen_person_is_written_to_the_log(
        open_section: Any, store: Store, ana: int) -> None:
    saved: list[int] = []
    section = open_section(ana, saved=saved)
    assert section.person.text() == "The plan for Ana"
    assert not section.plan_on.isChecked() and not section.editor.isEnabled()
    assert plans.current_plan(store, ana) is None
    section.plan_on.click()
    assert section.editor.isEnabled()
    section.editor.days[4].click()  # Friday off: Monday and Wednesday remain
    section.editor.first.setTime(QTime(18, 30))
    assert section.save_plan()
    plan = plans.current_plan(store, ana)
    assert plan is not None and plan.days == {0, 2} and plan.times == (time(18, 30),)
    assert section.plan_status.text() == "The plan is saved."
    assert saved == [ana]  # the start page's "N of M planned" is told
    section.plan_on.click()  # no plan any more: a row that says so
    assert section.save_plan() and plans.current_plan(store, ana) is None


def test_the_section_shows_the_plan_already_in_the_log(
        open_section: Any, store: Store, ana: int, clock: FakeClock) -> None:
    plans.save_plan(store, ana, Plan(frozenset({5}), (time(9), time(19)), time(22), time(7)),
                    clock.now())
    section = open_section(ana)
    editor = section.editor
    assert section.plan_on.isChecked()
    assert [box.isChecked() for box in editor.days] == [False] * 5 + [True, False]
    assert editor.second_on.isChecked() and editor.second.time() == QTime(19, 0)
    assert editor.quiet_on.isChecked() and editor.quiet_start.time() == QTime(22, 0)
    assert section.save_plan()
    assert len(plans.plan_versions(store, ana)) == 1  # unchanged: nothing written


def test_quiet_hours_that_cover_the_reminder_are_refused_in_one_sentence(
        open_section: Any, store: Store, ana: int) -> None:
    section = open_section(ana)
    section.plan_on.click()
    editor = section.editor
    editor.quiet_on.click()
    editor.quiet_start.setTime(QTime(9, 0))
    editor.quiet_end.setTime(QTime(0, 0))  # held back to midnight: the day has ended
    assert not section.save_plan()
    assert editor.problem.isVisible()
    assert editor.problem.text() == (
        "The quiet hours cover every reminder: please move them or the times.")
    assert plans.plan_versions(store, ana) == []
    editor.quiet_start.setTime(QTime(21, 0))
    editor.quiet_end.setTime(QTime(8, 0))
    assert section.save_plan() and not editor.problem.isVisible()
    plan = plans.current_plan(store, ana)
    assert plan is not None and (plan.quiet_start, plan.quiet_end) == (time(21), time(8))


def test_a_plan_with_no_days_is_refused_and_not_saved(open_section: Any, store: Store,
                                                       ana: int) -> None:
    section = open_section(ana)
    section.plan_on.click()
    for d in (0, 2, 4):
        section.editor.days[d].click()
    assert not section.save_plan()
    assert section.editor.problem.text() == "Please choose at least one day."
    assert plans.plan_versions(store, ana) == []


def test_closing_the_dialog_saves_a_change_made_a_moment_before(
        open_section: Any, store: Store, ana: int) -> None:
    section = open_section(ana)
    section.plan_on.click()
    assert plans.current_plan(store, ana) is None  # not yet: a moment after the last change
    section.window().close()
    assert plans.current_plan(store, ana) is not None


def test_without_a_person_there_is_nothing_to_plan(open_section: Any) -> None:
    section = open_section(None)
    assert section.person.text() == "Choose a person on the start page to plan their sessions."
    assert not section.plan_on.isEnabled() and not section.save_plan()


def test_start_at_login_writes_and_removes_the_autostart_entry(
        open_section: Any, ana: int, tmp_path: Path) -> None:
    entry = tmp_path / "config" / "autostart" / "org.neurofoot.NeuroFoot.desktop"
    section = open_section(ana)
    assert not section.autostart.isChecked()
    section.autostart.click()
    assert "Exec=/usr/bin/neurofoot --background" in entry.read_text()
    section.autostart.click()
    assert not entry.exists()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("[Desktop Entry]\n")  # turned on from the command line meanwhile
    assert open_section(ana).autostart.isChecked()


def test_a_failing_autostart_writer_is_told_and_the_switch_stays_off(
        open_section: Any, ana: int, tmp_path: Path) -> None:
    (tmp_path / "config").write_text("a file where the folder should be")
    section = open_section(ana)
    section.autostart.click()
    assert not section.autostart.isChecked()
    assert section.autostart_problem.isVisible()
    assert section.autostart_problem.text().startswith("Cannot write")


def test_the_section_says_plainly_when_the_desktop_shows_no_tray(open_section: Any,
                                                                  ana: int) -> None:
    assert "tray" in open_section(ana, has_tray=True).tray_note.text()
    note = open_section(ana, has_tray=False).tray_note.text()
    assert note.startswith("This desktop shows no tray icon")
    assert "banner" in note
