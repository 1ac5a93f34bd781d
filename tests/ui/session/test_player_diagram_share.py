"""Issue 14, finding 9: at 200 % type the foot diagram keeps (nearly) the size it has at 100 %,
instead of shrinking to a thumbnail, while the step's name and pressure stay in view.

The text size is changed while the player is open, as a person would from the settings. At
1366x768 the six buttons then stand in one row and the countdown moves into the panel; at
1024x640 the buttons need two rows, and the footer gives its height to the drawing ("Next:"
is then said under the step's words). The drawing's size is its picture's height.
"""

from __future__ import annotations

from helpers.layout_checks import in_view
from helpers.session_driver import Driver
from PySide6.QtWidgets import QApplication

from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.main_window import MainWindow

# of the picture's height at 100 %, what 200 % keeps: at 1024x640 two rows of buttons at
# double size and the header cost what no arrangement gives back
KEEPS = {(1366, 768): 0.94, (1024, 640): 0.8}


def picture_heights(window: MainWindow) -> dict[tuple[int, int], float]:
    heights = {}
    for size in KEEPS:
        window.resize(*size)
        for _ in range(4):
            QApplication.processEvents()
        player = window.player
        assert in_view(player.pressure, window) and in_view(player.title, window)
        heights[size] = player.diagram._layout().box.height()
    return heights


def test_the_diagram_keeps_its_size_at_200_percent(window: MainWindow, drive: Driver) -> None:
    drive.add_person("Ana María Fernández")
    drive.begin()
    drive.clear_precheck()
    drive.light_touch()
    player = window.player
    assert window.current_page() is player
    at_100 = picture_heights(window)
    assert player.footer.isVisible() and not player.next_words.isVisible()
    try:
        window.apply_settings(window.settings.changed(font_scale=200))
        at_200 = picture_heights(window)
        for size, keep in KEEPS.items():
            assert at_200[size] >= keep * at_100[size], (
                f"{size}: the picture is {at_200[size]:.0f} px high at 200 %, "
                f"{at_100[size]:.0f} at 100 %")
        # at 1024x640 the next step is said under the words, the footer folded away
        assert not player.footer.isVisible()
        assert player.next_words.isVisible()
        assert player.next_words.text() == player.next_label.text() != ""
    finally:
        window.resize(1366, 768)
        theme.apply(QApplication.instance(), "light", 100)
