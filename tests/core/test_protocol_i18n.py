"""The routine in Spanish: the overlay file is complete, faithful in shape, and validated."""

from __future__ import annotations

import string
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest

from neurofoot_desktop.core.protocol import ProtocolError, default_protocol
from neurofoot_desktop.core.protocol_i18n import (
    apply_overlay,
    localized_protocol,
    missing_texts,
)

OVERLAY = Path(__file__).parents[2] / "resources" / "i18n" / "protocol.es.toml"
SHIPPED = OVERLAY.read_text(encoding="utf-8")
# Fields that hold ids, numbers or animation data: never translated.
NOT_TEXT = {"id", "screen", "effect", "level", "duration_s", "every_s", "animation",
            "real_touches", "pretend_touches"}


def texts(value: Any, where: str = "") -> dict[str, str]:
    """Every text in a Protocol (or part of one), by a path such as steps[1].title."""
    out: dict[str, str] = {}
    if is_dataclass(value):
        for f in fields(value):
            if f.name not in NOT_TEXT:
                out |= texts(getattr(value, f.name), f"{where}.{f.name}".lstrip("."))
    elif isinstance(value, dict):
        for key, item in value.items():
            out |= texts(item, f"{where}[{key}]")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            out |= texts(item, f"{where}[{i}]")
    elif isinstance(value, str) and value:
        out[where] = value
    return out


def placeholders(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((name, spec or "", conv) for _, name, spec, conv in string.Formatter().parse(text)
                  if name is not None)


def test_spanish_translates_every_text_and_keeps_the_routine() -> None:
    english, spanish = default_protocol(), localized_protocol("es")
    assert missing_texts("es") == []
    en, es = texts(english), texts(spanish)
    assert en.keys() == es.keys()
    same = [f"{k}: {v!r}" for k, v in en.items() if es[k] == v]
    assert same == [], "still in English:\n" + "\n".join(same)
    # Only the texts change: ids, durations, effects and the animation stay as they are.
    for en_step, es_step in zip(english.steps, spanish.steps, strict=True):
        assert (es_step.id, es_step.duration_s, es_step.animation) == (
            en_step.id, en_step.duration_s, en_step.animation)
        assert [r.every_s for r in es_step.reminders] == [r.every_s for r in en_step.reminders]
    assert [(q.id, q.screen, q.effect) for q in spanish.precheck] == [
        (q.id, q.screen, q.effect) for q in english.precheck]
    assert [s.id for s in spanish.light_touch.sites] == [s.id for s in english.light_touch.sites]
    assert spanish.total_duration_s == english.total_duration_s


def test_spanish_keeps_every_placeholder() -> None:
    en, es = texts(default_protocol()), texts(localized_protocol("es"))
    wrong = [f"{k}: {en[k]!r} -> {es[k]!r}"
             for k in en if placeholders(en[k]) != placeholders(es[k])]
    assert wrong == []


def test_spanish_heel_advice_joins_the_instruction() -> None:
    step = localized_protocol("es").step("sole_kneading")
    assert step.instruction_for(heel_sensitive=True).endswith("Hoy deje el talón sin tocar.")
    assert "talón" in step.instruction_for(heel_sensitive=False)


def test_english_is_the_shipped_protocol_and_other_languages_are_refused() -> None:
    assert localized_protocol("en") is default_protocol()
    assert missing_texts("en") == []
    with pytest.raises(ValueError, match="system"):
        localized_protocol("system")


def test_a_missing_entry_falls_back_to_english_and_is_listed() -> None:
    without = SHIPPED.replace('technique = "Amasamiento suave"\n', "", 1)
    without = without.replace('ball = "la parte delantera de la planta"\n', "", 1)
    result = apply_overlay(default_protocol(), without, "protocol.es.toml")
    assert result.protocol.step("sole_kneading").technique == "Gentle kneading"
    assert result.protocol.step("sole_kneading").title == "Círculos con el pulgar en la planta"
    assert result.protocol.light_touch.sites[1].name == "the ball of the foot"
    assert result.missing == [
        "protocol.es.toml: field 'light_touch.sites.ball': missing; the English text is used",
        "protocol.es.toml: field 'steps.sole_kneading.technique': missing; "
        "the English text is used",
    ]


def test_an_empty_overlay_gives_english() -> None:
    head = '[meta]\nformat = "neurofoot-protocol-translation"\nversion = 1\nlanguage = "xx"\n'
    result = apply_overlay(default_protocol(), head, "protocol.xx.toml")
    assert texts(result.protocol) == texts(default_protocol())
    missing = "\n".join(result.missing)
    for field in ("meta.title", "steps.effleurage.instruction", "why_this_helps.points",
                  "light_touch.sites.arch", "pressure_levels.4.name", "warning_signs.worse"):
        assert f"field '{field}': missing" in missing
    # one line per text, except the three why-points, which are one list
    assert len(result.missing) == len(texts(default_protocol())) - 2


@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    [
        ("[steps.toe_rolling]", "[steps.toe_tapping]", "steps.toe_tapping",
         "an id from protocol.toml"),
        ("[precheck.infection]", "[precheck.infections]", "precheck.infections",
         "an id from protocol.toml"),
        ('purpose = "Relaja', 'porpose = "Relaja', "steps.sole_kneading.porpose",
         "a text field"),
        ("big_toe = ", "thumb = ", "light_touch.sites.thumb", "a place id"),
        ("[pressure_levels.4]", "[pressure_levels.5]", "pressure_levels.5", "an id"),
        ("worse = ", "worst = ", "warning_signs.worst", "a warning id"),
        ('title = "Revise los dos pies"', "title = 3", "precheck_screens.skin.title", "text"),
        ('title = "El talón hoy"', 'title = "  "', "precheck_screens.heel.title",
         "non-empty text"),
        ('reminders = ["Más ligero todavía: solo roce la piel."]', 'reminders = ["a", "b"]',
         "steps.closing_strokes.reminders", "1 texts, one for each English one"),
        ('[steps.effleurage]\n', '[steps.effleurage]\nheel_skipped = "No"\n',
         "steps.effleurage.heel_skipped", "the English protocol has none"),
        ('format = "neurofoot-protocol-translation"', 'format = "neurofoot-protocol"',
         "meta.format", "'neurofoot-protocol-translation'"),
        ("[advice]", "[advise]", "advise", "a section"),
    ],
)
def test_a_malformed_overlay_names_file_field_and_expectation(
    old: str, new: str, field: str, expected: str
) -> None:
    assert old in SHIPPED
    broken = SHIPPED.replace(old, new, 1)
    with pytest.raises(ProtocolError) as err:
        apply_overlay(default_protocol(), broken, "resources/i18n/protocol.es.toml")
    message = str(err.value)
    assert message.startswith("resources/i18n/protocol.es.toml: ")
    assert f"field '{field}'" in message
    assert expected in message


def test_overlay_that_is_not_toml_is_reported() -> None:
    with pytest.raises(ProtocolError, match=r"protocol\.es\.toml: not valid TOML"):
        apply_overlay(default_protocol(), "[steps\n", "protocol.es.toml")
