"""Shared test set-up: Qt runs offscreen unless CI asks for a real display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
