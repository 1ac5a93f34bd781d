"""The settings dialog: a shell that lists the sections and saves what they change.

Every change applies at once (theme and text size immediately, sound and voice on the
next cue) and is saved to the data folder a moment later, so there is no "Apply" to
forget. A change is applied ONCE, by the `apply` callable the dialog is given (the main
window's apply_settings); without one (a test, a dialog of its own) the dialog applies
theme, sound and voice itself, in `apply_alone`.

Each section is one module in ui/settings/sections/ with a subclass of base.Section
(build in __init__, then title / show_settings / apply / retranslate, and refresh for
greyed-out controls). Adding a section is that module plus one line in SECTIONS below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.settings import FONT_SCALE_RANGE, Settings
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.guidance.cues import CuePlayer
from neurofoot_desktop.ui.guidance.speech import Speaker
from neurofoot_desktop.ui.reminders.context import ReminderServices
from neurofoot_desktop.ui.settings.base import Section, Services, button, label
from neurofoot_desktop.ui.settings.sections.display import DisplaySection
from neurofoot_desktop.ui.settings.sections.hands_free import HandsFreeSection
from neurofoot_desktop.ui.settings.sections.reminders import RemindersSection
from neurofoot_desktop.ui.settings.sections.session import SessionSection
from neurofoot_desktop.ui.settings.sections.sound import SoundSection
from neurofoot_desktop.ui.settings.sections.voice import VoiceSection

SectionT = TypeVar("SectionT", bound=Section)
SAVE_DELAY_MS = 400  # gather a burst of changes (a held arrow key) into one write

# The sections, in the order of the list on the left: one line per section.
SECTIONS: tuple[type[Section], ...] = (
    SessionSection,
    HandsFreeSection,
    SoundSection,
    VoiceSection,
    DisplaySection,
    RemindersSection,
)


class SettingsDialog(QDialog):
    """Shows and edits a Settings; emits settingsChanged(Settings) after every change."""

    settingsChanged = Signal(object)  # Settings

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        cues: CuePlayer | None = None,
        speaker: Speaker | None = None,
        problems: Sequence[str] = (),
        apply: Callable[[Settings], None] | None = None,
        reminders: ReminderServices | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._folder = folder
        self._services = Services(cues, speaker, reminders)
        self._apply = apply
        self._problems = list(problems)
        self._save_error = ""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.setObjectName("settingsDialog")
        self.setModal(True)
        # Opened afresh each time: without this every opening would leave a hidden dialog
        # behind (its slots hold references to it), still listening to sound and voice.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        self._retranslate()
        for section in self.section_pages:
            section.load(settings)
            section.edited.connect(lambda s=section: self._change(s.apply(self._settings)))
        self.section(VoiceSection).start_engine(settings)
        self._fit_to_screen()

    # -- public API ---------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self._settings

    def section(self, kind: type[SectionT]) -> SectionT:
        """The page of one kind, e.g. dialog.section(SoundSection)."""
        return next(s for s in self.section_pages if isinstance(s, kind))

    def save_now(self) -> bool:
        """Write pending changes to the data folder (if one was given); False on failure."""
        self._save_timer.stop()
        if self._folder is None:
            return True
        try:
            self._settings.save(self._folder)
        except OSError as exc:
            self._save_error = self.tr(
                "⚠ The settings could not be saved ({reason}). They apply until NeuroFoot "
                "closes."
            ).format(reason=exc.strerror or exc)
        else:
            self._save_error = ""
        self._show_save_status()
        return not self._save_error

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        self.problems_label = label(role="warning")
        self.problems_label.setObjectName("settingsProblems")
        self.problems_label.setVisible(bool(self._problems))
        outer.addWidget(self.problems_label)

        # Sections in a list on the left rather than tabs on top: at 200 % text on a
        # 1366x768 screen, height is what runs out, and a list costs width instead.
        body = QHBoxLayout()
        body.setSpacing(16)
        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setProperty("role", "nav")
        self.sections.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("settingsPages")
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.section_pages: list[Section] = []
        for kind in SECTIONS:
            section = kind(self._services)
            self.section_pages.append(section)
            self.pages.addWidget(_scrolling(section))
            self.sections.addItem(QListWidgetItem())
        self.sections.setCurrentRow(0)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.defaults_button = button()
        self.save_status = label(role="muted")
        self.save_status.setObjectName("saveStatus")
        self.close_button = button(role="primary")
        self.close_button.setDefault(True)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        # Tab order follows what the eye sees: sections, the page, then the buttons below.
        QWidget.setTabOrder(self.sections, self.pages)
        QWidget.setTabOrder(self.defaults_button, self.close_button)
        self.defaults_button.clicked.connect(self._restore_defaults)
        self.close_button.clicked.connect(self.accept)

    # -- texts (again on a language change) -------------------------------------
    def _retranslate(self) -> None:
        tr = self.tr
        self.setWindowTitle(tr("Settings"))
        if self._problems:
            self.problems_label.setText(tr(
                "⚠ Some saved settings could not be read and were reset."
            ))
            # The exact reasons, for whoever wants them (also read by screen readers).
            details = "\n".join(self._problems)
            self.problems_label.setToolTip(details)
            self.problems_label.setAccessibleDescription(details)
        self.sections.setAccessibleName(tr("Settings sections"))
        for index, section in enumerate(self.section_pages):
            section.retranslate()
            self.sections.item(index).setText(section.title())
        self.defaults_button.setText(tr("Restore defaults"))
        self.defaults_button.setAccessibleName(tr("Restore all settings to their defaults"))
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close settings"))
        self._show_save_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- changes ----------------------------------------------------------------------------
    def _change(self, new: Settings) -> None:
        if new == self._settings:
            return
        old, self._settings = self._settings, new
        if self._apply is not None:
            self._apply(new)
        else:
            apply_alone(old, new, self._services)
        if (old.theme, old.font_scale) != (new.theme, new.font_scale):
            # After the new style sheet has reached the widgets, so sizes use the new fonts.
            QTimer.singleShot(0, self._fit_to_screen)
        for section in self.section_pages:
            section.settings = new
            section.refresh()
        self.settingsChanged.emit(new)
        if self._folder is not None:
            self._save_timer.start()

    def _restore_defaults(self) -> None:
        defaults = Settings()
        for section in self.section_pages:
            section.load(defaults)
        self._change(defaults)

    def _show_save_status(self) -> None:
        if self._save_error:
            self.save_status.setProperty("role", "warning")
            self.save_status.setText(self._save_error)
        else:
            self.save_status.setProperty("role", "muted")
            self.save_status.setText(
                self.tr("Changes take effect at once and are saved automatically.")
                if self._folder is not None
                else self.tr("Changes take effect at once.")
            )
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    # -- size ---------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """Size for the current text size: all of every page if the screen allows, else scroll."""
        t = theme.current()
        self._rescale(t)
        self.ensurePolished()
        for page in self.section_pages:
            page.ensurePolished()
            page.adjustSize()
        chrome = self.sizeHint().height() - self.pages.sizeHint().height()
        tallest = max(page.sizeHint().height() for page in self.section_pages)
        widest = max(page.sizeHint().width() for page in self.section_pages)
        width = self.sections.width() + widest + t.px(80)
        height = chrome + tallest + t.px(16)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, avail.width() - 40)
            height = min(height, avail.height() - 40)
        self.resize(width, height)

    def _rescale(self, t: theme.Theme) -> None:
        """Pixel sizes that depend on the text size (called again after a theme change)."""
        names = [self.sections.item(i).text() for i in range(self.sections.count())]
        metrics = self.sections.fontMetrics()
        # As wide as at the largest text from the start: the text size applies at once, and
        # a list growing with each click pushed the text-size "+" away from the pointer.
        grow = FONT_SCALE_RANGE[1] / 100 / t.scale
        self.sections.setFixedWidth(round(
            (max(metrics.horizontalAdvance(n) for n in names) + t.px(20) * 2) * grow) + 8
        )
        for section in self.section_pages:
            for spin, minus, plus in section.steppers:
                if getattr(spin, "steady", False):
                    continue  # sized once, for the largest text (DisplaySection)
                for b in (minus, plus):
                    b.setFixedWidth(t.target_px)
        # One width for every slider's value label, so the sliders line up.
        samples = [v for section in self.section_pages for v in section.value_samples()]
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for _v, texts in samples
                      for text in texts), default=0)
        for value, _texts in samples:
            value.setFixedWidth(widest + t.px(8))


def apply_alone(old: Settings, new: Settings, services: Services) -> None:
    """What a change does when no window applies it: theme and text size, sound, voice."""
    if (old.theme, old.font_scale) != (new.theme, new.font_scale):
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, new.theme, new.font_scale)
    if services.cues is not None:
        services.cues.apply_settings(new)
    if services.speaker is not None:
        services.speaker.apply_settings(new)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls instead of clipping when text is large or the screen small."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # Not a Tab stop of its own: it scrolls to whichever field gets the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(page)
    return scroll
