"""Issue 15: 1,200 hostile variants of a valid export (tests/helpers/hostile.py), each
imported from the command line into a folder holding a log and into a new folder. Each must
be refused with exit code 1 and exactly one short printable line, no traceback, the log
byte-for-byte unchanged and nothing created. benchmarks/bench_fuzz_import.py runs 20,000+."""

from __future__ import annotations

import contextlib
import io
import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest
from helpers.hostile import valid_log, variants

from neurofoot_desktop.cli import main

CASES = 1200


def tree(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def refused(folder: Path, file: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(folder), "import", str(file)])
    return code, out.getvalue(), err.getvalue()


def assert_refused_in_one_line(code: int, out: str, err: str, what: str) -> None:
    assert (code, out) == (1, ""), f"{what}: {code} {out!r} {err!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), f"{what}: {err!r}"
    assert len(lines[0]) <= 200 and lines[0].isprintable(), f"{what}: {lines[0]!r}"
    assert "Traceback" not in err and "Nothing was changed" in lines[0], f"{what}: {err!r}"


@pytest.fixture
def log_folder(tmp_path: Path) -> Path:
    """A folder with a real log holding the valid export, closed (no -wal to vary)."""
    folder = tmp_path / "data"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(valid_log()), encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--data-dir", str(folder), "import", str(good)]) == 0
    return folder


def test_the_valid_export_imports(log_folder: Path, tmp_path: Path) -> None:
    # The base of every variant is accepted, so each refusal below is the mutation's doing.
    good = tmp_path / "good.json"
    code, out, err = refused(log_folder, good)
    assert (code, err) == (0, "") and "Added 0 sessions" in out and "6 were already" in out


def test_hostile_variants_are_refused_in_one_line_and_change_nothing(
        log_folder: Path, tmp_path: Path) -> None:
    before = tree(log_folder)
    fresh = tmp_path / "fresh"
    file = tmp_path / "hostile.json"
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for n, (kind, raw) in enumerate(variants(seed=15, count=CASES)):
        file.write_bytes(raw)
        folder = log_folder if n % 2 else fresh
        assert_refused_in_one_line(*refused(folder, file), f"case {n} ({kind})")
        assert not fresh.exists(), f"case {n} ({kind}) created the data folder"
        kinds[kind] += 1
    assert tree(log_folder) == before  # the log, byte for byte, and no file added
    assert len(kinds) == 10 and min(kinds.values()) >= 30, kinds
    assert time.perf_counter() - started < 50


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and symlink loops")
def test_what_is_not_a_regular_file_is_refused_at_once(log_folder: Path,
                                                        tmp_path: Path) -> None:
    before = tree(log_folder)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    big = tmp_path / "big.json"
    with big.open("wb") as f:  # sparse: 1 GiB + 1 byte of nothing on disk
        f.truncate((1 << 30) + 1)
    for path, words in [(fifo, "not a regular file"), (Path("/dev/zero"), "not a regular file"),
                        (tmp_path, "is a folder"), (loop, "cannot be read"),
                        (big, "at most 1 GiB"), (tmp_path / "missing.json", "cannot be read")]:
        started = time.perf_counter()
        code, out, err = refused(log_folder, path)
        assert_refused_in_one_line(code, out, err, str(path))
        assert words in err
        assert time.perf_counter() - started < 5  # no hang on the FIFO, no read of /dev/zero
    assert tree(log_folder) == before
