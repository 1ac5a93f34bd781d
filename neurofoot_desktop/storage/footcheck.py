"""The foot check in the log (issue 19): marked spots, "all clear" per foot, temperatures.

Every write is one committed transaction, made the moment the person answers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site, Unit
from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage.repository import FootCheckRecord as FootCheckRecord
from neurofoot_desktop.storage.repository import Store, _reading


def add_finding(store: Store, session_id: str, finding: Finding, now: datetime) -> Finding:
    """Store a marked spot; marking one also takes back that foot's "all clear"."""
    with store.transaction() as c:
        cur = c.execute(
            "INSERT INTO footcheck_findings (session_id, foot, view, x, y, kind, note, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, finding.foot.value, finding.view.value, finding.x, finding.y,
             finding.kind.value, finding.note, to_iso(now)))
        c.execute("DELETE FROM footcheck_clear WHERE session_id = ? AND foot = ?",
                  (session_id, finding.foot.value))
    return replace(finding, id=int(cur.lastrowid or 0))


def remove_finding(store: Store, finding_id: int) -> None:
    with store.transaction() as c:
        c.execute("DELETE FROM footcheck_findings WHERE id = ?", (finding_id,))


def set_clear(store: Store, session_id: str, foot: Foot, now: datetime) -> None:
    """ "All clear" for a foot, in one action: nothing marked on it stays."""
    with store.transaction() as c:
        c.execute("DELETE FROM footcheck_findings WHERE session_id = ? AND foot = ?",
                  (session_id, foot.value))
        c.execute("INSERT OR REPLACE INTO footcheck_clear (session_id, foot, recorded_at) "
                  "VALUES (?, ?, ?)", (session_id, foot.value, to_iso(now)))


def record_reading(store: Store, session_id: str, reading: Reading, now: datetime) -> None:
    with store.transaction() as c:
        c.execute(
            "INSERT OR REPLACE INTO skin_temperatures (session_id, site, left_c, right_c, unit, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, reading.site.value, reading.left_c, reading.right_c,
             reading.unit.value, to_iso(now)))


@_reading
def checks(store: Store, profile_id: int | None = None,
           session_ids: list[str] | None = None) -> list[FootCheckRecord]:
    """The looks of one person (or of the given sessions), oldest first; sessions without a
    look are left out."""
    where, args = "1", []
    if profile_id is not None:
        where += " AND s.profile_id = ?"
        args.append(profile_id)
    if session_ids is not None:
        where += f" AND s.id IN ({','.join('?' * len(session_ids))})"
        args.extend(session_ids)
    conn = store.connection
    records: dict[str, FootCheckRecord] = {}

    def record(sid: str, started: str) -> FootCheckRecord:
        if sid not in records:
            records[sid] = FootCheckRecord(sid, from_iso(started))
        return records[sid]

    for row in conn.execute(
            "SELECT f.*, s.started_at FROM footcheck_findings f JOIN sessions s "
            f"ON s.id = f.session_id WHERE {where} ORDER BY f.id", args):
        record(row["session_id"], row["started_at"]).findings.append(Finding(
            Foot(row["foot"]), View(row["view"]), row["x"], row["y"], _kind(row["kind"]),
            row["note"], row["id"]))
    for row in conn.execute(
            "SELECT c.session_id, c.foot, s.started_at FROM footcheck_clear c JOIN sessions s "
            f"ON s.id = c.session_id WHERE {where}", args):
        record(row["session_id"], row["started_at"]).clear.add(Foot(row["foot"]))
    for row in conn.execute(
            "SELECT t.*, s.started_at FROM skin_temperatures t JOIN sessions s "
            f"ON s.id = t.session_id WHERE {where} ORDER BY t.site", args):
        record(row["session_id"], row["started_at"]).readings.append(Reading(
            Site(row["site"]), row["left_c"], row["right_c"], Unit(row["unit"])))
    return sorted(records.values(), key=lambda r: (r.started_at, r.session_id))


def check(store: Store, session_id: str) -> FootCheckRecord | None:
    found = checks(store, session_ids=[session_id])
    return found[0] if found else None


def insert_check(store: Store, record: FootCheckRecord,
                 conn: sqlite3.Connection | None = None) -> None:
    """Write a whole look back (an import, or the undo of a deleted session); pass conn to
    join a transaction the caller holds."""
    if conn is None:
        with store.transaction() as c:
            insert_check(store, record, c)
        return
    when = to_iso(record.started_at)
    conn.executemany(
        "INSERT INTO footcheck_findings (session_id, foot, view, x, y, kind, note, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(record.session_id, f.foot.value, f.view.value, f.x, f.y, f.kind.value, f.note,
          when) for f in record.findings])
    conn.executemany(
        "INSERT OR REPLACE INTO footcheck_clear (session_id, foot, recorded_at) "
        "VALUES (?, ?, ?)", [(record.session_id, foot.value, when) for foot in record.clear])
    conn.executemany(
        "INSERT OR REPLACE INTO skin_temperatures (session_id, site, left_c, right_c, unit, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(record.session_id, r.site.value, r.left_c, r.right_c, r.unit.value, when)
         for r in record.readings])


def _kind(value: str) -> Kind:
    # A kind written by a newer version reads as "other" rather than failing the whole log.
    try:
        return Kind(value)
    except ValueError:
        return Kind.OTHER
