"""Command line: the GUI by default, plus export / import / recommend / check / restore.

--data-dir (or $NEUROFOOT_DATA_DIR) is accepted before or after a sub-command.
Failures print one plain sentence on stderr and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

from neurofoot_desktop import APP_NAME, __version__
from neurofoot_desktop.storage.errors import StorageError

# sub-command -> (module under neurofoot_desktop.commands, one-line help)
COMMANDS = {
    "export": ("export", "write the log as CSV, JSON, PDF or FHIR for a clinician"),
    "import": ("import_log", "add the sessions of a NeuroFoot JSON export to the log"),
    "recommend": ("recommend", "print the recommended pressure for every step and foot"),
    "symptoms": ("symptoms", "print the last symptom scores and whether massage helps"),
    "check": ("check", "check the log file for damage"),
    "restore": ("restore", "restore the log from a backup"),
    "photo": ("photo", "add a photo of a foot from a file, or list the photos"),
    "reminders": ("reminders", "print each person's plan and the next reminder due"),
    "autostart": ("autostart", "start NeuroFoot at login, in the tray: on, off or status"),
}


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="keep everything in this folder (portable mode); default: the user data folder "
             "or $NEUROFOOT_DATA_DIR",
    )


def build_parser(commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; without the sub-commands when commands is False (quicker to
    build, for a start of the window); with only one sub-command when only names it (the
    eleven sub-parsers take some 40 ms to build, more than many commands take to run)."""
    parser = argparse.ArgumentParser(
        prog="neurofoot", description=f"{APP_NAME}: gentle foot massage, step by step.",
        exit_on_error=commands,  # the short parser's errors are worded by the whole one
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # Internal: a frozen build's child process that tries the speech engine (ui/speech.py).
    parser.add_argument("--probe-speech", metavar="ENGINE", help=argparse.SUPPRESS)
    # Internal: the child process that makes the window's exports (ui/files/export_process).
    parser.add_argument("--export-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--background", action="store_true",
                        help="start hidden in the tray, to remind (used when starting at login)")
    _data_dir_option(parser, None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if only is not None and name != only:
            continue
        p = sub.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS keeps a --data-dir given before the sub-command.
        _data_dir_option(p, argparse.SUPPRESS)
        importlib.import_module(f"neurofoot_desktop.commands.{module}").add_arguments(p)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named on the line, unless help is asked for (which lists them all)."""
    if "-h" in argv or "--help" in argv:
        return None
    value_follows = False
    for arg in argv:
        if value_follows:
            value_follows = False
        elif arg == "--data-dir":
            value_follows = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Most starts open the window: the sub-commands' parsers, which take a few milliseconds to
    # build, are built only for a command, for help, or to word an error.
    args, extra = None, argv
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        with contextlib.suppress(argparse.ArgumentError):
            args, extra = build_parser(commands=False).parse_known_args(argv)
    if args is None or extra:
        args = build_parser(only=_command_in(argv)).parse_args(argv)
    if args.probe_speech is not None:
        from neurofoot_desktop.ui.guidance.speech import probe_main

        return probe_main(args.probe_speech)
    if args.export_child:
        from neurofoot_desktop.ui.files.export_process import main as export_child

        return export_child()
    if getattr(args, "command", None) is None:
        from neurofoot_desktop.app import run_gui

        try:
            return run_gui(args.data_dir, background=args.background)
        except StorageError as exc:  # a data folder that cannot be one (a symlink loop)
            from neurofoot_desktop.commands.errors import one_line

            print(one_line(f"neurofoot: {exc}"), file=sys.stderr)
            return 2
    from neurofoot_desktop.commands.errors import CommandError, one_line

    def refuse(message: object, code: int) -> int:
        # One short escaped line whatever the message holds (names and keys from a file).
        print(one_line(f"neurofoot {args.command}: {message}"), file=sys.stderr)
        return code

    try:
        module = importlib.import_module(
            f"neurofoot_desktop.commands.{COMMANDS[args.command][0]}")
        return int(module.run(args) or 0)
    except CommandError as exc:
        return refuse(exc, exc.code)
    except StorageError as exc:
        return refuse(exc, 2)
    except OSError as exc:  # a folder that vanished or cannot be read, a full disk
        return refuse(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 2)
    except KeyboardInterrupt:
        return 130
