"""The Details chart's warning and stop marks: one per session up close, counted at ten years.

Ten years of daily sessions with warning signs every third day used to draw 1,200
triangles side by side, a solid band; now each bucket (as the overview counts them)
gets one mark and the number of sessions it stands for.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import numpy as np
from helpers.history_fixtures import make_session
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.history import DAY_S, HistoryData
from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history.charts import ComfortChart

DAYS = 3650


def ten_years() -> HistoryData:
    start = datetime(2015, 1, 1, 9, tzinfo=UTC)
    records = []
    for day in range(DAYS):
        r = make_session(1, "Ana", 0, start + timedelta(days=day))
        records.append(dataclasses.replace(
            r, id=f"s{day}", answers={"worse_pain": day % 3 == 0}))
    return HistoryData(records)


def chart_of(qtbot: QtBot, data: HistoryData) -> ComfortChart:
    theme.apply(QApplication.instance(), "light")
    chart = ComfortChart(default_protocol())
    qtbot.addWidget(chart)
    chart.resize(1200, 420)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(data)
    return chart


def test_ten_years_of_warnings_are_counted_not_stacked(qtbot: QtBot) -> None:
    data = ten_years()
    chart = chart_of(qtbot, data)
    chart.set_x_range(float(data.t[0]) - DAY_S, float(data.t[-1]) + DAY_S)
    QApplication.processEvents()

    x, _ = chart.markers["warned"].getOriginalDataset()
    assert chart.mark_unit in ("quarter", "year")  # what fits 10 years in ~1,100 px
    assert 10 <= len(x) <= 45  # one mark per quarter or year, not one per session
    numbers = [int(label.textItem.toPlainText()) for label in chart.mark_labels]
    assert len(numbers) == len(x)  # every counted mark says how many it stands for
    assert sum(numbers) == int(data.warned.sum()) == (DAYS + 2) // 3
    # the counts are core/history's buckets, as the overview draws them
    grouped = hist.buckets(data, chart.mark_unit)
    assert numbers == [int(n) for n in grouped.warned if n]
    hurt_x, _ = chart.markers["hurt"].getOriginalDataset()
    assert hurt_x is None or len(hurt_x) == 0  # nobody stopped: no stop marks
    # the mouse on a counted mark says what it counts
    hit = next(h for h in chart._hits if h.item is chart.markers["warned"])
    assert f"{numbers[0]} sessions with warning signs" in hit.describe(0)


def test_two_weeks_show_each_session_and_no_numbers(qtbot: QtBot) -> None:
    data = ten_years()
    chart = chart_of(qtbot, data)
    chart.set_x_range(float(data.t[-14]) - DAY_S / 2, float(data.t[-1]) + DAY_S / 2)
    QApplication.processEvents()

    x, _ = chart.markers["warned"].getOriginalDataset()
    assert chart.mark_unit == "session"
    assert chart.mark_labels == []
    assert len(x) == int(data.warned.sum())  # one per warned session, clickable
    in_view = np.count_nonzero(x >= data.t[-14] - DAY_S)
    assert in_view == int(data.warned[-14:].sum())
