"""``python -m tipdesk.gui`` opens the TIPdesk window (``make run``)."""

import sys

try:
    import PySide6  # noqa: F401
except ImportError:
    print(
        "tipdesk-gui: the window needs PySide6, which is not installed here.\n"
        "Run scripts/bootstrap.sh (or: pip install 'tipdesk[gui]'), or use the command line: "
        "python -m tipdesk --help",
        file=sys.stderr,
    )
    raise SystemExit(1) from None

from tipdesk.gui.app import main

raise SystemExit(main())
