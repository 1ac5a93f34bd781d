"""A PDF report a clinician can read in a minute, made with Qt (works offscreen).

QTextDocument lays out the text and tables; the two trend charts are painted
with QPainter into images embedded in the document, so the report does not
depend on the GUI's history view. Pages are drawn one by one to add a footer
with "page N of M". Import this module only when a PDF is wanted: it loads Qt.
"""

from __future__ import annotations

import html
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from neurofoot_desktop import APP_NAME
from neurofoot_desktop.core.protocol import FEET, STEP_IDS, Protocol, default_protocol
from neurofoot_desktop.core.session import Outcome
from neurofoot_desktop.exports.atomic import ExportError, ExportResult, write_atomic
from neurofoot_desktop.exports.period import Period, Selection, local, select
from neurofoot_desktop.storage.repository import Profile, SessionRecord, Store

# pyside6-lupdate finds translate("Report", "...") calls by this name.
translate = QCoreApplication.translate
DPI = 300
CHART_W, CHART_H = 660, 230  # logical pixels (96 per inch; A4 text is 673 wide); painted at 3x
CHART_SCALE = 3
# Okabe-Ito colours: tell apart with most kinds of colour blindness, and in grey print.
STEP_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")
SENSITIVITY_COLOURS = {"reduced": "#56B4E9", "normal": "#C8C8C8", "heightened": "#E69F00"}
WARNING_COLOUR = "#D55E00"
_app: QGuiApplication | None = None


def _foot_name(foot: str) -> str:
    return {"left": translate("Report", "left"), "right": translate("Report", "right")}[foot]


def _ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; the CLI makes an offscreen one."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        # A QApplication rather than a bare QGuiApplication, so that widgets (or
        # pytest-qt) can still share it later in the same process.
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["neurofoot", "-platform", "offscreen"])
    elif not isinstance(app, QGuiApplication):
        raise ExportError("The PDF report cannot be made from a non-graphical Qt program.")


# -- the numbers behind the report ------------------------------------------------------------
@dataclass(frozen=True)
class Bucket:
    start: date
    end: date  # exclusive
    comfort: dict[str, float]  # step id -> mean comfort (both feet)
    sensitivity: dict[str, Counter[str]]  # foot -> counts of results
    flagged: int  # sessions with a warning sign, a stop or "it hurts"


def _bucket_days(span_days: int) -> str:
    if span_days <= 45:
        return "day"
    if span_days <= 400:
        return "week"
    return "month"


def _bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=7 if unit == "week" else 1)


def _flagged(record: SessionRecord) -> bool:
    return bool(record.warnings) or record.hurt or record.status in ("stopped", "blocked")


def buckets(
    sessions: Sequence[SessionRecord], first: date, last: date, tz: tzinfo | None
) -> tuple[str, list[Bucket]]:
    unit = _bucket_days((last - first).days + 1)
    grouped: dict[date, list[SessionRecord]] = defaultdict(list)
    for s in sessions:
        grouped[_bucket_start(local(s.started_at, tz).date(), unit)].append(s)
    result = []
    for start in sorted(grouped):
        group = grouped[start]
        ratings: dict[str, list[int]] = defaultdict(list)
        touch: dict[str, Counter[str]] = {foot: Counter() for foot in FEET}
        for s in group:
            for step in s.steps:
                if step.comfort is not None:
                    ratings[step.step_id].append(step.comfort)
            for foot, t in s.light_touch.items():
                touch[foot][t.sensitivity] += 1
        result.append(
            Bucket(
                start,
                _next(start, unit),
                {k: sum(v) / len(v) for k, v in ratings.items()},
                touch,
                sum(_flagged(s) for s in group),
            )
        )
    return unit, result


# -- charts -------------------------------------------------------------------------------------
class _Chart:
    """A time axis and a plot area on an image, in logical pixels."""

    LEFT, RIGHT, TOP, BOTTOM = 64, 12, 34, 30

    def __init__(self, first: date, last: date, band: float = 0) -> None:
        self.first = first
        self.last = last + timedelta(days=1)
        self.image = QImage(
            CHART_W * CHART_SCALE, CHART_H * CHART_SCALE, QImage.Format.Format_ARGB32_Premultiplied
        )
        self.image.fill(QColor("white"))
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.scale(CHART_SCALE, CHART_SCALE)
        font = QFont()
        font.setPointSizeF(7.5)
        self.painter.setFont(font)
        self.band = band  # room under the plot, above the time axis
        self.plot = QRectF(
            self.LEFT,
            self.TOP,
            CHART_W - self.LEFT - self.RIGHT,
            CHART_H - self.TOP - self.BOTTOM - band,
        )

    def x(self, day: date) -> float:
        span = max(1, (self.last - self.first).days)
        return self.plot.left() + self.plot.width() * (day - self.first).days / span

    def x_span(self, start: date, end: date) -> tuple[float, float]:
        return self.x(max(start, self.first)), self.x(min(end, self.last))

    def time_axis(self) -> None:
        p = self.painter
        axis = self.plot.bottom() + self.band
        p.setPen(QPen(QColor("#444444"), 0.8))
        p.drawLine(QPointF(self.plot.left(), axis), QPointF(self.plot.right(), axis))
        days = (self.last - self.first).days
        ticks = _ticks(self.first, self.last, days)
        locale = QLocale()
        fmt = "d MMM" if days <= 120 else ("MMM yyyy" if days <= 1100 else "yyyy")
        metrics = p.fontMetrics()
        last_right = -1e9
        for tick in ticks:
            x = self.x(tick)
            p.setPen(QPen(QColor("#444444"), 0.8))
            p.drawLine(QPointF(x, axis), QPointF(x, axis + 4))
            label = locale.toString(tick, fmt)
            w = metrics.horizontalAdvance(label)
            left = min(max(x - w / 2, 0), CHART_W - w - 2)
            if left > last_right + 6:  # never let labels overlap
                p.drawText(QPointF(left, axis + 16), label)
                last_right = left + w

    def title(self, text: str) -> None:
        p = self.painter
        font = p.font()
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(8.5)
        p.setFont(bold)
        p.setPen(QColor("#222222"))
        p.drawText(QPointF(4, 14), text)
        p.setFont(font)

    def legend(self, items: Sequence[tuple[str, str, str]]) -> None:
        """Entries (colour, label, kind: line|box|triangle) on one line under the title."""
        p = self.painter
        x, y = 4.0, 27.0
        metrics = p.fontMetrics()
        for colour, label, kind in items:
            width = 18 + metrics.horizontalAdvance(label) + 14
            if x + width > CHART_W:
                break
            if kind == "line":
                p.setPen(QPen(QColor(colour), 2.2))
                p.drawLine(QPointF(x, y - 3.5), QPointF(x + 14, y - 3.5))
            elif kind == "triangle":
                _triangle(p, x + 7, y - 3, colour)
            else:
                p.setPen(QPen(QColor("#888888"), 0.5))
                p.setBrush(QColor(colour))
                p.drawRect(QRectF(x + 2, y - 8, 10, 9))
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QColor("#222222"))
            p.drawText(QPointF(x + 18, y), label)
            x += width

    def finish(self) -> QImage:
        self.painter.end()
        return self.image


def _triangle(p: QPainter, x: float, y: float, colour: str) -> None:
    path = QPainterPath()
    path.moveTo(x, y - 4)
    path.lineTo(x + 4, y + 3)
    path.lineTo(x - 4, y + 3)
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.fillPath(path, QColor(colour))


def _ticks(first: date, last: date, days: int) -> list[date]:
    if days <= 16:
        step_days = 1 if days <= 8 else 2
        return [first + timedelta(days=i) for i in range(0, days + 1, step_days)]
    if days <= 120:
        start = first + timedelta(days=(7 - first.weekday()) % 7)
        weeks = 1 if days <= 60 else 2
        return [
            start + timedelta(days=i)
            for i in range(0, days, 7 * weeks)
            if start + timedelta(days=i) <= last
        ]
    months_step = 1 if days <= 400 else 3 if days <= 1100 else 12
    ticks = []
    month = date(first.year, first.month, 1)
    if month < first:
        month = _next(month, "month")
    while month <= last:
        if (month.month - 1) % months_step == 0:
            ticks.append(month)
        month = _next(month, "month")
    return ticks


def comfort_chart(
    points: Sequence[Bucket], unit: str, first: date, last: date, protocol: Protocol
) -> QImage:
    chart = _Chart(first, last, band=22)
    p = chart.painter
    per = {
        "day": translate("Report", "each point is one day"),
        "week": translate("Report", "weekly averages"),
        "month": translate("Report", "monthly averages"),
    }[unit]
    chart.title(
        translate(
            "Report", "Comfort per step (0 = very uncomfortable, 10 = very comfortable), {per}"
        ).format(per=per)
    )
    legend = [(STEP_COLOURS[i], protocol.step(s).title, "line") for i, s in enumerate(STEP_IDS)]
    chart.legend(legend)
    plot = chart.plot
    for value in range(0, 11, 2):
        y = plot.bottom() - plot.height() * value / 10
        p.setPen(QPen(QColor("#E4E4E4"), 0.6))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#444444"))
        p.drawText(
            QRectF(plot.left() - 26, y - 7, 20, 14),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(value),
        )
    p.save()
    p.translate(14, plot.center().y())
    p.rotate(-90)
    p.drawText(
        QRectF(-50, -8, 100, 14), int(Qt.AlignmentFlag.AlignCenter), translate("Report", "comfort")
    )
    p.restore()
    chart.time_axis()
    for index, step_id in enumerate(STEP_IDS):
        series = [
            ((chart.x_span(b.start, b.end)), b.comfort[step_id])
            for b in points
            if step_id in b.comfort
        ]
        if not series:
            continue
        path = QPainterPath()
        pen = QPen(QColor(STEP_COLOURS[index]), 1.6 if len(series) > 60 else 2.0)
        p.setPen(pen)
        for i, ((x0, x1), value) in enumerate(series):
            point = QPointF((x0 + x1) / 2, plot.bottom() - plot.height() * value / 10)
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
            if len(series) <= 60:
                p.setBrush(QColor(STEP_COLOURS[index]))
                p.drawEllipse(point, 1.8, 1.8)
                p.setBrush(Qt.BrushStyle.NoBrush)
        p.strokePath(path, pen)
    _flag_band(chart, points)
    return chart.finish()


def _flag_band(chart: _Chart, points: Sequence[Bucket]) -> None:
    """Sessions with warning signs or stops, as bars under the comfort lines."""
    p = chart.painter
    top = chart.plot.bottom() + 6
    height = chart.band - 8
    p.save()
    font = p.font()
    font.setPointSizeF(6.5)
    p.setFont(font)
    p.setPen(QColor(WARNING_COLOUR).darker(130))
    p.drawText(
        QRectF(0, top - 6, chart.plot.left() - 4, height + 12),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        translate("Report", "warnings,\nstops"),
    )
    p.restore()
    p.fillRect(QRectF(chart.plot.left(), top, chart.plot.width(), height), QColor("#F6F6F6"))
    most = max((b.flagged for b in points), default=0)
    for b in points:
        if b.flagged:
            x0, x1 = chart.x_span(b.start, b.end)
            h = height * max(0.35, b.flagged / most)
            width = min(8.0, max(1.2, (x1 - x0) * 0.8))
            p.fillRect(
                QRectF((x0 + x1 - width) / 2, top + height - h, width, h), QColor(WARNING_COLOUR)
            )


def sensitivity_chart(points: Sequence[Bucket], unit: str, first: date, last: date) -> QImage:
    chart = _Chart(first, last)
    p = chart.painter
    share = (
        ""
        if unit == "day"
        else translate("Report", " (share of the checks in each {unit})").format(
            unit={"week": translate("Report", "week"), "month": translate("Report", "month")}[unit]
        )
    )
    chart.title(translate("Report", "Light-touch check by foot{share}").format(share=share))
    names = {
        "reduced": translate("Report", "reduced"),
        "normal": translate("Report", "normal"),
        "heightened": translate("Report", "heightened"),
    }
    chart.legend([(SENSITIVITY_COLOURS[k], names[k], "box") for k in SENSITIVITY_COLOURS])
    plot = chart.plot
    row_h = (plot.height() - 10) / 2
    labels = {"left": translate("Report", "left foot"), "right": translate("Report", "right foot")}
    for row, foot in enumerate(FEET):
        top = plot.top() + row * (row_h + 10)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(0, top, plot.left() - 6, row_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            labels[foot],
        )
        p.fillRect(QRectF(plot.left(), top, plot.width(), row_h), QColor("#F6F6F6"))
        for b in points:
            counts = b.sensitivity[foot]
            total = sum(counts.values())
            if not total:
                continue
            x0, x1 = chart.x_span(b.start, b.end)
            y = top + row_h
            for kind in ("reduced", "normal", "heightened"):  # stacked from the bottom
                h = row_h * counts[kind] / total
                if h:
                    p.fillRect(
                        QRectF(x0, y - h, max(0.6, x1 - x0), h), QColor(SENSITIVITY_COLOURS[kind])
                    )
                    y -= h
    chart.time_axis()
    return chart.finish()


# -- the document -------------------------------------------------------------------------------
def _fmt_day(day: date) -> str:
    return QLocale().toString(day, "d MMMM yyyy")


def _fmt_when(moment: datetime, tz: tzinfo | None) -> str:
    return local(moment, tz).strftime("%Y-%m-%d %H:%M")


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _period_text(
    selection: Selection, sessions: Sequence[SessionRecord], tz: tzinfo | None
) -> tuple[date | None, date | None]:
    first = selection.period.since or (
        local(sessions[0].started_at, tz).date() if sessions else None
    )
    last = selection.period.until or (
        local(sessions[-1].started_at, tz).date() if sessions else None
    )
    return first, last


def _minutes(seconds: float) -> str:
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours:
        return translate("Report", "{h} h {m} min").format(h=hours, m=minutes)
    return translate("Report", "{m} min").format(m=minutes)


STYLE = """
body { font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 14px 0 4px 0; color: #0b3d66; }
p { margin: 2px 0; }
.muted { color: #555555; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 0.5px solid #b8b8b8; padding: 2px 4px; }
table.grid th { background-color: #eef2f6; text-align: left; font-weight: 600; }
td.num { text-align: right; }
"""


def _section(
    profile: Profile,
    sessions: list[SessionRecord],
    selection: Selection,
    protocol: Protocol,
    tz: tzinfo | None,
    generated_at: datetime,
    add_image: Callable[[str, QImage], None],
    first_section: bool,
) -> str:
    first, last = _period_text(selection, sessions, tz)
    if first and last:
        period = translate("Report", "{first} to {last}").format(
            first=_fmt_day(first), last=_fmt_day(last)
        )
    else:
        period = translate("Report", "the whole log (no sessions yet)")
    status = Counter(s.status for s in sessions)
    out = []
    brk = "" if first_section else ' style="page-break-before: always"'
    heading = translate("Report", "Foot massage report: {name}").format(name=profile.name)
    out.append(f"<h1{brk}>{_e(heading)}</h1>")
    counts = translate(
        "Report", "{c} completed, {s} stopped, {i} not finished, {b} not started for safety"
    )
    counts = counts.format(
        c=status["completed"], s=status["stopped"], i=status["incomplete"], b=status["blocked"]
    )
    out.append(
        f"<p><b>{_e(translate('Report', 'Period:'))}</b> {_e(period)}<br/>"
        f"<b>{_e(translate('Report', 'Sessions:'))}</b> {len(sessions)} ({_e(counts)})"
    )
    massaged = sum(st.actual_s for s in sessions for st in s.steps)
    rated = [st.comfort for s in sessions for st in s.steps if st.comfort is not None]
    if rated:
        average = translate("Report", "{avg} / 10 over {n} ratings").format(
            avg=f"{sum(rated) / len(rated):.1f}", n=len(rated)
        )
        out.append(
            f"<br/><b>{_e(translate('Report', 'Time massaged:'))}</b> {_e(_minutes(massaged))}. "
            f"<b>{_e(translate('Report', 'Average comfort:'))}</b> {_e(average)}"
        )
    out.append("</p>")
    caveat = translate(
        "Report",
        "Everything here was reported by the person at home with the NeuroFoot guide; "
        "it has not been checked by a clinician. Generated {when}.",
    )
    out.append(f"<p class='muted'>{_e(caveat.format(when=_fmt_when(generated_at, tz)))}</p>")
    if not sessions:
        out.append(f"<p>{_e(translate('Report', 'There are no sessions in this period.'))}</p>")
        return "".join(out)

    assert first is not None and last is not None
    unit, points = buckets(sessions, first, last, tz)
    key = f"p{profile.id}"
    add_image(f"{key}-comfort", comfort_chart(points, unit, first, last, protocol))
    add_image(f"{key}-touch", sensitivity_chart(points, unit, first, last))
    out.append(f"<h2>{_e(translate('Report', 'Trends'))}</h2>")
    out.append(f"<p><img src='chart:{key}-comfort' width='{CHART_W}' height='{CHART_H}'/></p>")
    out.append(f"<p><img src='chart:{key}-touch' width='{CHART_W}' height='{CHART_H}'/></p>")
    out.append(_steps_table(sessions, protocol))
    out.append(_events_table(sessions, protocol, tz))
    out.append(_notes_table(sessions, protocol, tz))
    return "".join(out)


def _steps_table(sessions: Sequence[SessionRecord], protocol: Protocol) -> str:
    head = [
        translate("Report", "Step"),
        translate("Report", "Foot"),
        translate("Report", "Rated"),
        translate("Report", "Average comfort"),
        translate("Report", "Lowest"),
        translate("Report", "Average pressure"),
        translate("Report", "Last pressure"),
        translate("Report", "Skipped"),
        translate("Report", "It hurts"),
    ]
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    rows = [
        f"<h2>{_e(translate('Report', 'Each step: comfort and pressure used'))}</h2>",
        f"<table class='grid' width='100%' cellspacing='0'><thead><tr>{cells}</tr></thead>",
    ]
    foot_names = {"left": translate("Report", "left"), "right": translate("Report", "right")}
    for step_id in STEP_IDS:
        for n, foot in enumerate(FEET):
            results = [
                st for s in sessions for st in s.steps if st.step_id == step_id and st.foot == foot
            ]
            rated = [st.comfort for st in results if st.comfort is not None]
            done = [st for st in results if st.outcome != Outcome.SKIPPED]
            pressure = [st.pressure for st in done]
            last = done[-1].pressure if done else None
            avg = f"{sum(rated) / len(rated):.1f}" if rated else "–"
            lowest = str(min(rated)) if rated else "–"
            avg_p = f"{sum(pressure) / len(pressure):.1f}" if pressure else "–"
            last_p = (
                f"{last} {_e(protocol.pressure(last).name.lower())}" if last is not None else "–"
            )
            skipped = sum(st.outcome == Outcome.SKIPPED for st in results)
            hurt = sum(st.outcome == Outcome.HURT for st in results)
            title = f"<td rowspan='2'>{_e(protocol.step(step_id).title)}</td>" if n == 0 else ""
            rows.append(
                f"<tr>{title}<td>{_e(foot_names[foot])}</td><td class='num'>{len(rated)}</td>"
                f"<td class='num'>{avg}</td><td class='num'>{lowest}</td>"
                f"<td class='num'>{avg_p}</td><td>{last_p}</td>"
                f"<td class='num'>{skipped}</td><td class='num'>{hurt}</td></tr>"
            )
    rows.append("</table>")
    levels = ", ".join(f"{lv.level} {lv.name.lower()}" for lv in protocol.pressure_levels)
    legend = translate("Report", "Pressure levels: {levels}.").format(levels=levels)
    rows.append(f"<p class='muted'>{_e(legend)}</p>")
    return "".join(rows)


def _events(record: SessionRecord, protocol: Protocol) -> list[str]:
    """What a clinician should see about one session, one line each."""
    events = []
    signs = ", ".join(_question(protocol, w) for w in record.warnings)
    reason = record.status_reason.strip()
    if record.status == "blocked":
        why = signs or reason
        events.append(
            translate("Report", "No massage that day (safety check): {why}.").format(why=why)
            if why
            else translate("Report", "No massage that day (safety check).")
        )
    elif signs:
        events.append(translate("Report", "Warning signs reported: {what}.").format(what=signs))
    for st in record.steps:
        if st.outcome == Outcome.HURT:
            events.append(
                translate(
                    "Report",
                    "\u201cIt hurts, stop\u201d during {step} ({foot} foot), pressure {level}.",
                ).format(
                    step=protocol.step(st.step_id).title.lower(),
                    foot=_foot_name(st.foot),
                    level=st.pressure,
                )
            )
    if record.status == "stopped" and not record.hurt:
        events.append(
            translate("Report", "Session stopped early: {reason}.").format(reason=reason)
            if reason
            else translate("Report", "Session stopped early.")
        )
    return events


def _question(protocol: Protocol, question_id: str) -> str:
    try:
        return protocol.question(question_id).short
    except KeyError:
        return question_id.replace("_", " ")


def _events_table(sessions: Sequence[SessionRecord], protocol: Protocol, tz: tzinfo | None) -> str:
    rows = [(s, _events(s, protocol)) for s in sessions]
    rows = [(s, e) for s, e in rows if e]
    out = [
        f"<h2>{_e(translate('Report', 'Warning signs and stops ({n})').format(n=len(rows)))}</h2>"
    ]
    if not rows:
        out.append(f"<p>{_e(translate('Report', 'None in this period.'))}</p>")
        return "".join(out)
    when, what = translate("Report", "When"), translate("Report", "What")
    out.append(
        "<table class='grid' width='100%' cellspacing='0'><thead>"
        f"<tr><th width='18%'>{_e(when)}</th><th>{_e(what)}</th></tr></thead>"
    )
    for s, events in rows:
        # One line per row: rows that cross a page edge are split line by line.
        for event in events:
            out.append(f"<tr><td>{_fmt_when(s.started_at, tz)}</td><td>{_e(event)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _notes_table(sessions: Sequence[SessionRecord], protocol: Protocol, tz: tzinfo | None) -> str:
    notes = []
    for s in sessions:
        if s.note.strip():
            notes.append((s.started_at, translate("Report", "session"), s.note.strip()))
        for st in s.steps:
            if st.note.strip():
                where = f"{protocol.step(st.step_id).title}, {_foot_name(st.foot)}"
                notes.append((st.started_at or s.started_at, where, st.note.strip()))
    out = [f"<h2>{_e(translate('Report', 'Notes ({n})').format(n=len(notes)))}</h2>"]
    if not notes:
        out.append(f"<p>{_e(translate('Report', 'No notes in this period.'))}</p>")
        return "".join(out)
    head = [translate("Report", "When"), translate("Report", "Where"), translate("Report", "Note")]
    out.append(
        "<table class='grid' width='100%' cellspacing='0'><thead>"
        f"<tr><th width='18%'>{_e(head[0])}</th><th width='22%'>{_e(head[1])}</th>"
        f"<th>{_e(head[2])}</th></tr></thead>"
    )
    for when, where, text in notes:
        out.append(
            f"<tr><td>{_fmt_when(when, tz)}</td><td>{_e(where)}</td><td>{_e(text)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def build_document(
    selection: Selection,
    generated_at: datetime,
    tz: tzinfo | None = None,
    protocol: Protocol | None = None,
) -> QTextDocument:
    _ensure_gui()
    protocol = protocol or default_protocol()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    font = QFont()
    font.setPointSizeF(9)
    # No ligatures: "fi" must stay two letters for search and copy in PDF viewers.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)

    def add_image(name: str, image: QImage) -> None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)

    parts = []
    profiles = selection.profiles or []
    for i, profile in enumerate(profiles):
        parts.append(
            _section(
                profile,
                selection.sessions_of(profile),
                selection,
                protocol,
                tz,
                generated_at,
                add_image,
                i == 0,
            )
        )
    if not profiles:
        nobody = translate(
            "Report", "There is nobody in the log yet, so there is nothing to report."
        )
        parts.append(
            f"<h1>{_e(translate('Report', 'Foot massage report'))}</h1><p>{_e(nobody)}</p>"
        )
    doc.setHtml(f"<html><body>{''.join(parts)}</body></html>")
    return doc


def render_pdf(
    selection: Selection,
    generated_at: datetime,
    tz: tzinfo | None = None,
    protocol: Protocol | None = None,
) -> tuple[bytes, int]:
    """The report as PDF bytes and its number of pages."""
    doc = build_document(selection, generated_at, tz, protocol)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(translate("Report", "{app} foot massage report").format(app=APP_NAME))
    writer.setCreator(APP_NAME)
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)
    writer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = _paint(doc, writer, _footer_left(selection))
    buffer.close()
    return bytes(data.data()), pages


def _footer_left(selection: Selection) -> str:
    if len(selection.profiles) == 1:
        return translate("Report", "{app} report for {name}").format(
            app=APP_NAME, name=selection.profiles[0].name
        )
    return translate("Report", "{app} report").format(app=APP_NAME)


def _paint(doc: QTextDocument, writer: QPdfWriter, footer_left: str) -> int:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(translate("Report", "The PDF report could not be started."))
    try:
        layout = doc.documentLayout()
        layout.setPaintDevice(writer)
        page = writer.pageLayout().paintRectPixels(DPI)
        footer_h = DPI * 0.35  # room under the text for the page number
        body = QSizeF(page.width(), page.height() - footer_h)
        doc.setPageSize(body)
        count = doc.pageCount()
        footer_font = QFont()
        footer_font.setPointSizeF(7.5)
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            # The layout only skips what lies outside context.clip; the painter must clip
            # too, or rows crossing the page edge spill into the footer and the next page.
            painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
            painter.translate(0, -index * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#666666"))
            y = page.height() - footer_h * 0.3
            painter.drawLine(
                QPointF(0, page.height() - footer_h * 0.6),
                QPointF(page.width(), page.height() - footer_h * 0.6),
            )
            rect = QRectF(0, y - DPI * 0.12, page.width(), DPI * 0.2)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), footer_left)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignRight),
                translate("Report", "Page {n} of {total}").format(n=index + 1, total=count),
            )
        return count
    finally:
        painter.end()


def export_pdf(
    store: Store,
    path: str | os.PathLike[str],
    *,
    profile: str | None = None,
    period: Period | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> ExportResult:
    """Write the clinician's report to path; raises ExportError."""
    selection = select(store, profile, period, tz)
    data, pages = render_pdf(selection, now or datetime.now(UTC), tz)
    return ExportResult(write_atomic(path, data), len(selection.sessions), pages)
