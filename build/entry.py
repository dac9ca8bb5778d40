"""The packaged TIPdesk program (PyInstaller builds ``TIPdesk`` from this file).

    TIPdesk                         open the window (window options: --data-dir DIR, --lang xx)
    TIPdesk --version               print the version
    TIPdesk --self-test             check this copy without a display, exit 0 or 1
    TIPdesk COMMAND ...             the command line, e.g. ``TIPdesk search "trata"``,
                                    ``TIPdesk sync``; ``TIPdesk help`` lists the commands

Measuring hooks for benchmarks and tests (``TIPDESK_*_PROBE``) are described in ``probes.py``.
"""

from __future__ import annotations

import sys

USAGE = """usage: TIPdesk [--data-dir DIR] [--lang {en,es,fr,pt}]   open the window
       TIPdesk --version | --self-test
       TIPdesk COMMAND [...]                                 the command line (TIPdesk help)"""


def run_window(args: list[str]) -> int:
    import probes  # noqa: I001 - build/probes.py, next to this file

    app = probes.install(sys.argv[0]) if probes.wanted() else None
    from tipdesk.gui.app import main

    code = main(args)
    del app
    return code


def run(args: list[str]) -> int:
    if args[:1] == ["--version"]:
        from tipdesk import __version__

        print(f"TIPdesk {__version__}")
        return 0
    if args[:1] == ["--self-test"]:
        from tipdesk.selftest import main as self_test

        return self_test(args[1:])
    if args[:1] in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    if args[:1] == ["help"]:
        from tipdesk.cli import main as cli

        return cli(["--help"])
    if args and not args[0].startswith("-"):
        from tipdesk.cli import main as cli

        return cli(args)
    return run_window(args)


if __name__ == "__main__":
    if sys.stdout is None:  # a windowed Windows/macOS build has no console to print to
        import os

        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    raise SystemExit(run(sys.argv[1:]))
