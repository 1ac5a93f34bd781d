"""The one plain sentence under the trend, in the person's language (screen and report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from neurofoot_desktop.core.history import Summary

translate = QCoreApplication.translate


def number(value: float) -> str:
    return QLocale().toString(round(value, 1), "f", 1)


def day_text(day: object) -> str:
    return QLocale().toString(day, "d MMM yyyy")


def sentence(s: Summary, period: str | None = None) -> str:
    """period: words such as "Over the last 3 months"; None says the dates."""
    when = period or translate("Charts", "From {first} to {last}").format(
        first=day_text(s.first), last=day_text(s.last))
    if not s.sessions:
        return translate("Charts", "{when}: no sessions.").format(when=when)
    parts = []
    if s.comfort is None:
        parts.append(translate("Charts", "{when}: {n} sessions, none rated.").format(
            when=when, n=s.sessions))
    else:
        change = s.change
        if change is None:
            versus = ""
        elif abs(change) < 0.05:
            versus = translate("Charts", ", the same as the period before")
        elif change > 0:
            versus = translate("Charts", ", up {d} from the period before").format(
                d=number(change))
        else:
            versus = translate("Charts", ", down {d} from the period before").format(
                d=number(-change))
        parts.append(translate("Charts", "{when} comfort averaged {avg} of 10 over {n} "
                                         "sessions{versus}.").format(
            when=when, avg=number(s.comfort), n=s.sessions, versus=versus))
    if s.hurt_stops == 1:
        parts.append(translate("Charts", "1 session stopped because it hurt."))
    elif s.hurt_stops:
        parts.append(translate("Charts", "{n} sessions stopped because it hurt.").format(
            n=s.hurt_stops))
    if s.warning_days == 1:
        parts.append(translate("Charts", "1 day with warning signs."))
    elif s.warning_days:
        parts.append(translate("Charts", "{n} days with warning signs.").format(
            n=s.warning_days))
    if not s.hurt_stops and not s.warning_days:
        parts.append(translate("Charts", "No stops because it hurt and no warning signs."))
    return " ".join(parts)
