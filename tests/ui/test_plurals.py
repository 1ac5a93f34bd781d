"""Issue 14 finding 19: a count is worded with Qt's plural forms in both languages
("1 minute", "2 minutes"; "1 minuto", "2 minutos"), never "1 minutes"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop import app
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui.reminders import banner

I18N = Path(__file__).parents[2] / "resources" / "i18n"


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    locale = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "In 1 minute", "In 2 minutes"),
    ("es", "Dentro de 1 minuto", "Dentro de 2 minutos"),
], indirect=["language"])
def test_the_reminder_banner_says_1_minute_and_2_minutes(
        language: str, one: str, two: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(banner, "SNOOZE_MINUTES", (1, 2))
    shown = banner.ReminderBanner()
    qtbot.addWidget(shown)
    assert [b.text() for _minutes, b in shown.snooze_buttons] == [one, two]


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("1 session", "2 sessions", "0 sessions")),
    ("es", ("1 sesión", "2 sesiones", "0 sesiones")),
], indirect=["language"])
def test_plural_forms_reach_texts_whose_context_lupdate_cannot_name(
        language: str, words: tuple[str, ...]) -> None:
    """app.tr asks for context "app", which lupdate files under "": the look-up by source
    (i18n.CatalogTranslator) must still pick the right plural form."""
    assert tuple(app.tr("%n session(s)", "", n) for n in (1, 2, 0)) == words


def numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                key = (context.findtext("name") or "", message.findtext("source") or "")
                out[key] = [f.text or "" for f in message.iter("numerusform")]
    return out


def test_every_count_has_two_forms_with_the_number_in_both_languages() -> None:
    english, spanish = numerus(I18N / "neurofoot_en.ts"), numerus(I18N / "neurofoot_es.ts")
    assert english, "neurofoot_en.ts holds no plural forms"
    assert set(english) == set(spanish)
    bad = [(lang, key, forms) for lang, table in (("en", english), ("es", spanish))
           for key, forms in table.items()
           if len(forms) != 2 or not all("%n" in f for f in forms) or "(s)" in "".join(forms)]
    assert bad == []
    assert (I18N / "neurofoot_en.qm").stat().st_size > 0
