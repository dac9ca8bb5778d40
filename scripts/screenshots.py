"""Screenshots of the real TIPdesk window, for the README (``make screenshots``).

Run under a real X server (``scripts/screenshots.sh`` starts Xvfb): the application starts as a
user would start it, on a fresh data folder (so the first start imports the starter library), and
is driven with real key presses (``xdotool``) where a user would type. Each view is saved as a PNG
taken from the X server (``import`` from ImageMagick), not rendered by Qt for the occasion.

    python scripts/screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QMarginsF, QObject, QRect, QTimer, SignalInstance
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tipdesk.gui.app import DesktopApp  # noqa: E402
from tipdesk.gui.main_window import MainWindow  # noqa: E402
from tipdesk.gui.pyside_fix import protect_singletons  # noqa: E402

SCREEN = QRect(0, 0, 1280, 800)
WAIT_MS = 120_000
# Typed as many Spanish speakers type on a borrowed keyboard: without the accent. The search folds
# accents, so it still finds "explotación" (and xdotool cannot type accents on Xvfb's US keymap).
QUERY_ES = "explotacion laboral"

FIELD_GUIDE_PAGES = [
    (
        "Field guide: the first conversation with a presumed victim",
        "This short guide is for labour inspectors, police officers and social workers who meet "
        "a person who may be a victim of trafficking. It does not replace national procedures: "
        "it helps you keep the first conversation safe, calm and useful.",
        [
            "Find a private place where the person cannot be overheard.",
            "Offer an interpreter of the person's choosing, never a companion or employer.",
            "Explain who you are, what will happen next and what will not happen.",
        ],
    ),
    (
        "Signs to notice",
        "No single sign proves trafficking. Several together are a reason to refer the person "
        "to a specialised service and to keep asking careful, open questions.",
        [
            "Someone else holds the person's identity documents or wages.",
            "A debt that keeps growing, owed to a recruiter or an employer.",
            "Living where the person works, with no freedom to leave.",
            "Fear of the authorities, coached answers, signs of violence.",
        ],
    ),
    (
        "Referral",
        "Refer the person to the national referral mechanism as soon as there are reasonable "
        "grounds. Protection and assistance do not depend on the person's cooperation with "
        "criminal proceedings, and victims are not punished for offences they were compelled "
        "to commit.",
        [
            "Call the specialised victim service listed in your local directory.",
            "Record what you saw and heard, in the person's own words.",
            "Keep personal data confidential and share it only with consent.",
        ],
    ),
]

WORKSHOP_NOTES = """---
id: workshop-notes-2024
title: Workshop notes — indicators exercise
language: en
kind: case-study
topics: [training, indicators]
publisher: Regional training team
source_url: https://example.org/workshop-notes
published: 2024-03-14
version: "1.0"
summary: Notes from a one-day workshop where participants practised spotting indicators.
---

# Workshop notes — indicators exercise

## The exercise

Participants read three short case stories and marked every indicator they found.

## What we learned

Most groups noticed document retention at once; debt bondage took longer to see.
"""

BROKEN_NOTES = """---
id: draft-notes
title: Draft with a wrong language code
language: xx
kind: guide
topics: [training]
publisher: Regional training team
source_url: https://example.org/draft
published: 2024-03-15
version: "0.1"
summary: An unfinished draft.
---

This draft was never finished.
"""


def write_field_guide_pdf(path: Path) -> None:
    """A three-page PDF made with Qt's own PDF writer, like a guide received by e-mail."""
    body = []
    for title, text, points in FIELD_GUIDE_PAGES:
        items = "".join(f"<li>{p}</li>" for p in points)
        body.append(f"<h1>{title}</h1><p>{text}</p><ul>{items}</ul>")
    html = "".join(
        page if n == 0 else f'<div style="page-break-before: always">{page}</div>'
        for n, page in enumerate(body)
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 16))
    document.setHtml(
        "<style>body{font-family:'DejaVu Sans'; font-size:17pt;} h1{font-size:28pt;"
        "color:#173a6b;} li{margin-bottom:8px;}</style>" + html
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName("Field guide: the first conversation with a presumed victim")
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    document.print_(printer)


def write_import_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_field_guide_pdf(folder / "field-guide.pdf")
    (folder / "workshop-notes.md").write_text(WORKSHOP_NOTES, encoding="utf-8")
    (folder / "draft-notes.md").write_text(BROKEN_NOTES, encoding="utf-8")
    (folder / "scanned-leaflet.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3 truncated in transit")
    return folder


# --- waiting and capturing ------------------------------------------------------------------------
def wait_for(signal: SignalInstance, action: Callable[[], object] | None = None) -> list[object]:
    """Run ``action`` and the event loop until ``signal`` fires; returns its arguments."""
    loop = QEventLoop()
    received: list[object] = []

    def got(*args: object) -> None:
        received.extend(args)
        loop.quit()

    signal.connect(got)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(WAIT_MS)
    if action is not None:
        action()
    loop.exec()
    signal.disconnect(got)
    if not timer.isActive():
        raise TimeoutError(f"timed out waiting for {signal}")
    return received


def wait_until(condition: Callable[[], bool]) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(WAIT_MS)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"condition not reached: {condition}")


def settle(milliseconds: int = 250) -> None:
    """Let Qt finish painting and the X server receive it before a capture."""
    QApplication.processEvents()
    QApplication.instance().sync()  # type: ignore[union-attr]
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def capture(path: Path, window_id: int | None = None) -> None:
    """Save what the X server shows: the whole screen, or one window (a dialog)."""
    settle()
    target = "root" if window_id is None else hex(int(window_id))
    subprocess.run(["import", "-window", target, str(path)], check=True)
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


# --- the tour -------------------------------------------------------------------------------------
class Tour(QObject):
    def __init__(self, app: QApplication, desktop: DesktopApp, out: Path, incoming: Path) -> None:
        super().__init__()
        self.app = app
        self.desktop = desktop
        self.out = out
        self.incoming = incoming

    @property
    def window(self) -> MainWindow:
        assert isinstance(self.desktop.window, MainWindow)
        return self.desktop.window

    def run(self) -> None:
        window = self.window
        window.setGeometry(SCREEN)
        window.use_default_layout()
        window.activateWindow()
        wait_until(window.isActiveWindow)
        self.search_in_spanish()
        self.reader_with_contents()
        self.import_report()
        self.pdf_view()
        self.dark_theme()

    def search_in_spanish(self) -> None:
        window = self.window
        xdotool("key", "--clearmodifiers", "ctrl+k")
        wait_until(lambda: window.search_panel.search_box.hasFocus())
        wait_for(
            window.search_panel.searchFinished,
            lambda: xdotool("type", "--delay", "40", QUERY_ES),
        )
        wait_until(lambda: window.search_panel.query() == QUERY_ES)
        # the answer for the whole query, whatever the debounce did while typing
        wait_for(window.search_panel.searchFinished, window.search_panel.search_now)
        capture(self.out / "search-es.png")

    def reader_with_contents(self) -> None:
        window = self.window
        self.desktop.context.set_language("en")  # type: ignore[union-attr]
        window.search_panel.search_for("victim identification indicators")
        wait_for(window.search_panel.searchFinished)
        hit = window.search_panel.model.hit(0)
        reader = window.open_document(hit.doc_id, hit.section_anchor, hit.page)
        wait_until(lambda: reader.document() is not None)
        wait_for(window.notes_panel.listRefreshed, window.bookmark_current)
        capture(self.out / "reader-contents.png")

    def import_report(self) -> None:
        window = self.window
        run = window.importer.import_paths([self.incoming], window)
        dialog = wait_for(run.reportShown)[0]
        dialog.resize(1100, 300)
        dialog.move(SCREEN.center() - dialog.rect().center())
        capture(self.out / "import-report.png", dialog.winId())
        dialog.close()

    def pdf_view(self) -> None:
        window = self.window
        window.search_panel.search_for("recruiter debt identity documents")
        wait_for(window.search_panel.searchFinished)
        hit = next(h for h in window.search_panel.model.hits if h.page is not None)
        window.notes_dock.hide()  # more room for the page, as a reader would do (Ctrl+Shift+B)
        reader = window.open_document(hit.doc_id, hit.section_anchor, hit.page)
        wait_until(lambda: reader.document() is not None and reader.is_pdf_view())
        capture(self.out / "pdf-view.png")
        window.notes_dock.show()

    def dark_theme(self) -> None:
        window = self.window
        self.desktop.context.set_theme("dark")  # type: ignore[union-attr]
        window.search_panel.search_for("non-punishment")
        wait_for(window.search_panel.searchFinished)
        hit = window.search_panel.model.hit(0)
        reader = window.open_document(hit.doc_id, hit.section_anchor, hit.page)
        wait_until(lambda: reader.document() is not None)
        capture(self.out / "dark-theme.png")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for tool in ("xdotool", "import"):
        if shutil.which(tool) is None:
            print(f"screenshots: {tool} is missing; run scripts/bootstrap.sh screenshots")
            return 1
    protect_singletons()
    work = Path(tempfile.mkdtemp(prefix="tipdesk-shots-"))
    app = QApplication(["tipdesk", "-platform", "xcb"])
    app.setApplicationName("TIPdesk")
    desktop = DesktopApp(app, work / "data", language="es")
    try:
        incoming = write_import_folder(work / "incoming")
        wait_for(desktop.ready, desktop.start)
        Tour(app, desktop, out, incoming).run()
    finally:
        desktop.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
