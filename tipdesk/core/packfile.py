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

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tipdesk.core.errors import ContentError, StorageError
from tipdesk.core.frontmatter import REQUIRED
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.importer import SourceFile
from tipdesk.core.model import DocumentMeta, ImportProblem
from tipdesk.core.packs import Pack, PackError, PackStore, SeminarDetails
from tipdesk.core.packtrust import PUBLISHER_ORIGINS, Verifier, gather_evidence, synced_object
from tipdesk.core.packzip import (
    DOCUMENT_SUFFIXES,
    DOCUMENTS_DIR,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_METADATA_BYTES,
    PACK_SUFFIX,
    CheckedPack,
    DocumentEntry,
    PackFileError,
    open_pack,
)
from tipdesk.core.parse import file_hash, parse_file
from tipdesk.core.progress import CancelToken, ProgressCallback, check, report

SHARED_ORIGIN = "shared"  # from a colleague, not checked against the publisher's keys
VERIFIED_ORIGIN = "verified"  # the publisher's, checked, received in a pack
SHARED_DIR = "shared"  # data_dir/shared: originals of documents received in packs
SOURCE_PREFIX = "pack:"

__all__ = [
    "PACK_SUFFIX", "SHARED_ORIGIN", "VERIFIED_ORIGIN", "ExportReport", "PackFileError",
    "PackImportReport", "export_pack", "import_pack",
]


@dataclass(frozen=True)
class ExportReport:
    path: Path
    documents: int
    from_publisher: int  # documents carrying the publisher's signed evidence
    rebuilt: tuple[str, ...]  # originals no longer found: rebuilt from the catalogue


@dataclass(frozen=True)
class PackImportReport:
    pack: Pack
    added: tuple[str, ...]  # documents new to this library
    verified: tuple[str, ...]  # the pack's documents that are the publisher's own
    shared: tuple[str, ...]  # the pack's documents from a colleague (not verified)
    present: tuple[str, ...]  # already in this library, identical
    kept: tuple[str, ...]  # this library holds another version of them, which was kept
    problems: tuple[ImportProblem, ...] = ()


# --- export -----------------------------------------------------------------------------------
def export_pack(
    lib: Any,
    pack_id: int,
    destination: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write the pack and the documents it refers to into ``destination`` (atomically)."""
    pack = PackStore(lib.user).get(pack_id)
    if pack is None:
        raise PackError(QT_TRANSLATE_NOOP(CONTEXT, "This seminar pack no longer exists."))
    metas: dict[str, DocumentMeta] = lib.metadata()
    doc_ids = list(dict.fromkeys(item.doc_id for item in pack.items))
    missing = [d for d in doc_ids if d not in metas]
    if missing:
        raise PackError(
            QT_TRANSLATE_NOOP(CONTEXT, "The pack refers to documents that are no longer in the "
                              "library: {ids}. Remove them from the pack first."),
            ids=", ".join(missing),
        )
    destination = Path(destination)
    if not destination.name.endswith(PACK_SUFFIX):
        destination = destination.with_name(destination.name + PACK_SUFFIX)
    evidence = gather_evidence(lib.paths.sync_dir)
    originals = _originals(lib, [metas[d] for d in doc_ids])
    part = destination.with_name(f".{destination.name}.part")
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
            entries, rebuilt = [], []
            for number, doc_id in enumerate(doc_ids):
                check(cancel)
                report(progress, number, len(doc_ids), metas[doc_id].title)
                entry = _write_document(lib, archive, metas[doc_id], originals.get(doc_id))
                entry["target"] = evidence.targets_by_hash.get(entry["sha256"], "")
                entries.append(entry)
                if doc_id not in originals:
                    rebuilt.append(doc_id)
            publisher = _write_publisher(archive, evidence, entries)
            archive.writestr(MANIFEST, _manifest_bytes(pack, entries, publisher))
        os.replace(part, destination)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(CONTEXT, "The pack could not be written to {path}: {reason}"),
            path=str(destination), reason=exc.strerror or str(exc),
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    report(progress, len(doc_ids), len(doc_ids), "")
    with_target = sum(1 for e in entries if e["target"])
    return ExportReport(destination, len(entries), with_target, tuple(rebuilt))


def _originals(lib: Any, metas: Sequence[DocumentMeta]) -> dict[str, Path]:
    """Each document's original file, when one with the catalogued content hash still exists."""
    sources = lib.catalogue.sources()
    found: dict[str, Path] = {}
    for meta in metas:
        candidates: list[Path] = []
        kept = lib.file_path(meta.id)
        if kept is not None:
            candidates.append(kept)
        source = sources.get(meta.id)
        if source is not None and source.origin == "synced":
            candidates.append(synced_object(lib.paths.sync_dir, source.source_key,
                                            meta.content_hash))
        elif source is not None and source.source_key.startswith(SOURCE_PREFIX):
            candidates.extend(sorted((lib.paths.data_dir / SHARED_DIR).glob(f"{meta.id}.*")))
        elif source is not None:
            candidates.append(Path(source.source_key))
        for path in candidates:
            with contextlib.suppress(OSError):
                suffix = path.suffix.lower().lstrip(".")
                if (path.is_file() and suffix in DOCUMENT_SUFFIXES
                        and file_hash(path) == meta.content_hash):
                    found[meta.id] = path
                    break
    return found


def _write_document(
    lib: Any, archive: zipfile.ZipFile, meta: DocumentMeta, original: Path | None
) -> dict[str, Any]:
    if original is not None:
        suffix = original.suffix.lower().lstrip(".")
        name = f"{DOCUMENTS_DIR}{meta.id}.{suffix}"
        method = zipfile.ZIP_STORED if suffix == "pdf" else zipfile.ZIP_DEFLATED
        archive.write(original, name, compress_type=method)
        digest, length = meta.content_hash, original.stat().st_size
    else:
        data = _rebuilt_markdown(lib, meta).encode("utf-8")
        name = f"{DOCUMENTS_DIR}{meta.id}.md"
        archive.writestr(name, data)
        digest, length = hashlib.sha256(data).hexdigest(), len(data)
    return {
        "id": meta.id,
        "file": name,
        "sha256": digest,
        "length": length,
        "origin": meta.origin,
        "meta": {
            "title": meta.title, "language": meta.language, "kind": meta.kind,
            "publisher": meta.publisher, "source_url": meta.source_url,
            "version": meta.version, "published": meta.published,
        },
    }


def _rebuilt_markdown(lib: Any, meta: DocumentMeta) -> str:
    """A Markdown file for a document whose original is gone: front matter when complete."""
    body = lib.markdown(meta.id)
    if body is None:
        view = lib.get(meta.id)
        sections = view.sections if view is not None else ()
        body = "\n\n".join(f"## {s.title}\n\n{s.text}" for s in sections)
    fields: dict[str, Any] = {
        "id": meta.id, "title": meta.title, "language": meta.language, "kind": meta.kind,
        "group": meta.group, "topics": list(meta.topics), "regions": list(meta.regions),
        "countries": list(meta.countries), "publisher": meta.publisher,
        "source_url": meta.source_url, "published": meta.published, "version": meta.version,
        "summary": meta.summary,
    }
    if all(fields.get(name) for name in REQUIRED):
        front = yaml.safe_dump({k: v for k, v in fields.items() if v}, allow_unicode=True,
                               sort_keys=False)
        return f"---\n{front}---\n\n{body}"
    return body if body.lstrip().startswith("# ") else f"# {meta.title}\n\n{body}"


def _write_publisher(
    archive: zipfile.ZipFile, evidence: Any, entries: list[dict[str, Any]]
) -> dict[str, Any] | None:
    if not any(e["target"] for e in entries) or not evidence.targets:
        return None
    roots = []
    for name, data in sorted(evidence.roots.items()):
        archive.writestr(f"publisher/{name}", data)
        roots.append(f"publisher/{name}")
    archive.writestr("publisher/targets.json", evidence.targets)
    return {"roots": roots, "targets": "publisher/targets.json"}


def _manifest_bytes(
    pack: Pack, entries: list[dict[str, Any]], publisher: dict[str, Any] | None
) -> bytes:
    from tipdesk import __version__

    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "generator": f"TIPdesk {__version__}",
        "pack": {
            "name": pack.name,
            "details": pack.details.to_dict(),
            "items": [
                {"doc_id": i.doc_id, "anchor": i.anchor, "note": i.note, "minutes": i.minutes}
                for i in pack.items
            ],
        },
        "documents": entries,
        "publisher": publisher,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")


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
    checked: CheckedPack, folder: Path, progress: ProgressCallback | None,
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
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the document '{id}' cannot be "
                                  "read ({reason}). Nothing was imported."),
                file=checked.path.name, id=entry.id, reason=exc.message,
            ) from exc
        if parsed.meta.id != entry.id:
            raise PackFileError(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the document '{id}' does not "
                                  "match the manifest. Nothing was imported."),
                file=checked.path.name, id=entry.id,
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
    return lib._importer.run(sources, origin, language=language, kind=kind)  # noqa: SLF001


def _create_pack(lib: Any, checked: CheckedPack) -> Pack:
    manifest = checked.manifest
    store = PackStore(lib.user)
    pack = store.create(store.unique_name(manifest.name), SeminarDetails.from_dict(
        manifest.details))
    for item in manifest.items:
        store.add_item(pack.id, item.doc_id, item.anchor, note=item.note, minutes=item.minutes)
    loaded = store.get(pack.id)
    assert loaded is not None
    return loaded
