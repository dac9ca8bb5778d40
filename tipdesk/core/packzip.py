"""Reading a ``.tipdesk-pack`` file without trusting it.

A pack comes from a USB stick or an e-mail: its zip directory, names, sizes and manifest may all
be hostile. :func:`open_pack` checks the whole structure (names, links, entry count, declared and
real sizes, compression ratio, the manifest's schema, every file it names) before anything is
extracted; :meth:`CheckedPack.extract_document` streams one entry with a hard size limit and
checks its SHA-256. Nothing here writes outside the folder it is given.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.packmanifest import (
    MANIFEST,
    DocumentEntry,
    PackManifest,
    load_manifest,
    refuse,
)

MAX_ENTRIES = 2000
MAX_PACK_BYTES = 1 << 30  # the pack file itself
MAX_TOTAL_BYTES = 1 << 30  # everything unpacked
MAX_ENTRY_BYTES = 256 << 20
MAX_MANIFEST_BYTES = 8 << 20
MAX_METADATA_BYTES = 16 << 20
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 64 << 10
CHUNK = 256 << 10
_DRIVE = re.compile(r"^[A-Za-z]:")


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
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was refused: it holds too many files ({count}; at "
                "most {max}). Nothing was imported.",
            ),
            pack,
            count=len(infos),
            max=MAX_ENTRIES,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        if entry_problem(info.filename) is not None or info.filename in seen:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the entry '{entry}' would be "
                    "written outside the pack's folder. Nothing was imported.",
                ),
                pack,
                entry=info.filename[:120],
            )
        seen.add(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the entry '{entry}' is a link. Nothing was imported.",
                ),
                pack,
                entry=info.filename,
            )
        if info.flag_bits & 0x1:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the entry '{entry}' is encrypted. Nothing was imported.",
                ),
                pack,
                entry=info.filename,
            )
        too_big = info.file_size > MAX_ENTRY_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        if too_big or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the entry '{entry}' is too large "
                    "or compressed suspiciously much. Nothing was imported.",
                ),
                pack,
                entry=info.filename,
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was refused: it would unpack to more than {max} MB. Nothing was imported.",
            ),
            pack,
            max=MAX_TOTAL_BYTES >> 20,
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
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the document '{id}' does not "
                    "match its checksum; the pack is damaged or was altered. "
                    "Nothing was imported.",
                ),
                self.path,
                id=entry.id,
            )
        return target

    def _stream(self, name: str, limit: int, sink: Any) -> int:
        size = 0
        try:
            with self.archive.open(name) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise refuse(
                            QT_TRANSLATE_NOOP(
                                CONTEXT,
                                "{file} was refused: the entry '{entry}' "
                                "is too large or compressed suspiciously much. "
                                "Nothing was imported.",
                            ),
                            self.path,
                            entry=name,
                        )
                    sink(chunk)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} was refused: the entry '{entry}' is damaged "
                    "({reason}). Nothing was imported.",
                ),
                self.path,
                entry=name,
                reason=str(exc)[:200],
            ) from exc
        return size


def open_pack(path: Path) -> CheckedPack:
    """Open and check a pack file; raise PackFileError saying why it is refused."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} cannot be read: {reason}"),
            path,
            reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_PACK_BYTES:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} was refused: it would unpack to more than {max} MB. Nothing was imported.",
            ),
            path,
            max=MAX_TOTAL_BYTES >> 20,
        )
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise refuse(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file} is not a TIPdesk seminar pack (it is not a "
                "readable zip file). Nothing was imported.",
            ),
            path,
        ) from exc
    try:
        _check_entries(path, infos)
        checked = CheckedPack(path, archive, PackManifest("", {}, (), ()))
        names = {i.filename for i in infos if not i.is_dir()}
        if MANIFEST not in names:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{file} is not a TIPdesk seminar pack: it has no "
                    "manifest. Nothing was imported.",
                ),
                path,
            )
        data = checked.read(MANIFEST, MAX_MANIFEST_BYTES)
        checked.manifest = load_manifest(path, data, names)
        return checked
    except BaseException:
        archive.close()
        raise
