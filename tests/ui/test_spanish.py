"""NeuroFoot in Spanish: the catalogue is complete and current, and no English is left on screen.

The screen test switches to Spanish the way the program starts (i18n.install plus the
localized protocol), walks the real main window through every main screen offscreen and
collects every visible text, accessible name, tool tip and menu entry. A text is English
when it is (or fits) an English source text from the .ts catalogue or protocol.toml, or
uses plain English words. The failure message lists each one with the screen and widget,
so a missing translation is quick to find.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import random
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from helpers.clock import FakeClock
from helpers.session_driver import Driver
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.pressure import Reason
from neurofoot_desktop.core.protocol import default_protocol
from neurofoot_desktop.core.protocol_i18n import localized_protocol
from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "i18n" / "neurofoot_es.ts"
PERSON = "Ana"
# Words that are English and not Spanish: one of them on a Spanish screen is a leftover.
ENGLISH_WORDS = frozenset([
    "the", "and", "of", "your", "you", "with", "this", "that", "these", "those", "is", "are",
    "was", "were", "it", "its", "for", "from", "to", "not", "left", "right", "foot", "feet",
    "step", "steps", "session", "sessions", "pressure", "comfort", "comfortable", "touch", "time",
    "today", "next", "back", "start", "stop", "done", "skip", "repeat", "pause", "continue",
    "yes", "please", "what", "when", "where", "how", "why", "who", "have", "has", "will", "would",
    "should", "light", "gentle", "firm", "heel", "toe", "toes", "ankle", "sole", "massage",
    "minutes", "seconds", "felt", "feel", "begin", "save", "note", "keys", "space", "enter",
    "history", "settings", "help", "file", "view", "quit", "export", "import", "week", "month",
    "year", "than", "there", "here",
])
ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Dec|January|"
                            r"February|March|April|June|July|August|September|October|"
                            r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)\b")

# -- the catalogue ----------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str | None  # None: unfinished
    kind: str  # "", "unfinished", "obsolete", "vanished"


def catalogue() -> list[Message]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = (translation.get("type") if translation is not None else None) or ""
            texts = [translation.text if translation is not None else None]
            if message.get("numerus") == "yes" and translation is not None:
                # one message per plural form, so each form is checked like any text
                texts = [f.text for f in translation.iter("numerusform")]
            for text in texts:
                out.append(Message(name, message.findtext("source") or "",
                                   message.findtext("comment") or "",
                                   text if kind == "" and text else None, kind))
    return [m for m in out if m.kind not in ("obsolete", "vanished")]


def placeholders(text: str) -> list[tuple[str, str, str | None]]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [("<not a valid format string>", "", None)]
    return sorted((name, spec or "", conv) for _, name, spec, conv in parsed if name is not None)


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def template(source: str) -> str:
    """A regex for the texts an English format string can give; fields become groups."""
    return "".join(re.escape(lit).replace("%n", "(.+?)") + ("(.+?)" if name is not None else "")
                   for lit, name, _, _ in string.Formatter().parse(source))


@dataclass(frozen=True)
class Gap:
    screens: str  # regex on the screen name
    pattern: str  # regex on the cleaned text; its groups are what was filled in
    fix: str


def known_gaps() -> list[Gap]:
    """English still shown because a UI module passes core's English text, the English
    protocol or a strftime date straight to the screen, with the one-line fix in that
    module. When the fix is made, the text is no longer seen and the screen test asks for
    the entry to be removed.
    """
    return []


def test_every_text_is_translated_and_keeps_its_placeholders() -> None:
    problems = []
    for m in catalogue():
        where = f"[{m.context}] {m.source!r}"
        if m.translation is None:
            problems.append(f"{where}: not translated")
            continue
        if placeholders(m.source) != placeholders(m.translation):
            problems.append(f"{where}: placeholders differ in {m.translation!r}")
        for side in (str.startswith, str.endswith):
            for mark in (" ", "\n"):
                if side(m.source, mark) != side(m.translation, mark):
                    problems.append(f"{where}: leading/trailing {mark!r} differs in "
                                    f"{m.translation!r}")
        if m.source.count("\n") != m.translation.count("\n"):
            problems.append(f"{where}: line breaks differ in {m.translation!r}")
        if re.search(r"&[^&\s]", m.source) and len(re.findall(r"&[^&\s]", m.translation)) != 1:
            problems.append(f"{where}: needs one &-shortcut letter, got {m.translation!r}")
    assert problems == [], "resources/i18n/neurofoot_es.ts:\n" + "\n".join(problems)


def test_catalogue_and_qm_are_up_to_date_with_the_sources() -> None:
    """lupdate would add nothing, and lrelease gives exactly the committed .qm."""
    problems = load_tool().check("es") + load_tool().check("en")
    assert problems == [], "run `make translations`, then translate:\n" + "\n".join(problems)


def test_every_literal_translation_call_is_in_the_catalogue() -> None:
    """Also the calls lupdate cannot see (inside f-strings): they must be listed somewhere."""
    import ast

    known = {m.source for m in catalogue() if m.translation}
    missing = []
    for path in sorted((ROOT / "neurofoot_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = {"tr": 0, "translate": 1, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    and arg.value not in known):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    assert missing == [], (
        "not in resources/i18n/neurofoot_es.ts (lupdate does not read f-strings: list such "
        "texts in ui/i18n.py DYNAMIC_TEXTS):\n" + "\n".join(missing))


def test_every_pressure_reason_has_a_translation() -> None:
    """Each pressure reason id (core/pressure/model.Reason) has its words in ui/i18n.py, the
    same English as core/pressure/reasons.ENGLISH (the command line's), and Spanish."""
    from neurofoot_desktop.core.pressure import Reason
    from neurofoot_desktop.core.pressure.reasons import ENGLISH

    assert set(i18n.pressure_reasons()) == set(Reason) == set(ENGLISH)
    differ = [r for r in Reason if i18n.pressure_reasons()[r] != ENGLISH[r]]
    assert differ == [], f"ui/i18n.py and core/pressure/reasons.py word these apart: {differ}"
    translated = {m.source for m in catalogue()
                  if m.context == "PressureReason" and m.translation}
    missing = sorted(set(ENGLISH.values()) - translated)
    assert missing == [], (
        "`make translations`, then translate these in resources/i18n/neurofoot_es.ts:\n"
        + "\n".join(missing))


# -- choosing and installing the language ------------------------------------------------
@pytest.mark.parametrize(
    ("env", "expected"),
    [({"LANG": "es_ES.UTF-8"}, "es"), ({"LANG": "es_MX.UTF-8"}, "es"),
     ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "en"), ({"LANG": "C"}, "en")],
)
def test_system_language_comes_from_the_locale(env: dict[str, str], expected: str) -> None:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from neurofoot_desktop.ui.i18n import choose_language\n"
            "app = QCoreApplication([])\n"
            "print(choose_language('system'), choose_language('en'), choose_language('es'))")
    out = subprocess.run([sys.executable, "-c", code], env=clean | env, capture_output=True,
                         text=True, check=True, timeout=60)
    assert out.stdout.split() == [expected, "en", "es"]


def test_unknown_language_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="system"):
        i18n.choose_language("fr")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish for one test; English (and the locale as it was) afterwards."""
    locale = QLocale()
    i18n.install(qapp, "es")
    yield
    assert len(i18n.install(qapp, "en")) == 1  # English: only its plural forms
    QLocale.setDefault(locale)


def test_install_translates_our_texts_and_qts_buttons(spanish: None) -> None:
    translate = QCoreApplication.translate
    assert translate("StartPage", "Begin the safety check") == "Empezar la revisión de seguridad"
    assert translate("QPlatformTheme", "&Yes") == "&Sí"
    assert translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish
    assert i18n.current_protocol() is localized_protocol("es")
    # the diagram's own words keep the widget's context (ui/diagram/words.py, painter.py)
    assert translate("FootDiagram", "pretend: do not touch") == "fingido: no tocar"
    assert translate("app", "daily backup") == "copia diaria"


def test_switching_back_to_english(spanish: None, qapp: QApplication) -> None:
    assert len(i18n.install(qapp, "en")) == 1
    assert QCoreApplication.translate("StartPage", "History") == "History"
    assert i18n.current_protocol() is default_protocol()
    assert len(i18n.install(qapp, "es")) == 2
    assert QCoreApplication.translate("StartPage", "History") == "Historial"


def test_texts_made_in_core_are_worded_in_spanish(spanish: None) -> None:
    from neurofoot_desktop.core import safety
    from neurofoot_desktop.core.lighttouch import LightTouchResult, Sensitivity

    protocol = localized_protocol("es")
    blocked = safety.evaluate(protocol, {"open_wound": True, "infection": True})
    assert i18n.safety_reason(blocked, protocol) == (
        "Se ha indicado: una herida abierta, un corte o una úlcera y señales de infección.")
    assert i18n.join_plain(["dolor", "infección"]) == "dolor e infección"
    assert i18n.join_plain(["a", "b", "hierro"]) == "a, b y hierro"
    result = LightTouchResult(Sensitivity.REDUCED, 2, 3, 0, False)
    assert i18n.light_touch_explanation(result).startswith("Se notaron 2 de 3 toques")
    assert i18n.pressure_reason(Reason.SAME_FELT_GOOD) == (
        "Igual que la última vez, porque resultó agradable.")


# -- no English on the Spanish screens ---------------------------------------------------
def protocol_texts(value: Any, where: str = "") -> dict[str, str]:
    """Every text of a Protocol by its path (steps[0].title, ...)."""
    out: dict[str, str] = {}
    if is_dataclass(value):
        for f in fields(value):
            if f.name not in ("id", "screen", "effect", "animation"):
                out |= protocol_texts(getattr(value, f.name), f"{where}.{f.name}".lstrip("."))
    elif isinstance(value, dict):
        for key, item in value.items():
            out |= protocol_texts(item, f"{where}[{key}]")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            out |= protocol_texts(item, f"{where}[{i}]")
    elif isinstance(value, str) and value:
        out[where] = value
    return out


def clean(text: str) -> str:
    """What a person reads: no &-shortcut marks, icons or extra spaces."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"^[\s⚠•🔔✓←→]+|[\s←→]+$", "", text)
    return re.sub(r"\s+", " ", text)


class EnglishDetector:
    def __init__(self) -> None:
        self.exact: dict[str, str] = {}  # cleaned English text -> where it comes from
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        self.phrases: list[tuple[re.Pattern[str], str]] = []
        for m in catalogue():
            if m.translation is None or clean(m.translation) == clean(m.source):
                continue  # the same in both languages ("No", "Normal", "{n} min")
            origin = f"[{m.context}] {m.source!r} in neurofoot_es.ts"
            self._add(clean(m.source), origin)
        spanish = protocol_texts(localized_protocol("es"))
        for path, text in protocol_texts(default_protocol()).items():
            if spanish.get(path) != text:
                self._add(clean(text), f"{path} {text!r} in protocol.toml")

    def _add(self, text: str, origin: str) -> None:
        if "{" in text:
            literal = "".join(lit for lit, _, _, _ in string.Formatter().parse(text))
            if len(re.findall(r"[A-Za-z]", literal)) >= 3:
                self.patterns.append((re.compile(template(text)), origin))
            return
        self.exact.setdefault(text, origin)
        if len(text.split()) >= 2:  # an English phrase inside a longer text
            self.phrases.append((re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])"), origin))

    def why_english(self, text: str) -> str | None:
        shown = clean(text)
        if shown in self.exact:
            return f"is {self.exact[shown]}"
        for pattern, origin in self.patterns:
            if pattern.fullmatch(shown):
                return f"fits {origin}"
        for pattern, origin in self.phrases:
            if pattern.search(shown):
                return f"contains {origin}"
        words = sorted({w for w in re.findall(r"[^\W\d_]+", shown.lower()) if w in ENGLISH_WORDS})
        if words:
            return f"has English words: {', '.join(words)}"
        if ENGLISH_MONTHS.search(shown):
            return "has an English month or day name (format dates with QLocale)"
        return None


def shown_texts(win: MainWindow) -> Iterator[tuple[str, str]]:
    """(widget, text) for the window's title, menus and current page."""
    yield "window title", win.windowTitle()

    def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
        for action in menu.actions():
            yield f"{where} > {clean(action.text())}", action.text()
            yield f"{where} > {clean(action.text())} (tool tip)", action.toolTip()
            if action.menu() is not None:
                yield from menu_texts(action.menu(), f"{where} > {clean(action.text())}")

    for action in win.menuBar().actions():
        yield f"menu {clean(action.text())}", action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"menu {clean(action.text())}")
    yield from widget_texts(win.stack.currentWidget())


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) for everything a person can see or a screen reader can read."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}".rstrip("#")
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{name} (placeholder)", widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{name} (shown)", widget.text()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.item(i).text()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        if isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(col)
                yield f"{name} column {col}", header.text() if header else ""
                for row in range(widget.rowCount()):
                    item = widget.item(row, col)
                    yield f"{name} row {row} column {col}", item.text() if item else ""
        yield f"{name} (accessible name)", widget.accessibleName()
        yield f"{name} (accessible description)", widget.accessibleDescription()
        yield f"{name} (tool tip)", widget.toolTip()


@dataclass
class Leftover:
    screen: str
    widget: str
    text: str
    why: str


class ScreenCheck:
    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.detector = EnglishDetector()
        self.found: list[Leftover] = []
        self.screens: list[str] = []
        self.gaps = known_gaps()
        self.gaps_seen: set[Gap] = set()

    def __call__(self, screen: str, root: QWidget | None = None) -> None:
        QApplication.processEvents()
        self.screens.append(screen)
        texts = shown_texts(self.win) if root is None else widget_texts(root)
        for widget, text in texts:
            if not text or not re.search(r"[A-Za-z]", text) or clean(text) in (PERSON,):
                continue
            why = self.detector.why_english(text)
            for gap in self.gaps:
                if why is None:
                    break
                if not re.search(gap.screens, screen):
                    continue
                # A known gap: check what is around it, and what was filled into it.
                text, hits = re.subn(gap.pattern,
                                     lambda m: " ".join(g for g in m.groups() if g),
                                     clean(text))
                if hits:
                    self.gaps_seen.add(gap)
                    why = self.detector.why_english(text)
            if why is not None:
                self.found.append(Leftover(screen, widget, text, why))

    def report(self) -> str:
        seen: set[tuple[str, str]] = set()
        lines = []
        for f in self.found:
            if (f.text, f.why) in seen:
                continue
            seen.add((f.text, f.why))
            lines.append(f"  [{f.screen}] {f.widget}: {f.text!r}\n      {f.why}")
        return "\n".join(lines)


def spanish_window(qtbot: QtBot, store: Store, clock: FakeClock) -> MainWindow:
    kwargs: dict[str, Any] = {"clock": clock, "protocol": localized_protocol("es"),
                              "rng": random.Random(7)}
    if "settings" in inspect.signature(MainWindow).parameters:
        from neurofoot_desktop.core.settings import Settings

        kwargs["settings"] = Settings(sound_enabled=False, voice_enabled=False)
    win = MainWindow(store, **kwargs)
    win.resize(1366, 768)  # the offscreen screen is 800x800: keep the usual window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_no_english_is_left_on_the_main_screens(
    spanish: None, qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    theme.apply(qapp, "light", 100)
    # An August date: an English month ("Aug") differs from the Spanish one ("ago").
    clock = FakeClock(datetime(2026, 8, 20, 9, 0, tzinfo=UTC))
    store = Store.open(data_dir)
    win = spanish_window(qtbot, store, clock)
    try:
        walk_every_screen(win, Driver(win, qtbot, clock), qtbot, ScreenCheck(win))
    finally:
        win.close()
        store.close()


def check_history_and_settings(win: MainWindow, qtbot: QtBot, check: ScreenCheck) -> None:
    """The history page (both tabs) and every section of the settings dialog."""
    if not hasattr(win, "history_view"):
        win.show_history()
    if getattr(win, "history_view", None) is None:
        return  # no history page yet in this version of the main window
    tabs = win.history_view.findChild(QTabWidget)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        check(f"history, tab {index + 1}")
    from neurofoot_desktop.core.settings import Settings
    from neurofoot_desktop.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(sound_enabled=False, voice_enabled=False), win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        check(f"settings, section {row + 1}", dialog)
    dialog.close()


def walk_every_screen(win: MainWindow, drive: Driver, qtbot: QtBot, check: ScreenCheck) -> None:
    click = Qt.MouseButton.LeftButton
    check("start, nobody yet")
    drive.add_person(PERSON)
    check("start")
    qtbot.mouseClick(win.start.why, click)
    assert win.current_page() is win.why
    check("why this helps")
    qtbot.mouseClick(win.why.back, click)

    # A session stopped at once: an open wound.
    drive.begin()
    check("pre-check: skin")
    drive.answer({"open_wound": True, "infection": False, "new_lesion": False})
    drive.next()
    assert win.precheck.current_screen() == "blocked"
    check("pre-check: no massage today")
    drive.next()

    # A session with a warning sign, continued gently, to the summary.
    drive.begin()
    drive.answer({q.id: False for q in win.precheck.protocol.questions_on("skin")})
    drive.next()
    check("pre-check: changes")
    drive.answer({q.id: q.id == "worse_pain" for q in win.precheck.protocol.questions_on(
        "changes")})
    drive.next()
    assert win.precheck.current_screen() == "doctor"
    check("pre-check: see a doctor")
    win.precheck.nothing_open.setChecked(True)
    win.precheck.wants_gentle.setChecked(True)
    qtbot.mouseClick(win.precheck.go_gently, click)
    check("pre-check: heel")
    drive.answer({"heel_sensitive": True})
    drive.next()
    check("pre-check: getting ready")
    drive.ready()

    page = win.light_touch
    check("light touch: start")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    for probe in list(page.probes):
        check("light touch: a pretend touch" if not probe.real else "light touch: a touch")
        qtbot.keyClick(page, page.felt_key if probe.real else page.no_key)  # S / N in Spanish
    check("light touch: unpleasant?")
    qtbot.keyClick(page, page.no_key)
    check("light touch: result")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    for index, probe in enumerate(list(page.probes)):
        qtbot.keyClick(page, page.no_key if probe.real and index == 0 else page.felt_key)
    qtbot.keyClick(page, page.yes_key)
    check("light touch: result, second foot")
    qtbot.keyClick(page, Qt.Key.Key_Return)

    player = win.player
    assert win.current_page() is player
    check("player: ready")
    steps = 0
    while win.current_page() is player:
        session = player.session
        assert session is not None
        if steps == 2:
            qtbot.keyClick(player, Qt.Key.Key_Right)  # skip one
            steps += 1
            continue
        drive.run_step(session.current.duration_s / 2 + 1)
        if steps == 0:
            check("player: running, halfway")
            qtbot.keyClick(player, Qt.Key.Key_Space)
            check("player: paused")
        qtbot.mouseClick(player.done, click)  # this walk is about words; keys: test_keyboard_*
        assert win.current_page() is win.rating
        if steps == 0:
            qtbot.mouseClick(win.rating.feel_buttons["too_firm"], click)
            check("rating")
        drive.rate(8 if steps % 2 else 6)
        steps += 1
    assert win.current_page() is win.summary
    check("summary")
    qtbot.mouseClick(win.summary.why, click)
    check("why this helps, from the summary")
    qtbot.mouseClick(win.why.back, click)
    qtbot.mouseClick(win.summary.finish, click)
    check_history_and_settings(win, qtbot, check)

    unseen = [gap.fix for gap in check.gaps if gap not in check.gaps_seen]
    assert not check.found and not unseen, (
        f"English left on the Spanish screens ({len(check.screens)} screens walked).\n"
        "Translate it in resources/i18n/neurofoot_es.ts (after `make translations`) or "
        "protocol.es.toml, or wrap the text for translation:\n" + check.report()
        + ("\nNo longer seen, remove from known_gaps(): " + "; ".join(unseen)
           if unseen else ""))
