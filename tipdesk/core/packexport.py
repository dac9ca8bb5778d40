"""Writing a seminar pack to a ``.tipdesk-pack`` file (the format is described in ``packfile``).

Each document goes in byte for byte when its original file can still be found (the kept PDF, the
synced object, the imported file, or the copy kept from an earlier pack), so the receiver gets
the same SHA-256 and can check publisher documents against the publisher's keys. An original that
is gone is rebuilt from the catalogue as Markdown (and can then only count as shared).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tipdesk.core.errors import StorageError
from tipdesk.core.frontmatter import REQUIRED
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.model import DocumentMeta
from tipdesk.core.packmanifest import (
    DOCUMENT_SUFFIXES,
    DOCUMENTS_DIR,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    PACK_SUFFIX,
)
from tipdesk.core.packs import Pack, PackError, PackStore
from tipdesk.core.packtrust import gather_evidence, synced_object
from tipdesk.core.parse import file_hash
from tipdesk.core.progress import CancelToken, ProgressCallback, check, report

SHARED_DIR = "shared"  # data_dir/shared: originals of documents received in packs
SOURCE_PREFIX = "pack:"  # the source key of a document received in a pack


@dataclass(frozen=True)
class ExportReport:
    path: Path
    documents: int
    from_publisher: int  # documents carrying the publisher's signed evidence
    rebuilt: tuple[str, ...]  # originals no longer found: rebuilt from the catalogue


def export_pack(
    lib: Any,
    pack_id: int,
    destination: Path,
    *,
    translations: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write the pack and the documents it refers to into ``destination`` (atomically).

    With ``translations`` the other language versions of those documents are included too.
    """
    pack = PackStore(lib.user).get(pack_id)
    if pack is None:
        raise PackError(QT_TRANSLATE_NOOP(CONTEXT, "This seminar pack no longer exists."))
    metas: dict[str, DocumentMeta] = lib.metadata()
    doc_ids = list(dict.fromkeys(item.doc_id for item in pack.items))
    missing = [d for d in doc_ids if d not in metas]
    if missing:
        raise PackError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The pack refers to documents that are no longer in the "
                "library: {ids}. Remove them from the pack first.",
            ),
            ids=", ".join(missing),
        )
    if translations:  # the other language versions travel along, for handouts
        for doc_id in list(doc_ids):
            doc_ids.extend(m.id for m in lib.translations(doc_id) if m.id not in doc_ids)
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
            path=str(destination),
            reason=exc.strerror or str(exc),
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
            candidates.append(
                synced_object(lib.paths.sync_dir, source.source_key, meta.content_hash)
            )
        elif source is not None and source.source_key.startswith(SOURCE_PREFIX):
            candidates.extend(sorted((lib.paths.data_dir / SHARED_DIR).glob(f"{meta.id}.*")))
        elif source is not None:
            candidates.append(Path(source.source_key))
        for path in candidates:
            with contextlib.suppress(OSError):
                suffix = path.suffix.lower().lstrip(".")
                if (
                    path.is_file()
                    and suffix in DOCUMENT_SUFFIXES
                    and file_hash(path) == meta.content_hash
                ):
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
            "title": meta.title,
            "language": meta.language,
            "kind": meta.kind,
            "publisher": meta.publisher,
            "source_url": meta.source_url,
            "version": meta.version,
            "published": meta.published,
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
        "id": meta.id,
        "title": meta.title,
        "language": meta.language,
        "kind": meta.kind,
        "group": meta.group,
        "topics": list(meta.topics),
        "regions": list(meta.regions),
        "countries": list(meta.countries),
        "publisher": meta.publisher,
        "source_url": meta.source_url,
        "published": meta.published,
        "version": meta.version,
        "summary": meta.summary,
    }
    if all(fields.get(name) for name in REQUIRED):
        front = yaml.safe_dump(
            {k: v for k, v in fields.items() if v}, allow_unicode=True, sort_keys=False
        )
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
