"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError, one_line

if TYPE_CHECKING:
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.storage.repository import Profile


def open_store(args: argparse.Namespace, readonly: bool = False) -> Store:
    """The log; readonly for the commands that only read (export, recommend): then nothing
    in the folder changes, not even a file's mode, and they work on a read-only mount."""
    folder = datadir.resolve(getattr(args, "data_dir", None))
    if not (folder / datadir.DB_NAME).is_file():
        raise CommandError(f"there is no NeuroFoot log in {folder} yet.")
    from neurofoot_desktop.storage import Store

    return Store.open(folder, readonly=readonly)


def chosen_profiles(store: Store, name: str | None) -> list[Profile]:
    """The named person, or everyone when no name is given."""
    if name is None:
        return store.profiles()
    profile = store.profile_by_name(name)
    if profile is None:
        known = ", ".join(p.name for p in store.profiles()) or "none yet"
        raise CommandError(f"no person called {one_line(name, 60)!r} "
                           f"(known: {one_line(known, 100)}).")
    return [profile]

