"""File > Restore from backup: choose a backup, confirm, restore, say where the old log is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from neurofoot_desktop.storage import Store
from neurofoot_desktop.ui import dialogs


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)  # the context these texts were translated in


def restore_from_backup(parent: QWidget | None, store: Store) -> bool:
    """The "Restore from backup..." menu action: choose, confirm, restore.

    Returns True when the log was restored; the caller should then reload what it
    shows from the store (the same Store object stays valid: the content is
    replaced in place, in one transaction).
    """
    from neurofoot_desktop.storage import StorageError, backup

    backups = backup.list_backups(store.path)
    if not backups:
        dialogs.service().tell(parent, tr("There are no backups yet. NeuroFoot makes one "
                                          "each day after a session."))
        return False
    labels = [f"{b.taken_at:%Y-%m-%d %H:%M}  ·  " + (tr("daily backup") if b.kind == "daily"
              else tr("before an update")) for b in backups]
    index = dialogs.service().choose(
        parent, tr("Which backup should NeuroFoot go back to?"), labels)
    if index is None:
        return False
    chosen = backups[index]
    if not dialogs.service().confirm(parent, tr(
        "Go back to the backup made on {when}?\n\nEverything entered after it will no longer "
        "be shown. Your log as it is now is kept in a separate file first, so nothing is "
        "lost.").format(when=f"{chosen.taken_at:%Y-%m-%d %H:%M}"),
            accept=tr("Go back to this backup"), reject=tr("Keep the log as it is")):
        return False
    from neurofoot_desktop.ui.files import progress

    store.checkpoint()
    try:  # on a worker thread: a large log takes a while to check and copy
        done = progress.run(parent, tr("Restoring the backup…"),
                            lambda _report: backup.restore(store.path, chosen.path),
                            cancellable=False)  # one transaction: once begun, it finishes
    except StorageError as exc:
        dialogs.service().tell(parent, tr("The backup could not be restored. Your log has not "
                                          "been changed.\n\n{reason}").format(reason=exc),
                               kind="critical")
        return False
    dialogs.service().tell(parent, tr(
        "The backup made on {when} has been restored.\n\nYour log as it was before is kept "
        "here:\n{path}").format(when=f"{chosen.taken_at:%Y-%m-%d %H:%M}", path=done.kept_at))
    return True
