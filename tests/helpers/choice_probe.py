"""Run as a script on a screen of a given size (the offscreen platform's configfile): File >
Export's period question (actions.choose_report, through the real ui/dialogs.py) is opened
in English and Spanish, at 100 % and 200 % text, with and without the photos box, and what a
person could see of each entry is written to a JSON file.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/helpers/choice_probe.py OUT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget


def measure(dialog: QDialog) -> dict[str, object]:
    listing = dialog.findChild(QListWidget)
    viewport = listing.viewport().rect()
    entries = []
    for i in range(listing.count()):
        item = listing.item(i)
        rect = listing.visualItemRect(item)
        space = min(rect.right(), viewport.right()) - rect.left()
        entries.append({
            "text": item.text(),
            "inside": viewport.top() <= rect.top() and rect.bottom() <= viewport.bottom(),
            # a row shown in part: more than the sliver the room kept for a focus border shows
            "cut": rect.top() + rect.height() // 4 < viewport.bottom() < rect.bottom(),
            "whole_text": listing.fontMetrics().horizontalAdvance(item.text()) <= space,
            "tooltip": item.toolTip() == item.text(),
        })
    screen = dialog.screen().availableGeometry()
    return {"entries": entries, "scrolls": listing.verticalScrollBar().maximum() > 0,
            "inside_screen": screen.contains(dialog.frameGeometry()),
            "dialog": dialog.frameGeometry().getRect(), "screen": screen.getRect()}


def main(out: str) -> int:
    from neurofoot_desktop.ui import dialogs, i18n, theme
    from neurofoot_desktop.ui.files import actions

    app = QApplication.instance() or QApplication(sys.argv[:1])
    dialogs.install(dialogs.QtDialogs())
    seen: dict[str, object] = {}
    for language in ("en", "es"):
        i18n.install(app, language)
        for scale in (100, 200):
            theme.apply(app, "light", scale)
            for photos in (False, True):
                key = f"{language}-{scale}{'-photos' if photos else ''}"

                def look(key: str = key) -> None:
                    dialog = app.activeModalWidget()
                    if not isinstance(dialog, QDialog):
                        QTimer.singleShot(20, look)
                        return
                    for _ in range(4):  # let wrapped words settle
                        app.processEvents()
                    try:
                        seen[key] = measure(dialog)
                    finally:
                        dialog.reject()

                QTimer.singleShot(0, look)
                actions.choose_report(None, with_photos=photos)
    Path(out).write_text(json.dumps(seen, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
