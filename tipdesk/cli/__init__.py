"""The ``tipdesk`` command line: a thin face over :class:`tipdesk.Library`.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 a usage error.
Subcommands live in the modules of ``COMMAND_MODULES``; each has ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from tipdesk.core.errors import Interrupted, UserError

COMMAND_MODULES: tuple[str, ...] = (
    "tipdesk.cli.library",
    "tipdesk.sync.commands",
    "tipdesk.cli.seminar",
)


def build_parser() -> argparse.ArgumentParser:
    from tipdesk import __version__

    parser = argparse.ArgumentParser(
        prog="tipdesk",
        description="TIPdesk: an offline library on trafficking in persons.",
    )
    parser.add_argument("--version", action="version", version=f"TIPdesk {__version__}")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="open the window in kiosk mode for a public stand (with the window's own options "
        "--data-dir and --lang; see docs/kiosk.md)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a feature package that is not present in this build
        module.register(subparsers)
    parser.set_defaults(command_names=tuple(subparsers.choices))
    return parser


def opens_the_kiosk(parser: argparse.ArgumentParser, arguments: Sequence[str]) -> bool:
    """``tipdesk --kiosk [--data-dir D] [--lang xx]``: no subcommand, the window in kiosk mode."""
    commands = set(parser.get_default("command_names") or ())
    return "--kiosk" in arguments and not commands.intersection(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if opens_the_kiosk(parser, arguments):
        from tipdesk.gui.app import main as window_main  # Qt only here, never for commands

        return window_main(arguments)
    args = parser.parse_args(arguments)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"tipdesk: {exc.message}", file=sys.stderr)
        return 1
    except Interrupted:
        print("tipdesk: cancelled; what was done so far is kept.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tipdesk: cancelled.", file=sys.stderr)
        return 130
