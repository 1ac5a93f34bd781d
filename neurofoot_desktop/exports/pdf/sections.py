"""The report's sections, each a function of one Context returning HTML.

The summary is SUMMARY (at most 4 pages whatever the period: every list in it is
capped); APPENDIX holds the full lists. A new section is one function here (or in
a module of its own) plus one entry in SUMMARY or APPENDIX.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from neurofoot_desktop.charts.sentence import sentence
from neurofoot_desktop.core import history as hist
from neurofoot_desktop.core import report
from neurofoot_desktop.core.protocol import STEP_IDS, Protocol
from neurofoot_desktop.exports.pdf import images
from neurofoot_desktop.exports.pdf.adherence import planned_share
from neurofoot_desktop.exports.pdf.symptoms import does_it_help
from neurofoot_desktop.exports.pdf.words import e, translate
from neurofoot_desktop.exports.pdf.words import foot as foot_name
from neurofoot_desktop.storage.repository import Profile, SessionRecord, Store

APPENDIX_NOTE_CHARS = 600
# A chart with its title: one paragraph whose lines Qt keeps whole (pdf._set_html looks for it)
TITLED = "<p style='white-space: pre; "


@dataclass
class Context:
    """One person's part of the report."""

    profile: Profile
    records: list[SessionRecord]  # the period's, oldest first
    data: hist.HistoryData  # the period and the period of equal length before it
    first: date
    last: date
    tz: tzinfo | None
    protocol: Protocol
    generated_at: datetime
    doc: QTextDocument
    first_person: bool = True
    chart_first: date | None = None
    chart_last: date | None = None
    store: Store | None = None  # for what is kept beside the sessions (the plan, issue 20)

    @property
    def chart_span(self) -> tuple[date, date]:
        return self.chart_first or self.first, self.chart_last or self.last

    def add_image(self, name: str, image: QImage, title: str | None = None) -> str:
        """The chart as a paragraph; with a title, the title looks like a section heading and
        shares the chart's paragraph, whose lines Qt never splits across pages (white-space:
        pre), so a heading never ends a page without its chart."""
        key = f"chart:p{self.profile.id}-{name}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
        img = (f"<img src='{key}' width='{images.WIDTH}' "
               f"height='{image.height() // images.SCALE}'/>")
        if title is None:
            return f"<p>{img}</p>"
        return (f"{TITLED}margin-top: 12px'><span style='font-size: 11.5pt; "
                f"font-weight: bold; color: #0b3d66'>{e(title)}</span><br/>{img}</p>")


Section = Callable[[Context], str]


def h2(text: str) -> str:
    return f"<h2>{e(text)}</h2>"


def header(c: Context) -> str:
    from neurofoot_desktop.exports.pdf.words import day, minutes

    brk = "" if c.first_person else ' style="page-break-before: always"'
    heading = translate("Report", "Foot massage report: {name}").format(name=c.profile.name)
    period = translate("Report", "{first} to {last}").format(first=day(c.first), last=day(c.last))
    status = Counter(s.status for s in c.records)
    counts = translate(
        "Report", "{c} completed, {s} stopped, {i} not finished, {b} not started for safety"
    ).format(c=status["completed"], s=status["stopped"], i=status["incomplete"],
             b=status["blocked"])
    out = [f"<h1{brk}>{e(heading)}</h1>",
           f"<p><b>{e(translate('Report', 'Period:'))}</b> {e(period)}<br/>"
           f"<b>{e(translate('Report', 'Sessions:'))}</b> {len(c.records)} ({e(counts)})"]
    if c.records:
        massaged = sum(st.actual_s for s in c.records for st in s.steps)
        out.append(f"<br/><b>{e(translate('Report', 'Time massaged:'))}</b> "
                   f"{e(minutes(massaged))}")
    out.append("</p>")
    caveat = translate(
        "Report", "Everything here was reported by the person at home with the NeuroFoot "
        "guide; it has not been checked by a clinician. Generated {when}.")
    from neurofoot_desktop.exports.pdf.words import when

    out.append(f"<p class='muted'>{e(caveat.format(when=when(c.generated_at, c.tz)))}</p>")
    if not c.records:
        out.append(f"<p><b>{e(translate('Report', 'There are no sessions in this period.'))}"
                   "</b></p>")
    return "".join(out)


def trend(c: Context) -> str:
    if not c.records:
        return ""
    text = sentence(hist.summary(c.data, c.first, c.last, c.tz))
    title = translate("Report", "Comfort after each session (0 = painful, 10 = very "
                                "comfortable): the trend and its usual range")
    return (h2(translate("Report", "Trend")) + f"<p><b>{e(text)}</b></p>"
            f"<p class='muted'>{e(title)}</p>"
            + c.add_image("trend", images.trend_image(c.data, *c.chart_span, c.tz)))


def steps(c: Context) -> str:
    if not c.records:
        return ""
    titles = [c.protocol.step(s).title for s in STEP_IDS]
    out = [c.add_image("steps", images.steps_image(c.data, *c.chart_span, titles, c.tz),
                       translate("Report", "Each step: comfort and pressure used"))]
    head = [translate("Report", "Step"), translate("Report", "Foot"),
            translate("Report", "Rated"), translate("Report", "Average comfort"),
            translate("Report", "Lowest"), translate("Report", "Average pressure"),
            translate("Report", "Last pressure"), translate("Report", "Skipped"),
            translate("Report", "It hurts")]
    cells = "".join(f"<th>{e(h)}</th>" for h in head)
    out.append(f"<table class='grid' width='100%' cellspacing='0'><thead><tr>{cells}</tr>"
               "</thead>")
    for i, row in enumerate(report.step_rows(c.records)):
        title = (f"<td rowspan='2'>{e(c.protocol.step(row.step_id).title)}</td>"
                 if i % 2 == 0 else "")
        last = (f"{row.last_pressure} {e(c.protocol.pressure(row.last_pressure).name.lower())}"
                if row.last_pressure is not None else "–")
        out.append(
            f"<tr>{title}<td>{e(foot_name(row.foot))}</td><td class='num'>{row.rated}</td>"
            f"<td class='num'>{_num(row.mean)}</td>"
            f"<td class='num'>{'–' if row.lowest is None else row.lowest}</td>"
            f"<td class='num'>{_num(row.mean_pressure)}</td><td>{last}</td>"
            f"<td class='num'>{row.skipped}</td><td class='num'>{row.hurt}</td></tr>")
    out.append("</table>")
    levels = ", ".join(f"{lv.level} {lv.name.lower()}" for lv in c.protocol.pressure_levels)
    # Spelled out of the f-string so lupdate can find the words.
    words = translate("Report", "Pressure levels: {levels}.").format(levels=levels)
    out.append(f"<p class='muted'>{e(words)}</p>")
    return "".join(out)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def touch(c: Context) -> str:
    if not any(r.light_touch for r in c.records):
        return ""
    feet = [translate("Report", "left foot"), translate("Report", "right foot")]
    levels = [translate("Report", "reduced"), translate("Report", "normal"),
              translate("Report", "heightened")]
    return c.add_image("touch", images.touch_image(c.data, *c.chart_span, feet, levels, c.tz),
                       translate("Report", "Light-touch check by foot (share of the checks)"))


def events(c: Context) -> str:
    from neurofoot_desktop.exports.pdf.words import event, event_kind, month, when

    found = report.all_events(c.records)
    out = [h2(translate("Report", "Warning signs and stops ({n})").format(n=len(found)))]
    if not found:
        return out[0] + f"<p>{e(translate('Report', 'None in this period.'))}</p>"
    grouped = report.grouped_events(found, c.tz)
    if grouped is None:
        rows = [(when(ev.when, c.tz), event(c.protocol, ev)) for ev in found]
        head = translate("Report", "When")
    else:
        shown = grouped[:report.MAX_EVENT_LINES]
        rows = [(month(g.month), "; ".join(event_kind(k, n) for k, n in sorted(g.counts.items())))
                for g in shown]
        head = translate("Report", "Month")
        more = len(grouped) - len(shown)
        note = translate("Report", "Counted per month, newest first; each one is listed in "
                                   "the appendix.")
        if more:
            note += " " + translate("Report", "{n} earlier months are not shown here.").format(
                n=more)
        out.append(f"<p class='muted'>{e(note)}</p>")
    what = translate("Report", "What")
    out.append("<table class='grid' width='100%' cellspacing='0'><thead>"
               f"<tr><th width='18%'>{e(head)}</th><th>{e(what)}</th></tr></thead>")
    out += [f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in rows]
    out.append("</table>")
    return "".join(out)


def _notes_table(c: Context, found: list[report.Note], limit: int) -> str:
    from neurofoot_desktop.exports.pdf.words import step_title, when

    head = [translate("Report", "When"), translate("Report", "Where"),
            translate("Report", "Note")]
    out = ["<table class='grid' width='100%' cellspacing='0'><thead>"
           f"<tr><th width='18%'>{e(head[0])}</th><th width='22%'>{e(head[1])}</th>"
           f"<th>{e(head[2])}</th></tr></thead>"]
    cut_any = False
    for n in found:
        text, cut = report.shorten(n.text, limit)
        cut_any |= cut
        where = (f"{step_title(c.protocol, n.step_id)}, {foot_name(n.foot)}" if n.step_id
                 else translate("Report", "session"))
        out.append(f"<tr><td>{when(n.when, c.tz)}</td><td>{e(where)}</td><td>{e(text)}</td></tr>")
    out.append("</table>")
    if cut_any:
        out.append("<p class='muted'>" + e(translate(
            "Report", "Long notes are shortened here (…); the JSON export holds them whole."))
            + "</p>")
    return "".join(out)


def flagged_notes(c: Context) -> str:
    found = [n for n in report.notes(c.records) if n.session_flagged]
    title = translate("Report", "Notes of sessions with warning signs or stops ({n})")
    out = [h2(title.format(n=len(found)))]
    if not found:
        return out[0] + f"<p>{e(translate('Report', 'None in this period.'))}</p>"
    shown = found[-report.MAX_NOTES:]  # the most recent
    if len(shown) < len(found):
        out.append("<p class='muted'>" + e(translate(
            "Report", "The {k} most recent of {n}; all notes are in the appendix.").format(
            k=len(shown), n=len(found))) + "</p>")
    out.append(_notes_table(c, shown, report.NOTE_CHARS))
    return "".join(out)


def session_list(c: Context) -> str:
    """One paragraph per session: Qt lays out long tables slowly, paragraphs quickly."""
    from neurofoot_desktop.exports.pdf.words import minutes, status, when

    out = ['<h1 style="page-break-before: always">'
           + e(translate("Report", "Appendix: every session ({n})").format(n=len(c.records)))
           + "</h1>"]
    comfort = translate("Report", "comfort {value}")
    for r in c.records:
        avg = r.average_comfort
        facts = [status(r.status), minutes(sum(st.actual_s for st in r.steps))]
        if avg is not None:
            facts.append(comfort.format(value=_num(avg)))
        facts += _event_texts(c, r)
        out.append(f"<p class='row'><b>{when(r.started_at, c.tz)}</b> · "
                   f"{e(' · '.join(facts))}</p>")
    return "".join(out)


def _event_texts(c: Context, r: SessionRecord) -> list[str]:
    from neurofoot_desktop.exports.pdf.words import event

    return [event(c.protocol, ev) for ev in report.events(r)]


def all_notes(c: Context) -> str:
    from neurofoot_desktop.exports.pdf.words import step_title, when

    found = report.notes(c.records)
    out = [h2(translate("Report", "Appendix: all notes ({n})").format(n=len(found)))]
    if not found:
        return out[0] + f"<p>{e(translate('Report', 'No notes in this period.'))}</p>"
    cut_any = False
    for n in found:
        text, cut = report.shorten(n.text, APPENDIX_NOTE_CHARS)
        cut_any |= cut
        where = (f"{step_title(c.protocol, n.step_id)}, {foot_name(n.foot)}" if n.step_id
                 else translate("Report", "session"))
        out.append(f"<p class='row'><b>{when(n.when, c.tz)}</b> · {e(where)}: {e(text)}</p>")
    if cut_any:
        out.append("<p class='muted'>" + e(translate(
            "Report", "Long notes are shortened here (…); the JSON export holds them whole."))
            + "</p>")
    return "".join(out)


SUMMARY: tuple[Section, ...] = (header, trend, planned_share, does_it_help, steps, touch, events,
                                flagged_notes)
APPENDIX: tuple[Section, ...] = (session_list, all_notes)
