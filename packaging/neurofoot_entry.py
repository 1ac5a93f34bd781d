"""PyInstaller entry point: the same as the `neurofoot` command.

A windowed Windows build has no console, so sys.stdout/sys.stderr are None there;
point them at os.devnull so a stray print() cannot crash the program. The console
build (neurofoot-cli.exe) keeps its real streams.
"""

from __future__ import annotations

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115

from neurofoot_desktop.cli import main

raise SystemExit(main())
