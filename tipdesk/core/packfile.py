"""Seminar packs as files (``.tipdesk-pack``): export on one machine, import on another.

A pack file is a zip::

    manifest.json               format, version, the pack (name, seminar details, items with the
                                trainer's notes and minutes) and every document it refers to
                                (metadata, SHA-256, length, origin, publisher target path)
    documents/<id>.<md|pdf|…>   each document's original file, byte for byte when it can be found
    publisher/N.root.json       the sender's verified publisher metadata (when it synced), so the
    publisher/targets.json      receiver can check documents against the publisher's keys

On import every check runs before anything is written (see ``packzip`` and ``packtrust``). New
documents join the library with origin ``"verified"`` (the publisher's, checked) or ``"shared"``
(from a colleague); the pack itself is created in the user database.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tipdesk.core.errors import ContentError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.importer import SourceFile
from tipdesk.core.model import DocumentMeta, ImportProblem
from tipdesk.core.packexport import SHARED_DIR, SOURCE_PREFIX, ExportReport, export_pack
from tipdesk.core.packmanifest import PACK_SUFFIX, DocumentEntry, PackFileError
from tipdesk.core.packs import Pack, PackStore, SeminarDetails
from tipdesk.core.packtrust import PUBLISHER_ORIGINS, Verifier
from tipdesk.core.packzip import (
    MAX_METADATA_BYTES,
    CheckedPack,
    open_pack,
)
from tipdesk.core.parse import parse_file
from tipdesk.core.progress import CancelToken, ProgressCallback, check, report

SHARED_ORIGIN = "shared"  # from a colleague, not checked against the publisher's keys
VERIFIED_ORIGIN = "verified"  # the publisher's, checked, received in a pack

__all__ = [
    "PACK_SUFFIX",
    "SHARED_ORIGIN",
    "VERIFIED_ORIGIN",
    "ExportReport",
    "PackFileError",
    "PackImportReport",
    "export_pack",
    "import_pack",
]


@dataclass(frozen=True)
class PackImportReport:
    pack: Pack
    added: tuple[str, ...]  # documents new to this library
    verified: tuple[str, ...]  # the pack's documents that are the publisher's own
    shared: tuple[str, ...]  # the pack's documents from a colleague (not verified)
    present: tuple[str, ...]  # already in this library, identical
    kept: tuple[str, ...]  # this library holds another version of them, which was kept
    problems: tuple[ImportProblem, ...] = ()


# --- import -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Decision:
    entry: DocumentEntry
    action: str  # "present", "kept", "add", "replace"
    publishers: bool


def import_pack(
    lib: Any,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> PackImportReport:
    """Check the whole pack, then add its new documents and create the pack; or refuse it."""
    path = Path(path)
    with open_pack(path) as checked, tempfile.TemporaryDirectory(prefix="tipdesk-pack-") as tmp:
        files = _extract_and_parse(checked, Path(tmp), progress, cancel)
        decisions = _decide(lib, checked)
        check(cancel)  # the last moment a cancel leaves everything as it was
        problems = _commit_documents(lib, decisions, files)
        pack = _create_pack(lib, checked)
    report(progress, 1, 1, "")
    return PackImportReport(
        pack,
        added=tuple(d.entry.id for d in decisions if d.action in ("add", "replace")),
        verified=tuple(d.entry.id for d in decisions if d.publishers),
        shared=tuple(d.entry.id for d in decisions if not d.publishers),
        present=tuple(d.entry.id for d in decisions if d.action == "present"),
        kept=tuple(d.entry.id for d in decisions if d.action == "kept"),
        problems=problems,
    )


def _extract_and_parse(
    checked: CheckedPack,
    folder: Path,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> dict[str, Path]:
    documents = checked.manifest.documents
    files: dict[str, Path] = {}
    for number, entry in enumerate(documents):
        check(cancel)
        report(progress, number, len(documents) + 1, entry.title or entry.id)
        extracted = checked.extract_document(entry, folder)
        try:
            parsed = parse_file(extracted, language=entry.language, kind=entry.kind)
        except ContentError as exc:
            raise PackFileError(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the document '{id}' cannot be "
                    "read ({reason}). Nothing was imported.",
                ),
                file=checked.path.name,
                id=entry.id,
                reason=exc.message,
            ) from exc
        if parsed.meta.id != entry.id:
            raise PackFileError(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the document '{id}' does not "
                    "match the manifest. Nothing was imported.",
                ),
                file=checked.path.name,
                id=entry.id,
            )
        files[entry.id] = extracted
    return files


def _decide(lib: Any, checked: CheckedPack) -> list[_Decision]:
    metas: dict[str, DocumentMeta] = lib.metadata()
    manifest = checked.manifest
    roots = [checked.read(name, MAX_METADATA_BYTES) for name in manifest.roots]
    targets = checked.read(manifest.targets, MAX_METADATA_BYTES) if manifest.targets else b""
    publisher_hashes = {m.content_hash for m in metas.values() if m.origin in PUBLISHER_ORIGINS}
    verifier = Verifier.for_library(lib.paths.sync_dir, publisher_hashes, roots, targets)
    decisions = []
    for entry in manifest.documents:
        existing = metas.get(entry.id)
        ours = verifier.is_publishers(entry.sha256, entry.length, entry.target)
        if existing is None:
            action = "add"
        elif existing.content_hash == entry.sha256:
            action = "present"
            ours = ours or existing.origin in PUBLISHER_ORIGINS
        elif existing.origin == SHARED_ORIGIN:
            action = "replace"  # a colleague's copy: the newer pack wins
        else:
            action = "kept"
            ours = existing.origin in PUBLISHER_ORIGINS
        decisions.append(_Decision(entry, action, ours))
    return decisions


def _commit_documents(
    lib: Any, decisions: list[_Decision], files: dict[str, Path]
) -> tuple[ImportProblem, ...]:
    groups: dict[tuple[str, str, str], list[SourceFile]] = {}
    shared_dir = lib.paths.data_dir / SHARED_DIR
    for decision in decisions:
        if decision.action not in ("add", "replace"):
            continue
        entry = decision.entry
        source = files[entry.id]
        if entry.suffix != "pdf":  # PDFs are kept by the importer in files/
            source = _keep_original(source, shared_dir)
        origin = VERIFIED_ORIGIN if decision.publishers else SHARED_ORIGIN
        key = (origin, entry.language, entry.kind)
        groups.setdefault(key, []).append(SourceFile(source, SOURCE_PREFIX + entry.id))
    problems: list[ImportProblem] = []
    for (origin, language, kind), sources in groups.items():
        result = _import_sources(lib, sources, origin, language, kind)
        problems.extend(result.problems)
    return tuple(problems)


def _keep_original(extracted: Path, shared_dir: Path) -> Path:
    shared_dir.mkdir(parents=True, exist_ok=True)
    for old in shared_dir.glob(f"{extracted.stem}.*"):
        old.unlink(missing_ok=True)
    target = shared_dir / extracted.name
    tmp = shared_dir / f".{extracted.name}.part"
    tmp.write_bytes(extracted.read_bytes())
    os.replace(tmp, target)
    return target


def _import_sources(
    lib: Any, sources: list[SourceFile], origin: str, language: str, kind: str
) -> Any:
    """Import with a given origin and stable source keys.

    ``Library`` has no public call for this yet; it is the importer's own ``run``.
    """
    return lib.import_sources(sources, origin, language=language, kind=kind)


def _create_pack(lib: Any, checked: CheckedPack) -> Pack:
    manifest = checked.manifest
    store = PackStore(lib.user)
    pack = store.create(
        store.unique_name(manifest.name), SeminarDetails.from_dict(manifest.details)
    )
    for item in manifest.items:
        store.add_item(pack.id, item.doc_id, item.anchor, note=item.note, minutes=item.minutes)
    loaded = store.get(pack.id)
    assert loaded is not None
    return loaded
