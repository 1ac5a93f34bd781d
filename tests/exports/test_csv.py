"""CSV: one row per step result, fixed columns, safe in spreadsheets."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from helpers.export_samples import NOTES
from hypothesis import given
from hypothesis import strategies as st

from neurofoot_desktop.core.isotime import to_iso
from neurofoot_desktop.exports.csv_export import COLUMNS, export_csv, neutralise
from neurofoot_desktop.exports.json import step_sort_key
from neurofoot_desktop.exports.period import local_date
from neurofoot_desktop.storage import Store


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_rows_read_back_match_the_log(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    result = export_csv(log_store, out)
    rows = read(out)
    expected = [(s, step) for s in log_store.sessions()
                for step in sorted(s.steps, key=step_sort_key)]
    assert len(rows) == len(expected) == result.items == 25
    for row, (session, step) in zip(rows, expected, strict=True):
        assert row["schema_version"] == "1"
        assert row["session_started_utc"] == to_iso(session.started_at)
        assert row["step_started_utc"] == (to_iso(step.started_at) if step.started_at else "")
        assert row["local_date"] == local_date(session.started_at).isoformat()
        assert row["profile"] == session.profile_name
        assert row["session_id"] == session.id
        assert row["session_status"] == session.status
        assert (row["step"], row["foot"], row["outcome"]) == (
            step.step_id, step.foot, step.outcome.value)
        assert row["pressure"] == str(step.pressure)
        assert row["comfort"] == ("" if step.comfort is None else str(step.comfort))
        assert row["feel"] == (step.feel or "")
        assert float(row["duration_s"]) == step.actual_s
        assert row["sensitivity"] == session.sensitivity(step.foot)
        assert row["warnings"] == ";".join(session.warnings)
        assert row["note"] == neutralise(step.note)
        assert row["session_note"] == neutralise(session.note)


def test_formula_like_text_is_neutralised_and_numbers_stay_numbers(
    log_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "log.csv"
    export_csv(log_store, out)
    rows = read(out)
    notes = {r["note"] for r in rows} | {r["session_note"] for r in rows}
    for key in ("formula", "plus", "minus", "at", "tab", "cr", "number"):
        assert "'" + NOTES[key] in notes, key
        assert NOTES[key] not in notes, key
    for text in notes:
        assert not text.startswith(("=", "+", "-", "@", "\t", "\r")), text
    assert NOTES["emoji"] in notes or NOTES["rtl"] in notes  # harmless text is untouched
    first_data_line = out.read_bytes().decode().split("\r\n")[1]
    assert first_data_line.startswith("1,2026-11-01T")  # the version is a bare number
    for r in rows:
        for column in ("pressure", "comfort", "duration_s", "planned_s"):
            assert r[column] == "" or r[column].replace(".", "", 1).isdigit(), (column, r)


def test_empty_log_gives_a_header_only(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    result = export_csv(store, out)
    assert result.items == 0
    assert read(out) == []
    assert out.read_bytes() == (",".join(COLUMNS) + "\r\n").encode()


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30))
def test_any_text_reads_back_as_written_or_neutralised(text: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow([neutralise(text), 5])
    buffer.seek(0)
    cell, number = next(csv.reader(buffer))
    assert number == "5"
    dangerous = text.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell == ("'" + text if dangerous else text)


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
       st.one_of(st.integers(), st.floats(allow_nan=False), st.just("")))
def test_cells_are_quoted_as_the_csv_module_quotes_them(text: str, number: object) -> None:
    """The export joins its cells itself (ten years in under a second): the same text as
    csv.writer for any text and number."""
    from neurofoot_desktop.exports.csv_export import _cells

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow([text, number, "x"])
    assert _cells([text, number, "x"]) + "\r\n" == buffer.getvalue()


def test_the_file_is_what_the_csv_module_would_write(log_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    export_csv(log_store, out)
    written = out.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(written, newline="")))
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == written  # hostile notes included (helpers.export_samples)
