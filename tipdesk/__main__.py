"""``python -m tipdesk`` runs the command line."""

from tipdesk.cli import main

raise SystemExit(main())
