"""Screenshots of the seminar features for the README and docs/seminar.md.

    python scripts/seminar_screenshots.py docs/screenshots

Runs offscreen with a 1280x800 virtual screen, on a fresh data folder holding the starter library.
Each window is the real widget, grabbed as it paints; the handout is the real PDF, rendered to PNG
with ``pdftoppm`` (``scripts/bootstrap.sh screenshots`` installs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCREEN = {
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "screen",
            "x": 0,
            "y": 0,
            "width": 1280,
            "height": 800,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ],
}


def _wait(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _on_worker(worker: Any, fn: Callable[[], Any]) -> Any:
    outcome: dict[str, Any] = {}
    job = worker.call(fn)
    job.done.connect(lambda r: outcome.setdefault("r", r))
    job.error.connect(lambda e: outcome.setdefault("e", e))
    _wait(lambda: bool(outcome))
    if "e" in outcome:
        raise outcome["e"]
    return outcome["r"]


def _make_pack(lib: Any) -> int:
    from tipdesk.core.packs import PackStore, SeminarDetails

    store = PackStore(lib.user)
    pack = store.create(
        "Border officials — day 1",
        SeminarDetails("Identifying victims of trafficking", "2025-03-14", "Quito, Ecuador"),
    )
    items = [
        (
            "guide-victim-identification-en",
            "principles",
            "Ask who has met a possible victim. Keep it short.",
            10,
        ),
        (
            "guide-victim-identification-en",
            "ilo-indicators",
            "Hand out the indicators checklist first. Take two indicators and ask the group "
            "for a real example of each.",
            20,
        ),
        ("checklist-suspected-case-en", "what-not-to-do", "Role play: the first contact.", 15),
        ("checklist-suspected-case-en", "referral", "Local referral numbers on the board.", 10),
    ]
    for doc_id, anchor, note, minutes in items:
        store.add_item(pack.id, doc_id, anchor, note=note, minutes=minutes)
    return pack.id


def main(out: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps(SCREEN))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        return _shoot(out, Path(tmp))


def _shoot(out: Path, tmp: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from tipdesk import Library
    from tipdesk.core.deck import pack_deck
    from tipdesk.core.handout import build_handout
    from tipdesk.core.kiosk import KioskConfig, KioskPolicy
    from tipdesk.core.packs import PackStore
    from tipdesk.gui.context import AppContext
    from tipdesk.gui.crash import ErrorReporter
    from tipdesk.gui.handout_print import save_handout_pdf
    from tipdesk.gui.i18n import InterfaceLanguage
    from tipdesk.gui.kiosk import KioskMode
    from tipdesk.gui.main_window import MainWindow
    from tipdesk.gui.preferences import Preferences
    from tipdesk.gui.presentation import Presentation
    from tipdesk.gui.presenter_view import PresentationSession
    from tipdesk.gui.pyside_fix import protect_singletons
    from tipdesk.gui.theme import LIGHT, apply_theme
    from tipdesk.gui.worker import LibraryWorker

    protect_singletons()
    app = QApplication([sys.argv[0]])
    apply_theme(app, LIGHT)
    out.mkdir(parents=True, exist_ok=True)
    data = tmp / "data"
    worker = LibraryWorker()
    lib = _on_worker(worker, lambda: Library.open(data))
    language = InterfaceLanguage(app)
    context = AppContext(app, lib, worker, Preferences(data), ErrorReporter(None), language)
    pack_id = _on_worker(worker, lambda: _make_pack(lib))
    pack = _on_worker(worker, lambda: PackStore(lib.user).get(pack_id))
    deck = _on_worker(worker, lambda: pack_deck(lib, pack))

    screen = app.primaryScreen()
    presentation = Presentation(deck)
    session = PresentationSession(context, presentation, screen, screen)
    session.show()
    presentation.go(2)
    session._ticker.stop()
    for window in (session.audience, session.presenter):
        assert window is not None
        window.showNormal()
        window.resize(1280, 720)
    _wait(lambda: session.audience.slide.height() >= 700)
    _settle(app)
    session.audience.grab().save(str(out / "presentation.png"))
    assert session.presenter is not None
    session.presenter.grab().save(str(out / "presenter.png"))
    session.close()

    handout = _on_worker(worker, lambda: build_handout(lib, pack, "en"))
    pdf = tmp / "handout.pdf"
    save_handout_pdf(handout, pdf)
    for page, name in ((1, "handout-cover"), (3, "handout-page")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(out / name),
            ],
            check=True,
        )

    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    config = KioskConfig(idle_seconds=120, home_document="checklist-suspected-case-en")
    kiosk = KioskMode(window, context, KioskPolicy(True, config))
    kiosk.install()
    _wait(lambda: kiosk.home.doc_id == "checklist-suspected-case-en")
    _settle(app)
    window.grab().save(str(out / "kiosk-home.png"))
    kiosk.shutdown()
    window.close()
    _on_worker(worker, lib.close)
    worker.stop()
    print(f"screenshots written to {out}")
    return 0


def _settle(app: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
