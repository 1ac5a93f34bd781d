"""Symptoms before and after a massage: the scores, the person's own baseline, the
numbers-based warning signs, and "does it help?" (issue 18).

Pure Python and no Qt; time comes in as arguments. A score is an int 0..10; None means the
person said "I don't know" (never a zero); a symptom missing from a mapping was not given
(skipped). The ids (Symptom, Moment) live in core/vocabulary.py; the words people read in
ui/i18n.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

from neurofoot_desktop.core.vocabulary import Moment, Symptom

MIN_SCORE, MAX_SCORE = 0, 10
BASELINE_DAYS = 28  # "the last 4 weeks"
BASELINE_MIN_SCORES = 4  # fewer earlier scores: no baseline, no numbers-based sign
SIGN_RISE = 2  # today at least this far above the person's usual score is a warning sign
SIGN_SYMPTOMS = (Symptom.PAIN, Symptom.NUMBNESS)  # tingling alone is not a sign
STRONG_PAIN = 8  # pain before a session at or above this: very light touch, no rise
ENOUGH_PAIRS = 5  # fewer paired sessions: "not enough yet"

# The pre-check answer ids a numbers-based sign is recorded under (a warning sign, like
# "worse_pain"), so every export and the History flag it as the other signs are.
SIGN_ANSWER_IDS = {Symptom.PAIN: "pain_above_usual", Symptom.NUMBNESS: "numbness_above_usual"}
SIGN_IDS = tuple(SIGN_ANSWER_IDS.values())
# The pressure engine's message id for a level held where it would have risen ("the same as
# last time, as it should still feel gentle on a tender day").
HELD_REASON = "same_tender_day"

Scores = Mapping[Symptom, int | None]  # one moment's answers; absent = not given


def check_score(value: object) -> int:
    """A valid score or ValueError with a one-line reason (bools and 7.5 are refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"a symptom score must be a whole number from 0 to 10, not {value!r}")
    if not MIN_SCORE <= value <= MAX_SCORE:
        raise ValueError(f"a symptom score must be from 0 to 10, not {value}")
    return value


@dataclass(frozen=True)
class SessionScores:
    """One session's scores, as History, the exports and the signs read them."""

    session_id: str
    started_at: datetime
    before: dict[Symptom, int | None] = field(default_factory=dict)
    after: dict[Symptom, int | None] = field(default_factory=dict)
    stopped_for_pain: bool = False  # "It hurts - stop" during it: marked on the chart

    def at(self, moment: Moment) -> dict[Symptom, int | None]:
        return self.before if moment is Moment.BEFORE else self.after

    def pair(self, symptom: Symptom) -> tuple[int, int] | None:
        """(before, after) when both are real numbers."""
        b, a = self.before.get(symptom), self.after.get(symptom)
        return (b, a) if b is not None and a is not None else None


class LoggedSession(Protocol):
    """What of_records reads of a session (storage's SessionRecord, without importing it)."""

    id: str
    started_at: datetime
    symptoms: dict[str, dict[str, int | None]]

    @property
    def hurt(self) -> bool: ...


def of_records(records: Iterable[LoggedSession]) -> list[SessionScores]:
    """Every session as scores (none given: empty), in the records' order, with whether it
    was stopped because it hurt: History and the report read one list for marks and sums."""
    return [SessionScores(
        r.id, r.started_at,
        {Symptom(k): v for k, v in r.symptoms.get(Moment.BEFORE.value, {}).items()},
        {Symptom(k): v for k, v in r.symptoms.get(Moment.AFTER.value, {}).items()},
        stopped_for_pain=r.hurt) for r in records]


# -- the person's own baseline and the numbers-based sign -------------------------------------
@dataclass(frozen=True)
class Sign:
    """Today's score is SIGN_RISE or more above the usual: the reason, in numbers."""

    symptom: Symptom
    today: int
    usual: float  # the median of the earlier scores
    count: int  # how many earlier scores the median is of

    @property
    def answer_id(self) -> str:
        return SIGN_ANSWER_IDS[self.symptom]


def baseline(earlier: Iterable[SessionScores], symptom: Symptom, now: datetime,
             exclude: str = "") -> tuple[float, int] | None:
    """The median "before" score of the last 4 weeks and how many it is of; None with fewer
    than BASELINE_MIN_SCORES. "I don't know" and the session `exclude` (today's) don't count."""
    since = now - timedelta(days=BASELINE_DAYS)
    scores = [s.before[symptom] for s in earlier
              if s.session_id != exclude and since <= s.started_at < now
              and s.before.get(symptom) is not None]
    if len(scores) < BASELINE_MIN_SCORES:
        return None
    import statistics  # only here: it is slow to import, and start-up never needs it

    return float(statistics.median(scores)), len(scores)  # type: ignore[type-var]


def signs(today: Scores, earlier: Iterable[SessionScores], now: datetime,
          exclude: str = "") -> list[Sign]:
    """The numbers-based warning signs of today's "before" scores."""
    history = list(earlier)
    found = []
    for symptom in SIGN_SYMPTOMS:
        score = today.get(symptom)
        usual = baseline(history, symptom, now, exclude) if score is not None else None
        if score is not None and usual is not None and score >= usual[0] + SIGN_RISE:
            found.append(Sign(symptom, score, usual[0], usual[1]))
    return found


def strong_pain(before: Scores) -> bool:
    """Strong pain today: advise a very light touch, and the pressure must not rise."""
    pain = before.get(Symptom.PAIN)
    return pain is not None and pain >= STRONG_PAIN


def hold_level(level: int, last_level: int | None) -> int:
    """The pressure on a strong-pain day: never above the level last used for the step and
    foot (the rules may still lower it). With no earlier level the engine's first level
    stands, which is already a light one."""
    return level if last_level is None else min(level, last_level)


# -- does it help? ------------------------------------------------------------------------
@dataclass(frozen=True)
class Effect:
    """The average change after a massage for one symptom (after minus before)."""

    symptom: Symptom
    pairs: int
    mean_change: float | None  # negative: lower after the massage; None: not enough pairs

    @property
    def enough(self) -> bool:
        return self.mean_change is not None


def effect(sessions: Iterable[SessionScores], symptom: Symptom) -> Effect:
    changes = [a - b for s in sessions if (p := s.pair(symptom)) for b, a in [p]]
    if len(changes) < ENOUGH_PAIRS:
        return Effect(symptom, len(changes), None)
    return Effect(symptom, len(changes), sum(changes) / len(changes))


def paired_sessions(sessions: Iterable[SessionScores]) -> int:
    """Sessions with at least one symptom scored both before and after."""
    return sum(1 for s in sessions if any(s.pair(sym) for sym in Symptom))


def weekly(sessions: Iterable[SessionScores], symptom: Symptom, moment: Moment,
           tz: tzinfo | None = UTC) -> list[tuple[date, float]]:
    """The mean score per week (local Monday), oldest first, weeks with a score only."""
    weeks: dict[date, list[int]] = {}
    for s in sessions:
        score = s.at(moment).get(symptom)
        if score is None:
            continue
        day = s.started_at.astimezone(tz).date()
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(score)
    return [(monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())]


def latest(sessions: Sequence[SessionScores]) -> SessionScores | None:
    """The newest session with any score."""
    scored = [s for s in sessions if s.before or s.after]
    return max(scored, key=lambda s: s.started_at) if scored else None
