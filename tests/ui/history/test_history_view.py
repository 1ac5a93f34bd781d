"""The History view: what the charts show is what the log holds, and it reacts like one."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from helpers.history_fixtures import HURT_DAY, WARNED_DAY, Log, comfort_of, history_log
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core.protocol import FEET, STEP_IDS, default_protocol
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history import symbols
from neurofoot_desktop.ui.history.page import HistoryView
from neurofoot_desktop.ui.history.text import local_date_text

__all__ = ["history_log"]


@pytest.fixture
def view(qtbot: QtBot, history_log: Log) -> HistoryView:
    theme.apply(QApplication.instance(), "light")
    v = HistoryView(history_log.store)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.set_profile(history_log.profile_id)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.loading)
    return v


def plotted(item: object) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getOriginalDataset()  # before downsampling and clipping
    return (np.zeros(0) if x is None else np.asarray(x)), (np.zeros(0) if y is None
                                                            else np.asarray(y))


def viewport_pos(chart: object, x: float, y: float) -> QPoint:
    """Where (x, y) is in the chart, scrolled into view: the detail charts sit below the trend."""
    from PySide6.QtWidgets import QScrollArea

    area = chart.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        QApplication.processEvents()
        area.verticalScrollBar().setValue(chart.mapTo(area.widget(), QPoint(0, 0)).y())
        QApplication.processEvents()
    return chart.mapFromScene(chart.scene_pos_of(x, y))


def test_reads_recent_months_first_then_the_rest(qtbot: QtBot, history_log: Log) -> None:
    v = HistoryView(history_log.store)
    qtbot.addWidget(v)
    v.set_profile(history_log.profile_id)
    assert v.loading
    assert 90 <= len(v.records) <= 101  # the first read covers the default three months
    with qtbot.waitSignal(v.loaded, timeout=5000):
        pass
    assert [r.id for r in v.records] == [r.id for r in history_log.records]
    assert v.browser.model.rowCount() == len(history_log.records)


def test_comfort_lines_equal_the_log(view: HistoryView, history_log: Log) -> None:
    chart = view.charts.chart()
    times = [r.started_at.timestamp() for r in history_log.records]
    for s, step in enumerate(STEP_IDS):
        x, y = plotted(chart.lines[s])
        assert chart.lines[s].name() == default_protocol().step(step).title
        rated = [(r.started_at.timestamp(), [st.comfort for st in r.steps
                                              if st.step_id == step and st.comfort is not None])
                 for r in history_log.records]
        expected = [(t, sum(v) / len(v)) for t, v in rated if v]  # both feet: their mean
        assert list(zip(x.tolist(), y.tolist(), strict=True)) == expected
    view.charts.set_foot("left")
    x, y = plotted(chart.lines[2])
    assert x.tolist() == times
    assert y.tolist() == [comfort_of(d, 2, 0) for d in range(len(times))]


def test_pressure_light_touch_and_weekly_equal_the_log(view: HistoryView,
                                                       history_log: Log) -> None:
    view.charts.set_foot("right")
    view.charts.show_chart("pressure")
    chart = view.charts.chart()
    _, y = plotted(chart.lines[0])
    offset = -2 * chart.OFFSET  # five lines side by side; effleurage is the lowest
    expected = [st.pressure for r in history_log.records for st in r.steps
                if st.step_id == "effleurage" and st.foot == "right"]
    assert np.allclose(y - offset, expected)
    ticks = [label for _, label in chart.plot.getAxis("left")._tickLevels[0]]
    assert ticks == [p.name for p in default_protocol().pressure_levels]

    view.charts.show_chart("touch")
    chart = view.charts.chart()
    assert not chart.lines[0].isVisible() and chart.lines[1].isVisible()  # right foot only
    _, y = plotted(chart.lines[1])
    levels = {"reduced": 0, "normal": 1, "heightened": 2}
    expected = [levels[r.light_touch["right"].sensitivity] for r in history_log.records]
    assert np.allclose(y + chart.OFFSET, expected)

    view.charts.show_chart("weekly")
    chart = view.charts.chart()
    weeks = hist.HistoryData(history_log.records).weekly()
    assert chart.bars.opts["height"].tolist() == weeks.counts.tolist()
    assert sum(weeks.counts) == len(history_log.records)


def test_warning_signs_and_stops_have_their_own_marks_and_legend(view: HistoryView,
                                                                 history_log: Log) -> None:
    for kind in ("comfort", "pressure", "touch", "weekly"):
        view.charts.show_chart(kind)
        chart = view.charts.chart()
        warned_x, _ = plotted(chart.markers["warned"])
        hurt_x, _ = plotted(chart.markers["hurt"])
        assert warned_x.tolist() == [history_log.record(WARNED_DAY).started_at.timestamp()]
        assert hurt_x.tolist() == [history_log.record(HURT_DAY).started_at.timestamp()]
        names = [label.text for _, label in chart.legend.items]
        assert "Warning signs before the session" in names
        assert "Stopped: it hurt" in names
        warned, hurt = (chart.markers[k].opts["symbol"] for k in ("warned", "hurt"))
        assert warned == symbols.WARNING and hurt == symbols.STOP
        assert warned != hurt  # two different shapes, not only two colours


def test_hover_tells_the_exact_values(view: HistoryView, history_log: Log,
                                      qtbot: QtBot) -> None:
    view.charts.set_period("2w")
    view.charts.set_foot("left")
    chart = view.charts.chart()
    day = len(history_log.records) - 3
    record = history_log.record(day)
    x, y = record.started_at.timestamp(), comfort_of(day, 1, 0)
    qtbot.mouseMove(chart.viewport(), viewport_pos(chart, x, y))
    qtbot.waitUntil(lambda: view.charts.hover.text() != view.charts._hint)
    text = view.charts.hover.text()
    assert local_date_text(x) in text
    assert default_protocol().step(STEP_IDS[1]).title in text
    assert "left foot" in text
    assert f"comfort {y} of 10" in text
    hx, hy = chart.highlight.getData()
    assert (hx.tolist(), hy.tolist()) == ([x], [float(y)])


def test_hover_on_a_warning_mark_names_the_signs(view: HistoryView, history_log: Log,
                                                 qtbot: QtBot) -> None:
    chart = view.charts.chart()
    x, y = plotted(chart.markers["warned"])
    qtbot.mouseMove(chart.viewport(), viewport_pos(chart, x[0], y[0]))
    qtbot.waitUntil(lambda: "warning signs" in view.charts.hover.text())
    assert "stronger pain" in view.charts.hover.text()
    assert "a change in skin colour or temperature" in view.charts.hover.text()


def test_clicking_a_point_opens_that_session(view: HistoryView, history_log: Log,
                                             qtbot: QtBot) -> None:
    chart = view.charts.chart()
    x, y = plotted(chart.markers["hurt"])
    with qtbot.waitSignal(view.sessionOpened) as opened:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                         pos=viewport_pos(chart, x[0], y[0]))
    assert opened.args == [history_log.record(HURT_DAY).id]
    assert view.tabs.currentWidget() is view.browser
    assert view.browser.current_record().id == history_log.record(HURT_DAY).id


def test_period_buttons_and_custom_dates_set_the_time_axis(view: HistoryView,
                                                           qtbot: QtBot) -> None:
    charts = view.charts
    today = date.today()
    expected = {"2w": today - timedelta(days=13), "3m": hist.add_months(today, -3),
                "year": hist.add_months(today, -12)}
    for key, first in expected.items():
        qtbot.mouseClick(charts.period_buttons[key], Qt.MouseButton.LeftButton)
        lo, hi = charts.chart().x_range()
        start, end = hist.span_seconds(*hist.period_dates(key, today))
        assert hist.local_date(start) in (first, first + timedelta(days=1))
        assert start - 2 * 86_400 <= lo <= start and end <= hi <= end + 2 * 86_400
    qtbot.mouseClick(charts.period_buttons["all"], Qt.MouseButton.LeftButton)
    lo, hi = charts.chart().x_range()
    assert lo <= view.data.t.min() and hi >= view.data.t.max()
    assert not charts.from_date.isVisible()
    qtbot.mouseClick(charts.period_buttons["custom"], Qt.MouseButton.LeftButton)
    assert charts.from_date.isVisible() and charts.to_date.isVisible()
    first, last = today - timedelta(days=60), today - timedelta(days=40)
    charts.from_date.setDate(QDate(first.year, first.month, first.day))
    charts.to_date.setDate(QDate(last.year, last.month, last.day))
    assert charts.chart().x_range() == pytest.approx(hist.span_seconds(first, last))


def test_weekly_chart_hides_the_feet_choice(view: HistoryView) -> None:
    view.charts.show_chart("weekly")
    assert not any(b.isVisible() for b in view.charts.foot_buttons)
    view.charts.show_chart("comfort")
    assert all(b.isVisible() for b in view.charts.foot_buttons)


def test_save_png_and_svg(view: HistoryView, tmp_path: Path) -> None:
    chart = view.charts.chart()
    chart.save(tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.width() > 1000
    chart.save(tmp_path / "chart.svg")
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag.endswith("svg")
    text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "Comfort after each step" in text
    assert default_protocol().step("sole_kneading").title in text  # the legend came along
    # SVG has no clipping, so points outside the view are left out while saving: only then.
    x, _ = plotted(chart.lines[0])
    assert len(x) == len(view.data)


def test_hover_names_every_step_under_the_mouse(view: HistoryView) -> None:
    chart = view.charts.chart()
    row = len(view.data) - 1
    view.data.comfort[row, :, :] = 6.0  # every step rated alike in the last session
    view.charts.set_data(view.data)
    text = chart.lines[0].name()
    described = chart._hits[0].describe(len(chart._hits[0].x) - 1)
    assert text in described
    assert all(default_protocol().step(s).title in described for s in STEP_IDS)


def test_saving_where_it_cannot_be_written_fails_cleanly(view: HistoryView,
                                                         tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OSError):
        view.charts.chart().save(blocker / "chart.png")
    assert blocker.read_text() == "x"


def test_save_buttons_ask_for_a_file_and_report_failures(
    view: HistoryView, tmp_path: Path, qtbot: QtBot, scripted_dialogs,
) -> None:
    scripted_dialogs.answers = [tmp_path / "mine"]
    qtbot.mouseClick(view.charts.save_svg, Qt.MouseButton.LeftButton)
    assert (tmp_path / "mine.svg").stat().st_size > 1000
    assert "mine.svg" in view.charts.hover.text()
    (tmp_path / "missing").write_text("a file, not a folder")
    scripted_dialogs.answers = [tmp_path / "missing" / "deeper" / "x"]
    qtbot.mouseClick(view.charts.save_png, Qt.MouseButton.LeftButton)
    ((kind, text),) = scripted_dialogs.told
    assert kind == "warning" and "could not write" in text


def test_export_menu_emits_each_format(view: HistoryView, qtbot: QtBot) -> None:
    for fmt in ("csv", "json", "pdf", "fhir"):
        with qtbot.waitSignal(view.exportRequested) as signal:
            view.export_actions[fmt].trigger()
        assert signal.args == [fmt]


def test_delete_and_undo_in_the_browser_update_the_charts(
    view: HistoryView, history_log: Log, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = history_log.record(WARNED_DAY)
    view.open_session(target.id)
    monkeypatch.setattr(view.browser, "confirm_delete", lambda record: True)
    assert view.browser.delete_current()
    x, _ = plotted(view.charts.charts["comfort"].markers["warned"])
    assert x.size == 0
    assert len(view.data) == len(history_log.records) - 1
    view.browser.undo_delete()
    x, _ = plotted(view.charts.charts["comfort"].markers["warned"])
    assert x.tolist() == [target.started_at.timestamp()]
    assert view.data.ids == [r.id for r in history_log.records]


def test_refresh_picks_up_a_new_session(view: HistoryView, history_log: Log,
                                        qtbot: QtBot) -> None:
    store, clock_now = history_log.store, history_log.records[-1].started_at + timedelta(hours=1)
    sid = store.start_session(history_log.profile_id, clock_now)
    store.end_session(sid, "completed", clock_now + timedelta(minutes=20))
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading)
    assert view.data.ids[-1] == sid
    assert view.browser.model.rows[0].id == sid


@pytest.mark.parametrize("name", ["light", "dark"])
def test_follows_the_theme(qtbot: QtBot, history_log: Log, name: str) -> None:
    t = theme.apply(QApplication.instance(), name)
    try:
        v = HistoryView(history_log.store)
        qtbot.addWidget(v)
        v.set_profile(history_log.profile_id)
        chart = v.charts.chart()
        assert chart.backgroundBrush().color() == QColor(t.surface)
        assert chart.plot.getAxis("left").textPen().color() == QColor(t.text)
        assert chart.markers["warned"].opts["symbolBrush"].color() == QColor(t.warning)
        assert chart.markers["hurt"].opts["symbolBrush"].color() == QColor(t.danger)
    finally:
        theme.apply(QApplication.instance(), "light")


def test_a_person_without_sessions_sees_a_calm_empty_page(qtbot: QtBot, store: Store,
                                                          clock: object) -> None:
    profile = store.add_profile("Nuevo", clock.now())
    v = HistoryView(store)
    qtbot.addWidget(v)
    v.set_profile(profile.id)
    qtbot.waitUntil(lambda: not v.loading)
    assert v.charts.chart().empty.textItem.toPlainText() == "No sessions in this period"
    assert v.browser.model.rowCount() == 0
    assert not v.browser.empty.isHidden()
    for fmt in ("comfort", "pressure", "touch", "weekly"):
        v.charts.show_chart(fmt)  # nothing to draw is not an error


def test_the_session_browser_does_not_load_pyqtgraph() -> None:
    code = ("import sys; import neurofoot_desktop.ui.history.browser, "
            "neurofoot_desktop.core.history; print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "False"


def test_feet_names_are_the_log_names() -> None:
    assert (*FEET, "both") == hist.FOOT_CHOICES


def test_trend_first_a_sentence_in_plain_words(view: HistoryView) -> None:
    """The top of the page says how the period went; each step on demand."""
    view.charts.set_period("3m")
    text = view.charts.overview.sentence.text()
    assert "comfort averaged" in text and "of 10 over" in text
    assert not view.charts.overview.steps.isVisible()
    view.charts.overview.steps_button.click()
    assert view.charts.overview.steps.isVisible()


def test_the_wheel_scrolls_the_page_and_zooms_only_with_ctrl(view: HistoryView) -> None:
    """A plain wheel turn is left to the page (ignored, so Qt hands a real one to the scroll
    area); with Ctrl it zooms the chart."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    chart = view.charts.chart()
    before = chart.x_range()

    def wheel(modifiers: Qt.KeyboardModifier) -> bool:
        centre = QPointF(chart.viewport().rect().center())
        event = QWheelEvent(centre, QPointF(chart.viewport().mapToGlobal(centre.toPoint())),
                            QPoint(0, 0), QPoint(0, -240), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        event.accept()
        chart.wheelEvent(event)
        return event.isAccepted()

    assert not wheel(Qt.KeyboardModifier.NoModifier)
    assert chart.x_range() == before  # no zoom
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert chart.x_range() != before
