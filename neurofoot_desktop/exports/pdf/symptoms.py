"""The report's "Does it help?" section (issue 18): the sentence and the chart of symptoms
before and after each massage, painted by the same code as History (charts/symptoms.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from typing import Protocol

from PySide6.QtGui import QImage

from neurofoot_desktop.charts import canvas
from neurofoot_desktop.charts import symptoms as chart
from neurofoot_desktop.core import symptoms as rules
from neurofoot_desktop.exports.pdf import images
from neurofoot_desktop.exports.pdf.words import e, translate

ROW_H, FRAME_H = 80, 56  # logical pixels per symptom row, and for the legend, lane and axis


class Context(Protocol):
    """What this section reads of sections.Context (which lists it in SUMMARY, so importing
    that module here would be a cycle)."""

    records: Sequence[rules.LoggedSession]
    first: date
    last: date
    tz: tzinfo | None

    @property
    def chart_span(self) -> tuple[date, date]: ...

    def add_image(self, name: str, image: QImage) -> str: ...


def symptom_image(sessions: list[rules.SessionScores], first: date, last: date,
                  tz: tzinfo | None) -> QImage:
    rows = len(chart.shown_symptoms(chart.in_period(sessions, first, last, tz)))
    return images.image(FRAME_H + ROW_H * rows, lambda p, r: chart.paint(
        p, r, sessions, first, last, canvas.PRINT, tz))


def does_it_help(c: Context) -> str:
    """Nothing when no symptom was scored in the period: older logs read as before."""
    sessions = rules.of_records(c.records)
    if not any(s.before or s.after for s in sessions):
        return ""
    text = chart.sentence(sessions, chart.dates_words(c.first, c.last))
    title = translate("Report", "Does it help? Symptoms before and after each massage")
    out = [f"<h2>{e(title)}</h2>",
           f"<p><b>{e(text)}</b></p>"]
    if chart.shown_symptoms(sessions):
        note = translate("Report", "0 = none, 10 = worst imaginable, as the person rated them "
                                   "just before and just after the massage.")
        out.append(f"<p class='muted'>{e(note)}</p>")
        out.append(c.add_image("symptoms", symptom_image(sessions, *c.chart_span, c.tz)))
    return "".join(out)
