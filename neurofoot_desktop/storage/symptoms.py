"""Symptom scores in the log (issue 18): each written in its own transaction the moment it is
given, and read back per session for the signs, History, the exports and the command line."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.symptoms import SessionScores, check_score
from neurofoot_desktop.core.vocabulary import Moment, Symptom
from neurofoot_desktop.storage.errors import StorageError
from neurofoot_desktop.storage.repository import Store, sessions_where

# A per-session mapping: {moment: {symptom: score or None ("I don't know")}}.
Given = Mapping[Moment, Mapping[Symptom, int | None]]


def record(store: Store, session_id: str, moment: Moment, symptom: Symptom,
           score: int | None, now: datetime) -> None:
    """One answer; a second answer for the same symptom and moment replaces the first."""
    if score is not None:
        check_score(score)
    with store.transaction() as c:
        c.execute(
            "INSERT INTO symptom_scores (session_id, moment, symptom, score, recorded_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, moment, symptom) "
            "DO UPDATE SET score = excluded.score, recorded_at = excluded.recorded_at",
            (session_id, Moment(moment).value, Symptom(symptom).value, score, to_iso(now)),
        )


def forget(store: Store, session_id: str, moment: Moment, symptom: Symptom) -> None:
    """Take an answer back (the person chose the same button again): not given after all."""
    with store.transaction() as c:
        c.execute("DELETE FROM symptom_scores WHERE session_id = ? AND moment = ? AND symptom = ?",
                  (session_id, Moment(moment).value, Symptom(symptom).value))


def insert(conn: sqlite3.Connection, session_id: str, given: Given, at: datetime) -> None:
    """A whole session's scores inside a transaction the caller holds (an import, an undo)."""
    conn.executemany(
        "INSERT INTO symptom_scores (session_id, moment, symptom, score, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(session_id, Moment(m).value, Symptom(s).value,
          None if v is None else check_score(v), to_iso(at))
         for m, scores in given.items() for s, v in scores.items()],
    )


def for_sessions(store: Store, session_ids: Sequence[str]) -> dict[str, dict[Moment, dict[
        Symptom, int | None]]]:
    """The scores of these sessions; a session without any is absent."""
    out: dict[str, dict[Moment, dict[Symptom, int | None]]] = {}
    for chunk in range(0, len(session_ids), 500):  # SQLite's variable limit
        ids = list(session_ids[chunk:chunk + 500])
        for sid, moment, symptom, score in _read(
            store, "SELECT session_id, moment, symptom, score FROM symptom_scores "
            f"WHERE session_id IN ({','.join('?' * len(ids))})", ids
        ):
            out.setdefault(sid, {}).setdefault(Moment(moment), {})[Symptom(symptom)] = score
    return out


def of_profile(store: Store, profile_id: int, since: datetime | None = None,
               until: datetime | None = None) -> list[SessionScores]:
    """Every session of one person with any score, oldest first, with whether it was stopped
    for pain ("It hurts - stop" on a step)."""
    where, args = sessions_where(profile_id, since, until)
    rows = _read(
        store,
        "SELECT s.id, s.started_at, EXISTS (SELECT 1 FROM step_results r WHERE "
        "r.session_id = s.id AND r.outcome = 'hurt'), x.moment, x.symptom, x.score "
        "FROM symptom_scores x JOIN sessions s ON s.id = x.session_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.started_at, s.id", args,
    )
    sessions: dict[str, SessionScores] = {}
    for sid, started, hurt, moment, symptom, score in rows:
        found = sessions.get(sid)
        if found is None:
            found = sessions[sid] = SessionScores(sid, from_iso(started),
                                                  stopped_for_pain=bool(hurt))
        found.at(Moment(moment))[Symptom(symptom)] = score
    return list(sessions.values())


def _read(store: Store, sql: str, args: Sequence[object]) -> list[tuple]:
    try:
        return store.connection.execute(sql, list(args)).fetchall()
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot read the NeuroFoot log: {exc}") from exc
