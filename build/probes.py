"""Measuring hooks for the packaged window, switched on by environment variables (benchmarks).

``TIPDESK_STARTUP_PROBE=1``   print ``first-expose <seconds> <cpu-seconds>`` when the main window
                              is first exposed (seconds since ``$TIPDESK_START_TS``, a Unix time the
                              launcher sets, else since this process started; and the CPU time the
                              process used until then), then quit.
``TIPDESK_MEMORY_PROBE=1``    once the window is up, run ten searches through the search panel,
                              print ``memory <rss-MiB> <peak-rss-MiB> <searches> <hits>``, quit.
``TIPDESK_SEARCH_PROBE=FILE`` append ``<query>\t<total>`` to FILE after every search the window
                              paints (the Xvfb test types into the real window and reads this).
``TIPDESK_PROBE_TIMEOUT=S``   give up after S seconds (default 60) with exit code 4, e.g. when an
                              error dialog stands in front of the window.

They watch the real window from outside: an application-wide event filter finds the main window
(object name ``mainWindow``) when it is exposed. The app itself knows nothing about them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

MEMORY_QUERIES = (
    "trafficking in persons", "trata de personas", "traite des personnes", "tráfico de pessoas",
    "victim identification", "explotación laboral", "protection des victimes", "crianças",
    "smuggling of migrants", "reparación",
)


def start_time() -> float:
    given = os.environ.get("TIPDESK_START_TS")
    if given:
        return float(given)
    with open("/proc/self/stat", encoding="ascii") as stat:  # Linux: the process's own start
        ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/stat", encoding="ascii") as stat:
        boot = next(int(line.split()[1]) for line in stat if line.startswith("btime"))
    return boot + ticks / os.sysconf("SC_CLK_TCK")


def memory_mib() -> tuple[float, float]:
    """Resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(rest.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def main_window_of(window: QObject) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.windowHandle() == window:
            return widget
    return None


class WindowProbe(QObject):
    """Waits for the main window's first Expose, then does what the environment asked for."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.started = start_time()
        self.fired = False
        self.panel: QWidget | None = None
        self.queries = list(MEMORY_QUERIES)
        self.hits = 0
        self.search_log = os.environ.get("TIPDESK_SEARCH_PROBE")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            not self.fired
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            window = main_window_of(watched)
            if window is not None:
                self.fired = True
                self.window_ready(window, time.time() - self.started)
        return False

    def give_up(self) -> None:
        if not self.fired or os.environ.get("TIPDESK_MEMORY_PROBE"):
            print("probe: timed out waiting for the window", flush=True)
            self.app.exit(4)

    def window_ready(self, window: QWidget, elapsed: float) -> None:
        if os.environ.get("TIPDESK_STARTUP_PROBE"):
            times = os.times()  # CPU seconds this process used so far, for a loaded machine
            print(f"first-expose {elapsed:.3f} {times.user + times.system:.3f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
            return
        self.panel = window.findChild(QWidget, "searchPanel")
        if self.panel is None:
            print("probe: no searchPanel in the main window", flush=True)
            QTimer.singleShot(0, lambda: self.app.exit(3))
            return
        self.panel.searchFinished.connect(self.search_finished)  # type: ignore[attr-defined]
        if os.environ.get("TIPDESK_MEMORY_PROBE"):
            QTimer.singleShot(0, self.next_search)

    def search_finished(self, total: int) -> None:
        assert self.panel is not None
        query = self.panel.query()  # type: ignore[attr-defined]
        if self.search_log:
            with Path(self.search_log).open("a", encoding="utf-8") as log:
                log.write(f"{query}\t{total}\n")
        if os.environ.get("TIPDESK_MEMORY_PROBE") and query:
            self.hits += total
            QTimer.singleShot(0, self.next_search)

    def next_search(self) -> None:
        assert self.panel is not None
        if self.queries:
            self.panel.search_for(self.queries.pop(0))  # type: ignore[attr-defined]
            return
        rss, peak = memory_mib()
        print(f"memory {rss:.1f} {peak:.1f} {len(MEMORY_QUERIES)} {self.hits}", flush=True)
        QTimer.singleShot(0, self.app.quit)


def wanted() -> bool:
    return any(
        os.environ.get(name)
        for name in ("TIPDESK_STARTUP_PROBE", "TIPDESK_MEMORY_PROBE", "TIPDESK_SEARCH_PROBE")
    )


def install(argv0: str) -> QApplication:
    """Make the QApplication (the app's ``main`` reuses it) and watch it."""
    app = QApplication([argv0])
    probe = WindowProbe(app)
    app.installEventFilter(probe)
    timeout_ms = int(float(os.environ.get("TIPDESK_PROBE_TIMEOUT", "60")) * 1000)
    QTimer.singleShot(timeout_ms, probe.give_up)
    return app
