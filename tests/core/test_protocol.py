from pathlib import Path

import pytest

from neurofoot_desktop.core.protocol import (
    STEP_IDS,
    ProtocolError,
    default_protocol,
    load_protocol,
    parse_protocol,
)

SHIPPED = (Path(__file__).parents[2] / "resources" / "protocol.toml").read_text(encoding="utf-8")


def test_shipped_routine_has_the_five_steps_in_order() -> None:
    protocol = default_protocol()
    assert tuple(s.id for s in protocol.steps) == STEP_IDS
    assert [s.animation.view for s in protocol.steps] == ["top", "sole", "top", "side", "side"]


def test_routine_lasts_about_twenty_minutes_and_effleurage_several_minutes() -> None:
    protocol = default_protocol()
    assert 18 * 60 <= protocol.total_duration_s <= 22 * 60
    assert protocol.step("effleurage").duration_s >= 120


def test_safety_content_is_present() -> None:
    protocol = default_protocol()
    blocking = {q.id for q in protocol.precheck if q.effect == "block"}
    doctor = {q.id for q in protocol.precheck if q.effect == "doctor"}
    assert blocking == {"open_wound", "infection", "new_lesion"}
    assert doctor == {"worse_pain", "worse_numbness", "new_symptoms", "skin_change",
                      "pain_above_usual", "numbness_above_usual"}  # issue 18: scored
    assert [p.name for p in protocol.pressure_levels] == [
        "Feather", "Light", "Gentle", "Firm but gentle",
    ]
    assert "deep" in protocol.checklist[-1].text.lower()


def test_sole_kneading_leaves_the_heel_out_when_sensitive() -> None:
    step = default_protocol().step("sole_kneading")
    assert "heel out" in step.instruction_for(heel_sensitive=True)
    assert "heel out" not in step.instruction_for(heel_sensitive=False)


@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    [
        ('duration_s = 150', 'duration_s = "long"', "steps[1].duration_s", "whole number"),
        ('view = "sole"', 'view = "underneath"', "steps[1].animation.view", "one of top, sole"),
        ('id = "toe_rolling"', 'id = "toe_tapping"', "steps[2].id", "one of effleurage"),
        ('cycle_s = 8.0', 'cycle_s = 0', "steps[3].animation.cycle_s", "a number from 0.5"),
        ('effect = "doctor"', 'effect = "ignore"', "precheck[3].effect", "one of block"),
        ('name = "Light"', 'nom = "Light"', "pressure_levels[1].name", "it is missing"),
    ],
)
def test_malformed_protocol_names_file_field_and_expectation(
    old: str, new: str, field: str, expected: str
) -> None:
    broken = SHIPPED.replace(old, new, 1)
    assert broken != SHIPPED
    with pytest.raises(ProtocolError) as err:
        parse_protocol(broken, "my-protocol.toml")
    message = str(err.value)
    assert message.startswith("my-protocol.toml: field ")
    assert field in message
    assert expected in message


def test_invalid_toml_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ProtocolError, match=r"broken\.toml: not valid TOML"):
        parse_protocol("[meta\n", "broken.toml")
    with pytest.raises(ProtocolError, match="cannot be read"):
        load_protocol(tmp_path / "missing.toml")


def test_steps_out_of_order_are_refused() -> None:
    swapped = (SHIPPED.replace('id = "effleurage"', 'id = "TMP"')
               .replace('id = "closing_strokes"', 'id = "effleurage"')
               .replace('id = "TMP"', 'id = "closing_strokes"'))
    with pytest.raises(ProtocolError, match="field 'steps': expected the five steps in this order"):
        parse_protocol(swapped)
