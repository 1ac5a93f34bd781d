"""The report's words for the core's ids (pyside6-lupdate finds translate("Report", ...))."""

from __future__ import annotations

import html
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.core.report import Event
from neurofoot_desktop.exports.period import local

translate = QCoreApplication.translate


def e(text: str) -> str:
    return html.escape(text, quote=True)


def foot(foot_id: str) -> str:
    return {"left": translate("Report", "left"), "right": translate("Report", "right")}.get(
        foot_id, foot_id)


def day(d: date) -> str:
    return QLocale().toString(d, "d MMMM yyyy")


def month(d: date) -> str:
    return QLocale().toString(d, "MMMM yyyy")


def when(moment: datetime, tz: tzinfo | None) -> str:
    return local(moment, tz).strftime("%Y-%m-%d %H:%M")


def minutes(seconds: float) -> str:
    m = round(seconds / 60)
    if m < 60:
        return translate("Report", "{m} min").format(m=m)
    return translate("Report", "{h} h {m} min").format(h=m // 60, m=m % 60)


def step_title(protocol: Protocol, step_id: str) -> str:
    try:
        return protocol.step(step_id).title
    except KeyError:
        return step_id


def question(protocol: Protocol, question_id: str) -> str:
    try:
        return protocol.question(question_id).short
    except KeyError:
        return question_id.replace("_", " ")


def status(status_id: str) -> str:
    return {"completed": translate("Report", "completed"),
            "stopped": translate("Report", "stopped"),
            "incomplete": translate("Report", "not finished"),
            "blocked": translate("Report", "no massage (safety check)")}.get(status_id, status_id)


def event(protocol: Protocol, ev: Event) -> str:
    signs = ", ".join(question(protocol, w) for w in ev.warnings)
    if ev.kind == "blocked":
        why = signs or ev.reason
        return (translate("Report", "No massage that day (safety check): {why}.").format(why=why)
                if why else translate("Report", "No massage that day (safety check)."))
    if ev.kind == "warned":
        return translate("Report", "Warning signs reported: {what}.").format(what=signs)
    if ev.kind == "hurt":
        return translate(
            "Report", "\u201cIt hurts, stop\u201d during {step} ({foot} foot), pressure {level}."
        ).format(step=step_title(protocol, ev.step_id).lower(), foot=foot(ev.foot),
                 level=ev.pressure)
    return (translate("Report", "Session stopped early: {reason}.").format(reason=ev.reason)
            if ev.reason else translate("Report", "Session stopped early."))


def event_kind(kind: str, n: int) -> str:
    return {
        "blocked": translate("Report", "{n} days without massage (safety check)"),
        "warned": translate("Report", "{n} sessions with warning signs"),
        "hurt": translate("Report", "{n} stops because it hurt"),
        "stopped": translate("Report", "{n} sessions stopped early"),
    }[kind].format(n=n)
