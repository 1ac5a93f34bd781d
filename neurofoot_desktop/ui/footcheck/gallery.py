"""The photo gallery (issue 19): one foot and one view at a time, any two dates side by side.

Opened from the look ("Compare photos…") and from History. It only reads: the photos come
from storage.photos, oldest first; the left pane starts on the first photo and the right one
on the latest, so the change over the whole time is what shows first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.ui import i18n
from neurofoot_desktop.ui import theme as themes
from neurofoot_desktop.ui.footcheck.footmap import i18n_view
from neurofoot_desktop.ui.widgets.controls import button, label
from neurofoot_desktop.ui.widgets.flow_layout import FlowLayout


def date_words(record: photo_store.PhotoRecord, with_time: bool = False) -> str:
    """"12 Mar 2026" (with ", 09:40" when a day has two) in local time and the UI language."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(record.taken_at.timestamp())),
        "d MMM yyyy, HH:mm" if with_time else "d MMM yyyy")


class PhotoPane(QWidget):
    """One photo, scaled to fit; a missing file says so rather than showing nothing."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.image: QImage | None = None
        self.missing = ""
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def show_image(self, image: QImage | None, missing: str = "") -> None:
        self.image = image if image is not None and not image.isNull() else None
        self.missing = missing if self.image is None else ""
        self.setAccessibleDescription(self.missing)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        th = themes.current()
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.black)
        if self.image is not None:
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                         size.width(), size.height())
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(box, self.image)
        elif self.missing:
            p.setPen(Qt.GlobalColor.white)
            p.drawText(self.rect().adjusted(th.px(12), 0, -th.px(12), 0),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.missing)
        p.end()


class GalleryDialog(QDialog):
    """Foot and view to choose, then a date on each side."""

    def __init__(self, parent: QWidget | None, store: Store, profile_id: int,
                 foot: Foot = Foot.LEFT, view: View = View.TOP) -> None:
        super().__init__(parent)
        self.setObjectName("photo_gallery")
        self.setWindowTitle(self.tr("Photos of the feet"))
        self.store = store
        self.profile_id = profile_id
        self.foot, self.view = foot, view
        self.records: list[photo_store.PhotoRecord] = []
        th = themes.current()
        choice = FlowLayout(spacing=th.px(10))  # wraps at 200 % on a small screen
        self.foot_buttons: dict[Foot, object] = {}
        self.view_buttons: dict[View, object] = {}
        for group_items, store_in, pick in (
                ([(f, i18n.foot_words(f.value, "title")) for f in Foot], self.foot_buttons,
                 self.set_foot),
                ([(v, i18n_view(v).capitalize()) for v in (View.TOP, View.SOLE)],
                 self.view_buttons, self.set_view)):
            group = QButtonGroup(self)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, th.px(16), 0)
            for key, words in group_items:
                b = button(words, name=f"gallery_{key.value}")
                b.setCheckable(True)
                b.clicked.connect(lambda _=False, k=key, f=pick: f(k))
                group.addButton(b)
                row.addWidget(b)
                store_in[key] = b
            choice.addWidget(box)
        self.status = label("", "muted", name="gallery_status")
        self.pickers: list[QComboBox] = []
        self.panes: list[PhotoPane] = []
        sides = QHBoxLayout()
        for side in ("earlier", "later"):
            picker = QComboBox()
            picker.setObjectName(f"gallery_{side}_date")
            picker.setAccessibleName(self.tr("Date of the left photo") if side == "earlier"
                                     else self.tr("Date of the right photo"))
            picker.setMinimumHeight(th.target_px)
            picker.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            picker.setMinimumContentsLength(8)  # two fit side by side at 200 %
            picker.currentIndexChanged.connect(self._show_chosen)
            pane = PhotoPane(f"gallery_{side}_photo")
            column = QVBoxLayout()
            column.addWidget(picker)
            column.addWidget(pane, 1)
            sides.addLayout(column, 1)
            self.pickers.append(picker)
            self.panes.append(pane)
        close = button(self.tr("Close"), "primary", "gallery_close")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(choice)
        column.addLayout(sides, 1)
        column.addLayout(bottom)
        self._fit_screen()
        self.reload()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or self.screen()
        area = screen.availableGeometry()
        self.resize(min(1100, int(area.width() * 0.92)), min(760, int(area.height() * 0.9)))

    def set_foot(self, foot: Foot) -> None:
        self.foot = foot
        self.reload()

    def set_view(self, view: View) -> None:
        self.view = view
        self.reload()

    def reload(self) -> None:
        self.foot_buttons[self.foot].setChecked(True)  # type: ignore[attr-defined]
        self.view_buttons[self.view].setChecked(True)  # type: ignore[attr-defined]
        try:
            self.records = photo_store.photos(self.store, self.profile_id, self.foot, self.view)
        except StorageError as exc:
            self.records = []
            self.status.setText(str(exc))
        where = self.tr("{foot}, {view}").format(foot=i18n.foot_words(self.foot.value),
                                                 view=i18n_view(self.view))
        if not self.records:
            self.status.setText(self.tr("No photos of the {where} yet.").format(where=where))
        elif len(self.records) == 1:
            self.status.setText(self.tr("One photo of the {where}; a second one will show "
                                        "beside it.").format(where=where))
        else:
            self.status.setText(self.tr("{n} photos of the {where}. Choose any two dates.")
                                .format(n=len(self.records), where=where))
        days = [date_words(r) for r in self.records]
        words = [date_words(r, days.count(day) > 1) for r, day in zip(self.records, days,
                                                                       strict=True)]
        for index, picker in enumerate(self.pickers):
            picker.blockSignals(True)
            picker.clear()
            picker.addItems(words)
            picker.setEnabled(len(words) > 1)
            picker.setCurrentIndex(0 if index == 0 else len(words) - 1)
            picker.blockSignals(False)
        self._show_chosen()

    def chosen(self) -> tuple[photo_store.PhotoRecord | None, photo_store.PhotoRecord | None]:
        picked = []
        for picker in self.pickers:
            i = picker.currentIndex()
            picked.append(self.records[i] if 0 <= i < len(self.records) else None)
        if len(self.records) == 1:
            picked[1] = None  # one photo shows once, on the left
        return picked[0], picked[1]

    def choose_dates(self, first: int, second: int) -> None:
        """Indexes into the photos, oldest first (the keyboard and tests)."""
        self.pickers[0].setCurrentIndex(first)
        self.pickers[1].setCurrentIndex(second)

    def _show_chosen(self) -> None:
        for pane, record in zip(self.panes, self.chosen(), strict=True):
            if record is None:
                pane.show_image(None)
                continue
            path = record.path(self.store)
            image = QImage(str(path))
            pane.show_image(image, self.tr("The photo file is missing: {name}").format(
                name=path.name))


def _run(dialog: GalleryDialog) -> None:
    dialog.exec()


run_gallery: Callable[[GalleryDialog], None] = _run  # tests look without a modal loop


def show_gallery(parent: QWidget | None, store: Store, profile_id: int,
                 foot: Foot = Foot.LEFT, view: View = View.TOP) -> GalleryDialog:
    dialog = GalleryDialog(parent, store, profile_id, foot, view)
    run_gallery(dialog)
    return dialog
