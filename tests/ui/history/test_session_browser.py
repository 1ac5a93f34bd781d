"""The session browser: the list, a session's details, its note, and delete with undo."""

from __future__ import annotations

import pytest
from helpers.history_fixtures import HURT_DAY, NOTE_DAY, WARNED_DAY, Log, history_log
from helpers.layout_checks import cells_cut
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history.browser import SessionBrowser, SessionListModel
from neurofoot_desktop.ui.history.text import local_date_text

__all__ = ["history_log"]


@pytest.fixture
def browser(qtbot: QtBot, history_log: Log) -> SessionBrowser:
    theme.apply(QApplication.instance(), "light")
    b = SessionBrowser(history_log.store)
    qtbot.addWidget(b)
    b.resize(1366, 700)
    b.set_sessions(history_log.records, history_log.profile_id)
    b.show()
    qtbot.waitExposed(b)
    return b


def cells(model: SessionListModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def table_rows(b: SessionBrowser) -> list[list[str]]:
    t = b.steps
    return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
            for r in range(t.rowCount())]


COLUMNS = {  # everything but the moment a row was written, which an undo cannot know
    "sessions": "*",
    "precheck_answers": "session_id, question_id, answer",
    "light_touch": "session_id, foot, sensitivity, felt_real, real_total, pretend_felt, "
                   "unpleasant",
    "step_results": "session_id, step_id, foot, started_at, planned_s, actual_s, pressure, "
                    "outcome, comfort, feel, note",
}


def db_rows(store: Store, session_id: str) -> dict[str, list[tuple]]:
    out = {}
    for table, cols in COLUMNS.items():
        key = "id" if table == "sessions" else "session_id"
        rows = store.connection.execute(
            f"SELECT {cols} FROM {table} WHERE {key} = ? ORDER BY 1, 2, 3", (session_id,))
        out[table] = [tuple(r) for r in rows]
    return out


def test_list_is_newest_first_with_date_length_status_comfort_warnings(
    browser: SessionBrowser, history_log: Log,
) -> None:
    model = browser.model
    assert model.rowCount() == len(history_log.records)
    newest = history_log.records[-1]
    assert cells(model, 0) == [local_date_text(newest.started_at.timestamp()), "24 min",
                               "Completed", f"{newest.average_comfort:.1f}", "—"]
    warned_row = model.row_of(history_log.record(WARNED_DAY).id)
    hurt_row = model.row_of(history_log.record(HURT_DAY).id)
    assert cells(model, warned_row)[4] == "2 signs"
    assert cells(model, hurt_row)[2:] == [
        "Stopped", f"{history_log.record(HURT_DAY).average_comfort:.1f}", "it hurt"]
    for row in (warned_row, hurt_row):  # a mark beside the words, not colour alone
        assert model.data(model.index(row, 4), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 4), Qt.ItemDataRole.DecorationRole) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Date", "Length", "Status", "Comfort", "Warnings"]


def test_details_show_every_step(browser: SessionBrowser, history_log: Log) -> None:
    record = history_log.record(NOTE_DAY)
    assert browser.select_session(record.id)
    protocol = default_protocol()
    rows = table_rows(browser)
    assert rows[0][0] == "Left foot"
    step_rows = [r for r in rows if r[1]]
    assert len(step_rows) == len(record.steps) == 10
    for shown, step in zip(step_rows, record.steps, strict=True):
        assert shown == [protocol.step(step.step_id).title, "01:58",
                         protocol.pressure(step.pressure).name, f"{step.comfort} of 10",
                         {"just_right": "Just right", "too_light": "Too light",
                          "too_firm": "Too firm"}[step.feel]]
    assert ["Note: Cold hands", "", "", "", ""] in rows
    assert browser.note.toPlainText() == "Felt lovely afterwards"
    assert browser.heading.text() == local_date_text(record.started_at.timestamp(),
                                                     "dddd d MMMM yyyy, HH:mm")
    assert "Light-touch check: left foot" in browser.touch.text()


def test_warning_signs_and_a_stop_are_spelled_out(browser: SessionBrowser,
                                                  history_log: Log) -> None:
    browser.select_session(history_log.record(WARNED_DAY).id)
    assert not browser.alert.isHidden()
    assert browser.alert_texts == [
        "Warning signs before this session: stronger pain, "
        "a change in skin colour or temperature."]
    browser.select_session(history_log.record(HURT_DAY).id)
    assert browser.alert_texts == ["Stopped because it hurt: Thumb circles on the sole, "
                                   "right foot."]
    hurt = history_log.record(HURT_DAY).steps[-1]
    assert table_rows(browser)[-1] == [
        "Thumb circles on the sole", "01:58", default_protocol().pressure(hurt.pressure).name,
        "It hurt", "—"]
    assert table_rows(browser)[-3][0] == "Right foot"
    browser.select_session(history_log.records[-1].id)
    assert browser.alert.isHidden()


def test_editing_the_note_saves_it_to_the_log(browser: SessionBrowser, history_log: Log,
                                              qtbot: QtBot) -> None:
    record = history_log.records[-2]
    browser.select_session(record.id)
    assert not browser.save_note.isEnabled()
    browser.note.setPlainText("Lotion was warm 🌿\nמצוין")
    assert browser.save_note.isEnabled()
    assert browser.note_status.text() == "Not saved yet"
    qtbot.mouseClick(browser.save_note, Qt.MouseButton.LeftButton)
    assert history_log.store.session(record.id).note == "Lotion was warm 🌿\nמצוין"
    assert browser.note_status.text() == "Note saved."
    assert not browser.save_note.isEnabled()


def test_an_unsaved_note_is_kept_when_another_session_is_chosen(
    browser: SessionBrowser, history_log: Log,
) -> None:
    first, other = history_log.records[-1], history_log.records[-5]
    browser.select_session(first.id)
    browser.note.setPlainText("Remember the heel")
    browser.table.selectRow(browser.model.row_of(other.id))
    assert browser.current_record().id == other.id
    assert history_log.store.session(first.id).note == "Remember the heel"


def test_delete_asks_first_and_keeping_it_changes_nothing(
    browser: SessionBrowser, history_log: Log, scripted_dialogs,
) -> None:
    record = history_log.record(HURT_DAY)
    browser.select_session(record.id)
    scripted_dialogs.answers = [False]  # Keep it (the default: Enter does not delete)
    assert not browser.delete_current()
    (question,) = scripted_dialogs.asked
    assert "Delete the session of" in question and "undo" in question.lower()
    assert history_log.store.session(record.id) == record
    assert browser.undo_bar.isHidden()


def test_delete_then_undo_restores_every_row(
    browser: SessionBrowser, history_log: Log, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
) -> None:
    store = history_log.store
    record = history_log.record(WARNED_DAY)
    before = db_rows(store, record.id)
    browser.select_session(record.id)
    row = browser.model.row_of(record.id)
    monkeypatch.setattr(browser, "confirm_delete", lambda r: True)
    with qtbot.waitSignal(browser.sessionDeleted) as deleted:
        qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [record.id]
    with pytest.raises(KeyError):
        store.session(record.id)
    assert all(not rows for rows in db_rows(store, record.id).values())
    assert browser.model.row_of(record.id) == -1
    assert browser.model.rowCount() == len(history_log.records) - 1
    assert browser.current_record().id == browser.model.rows[row].id  # the next one is shown
    assert not browser.undo_bar.isHidden()
    assert local_date_text(record.started_at.timestamp(), "ddd d MMM yyyy, HH:mm") in (
        browser.undo_label.text())

    with qtbot.waitSignal(browser.sessionRestored):
        qtbot.mouseClick(browser.undo_button, Qt.MouseButton.LeftButton)
    assert store.session(record.id) == record
    after = db_rows(store, record.id)
    assert after == before
    assert len(after["step_results"]) == 10 and len(after["precheck_answers"]) == 3
    assert browser.model.row_of(record.id) == row
    assert browser.current_record().id == record.id
    assert browser.undo_bar.isHidden()


def test_several_deletes_undo_newest_first(browser: SessionBrowser, history_log: Log,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser, "confirm_delete", lambda r: True)
    gone = [history_log.records[-1], history_log.records[-2]]
    for record in gone:
        browser.select_session(record.id)
        browser.delete_current()
    assert "2 sessions deleted" in browser.undo_label.text()
    assert browser.undo_delete().id == gone[1].id
    assert browser.undo_delete().id == gone[0].id
    assert browser.undo_delete() is None
    assert [r.id for r in browser.model.rows[:2]] == [gone[0].id, gone[1].id]


def test_undo_that_cannot_write_says_so(browser: SessionBrowser, history_log: Log,
                                        scripted_dialogs) -> None:
    record = history_log.records[-1]
    browser.select_session(record.id)
    scripted_dialogs.answers = [True]  # delete it
    browser.delete_current()
    history_log.store.insert_session(record)  # e.g. imported again meanwhile
    assert browser.undo_delete() is None
    ((kind, text),) = scripted_dialogs.told
    assert kind == "warning" and "could not be put back" in text
    assert browser.undo_bar.isHidden()


def test_a_failing_note_save_is_reported(browser: SessionBrowser, history_log: Log) -> None:
    # A real SQLite refusal, which the store hands on as StorageError (issue 13).
    history_log.store.connection.execute("PRAGMA query_only = ON")
    browser.select_session(history_log.records[-1].id)
    browser.note.setPlainText("x")
    assert not browser.save_current_note()
    assert "could not be saved" in browser.note_status.text()
    history_log.store.connection.execute("PRAGMA query_only = OFF")


def test_empty_log(qtbot: QtBot, store: Store) -> None:
    b = SessionBrowser(store)
    qtbot.addWidget(b)
    b.set_sessions([], None)
    assert b.current_record() is None
    assert not b.empty.isHidden()
    assert b.delete_button.isHidden()
    assert not b.delete_current()


def test_at_200_percent_in_a_narrow_pane_each_step_is_a_whole_block(
    qtbot: QtBot, history_log: Log,
) -> None:
    """Where even one value per column does not fit, a step is its title and then its values
    as "label: value" lines: nothing cut, nothing past the edge; wide again, five columns."""
    app = QApplication.instance()
    theme.apply(app, "light", 200)
    try:
        b = SessionBrowser(history_log.store)
        qtbot.addWidget(b)
        b.resize(800, 700)
        b.set_sessions(history_log.records, history_log.profile_id)
        b.show()
        qtbot.waitExposed(b)
        for day in (NOTE_DAY, HURT_DAY):
            b.select_session(history_log.record(day).id)
            for _ in range(4):  # wrapped words settle their height over a few passes
                QApplication.processEvents()
            t = b.steps
            assert t.horizontalHeader().isHidden()  # each value is named where it is
            assert cells_cut(t) == []
            blocks = [t.item(r, 0).text() for r in range(t.rowCount()) if t.columnSpan(r, 0) == 5
                      and "\n" in t.item(r, 0).text()]
            record = history_log.record(day)
            assert len(blocks) == len(record.steps)
            for block, row in zip(blocks, b.step_rows(record), strict=True):
                title, *values = block.split("\n")
                assert title == row[0]
                pairs = [p for line in values for p in line.split(" · ")]
                if row[6]:  # a step's note closes its block
                    assert pairs.pop() == f"Note: {row[6]}"
                assert pairs == [f"Time: {row[2]}", f"Pressure: {row[3]}",
                                 f"Comfort: {row[4]}", f"Feel: {row[5]}"]
            assert all(t.rowHeight(r) >= t.sizeHintForRow(r) for r in range(t.rowCount()))
        hurt = next(r for r in range(t.rowCount()) if "Comfort: It hurt" in t.item(r, 0).text())
        assert not t.item(hurt, 0).icon().isNull()  # the stop mark, as in the list
        b.resize(1600, 900)
        for _ in range(4):
            QApplication.processEvents()
        assert not t.horizontalHeader().isHidden()
        assert table_rows(b)[-1][0] == "Thumb circles on the sole"
        assert table_rows(b)[-1][3] == "It hurt"
    finally:
        theme.apply(app, "light", 100)
