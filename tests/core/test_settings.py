"""Settings: defaults from the protocol, validation, and a file that can never crash the program."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from neurofoot_desktop.core import settings as settings_mod
from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.core.settings import FILE_NAME, Settings, SettingsError


def test_defaults_follow_the_protocol() -> None:
    protocol = default_protocol()
    s = Settings()
    assert s.durations == {step.id: step.duration_s for step in protocol.steps}
    assert s.step_durations == {}  # nothing chosen yet
    assert s.order == "foot_by_foot"
    assert s.first_foot == "left"
    assert s.get_ready_s == 10
    assert s.theme == "system"
    assert s.font_scale == 100
    assert s.language == "system"
    assert s.voice_name == ""


def test_invalid_values_are_refused_with_the_field_named() -> None:
    with pytest.raises(SettingsError, match="get_ready_s"):
        Settings(get_ready_s=2)
    with pytest.raises(SettingsError, match="font_scale"):
        Settings().changed(font_scale=250)
    with pytest.raises(SettingsError, match="order"):
        Settings(order="random")
    with pytest.raises(SettingsError, match="voice_rate"):
        Settings(voice_rate=1.5)
    with pytest.raises(SettingsError, match="sound_enabled"):
        Settings(sound_enabled=1)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="toe_rolling"):
        Settings().with_duration("toe_rolling", 5)


def test_settings_are_frozen_even_through_the_durations_dict() -> None:
    durations = dict(Settings().step_durations)
    s = Settings(step_durations=durations)
    durations["effleurage"] = 999
    assert s.duration_s("effleurage") != 999
    assert s.with_duration("effleurage", 200).duration_s("effleurage") == 200
    assert s.duration_s("effleurage") != 200


def test_feet_start_with_the_first_foot() -> None:
    assert Settings(first_foot="right").feet == ("right", "left")
    assert Settings().feet == ("left", "right")


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    s = Settings(
        order="alternating", first_foot="right", hands_free=True, get_ready_s=5,
        sound_volume=30, voice_enabled=False, voice_name="Anne", voice_rate=0.5,
        theme="high_contrast", font_scale=180, language="es",
    ).with_duration("ankle_rotation", 45)
    path = s.save(tmp_path / "data")
    assert path.name == FILE_NAME
    loaded, problems = Settings.load(tmp_path / "data")
    assert problems == []
    assert loaded == s


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_file_is_private_and_no_temp_file_is_left(tmp_path: Path) -> None:
    Settings().save(tmp_path)
    mode = stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode)
    assert mode == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]


def test_save_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Settings(font_scale=150).save(tmp_path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(settings_mod.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        Settings(font_scale=200).save(tmp_path)
    monkeypatch.undo()
    # The old file is intact and the temporary file was cleaned up.
    assert Settings.load(tmp_path)[0].font_scale == 150
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]


def test_missing_file_gives_defaults_without_complaint(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "nowhere") == (Settings(), [])


def test_damaged_file_gives_defaults_a_reason_and_keeps_the_file(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"theme": "dark", ', encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    assert loaded == Settings()
    assert len(problems) == 1
    assert "damaged" in problems[0]
    assert (tmp_path / (FILE_NAME + ".damaged")).read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("content", ["[1, 2]", "null", '"text"', "", "{} {}"])
def test_file_of_the_wrong_shape_never_crashes(tmp_path: Path, content: str) -> None:
    (tmp_path / FILE_NAME).write_text(content, encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    assert loaded == Settings()
    assert problems


def test_binary_garbage_never_crashes(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"\xff\xfe\x00garbage\x80")
    loaded, problems = Settings.load(tmp_path)
    assert loaded == Settings()
    assert "could not be read" in problems[0] or "damaged" in problems[0]


def test_partly_invalid_file_keeps_the_good_fields_and_names_the_bad(tmp_path: Path) -> None:
    data = {
        "version": 1,
        "theme": "dark",
        "font_scale": 900,
        "order": "sideways",
        "get_ready_s": 15.0,  # a harmless spelling of 15
        "hands_free": "yes",
        "voice_rate": 1,
        "step_durations": {"effleurage": 200, "toe_rolling": -3, "ear_massage": 60},
        "colour": "pink",
    }
    (tmp_path / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    defaults = Settings()
    assert loaded.theme == "dark"
    assert loaded.get_ready_s == 15
    assert loaded.voice_rate == 1.0
    assert loaded.font_scale == defaults.font_scale
    assert loaded.order == defaults.order
    assert loaded.hands_free == defaults.hands_free
    assert loaded.duration_s("effleurage") == 200
    assert loaded.duration_s("toe_rolling") == defaults.duration_s("toe_rolling")
    text = "\n".join(problems)
    for name in ("font_scale", "order", "hands_free", "toe_rolling", "ear_massage", "colour"):
        assert name in text
    assert len(problems) == 6
    assert all(p.startswith(FILE_NAME) for p in problems)


def test_durations_that_are_not_a_table_fall_back(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"step_durations": [1, 2]}', encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    assert loaded.step_durations == Settings().step_durations
    assert "step_durations" in problems[0]


def test_a_file_from_a_newer_version_is_read_as_far_as_possible(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"version": 7, "theme": "light"}', encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    assert loaded.theme == "light"
    assert "version" in problems[0]


def test_dict_round_trip_covers_every_field() -> None:
    data = Settings().with_duration("toe_rolling", 100).to_dict()
    assert set(data) == {f for f in Settings.__dataclass_fields__} | {"version"}
    assert data["step_durations"] == {"toe_rolling": 100}
    assert Settings.from_dict(data) == (Settings().with_duration("toe_rolling", 100), [])


def test_only_chosen_durations_are_kept_so_the_routine_s_own_can_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = Settings().with_duration("effleurage", 240).with_duration("toe_rolling", 100)
    routine_s = default_protocol_durations()["toe_rolling"]
    # Back to the routine's own value: no longer a choice.
    assert chosen.with_duration("toe_rolling", routine_s).step_durations == {"effleurage": 240}
    chosen.save(tmp_path)
    # An update suggests a longer closing step: it reaches this person, whose own choices stay.
    monkeypatch.setattr(settings_mod, "_default_durations",
                        lambda: {**default_protocol_durations(), "closing_strokes": 75})
    loaded, problems = Settings.load(tmp_path)
    assert problems == []
    assert loaded.durations == {**default_protocol_durations(), "effleurage": 240,
                                "toe_rolling": 100, "closing_strokes": 75}


def test_a_file_from_an_older_version_with_every_duration_still_loads(tmp_path: Path) -> None:
    older = {"version": 1, "theme": "dark",
             "step_durations": {**default_protocol_durations(), "sole_kneading": 200}}
    (tmp_path / FILE_NAME).write_text(json.dumps(older), encoding="utf-8")
    loaded, problems = Settings.load(tmp_path)
    assert problems == []
    assert loaded.durations == {**default_protocol_durations(), "sole_kneading": 200}
    # Saved again, only the real choice remains.
    assert loaded.to_dict()["step_durations"] == {"sole_kneading": 200}


def default_protocol_durations() -> dict[str, int]:
    return {step.id: step.duration_s for step in default_protocol().steps}
