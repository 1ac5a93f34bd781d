"""History's "Does it help?" (issue 18): the sentence and the marks a person sees."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.history_fixtures import DAYS, HURT_DAY, Log, history_log
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.storage import symptoms as symptom_store
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history.page import HistoryView
from neurofoot_desktop.ui.history.symptoms import SymptomsSection

__all__ = ["history_log"]

SCORED = 40  # the last 40 days have pain before and after; HURT_DAY (20 days ago) among them


def score(log: Log, day: int, moment: Moment, symptom: Symptom, value: int | None) -> None:
    symptom_store.record(log.store, log.record(day).id, moment, symptom, value,
                         datetime.now(UTC))


def open_view(qtbot: QtBot, log: Log) -> HistoryView:
    theme.apply(QApplication.instance(), "light")
    v = HistoryView(log.store)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.set_profile(log.profile_id)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.loading)
    return v


def section(v: HistoryView) -> SymptomsSection:
    return next(s for s in v.charts.overview.sections if isinstance(s, SymptomsSection))


@pytest.fixture
def scored(history_log: Log) -> Log:
    # 24 sessions 2 points lower after, 16 one point lower: on average 1.6 lower.
    for i, day in enumerate(range(DAYS - SCORED, DAYS)):
        before = 6 + i % 3
        score(history_log, day, Moment.BEFORE, Symptom.PAIN, before)
        score(history_log, day, Moment.AFTER, Symptom.PAIN, before - (2 if i < 24 else 1))
    for day in range(DAYS - 10, DAYS):  # tingling: one point lower, in 10 sessions
        score(history_log, day, Moment.BEFORE, Symptom.TINGLING, 4)
        score(history_log, day, Moment.AFTER, Symptom.TINGLING, 3)
    # numbness: "I don't know" only, which is not a score and draws no row
    score(history_log, DAYS - 1, Moment.BEFORE, Symptom.NUMBNESS, None)
    return history_log


def colour_pixels(image: QImage, colour: str, top: int, bottom: int) -> int:
    want = QColor(colour)
    found = 0
    for y in range(max(0, top), min(image.height(), bottom), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())) < 40:
                found += 1
    return found


def test_the_sentence_says_how_much_lower_after_a_massage(qtbot: QtBot, scored: Log) -> None:
    v = open_view(qtbot, scored)
    v.charts.set_period("3m")
    text = section(v).sentence.text()
    assert text == ("On average pain was 1.6 points lower after a massage, over 40 sessions "
                    "in the last 3 months. Burning or tingling: 1.0 points lower.")
    assert section(v).chart.rows == 2  # no numbness row: an "I don't know" is not a score


def test_fewer_than_five_pairs_is_not_enough_yet(qtbot: QtBot, history_log: Log) -> None:
    for day in (DAYS - 3, DAYS - 2, DAYS - 1):
        score(history_log, day, Moment.BEFORE, Symptom.PAIN, 5)
        score(history_log, day, Moment.AFTER, Symptom.PAIN, 3)
    score(history_log, DAYS - 4, Moment.BEFORE, Symptom.PAIN, 5)  # no "after": not a pair
    v = open_view(qtbot, history_log)
    v.charts.set_period("2w")
    assert section(v).sentence.text() == (
        "Not enough yet to say whether it helps: 3 of the 5 sessions needed have a score "
        "both before and after.")
    assert section(v).chart.isVisible()  # the marks there are still shown


def test_no_scores_no_chart_only_the_sentence(qtbot: QtBot, history_log: Log) -> None:
    v = open_view(qtbot, history_log)
    assert section(v).sentence.text().startswith("Not enough yet")
    assert not section(v).chart.isVisible()


def test_before_after_marks_and_the_stop_for_pain(qtbot: QtBot, scored: Log) -> None:
    """The after dots and before rings are drawn in the period; the session stopped because it
    hurt (20 days ago) gets a stop mark in 3 months and none in 2 weeks."""
    v = open_view(qtbot, scored)
    v.charts.set_period("3m")
    chart = section(v).chart
    palette_ = theme.current()
    from neurofoot_desktop.ui.history.chart_base import series_colours

    after, before = series_colours(palette_)[0], series_colours(palette_)[1]
    lane = (0, palette_.px(70))  # the legend and the stop lane above the rows
    rows = (palette_.px(70), chart.height())
    image = chart.grab().toImage()
    stops_3m = colour_pixels(image, palette_.danger, *lane)
    assert colour_pixels(image, after, *rows) > 50
    assert colour_pixels(image, before, *rows) > 20
    v.charts.set_period("2w")
    image = chart.grab().toImage()
    stops_2w = colour_pixels(image, palette_.danger, *lane)
    assert stops_3m > stops_2w > 0  # the legend's own stop mark stays
    assert HURT_DAY < DAYS - 14


def test_the_sentence_in_spanish(qtbot: QtBot, scored: Log) -> None:
    from neurofoot_desktop.ui import i18n

    app = QApplication.instance()
    i18n.install(app, "es")
    try:
        v = open_view(qtbot, scored)
        v.charts.set_period("3m")
        assert section(v).sentence.text() == (
            "De media, la puntuación de dolor fue 1,6 puntos más baja después de un masaje, "
            "en 40 sesiones en los últimos 3 meses. Ardor u hormigueo: 1,0 puntos menos.")
        assert section(v).title.text().startswith("¿Ayuda? Síntomas antes y después")
    finally:
        i18n.install(app, "en")
