"""Not available yet: the argument parsing is real, the work comes in a later release."""

from __future__ import annotations

import argparse

from neurofoot_desktop.commands.common import not_available as run

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a NeuroFoot JSON export")
