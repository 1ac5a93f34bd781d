"""The main window: hosts the pages of a session."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from neurofoot_desktop import APP_NAME
from neurofoot_desktop.storage import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(APP_NAME)
        self.setCentralWidget(QLabel("NeuroFoot"))
        self.resize(1280, 800)
