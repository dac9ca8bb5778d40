"""Fixtures for the window tests: a small real library on disk and a started TIPdesk window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tipdesk import Library
from tipdesk.gui.app import DesktopApp

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


def write_document(folder: Path, doc_id: str, language: str, title: str, body: str) -> Path:
    path = folder / f"{doc_id}.md"
    path.write_text(
        f"---\nid: {doc_id}\ntitle: {title}\nlanguage: {language}\nkind: guide\n"
        f"group: guide-victims\ntopics: [protection]\npublisher: Test publisher\n"
        f'published: 2021-05-01\nversion: "1.0"\n---\n\n{body}',
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
