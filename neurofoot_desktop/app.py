"""Wiring: QApplication, the store, the main window."""

from __future__ import annotations

import sys

from neurofoot_desktop import APP_NAME, __version__, datadir


def run_gui(data_dir: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from neurofoot_desktop.storage import StorageError, Store
    from neurofoot_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    folder = datadir.resolve(data_dir)
    try:
        store = Store.open(folder)
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
