"""The reminder plan and the decisions about reminders in the log (issue 20).

A plan is kept as versions: saving one adds a row that holds from then on, so a past week is
judged against the plan of that week. "No plan" is a row too (no days), which also records
that the plan was offered and declined. Every write is one committed transaction.
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.reminders import (
    DAY_NAMES,
    Decision,
    DecisionKind,
    Plan,
    PlanOn,
    SessionMark,
)
from neurofoot_desktop.storage.repository import Store, _reading


@dataclass(frozen=True)
class PlanVersion:
    since: datetime
    plan: Plan | None  # None: no plan from `since` on


def encode(plan: Plan) -> tuple[str, str, str | None, str | None, int]:
    """The plan as the log (and the JSON export) spells it: 'mon,wed', '09:00,18:00'."""
    return (",".join(plan.day_ids()), ",".join(f"{t:%H:%M}" for t in plan.times),
            f"{plan.quiet_start:%H:%M}" if plan.quiet_start else None,
            f"{plan.quiet_end:%H:%M}" if plan.quiet_end else None, int(plan.reminders))


def decode(days: str, times: str, quiet_start: str | None, quiet_end: str | None,
           reminders: object = 1) -> Plan | None:
    """The reverse of encode(); ValueError (PlanError) on a plan that cannot work."""
    if not days:
        return None
    try:
        chosen = frozenset(DAY_NAMES.index(d.strip()) for d in days.split(","))
    except ValueError:
        raise ValueError(f"unknown day in {days!r} (use {', '.join(DAY_NAMES)}).") from None
    return Plan(chosen, tuple(time.fromisoformat(t.strip()) for t in times.split(",") if t),
                time.fromisoformat(quiet_start) if quiet_start else None,
                time.fromisoformat(quiet_end) if quiet_end else None, bool(reminders))


def save_plan(store: Store, profile_id: int, plan: Plan | None, now: datetime) -> None:
    days, times, quiet_start, quiet_end, reminders = encode(plan) if plan else ("", "", None,
                                                                                None, 0)
    with store.transaction() as c:
        c.execute("INSERT INTO plans (profile_id, since, days, times, quiet_start, quiet_end, "
                  "reminders) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (profile_id, to_iso(now), days, times, quiet_start, quiet_end, reminders))


def add_versions(conn: sqlite3.Connection, profile_id: int, versions: list[PlanVersion]
                 ) -> int:
    """An import's plan versions, inside its transaction: those whose `since` the person
    already has are left as they are (importing a file twice adds nothing). Returns how many
    were added."""
    have = {r[0] for r in conn.execute("SELECT since FROM plans WHERE profile_id = ?",
                                       (profile_id,))}
    added = 0
    for v in versions:
        since = to_iso(v.since)
        if since in have:
            continue
        days, times, quiet_start, quiet_end, reminders = (
            encode(v.plan) if v.plan else ("", "", None, None, 0))
        conn.execute("INSERT INTO plans (profile_id, since, days, times, quiet_start, "
                     "quiet_end, reminders) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (profile_id, since, days, times, quiet_start, quiet_end, reminders))
        have.add(since)
        added += 1
    return added


@_reading
def plan_versions(store: Store, profile_id: int) -> list[PlanVersion]:
    rows = store.connection.execute(
        "SELECT since, days, times, quiet_start, quiet_end, reminders FROM plans "
        "WHERE profile_id = ? ORDER BY since, id", (profile_id,))
    return [PlanVersion(from_iso(r[0]), decode(*r[1:])) for r in rows]


def current_plan(store: Store, profile_id: int) -> Plan | None:
    versions = plan_versions(store, profile_id)
    return versions[-1].plan if versions else None


def plan_was_offered(store: Store, profile_id: int) -> bool:
    """Any plan row, even "no plan", means the person has been asked already."""
    return bool(plan_versions(store, profile_id))


def plan_on(versions: list[PlanVersion], tz: tzinfo) -> PlanOn:
    """The plan that held on each local day: the last version saved on or before that day."""
    days = [v.since.astimezone(tz).date() for v in versions]

    def on(day: date) -> Plan | None:
        index = bisect.bisect_right(days, day)
        return versions[index - 1].plan if index else None

    return on


def record_decision(store: Store, profile_id: int, decision: Decision) -> None:
    with store.transaction() as c:
        c.execute("INSERT INTO reminder_decisions (profile_id, kind, made_at, day, slot, until) "
                  "VALUES (?, ?, ?, ?, ?, ?)",
                  (profile_id, decision.kind.value, to_iso(decision.at),
                   decision.day.isoformat(), decision.slot,
                   to_iso(decision.until) if decision.until else None))


def add_decisions(conn: sqlite3.Connection, profile_id: int, found: list[Decision]) -> int:
    """An import's snoozes and "not today" answers, inside its transaction; one the person
    already has (same kind, moment, day and slot) is left as it is. Returns how many were
    added."""
    have = {tuple(r) for r in conn.execute(  # rows may be sqlite3.Row: compare as tuples
        "SELECT kind, made_at, day, slot FROM reminder_decisions WHERE profile_id = ?",
        (profile_id,))}
    added = 0
    for d in found:
        key = (d.kind.value, to_iso(d.at), d.day.isoformat(), d.slot)
        if key in have:
            continue
        conn.execute("INSERT INTO reminder_decisions (profile_id, kind, made_at, day, slot, "
                     "until) VALUES (?, ?, ?, ?, ?, ?)",
                     (profile_id, *key, to_iso(d.until) if d.until else None))
        have.add(key)
        added += 1
    return added


@_reading
def decisions(store: Store, profile_id: int, first: date | None = None) -> list[Decision]:
    rows = store.connection.execute(
        "SELECT kind, made_at, day, slot, until FROM reminder_decisions WHERE profile_id = ? "
        "AND day >= ? ORDER BY made_at, id",
        (profile_id, first.isoformat() if first else ""))
    return [Decision(DecisionKind(k), from_iso(at), date.fromisoformat(day), slot,
                     from_iso(until) if until else None) for k, at, day, slot, until in rows]


@_reading
def session_marks(store: Store, profile_id: int, since: datetime | None = None
                  ) -> list[SessionMark]:
    """When each session started and how it ended: all that reminders need, in one query."""
    rows = store.connection.execute(
        "SELECT started_at, status FROM sessions WHERE profile_id = ? AND started_at >= ? "
        "ORDER BY started_at", (profile_id, to_iso(since) if since else ""))
    return [SessionMark(from_iso(at), status) for at, status in rows]
