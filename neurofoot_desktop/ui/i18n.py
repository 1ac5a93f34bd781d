"""The language of the program: which one, and Qt's translators for it.

English is the source language; Spanish comes from resources/i18n/neurofoot_es.qm
(built from neurofoot_es.ts by `make translations`) plus Qt's own qtbase_es.qm for
the standard buttons (Yes, No, Cancel, ...). A text with a count is written once with %n,
`self.tr("%n minute(s) of massage", "", n)`, and both languages give its plural forms:
neurofoot_en.qm holds only those (Qt's way to say "1 minute" and "2 minutes" in English).
The routine's texts come from core.protocol_i18n.localized_protocol(language).

Start-up, before any window is built:

    language = i18n.choose_language(settings.language)
    i18n.install(app, language)
    MainWindow(store, protocol=localized_protocol(language), ...)

A few texts are made outside Qt, in core (the safety verdict, the light-touch result,
the reason for a pressure level); core stays English and Qt-free, and the helpers at
the end of this module word them in the current language.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from neurofoot_desktop.core.vocabulary import (
    FEELS,
    FEET,
    LANGUAGES,
    SENSITIVITIES,
    SOURCE_LANGUAGE,
    STATUSES,
    SYMPTOMS,
    VIEWS,
)

if TYPE_CHECKING:
    from neurofoot_desktop.core.lighttouch import LightTouchResult
    from neurofoot_desktop.core.next_time import NextTime
    from neurofoot_desktop.core.protocol import Protocol
    from neurofoot_desktop.core.safety import SafetyResult

log = logging.getLogger(__name__)

SETTINGS = ("system", *LANGUAGES)  # the values of Settings.language
_QT_LANGUAGE = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}
_HOME_TERRITORY = {"en": QLocale.Country.UnitedKingdom, "es": QLocale.Country.Spain}

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def i18n_folder() -> Path:
    from importlib import resources  # not needed for English, the language of most starts

    return Path(str(resources.files("neurofoot_desktop.resources").joinpath("i18n")))


def choose_language(setting: str) -> str:
    """"en" or "es": the setting itself, or for "system" the system's preferred language.

    "system" follows the user's interface languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG
    on Linux) and takes the first one NeuroFoot has, else English: LANG=es_ES.UTF-8
    gives Spanish.
    """
    if setting in LANGUAGES:
        return setting
    if setting != "system":
        raise ValueError(f"language setting must be one of {', '.join(SETTINGS)}, "
                         f"not {setting!r}")
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_protocol() -> Protocol:
    """The shipped routine in the current language, for widgets that are not handed one."""
    from neurofoot_desktop.core.protocol_i18n import localized_protocol

    return localized_protocol(_language)


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make language ("en" or "es") the program's language; returns the translators installed.

    Replaces whatever an earlier call installed, so the language can be switched (the
    widgets built before keep their texts). Also sets the default QLocale, so dates,
    numbers and Qt's own dialogs match. A missing .qm file is logged, never fatal: the
    program then shows English.
    """
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_locale_for(language))
    _language = language
    ours = CatalogTranslator(app)
    qm = i18n_folder() / f"neurofoot_{language}.qm"
    if ours.load(str(qm)):
        ours.add_fallbacks(i18n_folder() / f"neurofoot_{language}.ts")
        _installed.append(ours)
    else:  # English without it still reads, as "1 minute(s)"
        log.warning("no translation file %s: NeuroFoot shows its source texts", qm)
    if language != SOURCE_LANGUAGE:  # English is Qt's own language: no qtbase file
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(_QT_LANGUAGE[language]), "qtbase", "_", qt_folder):
            _installed.append(qt)
        else:
            log.warning("Qt's own %s translations are missing from %s", language, qt_folder)
    # The last one installed is asked first: Qt's for its own dialogs, then ours.
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)


def _locale_for(language: str) -> QLocale:
    system = QLocale.system()
    if system.language() == _QT_LANGUAGE[language]:
        return system  # keep the person's own country: es_MX stays es_MX
    return QLocale(_QT_LANGUAGE[language], _HOME_TERRITORY[language])


class CatalogTranslator(QTranslator):
    """Our .qm, plus a look-up by source text when the context does not match.

    pyside6-lupdate names a message's context after the object in front of .tr() as
    written (`o.tr(...)` -> "o", `tr = self.tr; tr(...)` -> ""), while at run time
    PySide asks for the object's class ("FootDiagram", "SettingsDialog"). Such texts
    are still found here by their English source, provided it has one translation.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._by_source: dict[tuple[str, str], str | tuple[str, ...]] = {}

    def add_fallbacks(self, ts: Path) -> None:
        try:
            self._by_source = fallback_texts(ts)
        except (OSError, SyntaxError) as exc:  # ElementTree's ParseError is a SyntaxError
            log.warning("cannot read %s (%s): some texts may stay in English", ts, exc)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        # None (not "") tells Qt there is no translation here, so it asks the next one.
        found = self._by_source.get((source, disambiguation or ""))
        if isinstance(found, tuple):  # plural forms; Qt puts the number in for %n
            return found[plural_form(n, len(found))]
        return found


def plural_form(n: int, forms: int) -> int:
    """Which plural form: English and Spanish have two, one for 1 and one for the rest."""
    return 0 if n == 1 or forms == 1 else 1


def fallback_texts(ts: Path) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(source, comment) -> translation (its plural forms for a %n text), for sources with
    one translation in the .ts.

    When a source is translated differently in different contexts, the translation from
    contexts lupdate could not name ("" or a lower-case variable name) wins if those agree.
    """
    import xml.etree.ElementTree as ET  # not needed before a language is installed

    seen: dict[tuple[str, str], dict[str, set[str | tuple[str, ...]]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        unnamed = not name or name[0].islower()
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue  # unfinished or obsolete
            text: str | tuple[str, ...] | None = translation.text
            if message.get("numerus") == "yes":
                text = tuple(f.text or "" for f in translation.iter("numerusform"))
                if not all(text):
                    continue
            if not text:
                continue
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            groups = seen.setdefault(key, {"all": set(), "unnamed": set()})
            groups["all"].add(text)
            if unnamed:
                groups["unnamed"].add(text)
    out: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for key, groups in seen.items():
        for group in (groups["all"], groups["unnamed"]):
            if len(group) == 1:
                out[key] = next(iter(group))
                break
    return out


# -- texts made in core, worded here -----------------------------------------------------
# (QCoreApplication.translate spelled out in full: lupdate finds only calls it can read.)
def join_plain(items: list[str]) -> str:
    """"a, b and c" in the current language (Spanish: "y", or "e" before an i sound)."""
    if len(items) <= 1:
        return "".join(items)
    if re.match(r"h?[ií](?![aeoáéó])", items[-1], re.IGNORECASE):
        pattern = QCoreApplication.translate("Safety", "{items} and {last}",
                                             "before a word starting with an i sound")
    else:
        pattern = QCoreApplication.translate("Safety", "{items} and {last}")
    return pattern.format(items=", ".join(items[:-1]), last=items[-1])


def safety_reason(result: SafetyResult, protocol: Protocol) -> str:
    """SafetyResult.reason() in the current language (protocol: the localized one)."""
    ids = result.blocking if result.blocking else result.warnings
    if not ids:
        return QCoreApplication.translate("Safety", "Nothing worrying was reported.")
    shorts = [protocol.question(i).short for i in ids]
    return QCoreApplication.translate("Safety", "Reported: {items}.").format(
        items=join_plain(shorts))


def light_touch_explanation(result: LightTouchResult) -> str:
    """LightTouchResult.explanation in the current language."""
    if result.unpleasant:
        return QCoreApplication.translate(
            "LightTouch", "Light touch feels unpleasant today, so the pressure will not go up, "
            "and may be lighter.")
    if result.pretend_felt:
        return QCoreApplication.translate(
            "LightTouch", "A touch was reported where there was none, so today's answers may "
            "be guesses. We will not raise the pressure today.")
    if result.felt_real < result.real_total:
        return QCoreApplication.translate(
            "LightTouch", "{felt} of {total} light touches were felt. With less feeling, the "
            "pressure stays where it was.").format(felt=result.felt_real, total=result.real_total)
    return QCoreApplication.translate(
        "LightTouch", "Every light touch was felt, and none felt unpleasant.")


def local_datetime(moment: datetime) -> str:
    """A stored UTC time as the person reads dates and times, in their language."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "d MMM yyyy, HH:mm")


def pressure_reason(reason: str) -> str:
    """A Recommendation.reason (a message id, core.pressure.Reason) in the current language."""
    text = pressure_reasons().get(reason)
    if text is None:  # not an id we know: show it as it is rather than nothing
        return reason
    return QCoreApplication.translate("PressureReason", text)


def pain_advice() -> str:
    """Said whenever a comfort of 0-2 is given, on the card and on the summary."""
    return QCoreApplication.translate(
        "Advice", "If pain continues or gets worse, contact your doctor.")


def next_time_words(advice: NextTime, engine_reason: str) -> str:
    """core/next_time.py's decision in the current language (engine_reason: translated)."""
    from neurofoot_desktop.core.next_time import Note

    if advice.note == Note.FIRMER_IF_NORMAL:
        return QCoreApplication.translate(
            "NextTime", "One step firmer next time if that day's light-touch check is normal. "
            "{why}").format(why=engine_reason)
    if advice.note == Note.HELD_AFTER_HURT:
        return QCoreApplication.translate(
            "NextTime", "No firmer next time, because it hurt today.")
    if advice.note == Note.HELD_AFTER_DOCTOR:
        return QCoreApplication.translate(
            "NextTime", "No firmer next time, because of today's advice to contact the doctor.")
    if advice.note == Note.LIGHTER_BY_OWN_RATINGS:
        return QCoreApplication.translate(
            "NextTime", "One step lighter next time: your ratings at level {low} ({low_avg}) "
            "have been higher than at level {high} ({high_avg}).").format(
            low=advice.lower_level, high=advice.higher_level,
            low_avg=QLocale().toString(advice.lower_average or 0.0, "f", 1),
            high_avg=QLocale().toString(advice.higher_average or 0.0, "f", 1))
    if advice.note == Note.LIGHTER_TO_TRY:
        return QCoreApplication.translate(
            "NextTime", "One step lighter next time, to find out whether a softer touch suits "
            "you even better. Your rating will tell.")
    return engine_reason


# -- the words people read for each domain id (core/vocabulary.py), said once here ------
# Forms: "phrase" inside a sentence ("left foot"), "title" at a sentence's start ("Left
# foot"), "heading" where the foot must stand out ("LEFT foot"), "short" in a table ("Left").
def foot_words(foot: str, form: str = "phrase") -> str:
    """The foot as people read it; an unknown id is shown as it is."""
    if form == "phrase":
        words = (QCoreApplication.translate("Words", "left foot"),
                 QCoreApplication.translate("Words", "right foot"))
    elif form == "title":
        words = (QCoreApplication.translate("Words", "Left foot"),
                 QCoreApplication.translate("Words", "Right foot"))
    elif form == "heading":
        words = (QCoreApplication.translate("Words", "LEFT foot"),
                 QCoreApplication.translate("Words", "RIGHT foot"))
    else:  # "short"
        words = (QCoreApplication.translate("Words", "Left"),
                 QCoreApplication.translate("Words", "Right"))
    return dict(zip(FEET, words, strict=True)).get(foot, foot)


def view_words(view: str, short: bool = False) -> str:
    """How the diagram shows the foot (core.vocabulary.View); short under its heading."""
    words = (QCoreApplication.translate("Words", "top view"),
             QCoreApplication.translate("Words", "sole view"),
             QCoreApplication.translate("Words", "side view") if short else
             QCoreApplication.translate("Words", "side view with the lower leg"))
    return dict(zip(VIEWS, words, strict=True)).get(view, view)


def feel_words(feel: str | None, in_sentence: bool = False) -> str:
    """The "too light / just right / too firm" answer; "—" when there is none."""
    if in_sentence:
        words = (QCoreApplication.translate("Words", "too light"),
                 QCoreApplication.translate("Words", "just right"),
                 QCoreApplication.translate("Words", "too firm"))
    else:
        words = (QCoreApplication.translate("Words", "Too light"),
                 QCoreApplication.translate("Words", "Just right"),
                 QCoreApplication.translate("Words", "Too firm"))
    return dict(zip(FEELS, words, strict=True)).get(feel or "", "—")


def sensitivity_words(sensitivity: str, in_sentence: bool = False) -> str:
    """Today's light-touch result (core.vocabulary.Sensitivity)."""
    if in_sentence:
        words = (QCoreApplication.translate("Words", "reduced"),
                 QCoreApplication.translate("Words", "normal"),
                 QCoreApplication.translate("Words", "heightened"))
    else:
        words = (QCoreApplication.translate("Words", "Reduced"),
                 QCoreApplication.translate("Words", "Normal"),
                 QCoreApplication.translate("Words", "Heightened"))
    return dict(zip(SENSITIVITIES, words, strict=True)).get(sensitivity, sensitivity)


def status_words(status: str) -> str:
    """How a stored session ended (core.vocabulary.Status)."""
    words = (QCoreApplication.translate("Words", "Completed"),
             QCoreApplication.translate("Words", "Stopped"),
             QCoreApplication.translate("Words", "Not finished"),
             QCoreApplication.translate("Words", "No massage"))
    return dict(zip(STATUSES, words, strict=True)).get(status, status)


# -- reminders (issue 20): their own words are in ui/reminders/words.py ------------------
class Counted(QObject):
    """Texts with a count: lupdate gives a text plural forms only in a .tr() call."""

    def planned(self, done: int, planned: int) -> str:
        return self.tr("{done} of %n planned this week", "", planned).format(done=done)


def adherence_words(done: int, planned: int, blocked: int = 0, skipped: int = 0) -> str:
    """ "3 of 4 planned this week"; days held back for safety or set aside said apart."""
    text = Counted().planned(done, planned)
    if blocked:
        text += " · " + QCoreApplication.translate(
            "Words", "{n} held back for safety").format(n=blocked)
    if skipped:
        text += " · " + QCoreApplication.translate("Words", "{n} set aside").format(n=skipped)
    return text


# lupdate reads only QCoreApplication.translate spelled out, so no alias below.
def footcheck_kind_words(kind: str) -> str:
    """What a spot marked in the foot check is (core.footcheck.Kind)."""
    words = {
        "cut": QCoreApplication.translate("FootCheck", "Cut"),
        "sore": QCoreApplication.translate("FootCheck", "Sore"),
        "blister": QCoreApplication.translate("FootCheck", "Blister"),
        "open_wound": QCoreApplication.translate("FootCheck", "Open wound or ulcer"),
        "infection": QCoreApplication.translate(
            "FootCheck", "Signs of infection (pus, spreading redness)"),
        "crack": QCoreApplication.translate("FootCheck", "Cracked skin"),
        "callus": QCoreApplication.translate("FootCheck", "Callus or corn"),
        "redness": QCoreApplication.translate("FootCheck", "Redness"),
        "swelling": QCoreApplication.translate("FootCheck", "Swelling"),
        "warmth": QCoreApplication.translate("FootCheck", "Feels warm"),
        "colour_change": QCoreApplication.translate("FootCheck", "Colour change"),
        "nail_problem": QCoreApplication.translate("FootCheck", "Nail problem"),
        "other": QCoreApplication.translate("FootCheck", "Something else"),
    }
    return words.get(kind, kind)


def footcheck_area_words(area: str) -> str:
    """A place to look at on each foot (core.footcheck.Area)."""
    words = {
        "top": QCoreApplication.translate("FootCheck", "The top"),
        "sole": QCoreApplication.translate("FootCheck", "The sole (a mirror or the helper)"),
        "between_toes": QCoreApplication.translate("FootCheck", "Between the toes"),
        "heel": QCoreApplication.translate("FootCheck", "The heel"),
        "nails": QCoreApplication.translate("FootCheck", "The nails"),
    }
    return words.get(area, area)


def footcheck_site_words(site: str) -> str:
    """Where the skin thermometer goes (core.footcheck.Site)."""
    words = {
        "ball": QCoreApplication.translate("FootCheck", "Ball of the foot"),
        "arch": QCoreApplication.translate("FootCheck", "Arch"),
        "heel": QCoreApplication.translate("FootCheck", "Heel"),
    }
    return words.get(site, site)


def clock_text(seconds: float) -> str:
    """A time as mm:ss ("05:07"), the one way the program shows a countdown or a duration.

    Rounds up, so 00:00 shows only when time is really up.
    """
    whole = int(-(-max(0.0, seconds) // 1))
    return f"{whole // 60:02d}:{whole % 60:02d}"


# -- symptoms before and after (issue 18) ---------------------------------------------------
def symptom_words(symptom: str, in_sentence: bool = False) -> str:
    """A symptom scored before and after a massage (core.vocabulary.Symptom)."""
    t = QCoreApplication.translate
    if in_sentence:
        words = (t("Words", "pain"), t("Words", "burning or tingling"), t("Words", "numbness"))
    else:
        words = (t("Words", "Pain"), t("Words", "Burning or tingling"), t("Words", "Numbness"))
    return dict(zip(SYMPTOMS, words, strict=True)).get(symptom, symptom)


def symptom_sign_reason(symptom: str, today: int, usual: float) -> str:
    """A numbers-based warning sign (core.symptoms.Sign), its reason in numbers."""
    t = QCoreApplication.translate
    usual_text = QLocale().toString(usual, "f", 0 if usual == int(usual) else 1)
    if symptom == "numbness":
        text = t("Symptoms", "Your numbness today is {today}; over the last 4 weeks it has "
                             "usually been {usual}.")
    else:
        text = t("Symptoms", "Your pain today is {today}; over the last 4 weeks it has usually "
                             "been {usual}.")
    return text.format(today=today, usual=usual_text)


# Texts the widgets translate from a variable (self.tr(word)), so lupdate cannot see them
# there; listed here under the context the widget asks for at run time.
DYNAMIC_TEXTS = (
    # file_actions.FORMAT_NAMES
    QT_TRANSLATE_NOOP("FileActions", "CSV table"),
    QT_TRANSLATE_NOOP("FileActions", "NeuroFoot log (JSON)"),
    QT_TRANSLATE_NOOP("FileActions", "PDF report"),
    QT_TRANSLATE_NOOP("FileActions", "FHIR bundle (JSON)"),
    # exports/pdf_report.py calls translate("Report", ...) inside f-strings, where
    # lupdate does not look
    QT_TRANSLATE_NOOP("Report", "Period:"),
    QT_TRANSLATE_NOOP("Report", "Sessions:"),
    QT_TRANSLATE_NOOP("Report", "Time massaged:"),
    QT_TRANSLATE_NOOP("Report", "Average comfort:"),
    QT_TRANSLATE_NOOP("Report", "There are no sessions in this period."),
    QT_TRANSLATE_NOOP("Report", "Trends"),
    QT_TRANSLATE_NOOP("Report", "Each step: comfort and pressure used"),
    QT_TRANSLATE_NOOP("Report", "Warning signs and stops ({n})"),
    QT_TRANSLATE_NOOP("Report", "None in this period."),
    QT_TRANSLATE_NOOP("Report", "Notes ({n})"),
    QT_TRANSLATE_NOOP("Report", "No notes in this period."),
    QT_TRANSLATE_NOOP("Report", "Foot massage report"),
)

# The words for each pressure reason id (core/pressure/reasons.py ENGLISH has the same
# English for the command line; tests/ui/test_spanish.py checks that they agree).
_PRESSURE_REASON_TEXTS = (  # in core.pressure.Reason's order
    QT_TRANSLATE_NOOP("PressureReason", "A gentle start, as this is the first time for this step."),
    QT_TRANSLATE_NOOP("PressureReason", "A gentle start, as this is the first time on this foot."),
    QT_TRANSLATE_NOOP("PressureReason", "A light start, as a soft touch suits this step."),
    QT_TRANSLATE_NOOP("PressureReason", "A light start, as a softer touch has suited you so far."),
    QT_TRANSLATE_NOOP("PressureReason",
        "A light start, because a softer touch suited the other foot."),
    QT_TRANSLATE_NOOP("PressureReason",
        "A light start, because light touch feels unpleasant today."),
    QT_TRANSLATE_NOOP("PressureReason", "A light start, because the heel is sensitive today."),
    QT_TRANSLATE_NOOP("PressureReason", "One step firmer, because it felt too light."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step firmer, as your ratings suggest a little more will feel better."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter than last time, because it hurt last time."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter than last time, because it was uncomfortable last time."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter than last time, because it felt too firm."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter than last time, because it was only partly comfortable last time."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter today, because light touch feels unpleasant."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter today, to be careful while there is less feeling."),
    QT_TRANSLATE_NOOP("PressureReason", "One step lighter today, because the heel is sensitive."),
    QT_TRANSLATE_NOOP("PressureReason",
        "One step lighter than last time, as a softer touch has suited you better."),
    QT_TRANSLATE_NOOP("PressureReason", "Lighter than last time, because it hurt last time."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Lighter than last time, because it was uncomfortable last time."),
    QT_TRANSLATE_NOOP("PressureReason", "Lighter than last time, because it felt too firm."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Lighter than last time, because it was only partly comfortable last time."),
    QT_TRANSLATE_NOOP("PressureReason", "Lighter today, because light touch feels unpleasant."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Lighter today, to be careful while there is less feeling."),
    QT_TRANSLATE_NOOP("PressureReason", "Lighter today, because the heel is sensitive."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Lighter than last time, as a softer touch has suited you better."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time and no firmer, as it felt a little firm."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as it was only fairly comfortable."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as it should still feel gentle on a tender day."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as there is less feeling in this foot today."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time and no firmer, because the heel is sensitive today."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as it felt too light rather than too firm."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as this is already the firmest level we use."),
    QT_TRANSLATE_NOOP("PressureReason",
        "The same as last time, as we go firmer only slowly and carefully."),
    QT_TRANSLATE_NOOP("PressureReason", "The same as last time, because it felt good."),
    QT_TRANSLATE_NOOP("PressureReason", "The same as last time, which has suited you."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Staying with the lightest touch, because it hurt last time."),
    QT_TRANSLATE_NOOP("PressureReason",
        "Staying with the lightest touch, as it was uncomfortable last time."),
    QT_TRANSLATE_NOOP("PressureReason", "Staying with the lightest touch, as it felt too firm."),
)


@cache
def pressure_reasons() -> dict[str, str]:
    """Reason id -> its words; the engine is imported here, when a reason is first shown,
    not at start-up (it is not needed before the first paint)."""
    from neurofoot_desktop.core.pressure.model import Reason

    return dict(zip(Reason, _PRESSURE_REASON_TEXTS, strict=True))
