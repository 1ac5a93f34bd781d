"""The doctor's report says whether the massage helps (issue 18): the sentence and the chart
on the first pages, and the summary still at most 4 pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from neurofoot_desktop.exports.pdf import export_pdf
from neurofoot_desktop.storage import Store

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def fill(store: Store, tmp_path: Path, days: int, note_chars: int) -> None:
    """gen_log's sessions with scores, each with a warning sign and a long note (the worst
    case for the summary's length)."""
    from benchmarks.gen_log import populate

    source = Store.open(tmp_path / "source")
    populate(source, "Ana", days=days, seed=3, symptoms=True)
    records = source.sessions()
    source.close()
    profile = store.add_profile("Ana", records[0].started_at)
    with store.transaction() as conn:
        for r in records:
            r.profile_id, r.note = profile.id, ("long words " * 4_000)[:note_chars]
            r.answers["worse_pain"] = True
            store.insert_session(r, conn)


@pytest.mark.parametrize("days", [90, 3650])
def test_the_sentence_and_chart_on_the_first_pages_within_four(
        store: Store, tmp_path: Path, days: int) -> None:
    fill(store, tmp_path, days, 40_000 if days < 100 else 600)
    out = tmp_path / "report.pdf"
    result = export_pdf(store, out, now=NOW, tz=UTC)
    text = pages(out)
    assert result.items == len(text) <= 4
    first_two = " ".join(text[:2])
    assert "Does it help? Symptoms before and after each massage" in first_two
    assert "points lower after a massage, over" in first_two  # gen_log's pain eases after
    images = sum(len(p.images) for p in PdfReader(out).pages[:2])
    assert images >= 3  # comfort trend, symptoms, each step


def test_few_pairs_say_not_enough_yet(store: Store, tmp_path: Path) -> None:
    from benchmarks.gen_log import populate

    populate(store, "Ana", days=3, seed=3, symptoms=True, end=NOW - timedelta(days=1))
    target = tmp_path / "few.pdf"
    export_pdf(store, target, now=NOW, tz=UTC)
    assert "Not enough yet to say whether it helps" in pages(target)[0]


def test_a_log_without_scores_has_no_such_section(store: Store, tmp_path: Path) -> None:
    from benchmarks.gen_log import populate

    populate(store, "Ana", days=20, seed=3, end=NOW - timedelta(days=1))
    out = tmp_path / "plain.pdf"
    export_pdf(store, out, now=NOW, tz=UTC)
    assert "Does it help?" not in " ".join(pages(out))
