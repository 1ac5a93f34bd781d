"""The routine in another language: the shipped protocol with its texts replaced.

A translation lives next to the Qt translations, as resources/i18n/protocol.<lang>.toml.
It has the shape of protocol.toml but holds texts only, found by id (steps by step id,
pre-check questions by question id, pressure levels by number, ...); durations, views,
regions and rhythms always come from protocol.toml itself.

A mistake in the file (an unknown id or field, a text that is not text, a list of the
wrong length) raises ProtocolError naming the file and the field, as protocol.py does.
A text the file leaves out falls back to English; missing_texts() lists those, so a
test can insist that the shipped translation is complete.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from neurofoot_desktop.core.protocol import (
    Protocol,
    ProtocolError,
    ScreenText,
    default_protocol,
)
from neurofoot_desktop.core.vocabulary import LANGUAGES as LANGUAGES
from neurofoot_desktop.core.vocabulary import SOURCE_LANGUAGE as SOURCE_LANGUAGE

FORMAT = "neurofoot-protocol-translation"

# Text fields that may be translated, per kind of entry.
CHECKLIST_FIELDS = ("text", "why")
PRECHECK_FIELDS = ("question", "short")
SCREEN_FIELDS = ("title", "why")
ADVICE_FIELDS = ("block_title", "block_text", "block_clinician", "doctor_title",
                 "doctor_text", "doctor_continue", "limits")
LEVEL_FIELDS = ("name", "description")
STEP_FIELDS = ("title", "technique", "purpose", "instruction", "heel_included",
               "heel_skipped", "reminders")
WHY_FIELDS = ("title", "points", "limits", "more_help")


def overlay_name(language: str) -> str:
    return f"protocol.{language}.toml"


def overlay_text(language: str) -> str:
    """The shipped overlay file for a language, as text."""
    ref = resources.files("neurofoot_desktop.resources").joinpath("i18n", overlay_name(language))
    return ref.read_text(encoding="utf-8")


@cache
def localized_protocol(language: str) -> Protocol:
    """The shipped routine in this language ("en" or "es"); English where a text is missing.

    Raises ProtocolError if the language's overlay file is malformed, and ValueError for
    a language NeuroFoot does not ship (pass "en"/"es", not the "system" setting).
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    base = default_protocol()
    if language == SOURCE_LANGUAGE:
        return base
    source = f"resources/i18n/{overlay_name(language)}"
    try:
        text = overlay_text(language)
    except (OSError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"{source}: cannot be read ({exc})") from None
    return apply_overlay(base, text, source).protocol


def missing_texts(language: str) -> list[str]:
    """The texts the shipped overlay leaves in English, as 'file: field' lines."""
    if language == SOURCE_LANGUAGE:
        return []
    source = f"resources/i18n/{overlay_name(language)}"
    return apply_overlay(default_protocol(), overlay_text(language), source).missing


@dataclass(frozen=True)
class Localized:
    protocol: Protocol
    missing: list[str]  # "file: field 'x': missing; the English text is used"


def apply_overlay(base: Protocol, text: str, source: str) -> Localized:
    """base with the texts of an overlay file (TOML text) put in; validates the overlay."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError(f"{source}: not valid TOML ({exc})") from None
    return _Overlay(source, data).apply(base)


class _Overlay:
    def __init__(self, source: str, data: dict[str, Any]) -> None:
        self.source = source
        self.data = data
        self.missing: list[str] = []

    # -- errors -------------------------------------------------------------------------
    def fail(self, field: str, expected: str) -> None:
        raise ProtocolError(f"{self.source}: field '{field}': expected {expected}")

    def note_missing(self, field: str) -> None:
        self.missing.append(f"{self.source}: field '{field}': missing; the English text is used")

    # -- typed access -------------------------------------------------------------------
    def table(self, data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.fail(where, "a table")
        return value

    def known(self, data: dict[str, Any], allowed: tuple[str, ...] | list[str], where: str,
              what: str) -> None:
        for key in data:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                self.fail(name, f"{what}: one of {', '.join(allowed)} (unknown {key!r})")

    def text(self, data: dict[str, Any], key: str, english: str, where: str) -> str:
        """The translated text for key, or the English one (noted as missing)."""
        field = f"{where}.{key}" if where else key
        if key not in data:
            if english:  # an optional English text that is empty needs no translation
                self.note_missing(field)
            return english
        value = data[key]
        if not isinstance(value, str):
            self.fail(field, f"text, got {type(value).__name__}")
        if not value.strip():
            self.fail(field, "non-empty text (leave the field out to use the English text)")
        if not english:
            self.fail(field, "no text here: the English protocol has none for it")
        return value

    def texts(self, data: dict[str, Any], key: str, english: tuple[str, ...],
              where: str) -> tuple[str, ...]:
        field = f"{where}.{key}" if where else key
        if key not in data:
            if english:
                self.note_missing(field)
            return english
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                  for v in value):
            self.fail(field, "a list of non-empty texts")
        if len(value) != len(english):
            self.fail(field, f"{len(english)} texts, one for each English one, got {len(value)}")
        return tuple(value)

    def entries(self, key: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """A table of per-id tables (e.g. [steps.effleurage]); unknown ids are errors."""
        table = self.table(self.data, key, key)
        self.known(table, ids, key, "an id from protocol.toml")
        for entry_id, entry in table.items():
            if not isinstance(entry, dict):
                self.fail(f"{key}.{entry_id}", "a table")
        for entry_id in ids:
            if entry_id not in table:
                table[entry_id] = {}
        return table

    # -- the whole file -----------------------------------------------------------------
    def apply(self, base: Protocol) -> Localized:
        self.known(self.data, ("meta", "checklist", "precheck", "precheck_screens", "advice",
                               "light_touch", "pressure_levels", "steps", "warning_signs",
                               "why_this_helps"), "", "a section")
        meta = self.table(self.data, "meta", "meta")
        self.known(meta, ("format", "version", "language", "title"), "meta", "a field")
        if meta.get("format") != FORMAT:
            self.fail("meta.format", f"'{FORMAT}'")
        if meta.get("version") != 1 or isinstance(meta.get("version"), bool):
            self.fail("meta.version", "1")
        if not isinstance(meta.get("language"), str) or not meta["language"].strip():
            self.fail("meta.language", "a language code such as 'es'")

        protocol = replace(
            base,
            title=self.text(meta, "title", base.title, "meta"),
            checklist=self._each("checklist", base.checklist, CHECKLIST_FIELDS,
                                 lambda item: item.id),
            precheck=self._each("precheck", base.precheck, PRECHECK_FIELDS, lambda q: q.id),
            screens=self._screens(base.screens),
            advice=self._advice(base.advice),
            light_touch=self._light_touch(base),
            pressure_levels=self._each("pressure_levels", base.pressure_levels, LEVEL_FIELDS,
                                       lambda p: str(p.level)),
            steps=self._steps(base),
            warning_signs=self._warning_signs(base),
            why_this_helps=self._why(base),
        )
        return Localized(protocol, self.missing)

    def _each(self, key: str, items: tuple[Any, ...], fields: tuple[str, ...],
              id_of: Callable[[Any], str]) -> tuple[Any, ...]:
        table = self.entries(key, [id_of(item) for item in items])
        out = []
        for item in items:
            where = f"{key}.{id_of(item)}"
            entry = table[id_of(item)]
            self.known(entry, fields, where, "a text field")
            out.append(replace(item, **{
                f: self.text(entry, f, getattr(item, f), where) for f in fields
            }))
        return tuple(out)

    def _screens(self, screens: dict[str, ScreenText]) -> dict[str, ScreenText]:
        table = self.entries("precheck_screens", list(screens))
        out = {}
        for name, screen in screens.items():
            where = f"precheck_screens.{name}"
            self.known(table[name], SCREEN_FIELDS, where, "a text field")
            out[name] = ScreenText(self.text(table[name], "title", screen.title, where),
                                   self.text(table[name], "why", screen.why, where))
        return out

    def _advice(self, advice: dict[str, str]) -> dict[str, str]:
        table = self.table(self.data, "advice", "advice")
        self.known(table, tuple(advice), "advice", "a text field")
        return {key: self.text(table, key, english, "advice") for key, english in advice.items()}

    def _light_touch(self, base: Protocol) -> Any:
        plan = base.light_touch
        table = self.table(self.data, "light_touch", "light_touch")
        self.known(table, ("note", "sites"), "light_touch", "a field")
        sites = self.table(table, "sites", "light_touch.sites")
        self.known(sites, [s.id for s in plan.sites], "light_touch.sites",
                   "a place id from protocol.toml")
        return replace(
            plan,
            note=self.text(table, "note", plan.note, "light_touch"),
            sites=tuple(replace(s, name=self.text(sites, s.id, s.name, "light_touch.sites"))
                        for s in plan.sites),
        )

    def _steps(self, base: Protocol) -> tuple[Any, ...]:
        table = self.entries("steps", [s.id for s in base.steps])
        out = []
        for step in base.steps:
            where = f"steps.{step.id}"
            entry = table[step.id]
            self.known(entry, STEP_FIELDS, where, "a text field")
            reminders = self.texts(entry, "reminders", tuple(r.text for r in step.reminders),
                                   where)
            out.append(replace(
                step,
                **{f: self.text(entry, f, getattr(step, f), where)
                   for f in STEP_FIELDS if f != "reminders"},
                reminders=tuple(replace(r, text=t)
                                for r, t in zip(step.reminders, reminders, strict=True)),
            ))
        return tuple(out)

    def _warning_signs(self, base: Protocol) -> tuple[Any, ...]:
        table = self.table(self.data, "warning_signs", "warning_signs")
        self.known(table, [w.id for w in base.warning_signs], "warning_signs",
                   "a warning id from protocol.toml")
        return tuple(replace(w, text=self.text(table, w.id, w.text, "warning_signs"))
                     for w in base.warning_signs)

    def _why(self, base: Protocol) -> Any:
        why = base.why_this_helps
        table = self.table(self.data, "why_this_helps", "why_this_helps")
        self.known(table, WHY_FIELDS, "why_this_helps", "a text field")
        return replace(
            why,
            title=self.text(table, "title", why.title, "why_this_helps"),
            points=self.texts(table, "points", why.points, "why_this_helps"),
            limits=self.text(table, "limits", why.limits, "why_this_helps"),
            more_help=self.text(table, "more_help", why.more_help, "why_this_helps"),
        )
