"""``Library``: the one public entry point of the core. The CLI, the GUI and scripts use only this.

    from tipdesk import Library
    with Library.open(data_dir) as lib:
        results = lib.search("trata de personas", language="es")
        html = lib.render_html(results.hits[0].doc_id)

See ``docs/api.md`` for the whole API.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from tipdesk.core.catalogue import Catalogue
from tipdesk.core.errors import LibraryInUse
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.importer import Importer, SourceFile, collect_files
from tipdesk.core.index import IndexCorrupt, IndexedDocument, SearchIndex
from tipdesk.core.lock import FolderLock
from tipdesk.core.model import (
    DocumentMeta,
    DocumentView,
    ImportReport,
    IndexHealth,
    LibraryInfo,
    SearchResults,
)
from tipdesk.core.progress import CancelToken, ProgressCallback, check, report
from tipdesk.core.render import markdown_to_html, page, pages_to_html
from tipdesk.core.search import Filters, SearchEngine
from tipdesk.core.sections import markdown_to_text
from tipdesk.core.userdata import UserData
from tipdesk.paths import default_data_dir
from tipdesk.resources import resource_path

REINDEX_BATCH = 300


@dataclass(frozen=True)
class LibraryPaths:
    data_dir: Path

    @property
    def catalogue_db(self) -> Path:
        return self.data_dir / "catalogue.sqlite"

    @property
    def user_db(self) -> Path:
        return self.data_dir / "user.sqlite"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def sync_dir(self) -> Path:
        return self.data_dir / "sync"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.json"


def bundled_fingerprint(folder: Path) -> str:
    """A hash of the names and contents of the bundled library (a few MB: milliseconds)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder).as_posix()).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _copy_seed(data_dir: Path) -> None:
    """First start: take the catalogue and index built at package time instead of indexing."""
    try:
        seed = resource_path("seed")
    except FileNotFoundError:
        return
    if not (seed / "catalogue.sqlite").exists():
        return
    staging = data_dir / ".seed-staging"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(seed, staging)
    for item in staging.iterdir():  # the catalogue last: its presence means the copy is whole
        if item.name != "catalogue.sqlite":
            os.replace(item, data_dir / item.name)
    os.replace(staging / "catalogue.sqlite", data_dir / "catalogue.sqlite")
    staging.rmdir()


class Library:
    """An opened library: catalogue, search index and the user's own data in one data folder."""

    def __init__(self, paths: LibraryPaths, lock: FolderLock, bundled_dir: Path | None) -> None:
        self.paths = paths
        self._lock = lock
        self.bundled_dir = bundled_dir
        self.index_health = IndexHealth("ok", 0, 0)
        self.catalogue = Catalogue(paths.catalogue_db)
        self.user = UserData(paths.user_db)
        self.index = self._open_index()
        self._meta: dict[str, DocumentMeta] | None = None
        self._importer = Importer(self.catalogue, self.index, paths.files_dir, self._forget_meta)
        self.engine = SearchEngine(self.catalogue, self.index, self.metadata)

    # --- opening and closing ---------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        *,
        bundled: bool = True,
        progress: ProgressCallback | None = None,
    ) -> Library:
        """Open (and create if missing) the library in ``data_dir``.

        With ``bundled`` the starter library shipped with TIPdesk is part of it. A missing or
        damaged search index is rebuilt from the catalogue, reporting through ``progress``.
        """
        paths = LibraryPaths(Path(data_dir) if data_dir else default_data_dir())
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(paths.data_dir / ".lock")
        if not lock.acquire():
            raise LibraryInUse(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "The library in {path} is in use by another TIPdesk window or command."
                ),
                path=str(paths.data_dir),
            )
        try:
            if bundled and not paths.catalogue_db.exists():
                _copy_seed(paths.data_dir)
            library = cls(paths, lock, resource_path("library") if bundled else None)
            library._repair_index(progress)
            if library.bundled_dir is not None:
                library._merge_bundled(progress)
        except BaseException:
            lock.release()
            raise
        return library

    def close(self) -> None:
        self.index.close()
        self.catalogue.close()
        self.user.close()
        self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _open_index(self) -> SearchIndex:
        try:
            return SearchIndex(self.paths.index_dir)
        except IndexCorrupt:
            self.catalogue.mark_all_unindexed()
            self.index_health = IndexHealth(
                "rebuilt", 0, 0, "the search index was damaged or missing and was rebuilt"
            )
            return SearchIndex.recreate(self.paths.index_dir)

    def _repair_index(self, progress: ProgressCallback | None) -> None:
        """Index what the catalogue holds but the index has not seen (after a crash or damage)."""
        docs, sections = self.catalogue.counts()
        if sections and self.index.doc_count() == 0 and self.index_health.state == "ok":
            self.catalogue.mark_all_unindexed()
            self.index_health = IndexHealth(
                "rebuilt", 0, 0, "the search index was empty and was rebuilt"
            )
        stale, gone = self.catalogue.pending_index()
        self._reindex_ids(stale, gone, progress, None)
        docs, sections = self.catalogue.counts()
        self.index_health = IndexHealth(
            self.index_health.state, docs, sections, self.index_health.message
        )

    def _reindex_ids(self, ids: Sequence[str], removed: Sequence[str],
                     progress: ProgressCallback | None, cancel: CancelToken | None) -> None:
        if not ids and not removed:
            return
        message = QT_TRANSLATE_NOOP(CONTEXT, "Rebuilding the search index…")
        with self.index.batch() as batch:
            for doc_id in removed:
                batch.remove(doc_id)
            for start in range(0, len(ids), REINDEX_BATCH):
                check(cancel)
                chunk = ids[start:start + REINDEX_BATCH]
                for meta, sections in self.catalogue.documents_for_index(chunk):
                    batch.add(IndexedDocument(meta, tuple(sections)))
                report(progress, min(start + REINDEX_BATCH, len(ids)), len(ids), message)
        self.catalogue.mark_indexed(list(ids), removed)

    def _bundled_fingerprint(self) -> str:
        assert self.bundled_dir is not None
        return bundled_fingerprint(self.bundled_dir)

    def _read_state(self) -> dict[str, object]:
        try:
            data = json.loads(self.paths.state_file.read_text())
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _merge_bundled(self, progress: ProgressCallback | None, *, force: bool = False) -> None:
        """Bring the starter library shipped with this version of TIPdesk into the catalogue."""
        state = self._read_state()
        fingerprint = self._bundled_fingerprint()
        if state.get("bundled") == fingerprint and not force:
            return
        assert self.bundled_dir is not None
        found, _ = collect_files([self.bundled_dir])
        # Keys relative to the bundled folder: the same on every machine and install location.
        files = [SourceFile(f.path, f"bundled:{f.path.relative_to(self.bundled_dir).as_posix()}")
                 for f in found]
        self._importer.run(files, "bundled", remove_missing=True, progress=progress)
        state["bundled"] = fingerprint
        tmp = self.paths.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state))
        tmp.replace(self.paths.state_file)

    # --- importing -------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Sequence[Path | str],
        *,
        language: str | None = None,
        kind: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders (Markdown, text, HTML, PDF); bad files are reported."""
        files, problems = collect_files([Path(p) for p in paths])
        return self._importer.run(
            files,
            "imported",
            language=language,
            kind=kind,
            problems=problems,
            progress=progress,
            cancel=cancel,
        )

    def import_sources(self, sources: Sequence[SourceFile], origin: str, *,
                       language: str | None = None, kind: str | None = None,
                       progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> ImportReport:
        """Import files under a given origin (e.g. 'shared' for a colleague's seminar pack)."""
        return self._importer.run(sources, origin, language=language, kind=kind,
                                  progress=progress, cancel=cancel)

    def apply_synced(
        self,
        files: Mapping[str, Path],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Make the synced documents exactly ``files`` ({source key: verified local file})."""
        sources = [SourceFile(path, key) for key, path in sorted(files.items())]
        result = self._importer.run(
            sources, "synced", remove_missing=True, atomic=True, progress=progress, cancel=cancel
        )
        if result.removed and self.bundled_dir is not None:
            self._merge_bundled(None, force=True)  # a withdrawn revision lets the original back
        return result

    def remove(self, doc_ids: Sequence[str]) -> list[str]:
        removed = self.catalogue.remove(doc_ids)
        self._reindex_ids([], removed, None, None)
        self._forget_meta()
        return removed

    def reindex(
        self, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
    ) -> None:
        """Rebuild the whole search index from the catalogue."""
        self.index.close()
        self.catalogue.mark_all_unindexed()
        self.index = SearchIndex.recreate(self.paths.index_dir)
        self._importer.index = self.index
        self.engine.index = self.index
        self._reindex_ids(self.catalogue.all_ids(), [], progress, cancel)
        self.index_health = IndexHealth("ok", *self.catalogue.counts())

    # --- reading ---------------------------------------------------------------------------------
    def metadata(self) -> dict[str, DocumentMeta]:
        if self._meta is None:
            self._meta = {m.id: m for m in self.catalogue.all_meta()}
        return self._meta

    def _forget_meta(self) -> None:
        self._meta = None

    def search(
        self,
        query: str,
        *,
        language: str | None = None,
        kind: str | None = None,
        topic: str | None = None,
        country: str | None = None,
        year: int | None = None,
        limit: int = 10,
        offset: int = 0,
        match: str = "all",
        prefix: bool = True,
    ) -> SearchResults:
        """Search every language and document; filters narrow it. See SearchResults."""
        filters = Filters(language, kind, topic, country.upper() if country else None, year)
        return self.engine.search(
            query, filters, limit=limit, offset=offset, match=match, prefix=prefix
        )

    def warm_up(self) -> None:
        """Prepare the search engine so the first query is as quick as the rest (optional;
        the window calls it on its worker right after opening)."""
        self.engine.warm_up()

    def documents(
        self,
        *,
        language: str | None = None,
        kind: str | None = None,
        topic: str | None = None,
        country: str | None = None,
        year: int | None = None,
    ) -> list[DocumentMeta]:
        metas = sorted(self.metadata().values(), key=lambda m: (m.title.lower(), m.language))
        return [
            m
            for m in metas
            if (language is None or m.language == language)
            and (kind is None or m.kind == kind)
            and (topic is None or topic in m.topics)
            and (country is None or country.upper() in m.countries)
            and (year is None or m.year == year)
        ]

    def get(self, doc_id: str) -> DocumentView | None:
        found = self.catalogue.get(doc_id)
        if found is None:
            return None
        meta, sections, _, _ = found
        return DocumentView(meta, tuple(sections), tuple(self.translations(doc_id)))

    def translations(self, doc_id: str) -> list[DocumentMeta]:
        """The other language versions of a document (same group), by language."""
        meta = self.metadata().get(doc_id)
        if meta is None or not meta.group:
            return []
        members = [
            m for m in self.metadata().values() if m.group == meta.group or m.id == meta.group
        ]
        return sorted((m for m in members if m.id != doc_id), key=lambda m: m.language)

    def markdown(self, doc_id: str) -> str | None:
        found = self.catalogue.get(doc_id)
        return found[2] if found else None

    def render_html(self, doc_id: str, *, css: str | None = None, full_page: bool = True) -> str:
        """Sanitised HTML of a document, made for QTextBrowser."""
        found = self.catalogue.get(doc_id)
        if found is None:
            raise KeyError(doc_id)
        meta, sections, markdown, _ = found
        body = (
            markdown_to_html(markdown)
            if markdown is not None
            else pages_to_html(meta.title, sections)
        )
        if not full_page:
            return body
        return page(body) if css is None else page(body, css)

    def render_text(self, doc_id: str) -> str:
        found = self.catalogue.get(doc_id)
        if found is None:
            raise KeyError(doc_id)
        meta, sections, markdown, _ = found
        if markdown is not None:
            return markdown_to_text(markdown)
        return "\n\n".join(f"{s.title}\n\n{s.text}" for s in sections)

    def file_path(self, doc_id: str) -> Path | None:
        found = self.catalogue.get(doc_id)
        if found is None or found[3] is None:
            return None
        path = self.paths.files_dir / found[3]
        return path if path.exists() else None

    def info(self) -> LibraryInfo:
        metas = list(self.metadata().values())

        def count(attr: str) -> dict[str, int]:
            out: dict[str, int] = {}
            for m in metas:
                out[getattr(m, attr)] = out.get(getattr(m, attr), 0) + 1
            return dict(sorted(out.items()))

        docs, sections = self.catalogue.counts()
        health = IndexHealth(self.index_health.state, docs, sections, self.index_health.message)
        return LibraryInfo(
            data_dir=str(self.paths.data_dir),
            catalogue_db=str(self.paths.catalogue_db),
            user_db=str(self.paths.user_db),
            index_dir=str(self.paths.index_dir),
            bundled_dir=str(self.bundled_dir or ""),
            documents=docs,
            by_language=count("language"),
            by_kind=count("kind"),
            by_origin=count("origin"),
            index=health,
        )
