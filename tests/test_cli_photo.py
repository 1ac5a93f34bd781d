"""`neurofoot photo add / list` (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.clock import FakeClock
from PySide6.QtGui import QColor, QImage

from neurofoot_desktop.cli import main
from neurofoot_desktop.storage import Store


@pytest.fixture
def folder(data_dir: Path, clock: FakeClock) -> Path:
    store = Store.open(data_dir)
    store.add_profile("Ana María", clock.now())
    store.add_profile("Luis", clock.now())
    store.close()
    return data_dir


def test_add_then_list_as_json(folder: Path, tmp_path: Path, capsys) -> None:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("tan"))
    assert image.save(str(tmp_path / "foot.png"))
    assert main(["--data-dir", str(folder), "photo", "add", str(tmp_path / "foot.png"),
                 "--foot", "right", "--view", "sole", "--profile", "Ana María",
                 "--date", "2026-03-14T09:30"]) == 0
    assert "320x240 photo of the right foot (sole) for Ana María" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "photo", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["person"], row["foot"], row["view"]) == ("Ana María", "right", "sole")
    assert row["taken_at"].startswith("2026-03-14T09:30") and Path(row["file"]).is_file()


@pytest.mark.parametrize("args, words", [
    (["--profile", "Ana María", "--date", "soon"], "is not a date"),
    ([], "choose a person with --profile"),
])
def test_bad_input_is_one_line_and_keeps_nothing(folder: Path, tmp_path: Path, capsys,
                                                 args: list[str], words: str) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    picture = QImage(10, 10, QImage.Format.Format_RGB32)
    picture.fill(QColor("tan"))
    picture.save(str(tmp_path / "ok.png"))
    assert main(["--data-dir", str(folder), "photo", "add", str(tmp_path / "ok.png"),
                 "--foot", "left", "--view", "top", *args]) != 0
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert main(["--data-dir", str(folder), "photo", "add", str(tmp_path / "notes.txt"),
                 "--foot", "left", "--view", "top", "--profile", "Luis"]) == 1
    assert "is not a picture" in capsys.readouterr().err
    main(["--data-dir", str(folder), "photo", "list"])
    assert capsys.readouterr().out.strip() == "No photos yet."
