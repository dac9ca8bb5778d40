"""Reading a ``.tipdesk-pack`` file without trusting it.

A pack comes from a USB stick or an e-mail: its zip directory, names, sizes and manifest may all
be hostile. :func:`open_pack` checks the whole structure (names, links, entry count, declared and
real sizes, compression ratio, the manifest's schema, every file it names) before anything is
extracted; :meth:`CheckedPack.extract_document` streams one entry with a hard size limit and
checks its SHA-256. Nothing here writes outside the folder it is given.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
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
PUBLISHER_DIR = "publisher/"

MAX_ENTRIES = 2000
MAX_PACK_BYTES = 1 << 30  # the pack file itself
MAX_TOTAL_BYTES = 1 << 30  # everything unpacked
MAX_ENTRY_BYTES = 256 << 20
MAX_MANIFEST_BYTES = 8 << 20
MAX_METADATA_BYTES = 16 << 20
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 64 << 10
MAX_TEXT = 20_000
CHUNK = 256 << 10

_DRIVE = re.compile(r"^[A-Za-z]:")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_METADATA_NAME = re.compile(r"^publisher/(\d{1,6}\.root|targets)\.json$")
DOCUMENT_SUFFIXES = tuple(sorted({s.lstrip(".") for s in formats.SUFFIXES}))


class PackFileError(UserError):
    """A pack file that is refused; nothing was imported."""


def _refuse(template: str, pack: Path, **params: Any) -> PackFileError:
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


def entry_problem(name: str) -> str | None:
    """Why a zip entry name is unsafe (absolute, escaping, a drive, odd characters), or None."""
    if not name or len(name) > 300 or "\\" in name or "\0" in name:
        return "name"
    if name.startswith("/") or _DRIVE.match(name):
        return "absolute"
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "escapes"
    if any(ord(c) < 32 for c in name):
        return "name"
    return None


def _check_entries(pack: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: it holds too many files ({count}; at "
                              "most {max}). Nothing was imported."),
            pack, count=len(infos), max=MAX_ENTRIES,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        if entry_problem(info.filename) is not None or info.filename in seen:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' would be "
                                  "written outside the pack's folder. Nothing was imported."),
                pack, entry=info.filename[:120],
            )
        seen.add(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' is a link. "
                                  "Nothing was imported."),
                pack, entry=info.filename,
            )
        if info.flag_bits & 0x1:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' is encrypted. "
                                  "Nothing was imported."),
                pack, entry=info.filename,
            )
        too_big = info.file_size > MAX_ENTRY_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        if too_big or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' is too large "
                                  "or compressed suspiciously much. Nothing was imported."),
                pack, entry=info.filename,
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: it would unpack to more than {max} "
                              "MB. Nothing was imported."),
            pack, max=MAX_TOTAL_BYTES >> 20,
        )


class CheckedPack:
    """An open pack whose structure and manifest passed every check."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: PackManifest) -> None:
        self.path = path
        self.archive = archive
        self.manifest = manifest

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> CheckedPack:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def read(self, name: str, limit: int) -> bytes:
        """The whole entry, read with a hard limit; a damaged entry is refused."""
        chunks = bytearray()
        self._stream(name, limit, chunks.extend)
        return bytes(chunks)

    def extract_document(self, entry: DocumentEntry, folder: Path) -> Path:
        """Write one document to ``folder/<id>.<suffix>`` and check its length and SHA-256."""
        target = folder / f"{entry.id}.{entry.suffix}"
        digest = hashlib.sha256()
        with target.open("wb") as out:

            def take(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)

            size = self._stream(entry.file, MAX_ENTRY_BYTES, take)
        if size != entry.length or digest.hexdigest() != entry.sha256:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the document '{id}' does not "
                                  "match its checksum; the pack is damaged or was altered. "
                                  "Nothing was imported."),
                self.path, id=entry.id,
            )
        return target

    def _stream(self, name: str, limit: int, sink: Any) -> int:
        size = 0
        try:
            with self.archive.open(name) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise _refuse(
                            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' "
                                              "is too large or compressed suspiciously much. "
                                              "Nothing was imported."),
                            self.path, entry=name,
                        )
                    sink(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' is damaged "
                                  "({reason}). Nothing was imported."),
                self.path, entry=name, reason=str(exc)[:200],
            ) from exc
        return size


def open_pack(path: Path) -> CheckedPack:
    """Open and check a pack file; raise PackFileError saying why it is refused."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} cannot be read: {reason}"),
            path, reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_PACK_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: it would unpack to more than {max} "
                              "MB. Nothing was imported."),
            path, max=MAX_TOTAL_BYTES >> 20,
        )
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} is not a TIPdesk seminar pack (it is not a "
                              "readable zip file). Nothing was imported."),
            path,
        ) from exc
    try:
        _check_entries(path, infos)
        checked = CheckedPack(path, archive, PackManifest("", {}, (), ()))
        names = {i.filename for i in infos if not i.is_dir()}
        if MANIFEST not in names:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} is not a TIPdesk seminar pack: it has no "
                                  "manifest. Nothing was imported."),
                path,
            )
        raw = _load_json(path, checked.read(MANIFEST, MAX_MANIFEST_BYTES))
        checked.manifest = parse_manifest(path, raw, names)
        return checked
    except BaseException:
        archive.close()
        raise


def _load_json(pack: Path, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad_manifest(pack, "not valid JSON") from exc


def _bad_manifest(pack: Path, problem: str) -> PackFileError:
    return _refuse(
        QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: its manifest is wrong ({problem}). "
                          "Nothing was imported."),
        pack, problem=problem,
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
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was made by a newer TIPdesk (pack format "
                              "{version}); update TIPdesk to open it. Nothing was imported."),
            pack, version=version,
        )
    info = raw.get("pack")
    if not isinstance(info, dict):
        raise _bad_manifest(pack, "'pack'")
    details = {k: _text(pack, info.get("details") or {}, k, 200) for k in ("title", "date",
                                                                          "place")}
    documents = _documents(pack, raw.get("documents"), names)
    known = {d.id for d in documents}
    items = _items(pack, info.get("items"), known)
    roots, targets = _publisher_files(pack, raw.get("publisher"), names)
    used = {MANIFEST, *(d.file for d in documents), *roots, *([targets] if targets else [])}
    extra = sorted(names - used)
    if extra:
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the entry '{entry}' is not part of "
                              "a seminar pack. Nothing was imported."),
            pack, entry=extra[0][:120],
        )
    return PackManifest(_text(pack, info, "name", 200, required=True), details, items,
                        documents, roots, targets)


def _documents(pack: Path, raw: Any, names: set[str]) -> tuple[DocumentEntry, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise _bad_manifest(pack, "'documents'")
    out: list[DocumentEntry] = []
    for item in raw:
        if not isinstance(item, dict):
            raise _bad_manifest(pack, "'documents'")
        doc_id = item.get("id")
        if not isinstance(doc_id, str) or not ID_RE.match(doc_id) or doc_id in {
            d.id for d in out
        }:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: '{id}' is not a valid document "
                                  "id. Nothing was imported."),
                pack, id=str(doc_id)[:100],
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
        raise _refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the manifest names '{entry}', which "
                              "is not in the pack. Nothing was imported."),
            pack, entry=file,
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
    clean = {k: _text(pack, meta, k, 2000) for k in ("title", "publisher", "source_url",
                                                     "version", "published")}
    return DocumentEntry(
        doc_id, file, sha, length, _text(pack, item, "origin", 16), clean["title"], language,
        kind, clean, _text(pack, item, "target", 400),
    )


def _items(pack: Path, raw: Any, known: set[str]) -> tuple[ItemEntry, ...]:
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise _bad_manifest(pack, "'items'")
    out = []
    for item in raw:
        doc_id = _text(pack, item, "doc_id", 80, required=True)
        if doc_id not in known:
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the pack refers to '{id}', "
                                  "which it does not contain. Nothing was imported."),
                pack, id=doc_id,
            )
        minutes = item.get("minutes", 0)
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 1440:
            raise _bad_manifest(pack, "'minutes'")
        out.append(ItemEntry(doc_id, _text(pack, item, "anchor", 120),
                             _text(pack, item, "note", MAX_TEXT), minutes))
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
            raise _refuse(
                QT_TRANSLATE_NOOP(CONTEXT, "{file} was refused: the manifest names '{entry}', "
                                  "which is not in the pack. Nothing was imported."),
                pack, entry=name,
            )
    return tuple(roots), targets
