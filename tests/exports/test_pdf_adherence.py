"""The doctor's report: the share of planned sessions held, safety-blocked days apart."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader

from neurofoot_desktop.core.reminders import Decision, DecisionKind, Plan
from neurofoot_desktop.exports import Period
from neurofoot_desktop.exports.pdf import export_pdf
from neurofoot_desktop.storage import Store, plans

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)  # a Friday


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def held(store: Store, pid: int, at: datetime, status: str = "completed") -> None:
    sid = store.start_session(pid, at)
    store.end_session(sid, status, at + timedelta(minutes=20))


def test_the_report_gives_the_share_of_planned_sessions_with_blocked_days_apart(
        store: Store, tmp_path: Path) -> None:
    pid = store.add_profile("Ana", NOW - timedelta(days=60)).id
    # Monday, Wednesday, Friday at 18:00 from Monday 2 November: 9 planned up to the 20th.
    plans.save_plan(store, pid, Plan(frozenset({0, 2, 4}), (time(18),)),
                    datetime(2026, 11, 2, 8, tzinfo=UTC))
    for day in (2, 4, 6, 9, 16):
        held(store, pid, datetime(2026, 11, day, 18, tzinfo=UTC))
    held(store, pid, datetime(2026, 11, 11, 18, tzinfo=UTC), "blocked")
    plans.record_decision(store, pid, Decision(DecisionKind.NOT_TODAY,
                                               datetime(2026, 11, 13, 17, tzinfo=UTC),
                                               datetime(2026, 11, 13).date()))
    held(store, pid, datetime(2026, 11, 14, 11, tzinfo=UTC))  # a Saturday: beyond the plan
    out = tmp_path / "report.pdf"
    export_pdf(store, out, now=NOW, tz=UTC,
               period=Period(datetime(2026, 11, 1).date(), NOW.date()))
    text = text_of(out)
    assert "Sessions against the plan" in text
    # 9 planned; the 11th held back for safety and the 13th set aside are not counted, and
    # Friday the 20th is still ahead (its evening is not over): 5 of 6 held.
    assert "5 of the 6 sessions planned in the period were held (83 %)." in text
    assert "1 planned sessions were not started because the safety questions said no " \
           "massage that day; they are counted apart, not as missed." in text
    assert "1 were set aside" in text and "1 sessions were held beyond the plan." in text


def test_no_plan_no_section(store: Store, tmp_path: Path) -> None:
    pid = store.add_profile("Luis", NOW - timedelta(days=10)).id
    held(store, pid, NOW - timedelta(days=2))
    out = tmp_path / "report.pdf"
    export_pdf(store, out, now=NOW, tz=UTC)
    assert "against the plan" not in text_of(out)
