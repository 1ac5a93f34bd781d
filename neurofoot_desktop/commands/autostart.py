"""`neurofoot autostart on|off|status`: start NeuroFoot at login, hidden in the tray."""

from __future__ import annotations

import argparse

from neurofoot_desktop import datadir
from neurofoot_desktop.commands.errors import CommandError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("on", "off", "status"),
                        help="turn start at login on or off, or say whether it is on")


def run(args: argparse.Namespace) -> int:
    from neurofoot_desktop import autostart

    explicit = getattr(args, "data_dir", None)
    folder = datadir.resolve(explicit)
    writer = autostart.for_this_system(folder)
    try:
        if args.action == "on":
            argv = autostart.command_line(folder if explicit else None)
            where = writer.enable(argv)
            print(f"NeuroFoot will start at login, in the tray: {where}")
            print(f"  runs: {autostart.describe(argv)}")
        elif args.action == "off":
            writer.disable()
            print("NeuroFoot will no longer start at login.")
        else:
            print("on" if writer.is_on() else "off")
    except autostart.AutostartError as exc:
        raise CommandError(str(exc)) from None
    return 0
