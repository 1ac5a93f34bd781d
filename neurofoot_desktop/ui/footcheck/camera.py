"""Taking a photo of a foot: a live view with the last photo of the same foot and view laid
over it faintly, so the new one lines up; or a file. No camera, a busy one or one that fails
gets one clear sentence and the file option.

The camera sits behind FrameSource (start / stop, frames and errors as signals); tests use a
fake one. The real one, QtCameraSource, loads QtMultimedia only when a photo is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from neurofoot_desktop import photo_import
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import StorageError, Store
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.ui import dialogs, i18n
from neurofoot_desktop.ui.widgets.controls import button, label

OVERLAY_OPACITY = 0.3


class FrameSource(QObject):
    """A camera as the dialog sees it."""

    frame = Signal(QImage)
    failed = Signal(str)  # one plain sentence

    def start(self) -> None: ...

    def stop(self) -> None: ...


class QtCameraSource(FrameSource):
    def __init__(self) -> None:
        super().__init__()
        self._camera = None
        self._session = None

    @staticmethod
    def available() -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._camera = QCamera()
        self._session = QMediaCaptureSession()
        self._sink = QVideoSink()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(lambda f: self.frame.emit(f.toImage()))
        self._camera.errorOccurred.connect(lambda _e, text: self.failed.emit(
            self.tr("The camera stopped working ({reason}).").format(reason=text)))
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()


class Viewfinder(QWidget):
    """The live picture with the last photo faintly over it."""

    def __init__(self, last: QImage | None) -> None:
        super().__init__()
        self.setObjectName("viewfinder")
        self.last = last
        self.current: QImage | None = None
        self.setMinimumSize(320, 240)

    def show_frame(self, image: QImage) -> None:
        self.current = image
        self.update()

    def _fit(self, image: QImage) -> QRectF:
        size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.black)
        if self.current is not None and not self.current.isNull():
            p.drawImage(self._fit(self.current), self.current)
        if self.last is not None and not self.last.isNull():
            p.setOpacity(OVERLAY_OPACITY)
            p.drawImage(self._fit(self.last), self.last)
        p.end()


class CameraDialog(QDialog):
    """Live view, Take photo, or Use a file instead."""

    def __init__(self, parent: QWidget | None, source: FrameSource, last: QImage | None,
                 title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.source = source
        self.taken: QImage | None = None
        self.wants_file = False
        self.view = Viewfinder(last)
        self.problem = label("", "warning", name="camera_problem")
        self.problem.hide()
        hint = label(self.tr("Line the foot up with the faint picture of last time."), "muted")
        self.take = button(self.tr("Take the photo"), "primary", "take_photo")
        self.take.setEnabled(False)
        self.take.clicked.connect(self._take)
        use_file = button(self.tr("Use a file instead…"), name="use_file")
        use_file.clicked.connect(self._use_file)
        cancel = button(self.tr("Cancel"), name="camera_cancel")
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(use_file)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.take)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addWidget(hint if last is not None else label(""))
        column.addWidget(self.problem)
        column.addLayout(row)
        source.frame.connect(self._frame)
        source.failed.connect(self._failed)
        self.resize(800, 640)

    def _frame(self, image: QImage) -> None:
        self.view.show_frame(image)
        self.take.setEnabled(not image.isNull())

    def _failed(self, text: str) -> None:
        self.problem.setText("⚠  " + text + " " + self.tr("You can add a photo from a file."))
        self.problem.show()
        self.take.setEnabled(False)

    def _take(self) -> None:
        self.taken = self.view.current
        self.accept()

    def _use_file(self) -> None:
        self.wants_file = True
        self.accept()

    def done(self, result: int) -> None:
        self.source.stop()
        super().done(result)


# Tests replace these: a fake camera, and a dialog that "takes" at once.
def _real_camera() -> FrameSource | None:
    return QtCameraSource() if QtCameraSource.available() else None


def _run(dialog: CameraDialog) -> None:
    dialog.source.start()
    dialog.exec()


camera_factory: Callable[[], FrameSource | None] = _real_camera
run_camera: Callable[[CameraDialog], None] = _run


def add_photo(parent: QWidget, store: Store, profile_id: int, session_id: str | None,
              foot: Foot, view: View, when: datetime) -> photo_store.PhotoRecord | None:
    """The camera if there is one, else (or when asked) a file. Problems are told in one
    sentence and the session goes on; returns the kept photo, or None."""
    ask = dialogs.service()
    tr = parent.tr
    try:
        source = camera_factory()
    except Exception:  # a broken multimedia back end counts as no camera
        source = None
    record = None
    try:
        if source is None:
            ask.tell(parent, tr("No camera was found, so the photo can come from a file."))
        else:
            last = photo_store.latest(store, profile_id, foot, view)
            where = tr("top") if view == View.TOP else tr("sole")
            title = tr("Photo of the {foot}, {view}").format(foot=i18n.foot_words(foot.value),
                                                            view=where)
            dialog = CameraDialog(parent, source,
                                  QImage(str(last.path(store))) if last else None, title)
            run_camera(dialog)
            if dialog.taken is not None:
                return photo_import.add_from_camera(store, profile_id, session_id, foot, view,
                                                    dialog.taken, when)
            if not dialog.wants_file:
                return None
        path = ask.ask_path(parent, tr("Add a photo of the foot"), "open", "",
                            tr("Pictures (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)"))
        if path is None:
            return None
        record = photo_import.add_from_file(store, profile_id, session_id, foot, view,
                                            Path(path), when)
    except photo_import.PhotoError as exc:
        ask.tell(parent, str(exc), "warning")
    except StorageError as exc:
        ask.tell(parent, tr("The photo was not kept: {reason} The check goes on without it.")
                 .format(reason=exc), "warning")
    return record
