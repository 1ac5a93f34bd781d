"""The words the foot diagram paints (issue 14, finding 9): they never run into each other or
past the picture's edge, and at 200 % type they are larger, not shrunk back to fit ("LEFT foot"
and "top view" overlapped at 1024x640; the heading shrank to a thumbnail's size).

Every step on each foot, in English and Spanish, at 100 % and 200 %, at the sizes the player
and the light-touch page give the diagram.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.clock import FakeClock
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.protocol_i18n import localized_protocol
from neurofoot_desktop.ui import i18n, theme
from neurofoot_desktop.ui.diagram.painter import StillPainter
from neurofoot_desktop.ui.diagram.widget import FootDiagram

SIZES = ((504, 303), (784, 463), (578, 360), (420, 300))  # as the player gives it


@pytest.fixture
def words(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, QRectF]]]:
    """Each word painted in the last still picture, with where it went."""
    drawn: list[tuple[str, QRectF]] = []
    original = StillPainter._text

    def record(self: StillPainter, at: object, text: str, *args: object,
               **kw: object) -> QRectF:
        rect = original(self, at, text, *args, **kw)
        drawn.append((text, rect))
        return rect

    monkeypatch.setattr(StillPainter, "_text", record)
    yield drawn
    app = QApplication.instance()
    i18n.install(app, "en")
    theme.apply(app, "light", 100)


def paint(d: FootDiagram, drawn: list[tuple[str, QRectF]]) -> list[tuple[str, QRectF]]:
    drawn.clear()
    d.grab()
    return list(drawn)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["en", "es"])
def test_words_never_meet_and_stay_inside(qtbot: QtBot, words: list[tuple[str, QRectF]],
                                          language: str, scale: int) -> None:
    app = QApplication.instance()
    i18n.install(app, language)
    theme.apply(app, "light", scale)
    protocol = localized_protocol(language)
    d = FootDiagram(clock=FakeClock())
    qtbot.addWidget(d)
    problems = []
    for w, h in SIZES:
        d.resize(w, h)
        inside = QRectF(0, 0, w, h).adjusted(-1, -1, 1, 1)
        for step in protocol.steps:
            for foot in ("left", "right"):
                d.show_step(step, foot, 2, True)
                drawn = paint(d, words)
                where = f"{w}x{h} {step.id} {foot}"
                for i, (a, ra) in enumerate(drawn):
                    if not inside.contains(ra):
                        problems.append(f"{where}: {a!r} runs past the edge: {ra}")
                    for b, rb in drawn[i + 1:]:
                        meet = ra.intersected(rb)
                        if meet.width() > 1 and meet.height() > 1:
                            problems.append(f"{where}: {a!r} runs into {b!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_heading_grows_with_the_text_size(qtbot: QtBot, words: list[tuple[str, QRectF]],
                                              language: str) -> None:
    """The foot's name at 200 % is drawn at least 1.4 times as large as at 100 %, in the
    player's picture at both window sizes (its first word: the name may wrap; only a word
    too wide for the room beside the drawing is made a little smaller)."""
    app = QApplication.instance()
    i18n.install(app, language)
    protocol = localized_protocol(language)
    d = FootDiagram(clock=FakeClock())
    qtbot.addWidget(d)
    for w, h in ((784, 463), (504, 303)):
        d.resize(w, h)
        heights = {}
        for scale in (100, 200):
            theme.apply(app, "light", scale)
            d.show_step(protocol.steps[0], "left", 2, False)
            first_word = i18n.foot_words("left", "heading").split()[0]
            drawn = paint(d, words)
            heights[scale] = next(r.height() for text, r in drawn
                                  if text.split()[0] == first_word)
        assert heights[200] >= 1.4 * heights[100], f"{w}x{h}: {heights}"
