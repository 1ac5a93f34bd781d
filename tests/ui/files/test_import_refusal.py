"""File > Import shows a hostile file's refusal as the command line does: one short line
naming the place, nothing changed, nothing escaping as an exception (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.hostile import BIG_INT, valid_log

from neurofoot_desktop.ui.files import actions as file_actions
from neurofoot_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(("raw", "words"), [
    (b"[" * 100_000, "nested too deeply"),
    (f'{{"format": "neurofoot-log", "version": {BIG_INT}}}'.encode(), "far too long"),
    (b'{"format": "neurofoot-log", "version": 1, "exported_at": "0001-01-01T00:00:00+01:00"}',
     "exported_at"),
    (b'{"format": "neurofoot-log", "version": 1, "profiles": [{"name": "\\ud800"}]}',
     "profiles[0].name"),
])
def test_a_hostile_file_is_refused_in_one_line(window: MainWindow, tmp_path: Path,
                                               scripted_dialogs, raw: bytes,
                                               words: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(raw)
    before = window.store.sessions()
    scripted_dialogs.answers = [path]
    assert not file_actions.import_via_dialog(window, window.store)
    ((kind, text),) = scripted_dialogs.told
    reason = text.split("\n\n", 1)[1]
    assert kind == "warning" and words in reason
    assert "\n" not in reason and len(reason) <= 200 and reason.isprintable()
    assert window.store.sessions() == before


def test_the_valid_base_imports(window: MainWindow, tmp_path: Path, scripted_dialogs) -> None:
    import json

    path = tmp_path / "good.json"
    path.write_text(json.dumps(valid_log()), encoding="utf-8")
    scripted_dialogs.answers = [path]
    assert file_actions.import_via_dialog(window, window.store)
    assert len(window.store.sessions()) == 6
