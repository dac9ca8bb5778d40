"""The manifest of a ``.tipdesk-pack`` file: its format and a strict check of its structure.

Everything in it comes from a stranger: every field is type-checked and length-limited, every
document id must be a valid id, every file it names must be in the pack, and every item must refer
to a document the pack contains.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tipdesk.core import formats
from tipdesk.core.errors import UserError
from tipdesk.core.frontmatter import ID_RE
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.model import KINDS, LANGUAGES

PACK_SUFFIX = ".tipdesk-pack"
FORMAT_NAME = "tipdesk-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DOCUMENTS_DIR = "documents/"
MAX_DOCUMENTS = 2000
MAX_ENTRY_BYTES = 256 << 20
MAX_TEXT = 20_000
DOCUMENT_SUFFIXES = tuple(sorted({s.lstrip(".") for s in formats.SUFFIXES}))
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_METADATA_NAME = re.compile(r"^publisher/(\d{1,6}\.root|targets)\.json$")


class PackFileError(UserError):
    """A pack file that is refused; nothing was imported."""


def refuse(template: str, pack: Path, **params: Any) -> PackFileError:
    return PackFileError(template, file=pack.name, **params)


@dataclass(frozen=True)
class DocumentEntry:
    """A document the manifest describes: its file in the pack, checksum and metadata."""

    id: str
    file: str
    sha256: str
    length: int
    origin: str
    title: str
    language: str
    kind: str
    meta: dict[str, str]
    target: str = ""  # the publisher's target path, when the sender's sync verified it

    @property
    def suffix(self) -> str:
        return self.file.rpartition(".")[2]


@dataclass(frozen=True)
class ItemEntry:
    doc_id: str
    anchor: str
    note: str
    minutes: int


@dataclass(frozen=True)
class PackManifest:
    name: str
    details: dict[str, str]
    items: tuple[ItemEntry, ...]
    documents: tuple[DocumentEntry, ...]
    roots: tuple[str, ...] = ()  # publisher/N.root.json entries
    targets: str = ""  # publisher/targets.json


def load_manifest(pack: Path, data: bytes, names: set[str]) -> PackManifest:
    """Parse and check the manifest's bytes; ``names`` are the files in the pack."""
    return parse_manifest(pack, _load_json(pack, data), names)


def _load_json(pack: Path, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad_manifest(pack, "not valid JSON") from exc


def _bad_manifest(pack: Path, problem: str) -> PackFileError:
    return refuse(
        QT_TRANSLATE_NOOP(
            CONTEXT, "{file} was refused: its manifest is wrong ({problem}). Nothing was imported."
        ),
        pack,
        problem=problem,
    )


def _text(pack: Path, raw: Any, key: str, limit: int = 500, required: bool = False) -> str:
    value = raw.get(key, "") if isinstance(raw, dict) else None
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise _bad_manifest(pack, f"'{key}'")
    return value


def parse_manifest(pack: Path, raw: Any, names: set[str]) -> PackManifest:
    """Validate the manifest's structure; every file it names must be in ``names``."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _bad_manifest(pack, "not a pack manifest")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _bad_manifest(pack, "'version'")
    if version > FORMAT_VERSION:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was made by a newer TIPdesk (pack format "
                "{version}); update TIPdesk to open it. Nothing was imported.",
            ),
            pack,
            version=version,
        )
    info = raw.get("pack")
    if not isinstance(info, dict):
        raise _bad_manifest(pack, "'pack'")
    details = {
        k: _text(pack, info.get("details") or {}, k, 200) for k in ("title", "date", "place")
    }
    documents = _documents(pack, raw.get("documents"), names)
    known = {d.id for d in documents}
    items = _items(pack, info.get("items"), known)
    roots, targets = _publisher_files(pack, raw.get("publisher"), names)
    used = {MANIFEST, *(d.file for d in documents), *roots, *([targets] if targets else [])}
    extra = sorted(names - used)
    if extra:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was refused: the entry '{entry}' is not part of "
                "a seminar pack. Nothing was imported.",
            ),
            pack,
            entry=extra[0][:120],
        )
    return PackManifest(
        _text(pack, info, "name", 200, required=True), details, items, documents, roots, targets
    )


def _documents(pack: Path, raw: Any, names: set[str]) -> tuple[DocumentEntry, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_DOCUMENTS:
        raise _bad_manifest(pack, "'documents'")
    out: list[DocumentEntry] = []
    for item in raw:
        if not isinstance(item, dict):
            raise _bad_manifest(pack, "'documents'")
        doc_id = item.get("id")
        if not isinstance(doc_id, str) or not ID_RE.match(doc_id) or doc_id in {d.id for d in out}:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: '{id}' is not a valid document id. Nothing was imported.",
                ),
                pack,
                id=str(doc_id)[:100],
            )
        out.append(_document(pack, doc_id, item, names))
    return tuple(out)


def _document(pack: Path, doc_id: str, item: dict[str, Any], names: set[str]) -> DocumentEntry:
    file = _text(pack, item, "file", 200, required=True)
    if file.rpartition(".")[0] != DOCUMENTS_DIR + doc_id or (
        file.rpartition(".")[2] not in DOCUMENT_SUFFIXES
    ):
        raise _bad_manifest(pack, f"the file of '{doc_id}'")
    if file not in names:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was refused: the manifest names '{entry}', which "
                "is not in the pack. Nothing was imported.",
            ),
            pack,
            entry=file,
        )
    sha = _text(pack, item, "sha256", 64)
    length = item.get("length")
    if not _HEX64.match(sha) or not isinstance(length, int) or not 0 < length <= MAX_ENTRY_BYTES:
        raise _bad_manifest(pack, f"the checksum of '{doc_id}'")
    meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
    language = _text(pack, meta, "language", 2)
    kind = _text(pack, meta, "kind", 32)
    if language not in LANGUAGES or kind not in KINDS:
        raise _bad_manifest(pack, f"the language or kind of '{doc_id}'")
    clean = {
        k: _text(pack, meta, k, 2000)
        for k in ("title", "publisher", "source_url", "version", "published")
    }
    return DocumentEntry(
        doc_id,
        file,
        sha,
        length,
        _text(pack, item, "origin", 16),
        clean["title"],
        language,
        kind,
        clean,
        _text(pack, item, "target", 400),
    )


def _items(pack: Path, raw: Any, known: set[str]) -> tuple[ItemEntry, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_DOCUMENTS:
        raise _bad_manifest(pack, "'items'")
    out = []
    for item in raw:
        doc_id = _text(pack, item, "doc_id", 80, required=True)
        if doc_id not in known:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the pack refers to '{id}', "
                    "which it does not contain. Nothing was imported.",
                ),
                pack,
                id=doc_id,
            )
        minutes = item.get("minutes", 0)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 1440:
            raise _bad_manifest(pack, "'minutes'")
        out.append(
            ItemEntry(
                doc_id,
                _text(pack, item, "anchor", 120),
                _text(pack, item, "note", MAX_TEXT),
                minutes,
            )
        )
    return tuple(out)


def _publisher_files(pack: Path, raw: Any, names: set[str]) -> tuple[tuple[str, ...], str]:
    if raw is None:
        return (), ""
    if not isinstance(raw, dict):
        raise _bad_manifest(pack, "'publisher'")
    roots = raw.get("roots", [])
    targets = raw.get("targets", "")
    if not isinstance(roots, list) or len(roots) > 1000 or not isinstance(targets, str):
        raise _bad_manifest(pack, "'publisher'")
    for name in [*roots, *([targets] if targets else [])]:
        if not isinstance(name, str) or not _METADATA_NAME.match(name):
            raise _bad_manifest(pack, "'publisher'")
        if name not in names:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the manifest names '{entry}', "
                    "which is not in the pack. Nothing was imported.",
                ),
                pack,
                entry=name,
            )
    return tuple(roots), targets
