"""'Why this helps': the reasons, the limits, and where to find more help."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from neurofoot_desktop.core.protocol import Protocol
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import button, card, centered, label


class WhyPage(QWidget):
    closed = Signal()

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        why = protocol.why_this_helps
        points = [label("•  " + p, name=f"why_point_{i}") for i, p in enumerate(why.points)]
        self.back = button(self.tr("Back"), "primary", "why_back")
        self.back.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back)
        body = card(label(why.title, "title"), *points, spacing=14)
        body.layout().addSpacing(8)
        body.layout().addWidget(label(self.tr("What it cannot do"), "subtitle"))
        body.layout().addWidget(label(why.limits))
        body.layout().addWidget(label(self.tr("More help"), "subtitle"))
        body.layout().addWidget(label(why.more_help))
        body.layout().addWidget(label(protocol.advice["limits"], "muted"))
        body.layout().addStretch(1)
        body.layout().addLayout(row)
        self.setLayout(centered(body, 1000))
        self.setFocusProxy(self.back)
        keys.install(self, default=lambda: self.back, back=self.closed.emit)
