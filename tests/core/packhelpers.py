"""Building libraries, packs and (hostile) pack files for the seminar pack tests."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.pdfmaker import write_pdf
from tipdesk import Library
from tipdesk.core.packs import Pack, PackStore, SeminarDetails

FRONT = """---
id: {id}
title: {title}
language: {language}
kind: guide
group: {group}
topics: [protection]
publisher: Test publisher
source_url: https://example.org/{id}
published: 2021-05-01
version: "2.1"
summary: Summary of {title}.
---

# {title}

## Identifying victims

{body}

---

Second part of the first section.

## Referral

Refer the person to the protection service {id}.
"""


def write_document(
    folder: Path,
    doc_id: str,
    body: str = "",
    *,
    language: str = "en",
    title: str | None = None,
    group: str | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.md"
    path.write_text(
        FRONT.format(
            id=doc_id,
            title=title or f"Guide {doc_id}",
            language=language,
            group=group or doc_id,
            body=body or f"Indicators of trafficking for {doc_id}.",
        ),
        encoding="utf-8",
    )
    return path


def seminar_library(folder: Path, content: Path) -> Library:
    """A library (no starter content) with two guides (EN + ES versions of one), a plain
    Markdown note without front matter, and a PDF."""
    write_document(content, "guide-one", group="guide-one")
    write_document(
        content,
        "guide-one-es",
        language="es",
        title="Guía uno",
        group="guide-one",
        body="Indicadores de trata de personas para la guía uno.",
    )
    write_document(content, "guide-two")
    (content / "plain-note.md").write_text(
        "# A plain note\n\nVictims of trafficking in persons need protection and assistance.\n",
        encoding="utf-8",
    )
    write_pdf(
        content / "field-report.pdf",
        [
            "Field report on trafficking in persons\nVictims were identified at the border.",
            "Second page of the report about protection of victims.",
        ],
        title="Field report",
    )
    lib = Library.open(folder, bundled=False)
    result = lib.import_paths([content], language="en")
    assert not result.problems, result.problems
    return lib


def build_pack(lib: Library, name: str = "Border officials, day 1") -> Pack:
    store = PackStore(lib.user)
    pack = store.create(name, SeminarDetails("Identifying victims", "2025-03-14", "Quito"))
    store.add_item(
        pack.id, "guide-one", "identifying-victims", note="Start with a story", minutes=15
    )
    store.add_item(pack.id, "plain-note", note="Hand out", minutes=5)
    store.add_item(pack.id, "field-report", minutes=10)
    store.add_item(pack.id, "guide-one", "referral", note="Local contacts", minutes=10)
    loaded = store.get(pack.id)
    assert loaded is not None
    return loaded


def rewrite_pack(
    source: Path,
    target: Path,
    *,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
    edit_manifest: Callable[[dict[str, Any]], None] | None = None,
    edit_entry: Callable[[str, bytes], bytes] | None = None,
) -> Path:
    """Copy a pack file, changing what a hostile sender would change."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            data = old.read(info.filename)
            if info.filename == "manifest.json" and edit_manifest is not None:
                manifest = json.loads(data)
                edit_manifest(manifest)
                data = json.dumps(manifest).encode()
            elif edit_entry is not None:
                data = edit_entry(info.filename, data)
            new.writestr(info.filename, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target
