"""The guided look, the first part of the pre-check: each foot, then (optional) temperature.

Per foot: what to look at and for, the foot drawing (top or sole) to click where something
is, "All clear" in one action. The page only shows and forwards; FootCheckLog writes each
answer at once and core.footcheck decides what it means.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.footcheck_log import FootCheckLog
from neurofoot_desktop.storage import StorageError
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.ui import dialogs, i18n, theme
from neurofoot_desktop.ui.footcheck.footmap import FootMap, i18n_view
from neurofoot_desktop.ui.footcheck.temperature import TemperatureForm, reading_words
from neurofoot_desktop.ui.widgets import keys
from neurofoot_desktop.ui.widgets.controls import button, card, label, scrolling
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout

# Where "Mark a spot…" (the keyboard's way) puts a spot for each area, right-foot coordinates.
AREA_SPOTS: dict[fc.Area, tuple[View, float, float]] = {
    fc.Area.TOP: (View.TOP, 0.5, 0.55),
    fc.Area.SOLE: (View.SOLE, 0.5, 0.45),
    fc.Area.BETWEEN_TOES: (View.TOP, 0.5, 0.22),
    fc.Area.HEEL: (View.SOLE, 0.5, 0.85),
    fc.Area.NAILS: (View.TOP, 0.42, 0.12),
}


def finding_words(finding: fc.Finding) -> str:
    """"Blister · sole — under the big toe"."""
    text = f"{i18n.footcheck_kind_words(finding.kind.value)} · {i18n_view(finding.view)}"
    return text + (f" — {finding.note}" if finding.note else "")


def look_details(log: FootCheckLog | None) -> str:
    """The look's part of a "no massage" or "see a doctor" reason: what was marked where, and
    the temperatures with their numbers. Empty when the look was skipped."""
    if log is None:
        return ""

    lines = []
    for f in log.findings:
        if f.kind in fc.ANSWERS:
            lines.append(QCoreApplication.translate(
                "FootCheck", "Marked on the {foot}: {what}").format(
                foot=i18n.foot_words(f.foot.value), what=finding_words(f)))
    for reading in log.temperature_warnings():
        limit = "4 °F" if reading.unit is fc.Unit.FAHRENHEIT else "2.2 °C"
        lines.append(QCoreApplication.translate(
            "FootCheck", "Skin temperature: {reading} (more than {limit})").format(
            reading=reading_words(reading), limit=limit))
    return "".join("\n" + line for line in lines)


class FootScreen(QWidget):
    """One foot: the checklist, the drawing, the marks so far, and the answers."""

    def __init__(self, foot: Foot, owner: FootCheckPage) -> None:
        super().__init__()
        self.foot = foot
        self.owner = owner
        self.setObjectName(f"look_{foot.value}")
        self.view = View.TOP
        self.photos: list = []  # kept today, for the line under the marks
        title = label(self.tr("Look at the {foot}").format(
            foot=i18n.foot_words(foot.value)), "title")
        why = label(self.tr("With less feeling, a small injury is easy to miss. Look closely; "
                            "a mirror or the helper shows the sole."), "muted")
        # Left: which view, and the drawing to click.
        views = QHBoxLayout()
        group = QButtonGroup(self)
        self.view_buttons: dict[View, QPushButton] = {}
        for view in fc.MAP_VIEWS:
            b = button(i18n_view(view).capitalize(), name=f"view_{view.value}")
            b.setCheckable(True)
            b.setChecked(view == self.view)
            b.clicked.connect(lambda _=False, v=view: self.set_view(v))
            group.addButton(b)
            views.addWidget(b)
            self.view_buttons[view] = b
        keys.arrow_group(list(self.view_buttons.values()))
        views.addStretch(1)
        self.map = FootMap(foot, self.view)
        self.map.spotClicked.connect(self._clicked)
        hint = label(self.tr("Click on the drawing where something is."), "muted")
        drawing = QVBoxLayout()
        drawing.addLayout(views)
        drawing.addWidget(self.map, 1)
        drawing.addWidget(hint)
        # Right: where to look and what for, then what is marked.
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Look at each place for:"), "subtitle"))
        for area, kinds in fc.LOOK_FOR.items():
            words = ", ".join(i18n.footcheck_kind_words(k.value).lower() for k in kinds)
            side.addWidget(label(f"•  {i18n.footcheck_area_words(area.value)}: {words}"))
        side.addSpacing(8)
        self.marked = label("", name="marked_spots")
        side.addWidget(self.marked)
        self.compare = button(self.tr("Compare photos…"), name="compare_photos")
        self.compare.clicked.connect(self._compare)
        side.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(drawing, 3)
        body.addLayout(side, 2)
        # Tall enough to click on, never stretched beside a long (200 %) checklist.
        self.map.setMinimumHeight(theme.current().px(200))
        self.map.setMaximumHeight(max(theme.current().px(200), 460))
        drawing.addStretch(1)
        # The answers: Esc goes back, Enter/Space press the focused button.
        self.mark = button(self.tr("Mark a spot…"), name="mark_spot")
        self.mark.clicked.connect(self._mark_by_area)
        self.unmark = button(self.tr("Remove the last mark"), name="remove_mark")
        self.unmark.clicked.connect(self._remove_last)
        self.photo = button(self.tr("Add a photo…"), name="add_photo")
        self.photo.clicked.connect(self._add_photo)
        self.clear = button(self.tr("All clear on this foot"), "primary", "all_clear")
        self.clear.clicked.connect(self._all_clear)
        self.next = button(self.tr("Done with this foot"), "primary", "foot_done")
        self.next.clicked.connect(lambda: owner.foot_done(self.foot))
        # The answers wrap onto a second line rather than cut their words (200 %, Spanish).
        answers = QWidget()  # a widget, so the wrapped rows get the height they need
        row = FlowLayout(answers, spacing=theme.current().px(10))
        for b in (self.clear, self.next, self.mark, self.unmark, self.photo):
            row.addWidget(b)
        frame = card(title, why)
        if foot == Foot.LEFT:  # offered once, at the start, inside the card
            skip = button(self.tr("Answer three questions instead"), name="skip_look")
            skip.clicked.connect(owner.skipped)
            frame.layout().addWidget(skip, 0, Qt.AlignmentFlag.AlignLeft)
        frame.layout().addLayout(body, 1)
        # Only the card scrolls in a short window (200 %, 640 px): the answers stay in view.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.addWidget(scrolling(frame), 1)
        outer.addWidget(answers)

    @property
    def log(self) -> FootCheckLog:
        assert self.owner.log is not None
        return self.owner.log

    def set_view(self, view: View) -> None:
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        spots = self.log.on(self.foot) if self.owner.log else []
        self.map.show_foot(self.foot, self.view, spots)
        if spots:
            lines = [f"{n}. {finding_words(f)}" for n, f in enumerate(spots, 1)]
            self.marked.setText(self.tr("Marked:") + "\n" + "\n".join(lines))
        elif self.owner.log and self.foot in self.log.clear:
            self.marked.setText("✓  " + self.tr("All clear"))
        else:
            self.marked.setText("")
        if self.photos:
            self.marked.setText(self.marked.text() + "\n" + self.tr("Photos today: {n}")
                                .format(n=len(self.photos)))
        self.compare.setVisible(self._has_photos())
        self.unmark.setVisible(bool(spots))
        self.next.setVisible(bool(spots))
        self.clear.setVisible(not spots)

    def _clicked(self, x: float, y: float) -> None:
        self._ask_and_mark(self.view, x, y)

    def _mark_by_area(self) -> None:
        areas = list(fc.Area)
        index = dialogs.service().choose(self, self.tr("Where is it?"),
                                         [i18n.footcheck_area_words(a.value) for a in areas])
        if index is None:
            return
        view, x, y = AREA_SPOTS[areas[index]]
        self.set_view(view)
        self._ask_and_mark(view, x, y)

    def _ask_and_mark(self, view: View, x: float, y: float) -> None:
        kinds = list(fc.Kind)
        ask = dialogs.service()
        index = ask.choose(self, self.tr("What is there?"),
                           [i18n.footcheck_kind_words(k.value) for k in kinds])
        if index is None:
            return
        note = ask.ask_text(self, self.tr("A note (optional)"),
                            self.tr("Anything to remember about it (size, since when):"))
        try:
            self.log.mark(fc.Finding(self.foot, view, x, y, kinds[index],
                                     (note or "").strip()[:fc.NOTE_LIMIT]))
        except (fc.FootCheckError, StorageError) as exc:
            ask.tell(self, str(exc), "warning")
        self.refresh()
        self.next.setFocus()

    def _add_photo(self) -> None:
        from neurofoot_desktop.ui.footcheck import camera

        session = self.log.log
        kept = camera.add_photo(self, session.store, session.profile_id, session.session_id,
                                self.foot, self.view, session.clock.now())
        if kept is not None:
            self.photos.append(kept)
            self.refresh()

    def _has_photos(self) -> bool:
        if self.owner.log is None:
            return False
        session = self.log.log
        try:
            return bool(photo_store.photos(session.store, session.profile_id, self.foot))
        except StorageError:
            return False

    def _compare(self) -> None:
        from neurofoot_desktop.ui.footcheck import gallery

        session = self.log.log
        gallery.show_gallery(self, session.store, session.profile_id, self.foot, self.view)

    def _remove_last(self) -> None:
        spots = self.log.on(self.foot)
        if spots:
            self.log.unmark(spots[-1])
        self.refresh()

    def _all_clear(self) -> None:
        try:
            self.log.all_clear(self.foot)
        except StorageError as exc:
            dialogs.service().tell(self, str(exc), "warning")
            return
        self.refresh()
        self.owner.foot_done(self.foot)


class TemperatureScreen(QWidget):
    def __init__(self, owner: FootCheckPage) -> None:
        super().__init__()
        self.setObjectName("look_temperature")
        title = label(self.tr("Skin temperature (optional)"), "title")
        why = label(self.tr(
            "If there is a skin thermometer at hand, measure the same spot on both feet. A "
            "difference of more than 2.2 °C (4 °F) can be an early sign of trouble."), "muted")
        self.form = TemperatureForm()
        skip = button(self.tr("No thermometer today"), name="temperature_skip")
        skip.clicked.connect(owner.finish)
        self.next = button(self.tr("Next"), "primary", "temperature_next")
        self.next.clicked.connect(lambda: self.form.commit_all() and owner.finish())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(self.next)
        frame = card(title, why)
        frame.layout().addWidget(self.form)
        frame.layout().addStretch(1)
        frame.layout().addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.addWidget(scrolling(frame))  # at 200 % the form scrolls, never squashes


class FootCheckPage(QWidget):
    """The left foot, the right foot, the temperature; `finished` when done."""

    finished = Signal()
    skipped = Signal()  # the person prefers the three yes/no questions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("precheck_look")
        self.log: FootCheckLog | None = None
        self.stack = QStackedWidget()
        self.feet = {foot: FootScreen(foot, self) for foot in Foot}
        self.temperature = TemperatureScreen(self)
        for screen in (*self.feet.values(), self.temperature):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def next(self) -> QPushButton:
        """The screen's main button: what Enter presses when no button has the focus (the
        key contract presses a focused one itself)."""
        screen = self.stack.currentWidget()
        if isinstance(screen, FootScreen):
            return screen.next if screen.next.isVisible() else screen.clear
        return self.temperature.next

    def begin(self, log: FootCheckLog) -> None:
        self.log = log
        self.temperature.form.begin(log)
        for screen in self.feet.values():
            screen.set_view(View.TOP)
        self._show(self.feet[Foot.LEFT])

    def current(self) -> str:
        return self.stack.currentWidget().objectName()

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        target = self.next
        self.setFocusProxy(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def foot_done(self, foot: Foot) -> None:
        if foot == Foot.LEFT:
            self._show(self.feet[Foot.RIGHT])
        else:
            self._show(self.temperature)

    def finish(self) -> None:
        self.finished.emit()

    def back(self) -> bool:
        """Esc: one screen back; False on the first one (nothing to go back to here)."""
        index = self.stack.currentIndex()
        if index == 0:
            return False
        self._show(self.stack.widget(index - 1))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back():
            return
        super().keyPressEvent(event)
