"""Does it help? Symptoms before and after each massage, for the History page and the report.

One row per symptom scored in the period: each session's "before" (a hollow ring) joined by a
line to its "after" (a filled dot), the weekly averages of both as lines, and the sessions
stopped because it hurt counted above the rows. The numbers come from core.symptoms; the one
plain sentence is `sentence`. Imports QtGui only, like the rest of this package.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from neurofoot_desktop.charts import marks
from neurofoot_desktop.charts.canvas import Canvas, Palette, counted_mark
from neurofoot_desktop.charts.sentence import day_text, number
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core import symptoms as rules
from neurofoot_desktop.core.symptoms import SessionScores
from neurofoot_desktop.core.vocabulary import Moment, Symptom

translate = QCoreApplication.translate
DENSE = 120  # more sessions than this in the period: smaller marks, fainter joins
LANE = 24.0  # room above the rows for the counted stop marks
SAME = 0.05  # a mean change smaller than this reads "about the same"


def symptom_name(symptom: Symptom, in_sentence: bool = False) -> str:
    """The same messages as ui.i18n.symptom_words (context "Words", so one translation);
    repeated here because the report cannot import the ui package."""
    if in_sentence:
        words = {Symptom.PAIN: translate("Words", "pain"),
                 Symptom.TINGLING: translate("Words", "burning or tingling"),
                 Symptom.NUMBNESS: translate("Words", "numbness")}
    else:
        words = {Symptom.PAIN: translate("Words", "Pain"),
                 Symptom.TINGLING: translate("Words", "Burning or tingling"),
                 Symptom.NUMBNESS: translate("Words", "Numbness")}
    return words[symptom]


def in_period(sessions: Sequence[SessionScores], first: date, last: date,
              tz: tzinfo | None = None) -> list[SessionScores]:
    t0, t1 = hist.span_seconds(first, last, tz)
    return [s for s in sessions if t0 <= s.started_at.timestamp() < t1]


def period_words(first: date, last: date, today: date) -> str:
    """"in the last 3 months" for the period buttons' spans, else the dates."""
    if last == today:
        for key, words in (("2w", translate("Charts", "in the last 2 weeks")),
                           ("3m", translate("Charts", "in the last 3 months")),
                           ("year", translate("Charts", "in the last year"))):
            if hist.period_dates(key, today)[0] == first:
                return words
    return dates_words(first, last)


def dates_words(first: date, last: date) -> str:
    return translate("Charts", "from {first} to {last}").format(first=day_text(first),
                                                                last=day_text(last))


def sentence(sessions: Sequence[SessionScores], when: str) -> str:
    """The one plain sentence: the average change after a massage, pain first; fewer than
    ENOUGH_PAIRS sessions scored before and after says there is not enough yet."""
    effects = [e for e in (rules.effect(sessions, s) for s in Symptom) if e.enough]
    if not effects:
        return translate(
            "Charts", "Not enough yet to say whether it helps: {n} of the {k} sessions needed "
            "have a score both before and after.").format(
            n=rules.paired_sessions(sessions), k=rules.ENOUGH_PAIRS)
    lead, *rest = effects
    change = lead.mean_change or 0.0
    if abs(change) < SAME:
        text = translate("Charts", "On average {symptom} was about the same after a massage "
                                   "as before, over {n} sessions {when}.")
    elif change < 0:
        text = translate("Charts", "On average {symptom} was {d} points lower after a "
                                   "massage, over {n} sessions {when}.")
    else:
        text = translate("Charts", "On average {symptom} was {d} points higher after a "
                                   "massage, over {n} sessions {when}.")
    out = text.format(symptom=symptom_name(lead.symptom, True), d=number(abs(change)),
                      n=lead.pairs, when=when)
    parts = []
    for e in rest:
        c = e.mean_change or 0.0
        if abs(c) < SAME:
            how = translate("Charts", "{symptom}: about the same")
        elif c < 0:
            how = translate("Charts", "{symptom}: {d} points lower")
        else:
            how = translate("Charts", "{symptom}: {d} points higher")
        parts.append(how.format(symptom=symptom_name(e.symptom, in_sentence=bool(parts)),
                                d=number(abs(c))))
    return out + (" " + "; ".join(parts) + "." if parts else "")


def shown_symptoms(sessions: Sequence[SessionScores]) -> list[Symptom]:
    """The symptoms with any real score (not "I don't know") in these sessions, in order."""
    return [sym for sym in Symptom
            if any(s.before.get(sym) is not None or s.after.get(sym) is not None
                   for s in sessions)]


def legend_words() -> tuple[str, str, str, str]:
    return (translate("Charts", "before"), translate("Charts", "after"),
            translate("Charts", "weekly average (dashed: before)"),
            translate("Charts", "stopped because it hurt"))


def paint(p: QPainter, rect: QRectF, sessions: Sequence[SessionScores], first: date, last: date,
          palette: Palette, tz: tzinfo | None = None) -> None:
    """sessions may hold more than the period; only [first, last] is drawn."""
    part = in_period(sessions, first, last, tz)
    shown = shown_symptoms(part)
    metrics = p.fontMetrics()
    line_h = float(metrics.height())
    before_c, after_c = QColor(palette.series[1]), QColor(palette.series[0])
    dense = len(part) > DENSE
    k = max(1.0, line_h / 18.0)  # marks grow with the type (200 %), never below print size
    radius = (2.2 if dense else 3.6) * k
    top = rect.top() + _legend(p, rect, palette, before_c, after_c, k) + 4
    if not shown:
        return
    rows_top = top + LANE * k
    axis_h = line_h + 10
    row_h = (rect.bottom() - rows_top - axis_h) / len(shown)
    left = metrics.horizontalAdvance("10") + 14
    canvases = []
    for i, sym in enumerate(shown):
        last_row = i == len(shown) - 1
        row = QRectF(rect.left(), rows_top + i * row_h, rect.width(),
                     row_h + (axis_h if last_row else 0))
        c = Canvas(p, row, first, last, palette, tz, left=left, top=line_h + 2,
                   bottom=axis_h if last_row else 8)
        canvases.append(c)
        p.setPen(QColor(palette.text))
        font = p.font()
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(c.plot.left(), row.top(), c.plot.width(), line_h),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   symptom_name(sym))
        p.setFont(font)
        c.grid((0, 5, 10), 0, 10)
        if last_row:
            c.time_axis()
        p.save()
        p.setClipRect(c.plot.adjusted(-6, -6, 6, 6))
        _pairs(p, c, part, sym, before_c, after_c, palette, radius, dense, k)
        _weekly(p, c, part, sym, tz, before_c, after_c, k)
        p.restore()
    _stops(p, canvases[0], part, first, last, tz, top, palette, LANE * k)


def _legend(p: QPainter, rect: QRectF, palette: Palette, before_c: QColor,
            after_c: QColor, k: float) -> float:
    """One line of shapes and words from rect's top-left (wrapping if narrow); its height."""
    metrics = p.fontMetrics()
    h = float(metrics.height())
    x, y = rect.left(), rect.top()
    words = legend_words()
    for i, label in enumerate(words):
        width = h * 1.6 + metrics.horizontalAdvance(label) + 18
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + h + 4
        cy = y + h / 2
        if i == 0:
            _ring(p, QPointF(x + h * 0.5, cy), 3.6 * k, before_c, k)
        elif i == 1:
            _dot(p, QPointF(x + h * 0.5, cy), 3.6 * k, after_c)
        elif i == 2:
            p.setPen(QPen(after_c, 2.6 * k))
            p.drawLine(QPointF(x, cy - 3 * k), QPointF(x + h * 1.2, cy - 3 * k))
            p.setPen(QPen(before_c, 1.8 * k, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, cy + 3 * k), QPointF(x + h * 1.2, cy + 3 * k))
        else:
            marks_size = h * 0.9
            counted_mark(p, marks.STOP, x + h * 0.5, cy, marks_size, 1, palette.danger,
                         palette.text)
        p.setPen(QColor(palette.text))
        p.drawText(QPointF(x + h * 1.6, y + metrics.ascent()), label)
        x += width
    return y + h - rect.top()


def _ring(p: QPainter, at: QPointF, r: float, colour: QColor, k: float = 1.0) -> None:
    p.setPen(QPen(colour, 1.6 * k))
    p.setBrush(QColor(255, 255, 255, 0))
    p.drawEllipse(at, r, r)


def _dot(p: QPainter, at: QPointF, r: float, colour: QColor) -> None:
    p.setPen(QPen(colour.darker(125), 0.6))
    p.setBrush(colour)
    p.drawEllipse(at, r, r)


def _pairs(p: QPainter, c: Canvas, part: Sequence[SessionScores], sym: Symptom,
           before_c: QColor, after_c: QColor, palette: Palette, radius: float,
           dense: bool, k: float) -> None:
    join = QColor(palette.muted)
    join.setAlphaF(0.45 if dense else 0.8)
    for s in part:
        x = c.x(s.started_at.timestamp())
        b, a = s.before.get(sym), s.after.get(sym)
        if b is not None and a is not None:
            p.setPen(QPen(join, (0.8 if dense else 1.2) * k))
            p.drawLine(QPointF(x, c.y(b, 0, 10)), QPointF(x, c.y(a, 0, 10)))
        if b is not None:
            _ring(p, QPointF(x, c.y(b, 0, 10)), radius, before_c, k)
        if a is not None:
            _dot(p, QPointF(x, c.y(a, 0, 10)), radius, after_c)


def _weekly(p: QPainter, c: Canvas, part: Sequence[SessionScores], sym: Symptom,
            tz: tzinfo | None, before_c: QColor, after_c: QColor, k: float) -> None:
    for moment, pen in ((Moment.BEFORE, QPen(before_c, 1.8 * k, Qt.PenStyle.DashLine)),
                        (Moment.AFTER, QPen(after_c, 2.8 * k))):
        weeks = rules.weekly(part, sym, moment, tz)
        if len(weeks) < 2:
            continue
        xs = [c.x(hist.day_start(monday, tz) + 3.5 * hist.DAY_S) for monday, _ in weeks]
        path = QPainterPath(QPointF(xs[0], c.y(weeks[0][1], 0, 10)))
        for x, (_, v) in zip(xs[1:], weeks[1:], strict=True):
            path.lineTo(x, c.y(v, 0, 10))
        p.strokePath(path, pen)


def _stops(p: QPainter, c: Canvas, part: Sequence[SessionScores], first: date, last: date,
           tz: tzinfo | None, top: float, palette: Palette, lane: float) -> None:
    """A stop mark per day, week or month with sessions stopped because it hurt, counted."""
    unit = hist.bucket_unit(first, last)
    counts: dict[date, int] = {}
    for s in part:
        if s.stopped_for_pain:
            start = hist.bucket_start(hist.local_date(s.started_at.timestamp(), tz), unit)
            counts[start] = counts.get(start, 0) + 1
    size = lane * 0.62
    for start, n in sorted(counts.items()):
        end = hist.next_bucket(start, unit) - timedelta(days=1)
        t0, t1 = hist.span_seconds(start, end, tz)
        counted_mark(p, marks.STOP, c.x((t0 + t1) / 2), top + lane / 2, size, n,
                     palette.danger, palette.text)
