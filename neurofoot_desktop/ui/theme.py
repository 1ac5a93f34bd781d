"""Colours and type sizes: calm, large, and the same layout in every theme.

Sizes are given in pixels at 100 % and multiplied by the font-size setting
(100-200 %); Qt scales pixels again on high-DPI screens.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high_contrast")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str  # cards, panels
    text: str
    muted: str
    accent: str  # calm blue: the main action, progress
    accent_text: str
    calm: str  # soft green: worked region, "go"
    warning: str  # amber, always with an icon and words
    warning_bg: str
    danger: str  # "it hurts, stop"
    danger_text: str
    border: str
    skin: str  # the foot diagram
    skin_line: str
    scale: float = 1.0

    def px(self, size: float) -> int:
        return round(size * self.scale)

    @property
    def body_px(self) -> int:
        return self.px(18)

    @property
    def title_px(self) -> int:
        return self.px(28)

    @property
    def countdown_px(self) -> int:
        return self.px(64)

    @property
    def target_px(self) -> int:
        """The smallest size of anything you press."""
        return max(44, self.px(48))


LIGHT = Theme(
    name="light", window="#f4f1ec", surface="#fffdf9", text="#1f2a33", muted="#4f5d68",
    accent="#2f6f8f", accent_text="#ffffff", calm="#4f9a7a", warning="#8a5a00",
    warning_bg="#fff1d6", danger="#a8322d", danger_text="#ffffff", border="#c9c2b6",
    skin="#f1d7c4", skin_line="#8a6a55",
)
DARK = Theme(
    name="dark", window="#161c21", surface="#1f282f", text="#edf1f3", muted="#b3c0c9",
    accent="#6fb3d6", accent_text="#0b1a22", calm="#7fcaa6", warning="#ffc766",
    warning_bg="#3a2e14", danger="#ff8a80", danger_text="#2a0a08", border="#3b4852",
    skin="#c9a58d", skin_line="#f0dccd",
)
HIGH_CONTRAST = Theme(
    name="high_contrast", window="#000000", surface="#000000", text="#ffffff", muted="#ffffff",
    accent="#ffff00", accent_text="#000000", calm="#00ffff", warning="#ffff00",
    warning_bg="#000000", danger="#ff6e6e", danger_text="#000000", border="#ffffff",
    skin="#1a1a1a", skin_line="#ffffff",
)

_current: Theme = LIGHT


def current() -> Theme:
    return _current


def resolve(name: str) -> Theme:
    if name == "dark":
        return DARK
    if name == "high_contrast":
        return HIGH_CONTRAST
    if name == "system":
        hints = QGuiApplication.styleHints()
        from PySide6.QtCore import Qt

        return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT
    return LIGHT


def apply(app: QApplication, name: str = "light", scale_percent: int = 100) -> Theme:
    """Set palette, base font and style sheet for the whole application."""
    global _current
    scale = min(200, max(100, scale_percent)) / 100
    theme = replace(resolve(name), scale=scale)
    _current = theme
    app.setStyle("Fusion")
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPixelSize(theme.body_px)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))
    return theme


def style_sheet(t: Theme) -> str:
    focus = t.accent if t.name != "high_contrast" else "#00ffff"
    return f"""
    QWidget {{ font-size: {t.body_px}px; color: {t.text}; }}
    QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {t.window}; }}
    QLabel[role="title"] {{ font-size: {t.title_px}px; font-weight: 600; }}
    QLabel[role="subtitle"] {{ font-size: {t.px(22)}px; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {t.muted}; }}
    QLabel[role="countdown"] {{ font-size: {t.countdown_px}px; font-weight: 600; }}
    QLabel[role="warning"] {{
        color: {t.warning}; background: {t.warning_bg}; border: 2px solid {t.warning};
        border-radius: 10px; padding: {t.px(12)}px;
    }}
    QFrame[role="card"] {{
        background: {t.surface}; border: 1px solid {t.border}; border-radius: 14px;
    }}
    QFrame[role="bar"] {{ background: {t.surface}; border: none; }}
    QPushButton, QToolButton {{
        min-height: {t.target_px}px; padding: 0 {t.px(18)}px; border-radius: 10px;
        border: 2px solid {t.border}; background: {t.surface};
    }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
    QSlider:focus, QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus,
    QComboBox:focus, QSpinBox:focus {{
        outline: none; border: 3px solid {focus};
    }}
    QPushButton[role="primary"] {{
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; font-weight: 600;
    }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {t.text}; }}
    QPushButton[role="danger"] {{
        background: {t.danger}; color: {t.danger_text}; border-color: {t.danger}; font-weight: 600;
    }}
    QPushButton[role="danger"]:focus {{ border: 3px solid {t.text}; }}
    QPushButton:checked {{
        background: {t.calm}; color: {t.accent_text if t.name == "high_contrast" else "#ffffff"};
        border-color: {t.calm};
    }}
    QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
    QCheckBox, QRadioButton {{ min-height: {t.target_px}px; spacing: {t.px(12)}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {t.px(26)}px; height: {t.px(26)}px; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{
        min-height: {t.target_px - 8}px; border: 2px solid {t.border}; border-radius: 8px;
        padding: 2px {t.px(8)}px; background: {t.surface};
    }}
    QListWidget {{ border: 2px solid {t.border}; border-radius: 10px; background: {t.surface}; }}
    QListWidget::item {{ min-height: {t.target_px}px; padding: 0 {t.px(10)}px; }}
    QListWidget::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
    QSlider {{ min-height: {t.px(56)}px; }}
    QSlider::groove:horizontal {{
        height: {t.px(12)}px; border-radius: {t.px(6)}px; background: {t.border};
    }}
    QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: {t.px(6)}px; }}
    QSlider::handle:horizontal {{
        width: {t.px(40)}px; height: {t.px(40)}px; margin: -{t.px(14)}px 0;
        border-radius: {t.px(20)}px; background: {t.surface}; border: 3px solid {t.accent};
    }}
    QToolTip {{ border: 1px solid {t.border}; padding: 6px; }}
    """
