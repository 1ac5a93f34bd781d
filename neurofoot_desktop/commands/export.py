"""Not available yet: the argument parsing is real, the work comes in a later release."""

from __future__ import annotations

import argparse

from neurofoot_desktop.commands.common import not_available as run

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=("csv", "json", "pdf", "fhir"))
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    parser.add_argument("--profile", metavar="NAME", help="only this person (default: everyone)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="first day to include")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="last day to include")
