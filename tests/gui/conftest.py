"""Fixtures for the window tests: a small real library on disk and a started TIPdesk window."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tipdesk import Library
from tipdesk.gui.app import DesktopApp
from tipdesk.gui.pyside_fix import protect_singletons

protect_singletons()  # PySide6 6.12.0 on Python 3.11 loses references to None/True: see module

DOCS = {
    "trafficking-guide-en": (
        "en",
        "Guide to identifying victims",
        "# Guide to identifying victims\n\nIntroduction to the guide.\n\n"
        "## Indicators\n\nSigns of forced labour and debt bondage.\n\n"
        "## Referral\n\nHow to refer a presumed victim to protection services.\n",
    ),
    "trata-guia-es": (
        "es",
        "Guía para identificar víctimas",
        "# Guía para identificar víctimas\n\nIntroducción a la guía.\n\n"
        "## Indicadores\n\nSeñales de trabajo forzoso y servidumbre por deudas.\n\n"
        "## Derivación\n\nCómo derivar a una presunta víctima a los servicios de protección.\n",
    ),
    "protocol-card-fr": (
        "fr",
        "Fiche du Protocole",
        "# Fiche du Protocole\n\nLe Protocole définit la traite des personnes.\n\n"
        "## Définition\n\nActe, moyens et but d'exploitation.\n",
    ),
}


FILLER = "\n\n".join(f"Paragraph {n} of this section, long enough to scroll." for n in range(40))


def write_document(folder: Path, doc_id: str, language: str, title: str, body: str) -> Path:
    """A Markdown document with front matter; each section gets filler so the reader scrolls."""
    body = body.replace("\n\n## ", f"\n\n{FILLER}\n\n## ") + f"\n{FILLER}\n"
    path = folder / f"{doc_id}.md"
    path.write_text(
        f"---\nid: {doc_id}\ntitle: {title}\nlanguage: {language}\nkind: guide\n"
        f"group: guide-victims\ntopics: [protection]\npublisher: Test publisher\n"
        f'published: 2021-05-01\nversion: "1.0"\nsource_url: https://example.org/{doc_id}\n'
        f"summary: A short test document.\n---\n\n{body}",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder holding a small library of three real Markdown documents."""
    content = tmp_path / "content"
    content.mkdir()
    for doc_id, (language, title, body) in DOCS.items():
        write_document(content, doc_id, language, title, body)
    folder = tmp_path / "data"
    with Library.open(folder, bundled=False) as lib:
        report = lib.import_paths([content])
        assert len(report.added) == len(DOCS), report
    return folder


StartWindow = Callable[..., DesktopApp]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "ui" / "translations"


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` atomically: lrelease writes a temporary file in the same folder,
    which is then renamed over ``qm``, so another test process loading ``qm`` meanwhile reads the
    old catalogue or the new one, never a half-written file."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tmp = qm.with_name(f"{qm.name}.{os.getpid()}.tmp")  # one per process, like compile.sh
    try:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp)], check=True)
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Compile the .ts catalogues to .qm when stale, as scripts/bootstrap.sh does."""
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            compile_catalogue(ts, qm)


@pytest.fixture
def start_window(qtbot, qapp: QApplication) -> Iterator[StartWindow]:  # type: ignore[no-untyped-def]
    """Start TIPdesk on a data folder and wait until its window is shown; shut down afterwards."""
    started: list[DesktopApp] = []

    def start(folder: Path, language: str = "en", bundled: bool = False) -> DesktopApp:
        desktop = DesktopApp(qapp, folder, language=language, bundled=bundled)
        started.append(desktop)
        with qtbot.waitSignal(desktop.ready, timeout=60_000):
            assert desktop.start()
        qtbot.waitExposed(desktop.window)
        return desktop

    yield start
    for desktop in started:
        desktop.shutdown()
