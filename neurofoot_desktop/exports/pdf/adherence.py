"""The report's "Sessions against the plan" (issue 20): the share of the planned sessions
held in the period, with those the safety questions held back counted apart (they are days
done right, not misses) and those set aside with "not today" named apart too. No streaks.
The numbers are core.reminders.adherence(), over the plan that held on each day."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Protocol

from neurofoot_desktop.core import reminders as core
from neurofoot_desktop.exports.pdf.words import e, translate
from neurofoot_desktop.storage import StorageError, Store, plans
from neurofoot_desktop.storage.repository import Profile


class Context(Protocol):
    """What this section reads of sections.Context (which lists it in SUMMARY, so importing
    that module here would be a cycle)."""

    profile: Profile
    first: date
    last: date
    tz: tzinfo | None
    generated_at: datetime
    store: Store | None


def numbers(store: Store, profile_id: int, first: date, last: date, tz: tzinfo,
            now: datetime) -> core.Adherence | None:
    """The period's adherence, or None for a person who had no plan in it."""
    versions = plans.plan_versions(store, profile_id)
    if not any(v.plan is not None for v in versions):
        return None
    plan_on = plans.plan_on(versions, tz)
    start = max(first, versions[0].since.astimezone(tz).date())
    if start > last:
        return None
    marks = plans.session_marks(store, profile_id)
    decisions = plans.decisions(store, profile_id, start)
    return core.adherence(plan_on, start, last, tz, marks, decisions, now)


def planned_share(c: Context) -> str:
    if c.store is None:
        return ""
    tz = c.tz or datetime.now(UTC).astimezone().tzinfo or UTC
    try:
        a = numbers(c.store, c.profile.id, c.first, c.last, tz, c.generated_at)
    except StorageError:
        return ""
    if a is None:
        return ""
    past = a.planned - a.upcoming
    title = translate("Report", "Sessions against the plan")
    if past > 0:
        text = translate(
            "Report", "{done} of the {planned} sessions planned in the period were held "
                      "({share} %).").format(done=a.done, planned=past,
                                             share=round(100 * a.done / past))
    else:
        text = translate("Report", "No planned session fell due in the period.")
    apart = []
    if a.blocked:
        apart.append(translate(
            "Report", "{n} planned sessions were not started because the safety questions "
                      "said no massage that day; they are counted apart, not as missed."
        ).format(n=a.blocked))
    if a.skipped:
        apart.append(translate(
            "Report", "{n} were set aside with \u201cnot today\u201d.").format(n=a.skipped))
    if a.extra:
        apart.append(translate("Report", "{n} sessions were held beyond the plan.").format(
            n=a.extra))
    body = " ".join([text, *apart])
    return f"<h2>{e(title)}</h2><p>{e(body)}</p>"
