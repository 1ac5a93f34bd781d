"""Numbered schema migrations, tracked with PRAGMA user_version.

Each migration runs with its user_version bump inside one transaction, so a
crash leaves the file either fully migrated or untouched. executescript() is
avoided on purpose: it commits before running.
"""

from __future__ import annotations

import contextlib
import sqlite3

from neurofoot_desktop.storage import names

# "NFOT": written by migration 2 into the header of every NeuroFoot log (PRAGMA application_id).
APPLICATION_ID = 0x4E464F54

MIGRATIONS: list[list[str]] = [
    # 1: profiles, sessions, pre-check answers, light-touch results, step results
    [
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL,
            last_used_at TEXT
        )""",
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL DEFAULT 'incomplete'
                CHECK (status IN ('completed', 'stopped', 'incomplete', 'blocked')),
            status_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX sessions_by_profile ON sessions(profile_id, started_at)",
        """CREATE TABLE precheck_answers (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            answer INTEGER NOT NULL CHECK (answer IN (0, 1)),
            answered_at TEXT NOT NULL,
            PRIMARY KEY (session_id, question_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE light_touch (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            foot TEXT NOT NULL CHECK (foot IN ('left', 'right')),
            sensitivity TEXT NOT NULL CHECK (sensitivity IN ('reduced', 'normal', 'heightened')),
            felt_real INTEGER NOT NULL,
            real_total INTEGER NOT NULL,
            pretend_felt INTEGER NOT NULL,
            unpleasant INTEGER NOT NULL CHECK (unpleasant IN (0, 1)),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, foot)
        ) WITHOUT ROWID""",
        # The step ids are spelled out: a migration is history and must not change when the
        # routine does. A new step needs a new migration (a test compares with the protocol).
        """CREATE TABLE step_results (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            step_id TEXT NOT NULL CHECK (step_id IN ('effleurage', 'sole_kneading',
                'toe_rolling', 'ankle_rotation', 'closing_strokes')),
            foot TEXT NOT NULL CHECK (foot IN ('left', 'right')),
            started_at TEXT,
            planned_s REAL NOT NULL CHECK (planned_s >= 0),
            actual_s REAL NOT NULL CHECK (actual_s >= 0),
            pressure INTEGER NOT NULL CHECK (pressure BETWEEN 1 AND 4),
            outcome TEXT NOT NULL CHECK (outcome IN ('rated', 'skipped', 'hurt')),
            comfort INTEGER CHECK (comfort BETWEEN 0 AND 10),
            feel TEXT CHECK (feel IN ('too_light', 'just_right', 'too_firm')),
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, step_id, foot)
        )""",
    ],
    # issue 15: the file is marked as NeuroFoot's (PRAGMA application_id), so another
    # program's SQLite file is refused untouched; a person is matched on one name key (NFC,
    # case-folded, trimmed: storage/names.py), stored and uniquely indexed. Names that already
    # share a key are not merged: the later ones keep a key of their own (key + U+001F + id)
    # and `neurofoot check` lists them as look-alikes. Imported sessions are marked, so an
    # imported "incomplete" session is never offered for resuming.
    [
        f"PRAGMA application_id = {APPLICATION_ID}",
        "ALTER TABLE profiles ADD COLUMN name_key TEXT",
        "UPDATE profiles SET name_key = name_key(name)",
        """UPDATE profiles SET name_key = name_key || char(31) || id WHERE EXISTS (
            SELECT 1 FROM profiles AS older
            WHERE older.name_key = profiles.name_key AND older.id < profiles.id)""",
        "CREATE UNIQUE INDEX profiles_by_name_key ON profiles(name_key)",
        "ALTER TABLE sessions ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 "
        "CHECK (imported IN (0, 1))",
    ],
    # issue 19: the daily foot check (marked spots, "all clear" per foot, skin temperatures)
    # and photos of the feet. Photo files live in the data folder's "photos" directory; a
    # session's photos go with it (ON DELETE CASCADE), a photo added from the command line
    # without a session belongs to the person only.
    [
        """CREATE TABLE footcheck_findings (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            foot TEXT NOT NULL CHECK (foot IN ('left', 'right')),
            view TEXT NOT NULL CHECK (view IN ('top', 'sole')),
            x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
            y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
            kind TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""",
        "CREATE INDEX footcheck_findings_by_session ON footcheck_findings(session_id)",
        """CREATE TABLE footcheck_clear (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            foot TEXT NOT NULL CHECK (foot IN ('left', 'right')),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, foot)
        ) WITHOUT ROWID""",
        """CREATE TABLE skin_temperatures (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            site TEXT NOT NULL CHECK (site IN ('ball', 'arch', 'heel')),
            left_c REAL NOT NULL,
            right_c REAL NOT NULL,
            unit TEXT NOT NULL CHECK (unit IN ('C', 'F')),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, site)
        ) WITHOUT ROWID""",
        """CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
            foot TEXT NOT NULL CHECK (foot IN ('left', 'right')),
            view TEXT NOT NULL CHECK (view IN ('top', 'sole')),
            taken_at TEXT NOT NULL,
            file TEXT NOT NULL UNIQUE,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('camera', 'file'))
        )""",
        "CREATE INDEX photos_by_profile ON photos(profile_id, foot, view, taken_at)",
    ],
    # issue 18: symptom scores (pain, burning or tingling, numbness; 0-10) before the massage
    # and after its last step, one row per answer. score NULL is "I don't know", never a zero;
    # a skipped score has no row.
    [
        """CREATE TABLE symptom_scores (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
            symptom TEXT NOT NULL CHECK (symptom IN ('pain', 'tingling', 'numbness')),
            score INTEGER CHECK (score IS NULL
                OR (typeof(score) = 'integer' AND score BETWEEN 0 AND 10)),
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session_id, moment, symptom)
        ) WITHOUT ROWID""",
    ],
    # issue 20: the reminder plan per person, kept as versions (a change starts a new row, so
    # adherence of past weeks is judged against the plan of that time; days '' means "no plan
    # from then on"), and the decisions about reminders: given, snoozed, "not today".
    [
        """CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            since TEXT NOT NULL,
            days TEXT NOT NULL,
            times TEXT NOT NULL,
            quiet_start TEXT,
            quiet_end TEXT,
            reminders INTEGER NOT NULL DEFAULT 1 CHECK (reminders IN (0, 1))
        )""",
        "CREATE INDEX plans_by_profile ON plans(profile_id, since)",
        """CREATE TABLE reminder_decisions (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('reminded', 'snoozed', 'not_today')),
            made_at TEXT NOT NULL,
            day TEXT NOT NULL,
            slot INTEGER NOT NULL DEFAULT 0 CHECK (slot IN (0, 1)),
            until TEXT
        )""",
        "CREATE INDEX reminder_decisions_by_day ON reminder_decisions(profile_id, day)",
    ],
]

LATEST = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: sqlite3.Connection) -> int:
    """How many migrations this file still needs (0 when current)."""
    return max(0, LATEST - user_version(conn))


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to LATEST; returns the version the file was at before.

    user_version is read inside BEGIN IMMEDIATE: two programs opening a new folder at once
    would otherwise both see 0 and the second would fail with "table already exists".
    """
    names.register(conn)
    start: int | None = None
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            number = user_version(conn) + 1
            if start is None:
                start = number - 1
            if number > LATEST:
                conn.execute("COMMIT")
                return start
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
