"""Colours and type sizes: calm, large, and the same layout in every theme.

Sizes are given in pixels at 100 % and multiplied by the font-size setting
(100-200 %); Qt scales pixels again on high-DPI screens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from neurofoot_desktop import resources as _resources

THEMES = ("system", "light", "dark", "high_contrast")
STYLE = "Fusion"  # the same widgets on every system; the style sheet is drawn on top of it
_style_set = False


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
    calm_text: str = "#ffffff"  # text on a calm background (a chosen toggle)

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
        return max(44, round(self.body_px * 2))


LIGHT = Theme(
    name="light", window="#f4f1ec", surface="#fffdf9", text="#1f2a33", muted="#4f5d68",
    accent="#2f6f8f", accent_text="#ffffff", calm="#3d8064", warning="#8a5a00",
    warning_bg="#fff1d6", danger="#a8322d", danger_text="#ffffff", border="#c9c2b6",
    skin="#f1d7c4", skin_line="#8a6a55",
)
DARK = Theme(
    name="dark", window="#161c21", surface="#1f282f", text="#edf1f3", muted="#b3c0c9",
    accent="#6fb3d6", accent_text="#0b1a22", calm="#8ee8d0", warning="#ffc766",
    warning_bg="#3a2e14", danger="#ff8a80", danger_text="#2a0a08", border="#3b4852",
    skin="#b08a74", skin_line="#f0dccd", calm_text="#0b1a14",
)
HIGH_CONTRAST = Theme(
    name="high_contrast", window="#000000", surface="#000000", text="#ffffff", muted="#ffffff",
    accent="#ffff00", accent_text="#000000", calm="#00ffff", warning="#ffa040",
    warning_bg="#000000", danger="#ff6e6e", danger_text="#000000", border="#ffffff",
    skin="#1a1a1a", skin_line="#ffffff", calm_text="#000000",
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


def new_application(argv: list[str]) -> QApplication:
    """The QApplication, created in our style: asking for it up front is a few milliseconds
    quicker at start-up than setStyle() afterwards."""
    global _style_set
    app = QApplication([*argv, "-style", STYLE])
    _style_set = True
    return app


def apply(app: QApplication, name: str = "light", scale_percent: int = 100) -> Theme:
    """Set palette, base font and style sheet for the whole application."""
    global _current, _style_set
    scale = min(200, max(100, scale_percent)) / 100
    theme = replace(resolve(name), scale=scale)
    _current = theme
    if not _style_set:
        app.setStyle(STYLE)
        _style_set = True
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
        background: {t.calm}; color: {t.calm_text};
        border-color: {t.calm};
    }}
    QPushButton[answer="warning"]:checked {{
        background: {t.warning_bg}; color: {t.warning}; border-color: {t.warning};
    }}
    QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
    QPushButton[role="primary"]:disabled, QPushButton[role="danger"]:disabled {{
        background: {t.surface}; color: {t.muted}; border-color: {t.muted};
    }}
    QCheckBox, QRadioButton {{ min-height: {t.target_px}px; spacing: {t.px(12)}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {t.px(26)}px; height: {t.px(26)}px; border: 2px solid {t.muted};
        background: {t.surface};
    }}
    QCheckBox::indicator {{ border-radius: {t.px(6)}px; }}
    QRadioButton::indicator {{ border-radius: {(t.px(26) + 4) // 2}px; }}
    QCheckBox::indicator:checked {{
        background: {t.accent}; border-color: {t.accent};
        image: url({_image("tick", t.accent_text)});
    }}
    QRadioButton::indicator:checked {{
        border-color: {t.accent}; image: url({_image("dot", t.accent)});
    }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
    QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled, QSpinBox:disabled,
    QComboBox:disabled {{ color: {t.muted}; }}
    QSpinBox:disabled, QComboBox:disabled {{ border-style: dashed; }}
    QSlider::sub-page:horizontal:disabled {{ background: {t.border}; }}
    QSlider::handle:horizontal:disabled {{ border-style: dashed; border-color: {t.muted}; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QTimeEdit {{
        min-height: {t.target_px - 8}px; border: 2px solid {t.border}; border-radius: 8px;
        padding: 2px {t.px(8)}px; background: {t.surface};
    }}
    QTimeEdit::up-button, QTimeEdit::down-button {{ width: {t.px(24)}px; }}
    QTimeEdit:focus {{ border: 3px solid {focus}; }}
    QTimeEdit:disabled {{ color: {t.muted}; border-style: dashed; }}
    QListWidget {{ border: 2px solid {t.border}; border-radius: 10px; background: {t.surface}; }}
    QListWidget::item {{ min-height: {t.target_px}px; padding: 0 {t.px(10)}px; }}
    QTableWidget::item {{ padding: {t.px(4)}px {t.px(10)}px; }}
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
    QMessageBox QLabel#qt_msgbox_label {{ min-width: {min(t.px(400), 640)}px; }}
    QPushButton[role="stepper"] {{
        padding: 0; font-size: {t.px(26)}px; font-weight: 600;
    }}
    QSpinBox[role="stepper"]::up-button, QSpinBox[role="stepper"]::down-button {{
        width: 0; border: none;
    }}
    QTabWidget::pane {{ border: none; border-top: 2px solid {t.border}; }}
    QTabBar::tab {{
        min-height: {t.target_px}px; padding: 0 {t.px(20)}px; margin-right: {t.px(4)}px;
        color: {t.muted}; background: {t.window}; border: 2px solid {t.border};
        border-bottom: none; border-top-left-radius: 10px; border-top-right-radius: 10px;
    }}
    QTabBar::tab:selected {{
        color: {t.text}; background: {t.surface}; font-weight: 600;
        border-color: {t.accent}; border-top: {t.px(5)}px solid {t.accent};
    }}
    QTabBar::tab:focus {{ border: 3px solid {focus}; border-bottom: none; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {t.window}; }}
    QScrollArea[role="see-through"], QScrollArea[role="see-through"] > QWidget,
    QScrollArea[role="see-through"] > QWidget > QWidget {{ background: transparent; }}
    QComboBox {{ padding-right: {t.px(44)}px; }}
    QComboBox::drop-down {{
        subcontrol-origin: padding; subcontrol-position: center right;
        width: {t.px(40)}px; border: none;
    }}
    QComboBox::down-arrow {{
        image: url({_image("down", t.text)}); width: {t.px(18)}px; height: {t.px(18)}px;
    }}
    QComboBox::down-arrow:disabled {{ image: url({_image("down", t.muted)}); }}
    QListWidget[role="nav"]::item {{ min-height: {max(44, t.px(40))}px; padding: 0 {t.px(12)}px; }}
    QScrollBar:vertical {{ width: {t.px(16)}px; background: {t.window}; border: none; }}
    QScrollBar::handle:vertical {{
        min-height: {t.px(40)}px; border-radius: {t.px(7)}px; margin: 2px;
        background: {t.muted};
    }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """


# -- images the style sheet needs ----------------------------------------------------

# Shipped in resources/theme/ rather than written at run time: a temporary folder would be left
# behind by every crash or kill. tools/make_icons.py writes them from `theme_images()`, and a test
# checks the shipped files still match.
IMAGE_DIR = Path(_resources.__file__).parent / "theme"


def _image_name(name: str, colour: str) -> str:
    return f"{name}-{colour.lstrip('#').lower()}.svg"


def _svg(body: str) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48">'
            f"{body}</svg>\n")


_DRAWINGS: dict[str, Callable[[str], str]] = {
    "down": lambda c: _stroke("M4 8 L12 16 L20 8", c, 3.2),  # Qt drops a styled combo's arrow
    "tick": lambda c: _stroke("M5 12.5 L10 17.5 L19 7", c, 3.4),
    "dot": lambda c: f'<circle cx="12" cy="12" r="6.5" fill="{c}"/>',
}


def _image(name: str, colour: str) -> str:
    """The path of the shipped SVG for this drawing in this colour (style sheets need a path)."""
    return (IMAGE_DIR / _image_name(name, colour)).as_posix()


def _images_of(t: Theme) -> list[tuple[str, str]]:
    return [("down", t.text), ("down", t.muted), ("tick", t.accent_text), ("dot", t.accent)]


def _stroke(d: str, colour: str, width: float) -> str:
    return (f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}" '
            'stroke-linecap="round" stroke-linejoin="round"/>')


def theme_images() -> dict[str, str]:
    """Every image the themes' style sheets refer to: file name -> SVG text."""
    return {_image_name(name, colour): _svg(_DRAWINGS[name](colour))
            for t in (LIGHT, DARK, HIGH_CONTRAST) for name, colour in _images_of(t)}
