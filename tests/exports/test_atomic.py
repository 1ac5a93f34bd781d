"""Every export is written whole or not at all, with a message a person can act on."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from neurofoot_desktop.exports import FORMATS, ExportError, export_log
from neurofoot_desktop.exports.atomic import write_atomic
from neurofoot_desktop.storage import Store


def test_writes_and_replaces(tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    write_atomic(out, b"one")
    out.chmod(0o644)
    write_atomic(out, b"two")
    assert out.read_bytes() == b"two"
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)  # the person's choice is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


def test_new_files_are_private(tmp_path: Path) -> None:
    out = tmp_path / "health.json"
    write_atomic(out, b"{}")
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("where", ["fsync", "write"])
def test_disk_full_leaves_the_old_file_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    out = tmp_path / "a.csv"
    out.write_bytes(b"the old export")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(os, "fsync", full)
    else:
        real_fdopen = os.fdopen

        class FullFile:  # a file whose disk fills up at the first write
            def __init__(self, fd: int, mode: str) -> None:
                self.file = real_fdopen(fd, mode)

            def __enter__(self) -> FullFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.file.close()

            def write(self, data: bytes) -> int:
                self.file.write(data[:10])
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fdopen", FullFile)
    with pytest.raises(ExportError, match="The disk is full"):
        write_atomic(out, b"x" * 100_000)
    assert out.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_a_folder_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # chmod does not stop root
    with pytest.raises(ExportError, match="cannot be written to; please choose another folder"):
        write_atomic(tmp_path / "a.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "message"), [
    ("folder", "is a folder; please choose a file name"),
    ("missing/a.csv", "does not exist"),
    ("file/a.csv", "is not a folder"),
    ("/dev/full", "is not an ordinary file"),
])
def test_impossible_targets(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match=message):
        write_atomic(tmp_path / name, b"data")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_fails_cleanly(log_store: Store, tmp_path: Path, fmt: str,
                                    qapp: object) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_log(log_store, fmt, tmp_path)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_symlink_is_followed_not_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert write_atomic(link, b"new") == real
    assert link.is_symlink() and real.read_bytes() == b"new"
