"""The summary re-lays itself out when the text size changes while it is open (issue 14,
finding 10): its cells keep every wrapped line, none becomes a single cut line."""

from __future__ import annotations

from helpers.session_driver import Driver
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.main_window import MainWindow


def test_cells_keep_their_lines_after_a_live_change_to_200(window: MainWindow, drive: Driver,
                                                          scripted_dialogs) -> None:
    drive.add_person("Ana")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    drive.run_step()
    drive.rate(8)
    scripted_dialogs.answers = [True]
    window.player.request_stop()
    drive.symptoms_if_shown()
    summary = window.summary
    assert window.current_page() is summary
    table = summary.table
    try:
        window.apply_settings(window.settings.changed(font_scale=200))
        for _ in range(4):
            QApplication.processEvents()
        assert theme.current().scale == 2.0
        metrics = QFontMetrics(table.font())
        assert metrics.height() >= 36  # the table's own type grew
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                text = table.item(row, column).text()
                inner = table.columnWidth(column) - 12
                lines = metrics.boundingRect(0, 0, inner, 100000, 0x1000, text).height()
                assert table.rowHeight(row) >= lines, (
                    f"row {row} column {column} {text[:30]!r}: {table.rowHeight(row)} px "
                    f"high, its words need {lines}")
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert table.height() >= rows  # the page scrolls, never the table alone
    finally:
        theme.apply(QApplication.instance(), "light", 100)
