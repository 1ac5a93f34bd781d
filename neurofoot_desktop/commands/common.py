"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError

if TYPE_CHECKING:
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.storage.repository import Profile


def open_store(args: argparse.Namespace, must_exist: bool = True) -> Store:
    folder = datadir.resolve(getattr(args, "data_dir", None))
    if must_exist and not (folder / datadir.DB_NAME).exists():
        raise CommandError(f"there is no NeuroFoot log in {folder} yet.")
    from neurofoot_desktop.storage import Store

    return Store.open(folder)


def chosen_profiles(store: Store, name: str | None) -> list[Profile]:
    """The named person, or everyone when no name is given."""
    if name is None:
        return store.profiles()
    profile = store.profile_by_name(name)
    if profile is None:
        known = ", ".join(p.name for p in store.profiles()) or "none yet"
        raise CommandError(f"no person called {name!r} (known: {known}).")
    return [profile]

