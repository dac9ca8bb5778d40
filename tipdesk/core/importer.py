"""Bringing files into the library: parse, de-duplicate, store, index — in consistent batches.

The catalogue is written document by document; the index takes the whole run in one writer and
one commit, and each document is marked indexed only after that commit. A run killed at any
point leaves documents marked as not yet indexed, and the next open finishes the job (see
``Library._repair_index``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from tipdesk.core import formats
from tipdesk.core.catalogue import Catalogue, StoredSource
from tipdesk.core.errors import ContentError, Interrupted, StorageError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.index import IndexBatch, IndexedDocument, SearchIndex
from tipdesk.core.model import ImportProblem, ImportReport
from tipdesk.core.parse import ParsedDocument, file_hash, parse_file
from tipdesk.core.progress import CancelToken, ProgressCallback, check, report

# Which origin may replace a document of the same id from another origin.
OUTRANKS = {("synced", "bundled"), ("synced", "imported"), ("synced", "shared"),
            ("synced", "verified")}


@dataclass(frozen=True)
class SourceFile:
    path: Path
    key: str  # stable identity of the source: a file path, or a sync target path


def collect_files(paths: Iterable[Path]) -> tuple[list[SourceFile], list[ImportProblem]]:
    """Expand folders into the document files below them; report paths that do not exist."""
    found: list[SourceFile] = []
    problems: list[ImportProblem] = []
    for path in paths:
        if not path.exists():
            problems.append(ImportProblem(str(path), "no such file or folder"))
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in formats.SUFFIXES
                    and not child.name.startswith(".")
                ):
                    found.append(SourceFile(child, str(child.resolve())))
        else:
            found.append(SourceFile(path, str(path.resolve())))
    return found, problems


@dataclass
class _Run:
    origin: str
    stored: dict[str, StoredSource]
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    seen_ids: dict[str, str] = field(default_factory=dict)
    # With remove_missing the run lists every file of its origin: a stored key not in it is
    # going away, so a file claiming its id has moved (a renamed file, a moved install).
    leaving: frozenset[str] = frozenset()

    def report(self) -> ImportReport:
        return ImportReport(
            tuple(self.added),
            tuple(self.updated),
            tuple(self.removed),
            tuple(self.unchanged),
            tuple(self.problems),
        )


class Importer:
    def __init__(
        self,
        catalogue: Catalogue,
        index: SearchIndex,
        files_dir: Path,
        on_change: Callable[[], None],
    ) -> None:
        self.catalogue = catalogue
        self.index = index
        self.files_dir = files_dir
        self.on_change = on_change

    def run(
        self,
        files: Sequence[SourceFile],
        origin: str,
        *,
        language: str | None = None,
        kind: str | None = None,
        remove_missing: bool = False,
        problems: Sequence[ImportProblem] = (),
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        atomic: bool = False,
    ) -> ImportReport:
        """Import ``files``; with ``remove_missing``, drop this origin's documents not listed.

        With ``atomic`` the catalogue takes all of it in one transaction (a sync's apply): a
        kill, a full disk or a cancel leaves the previous state whole. Otherwise a cancel keeps
        what was done so far.
        """
        state = _Run(origin, self.catalogue.sources(), problems=list(problems))
        by_key = {s.source_key: s for s in state.stored.values() if s.origin == origin}
        if remove_missing:
            state.leaving = frozenset(by_key) - {f.key for f in files}
        indexed: list[str] = []
        interrupted = False
        try:
            transaction = self.catalogue.transaction() if atomic else nullcontext()
            with self.index.batch() as batch, transaction:
                try:
                    for number, source in enumerate(files):
                        check(cancel)
                        report(progress, number, len(files), source.path.name)
                        parsed = self._prepare(source, state, by_key, language, kind)
                        if parsed is not None:
                            self._store(parsed, source, state)
                            batch.add(IndexedDocument(parsed.meta, parsed.sections))
                            indexed.append(parsed.meta.id)
                    if remove_missing:
                        self._remove_missing(files, by_key, state, batch)
                except Interrupted:
                    if atomic:
                        raise
                    interrupted = True  # commit what was done, then say so
            self.catalogue.mark_indexed(indexed, state.removed)
        finally:
            self.on_change()
        if interrupted:
            raise Interrupted()
        report(progress, len(files), len(files), "")
        return state.report()

    def _prepare(
        self,
        source: SourceFile,
        state: _Run,
        by_key: dict[str, StoredSource],
        language: str | None,
        kind: str | None,
    ) -> ParsedDocument | None:
        try:
            known = by_key.get(source.key)
            if known is not None and known.content_hash == file_hash(source.path):
                state.unchanged.append(known.doc_id)
                state.seen_ids[known.doc_id] = source.key
                return None
            parsed = parse_file(source.path, language=language, kind=kind)
        except ContentError as exc:
            state.problems.append(ImportProblem(str(source.path), exc.message))
            return None
        except OSError as exc:
            state.problems.append(ImportProblem(str(source.path), exc.strerror or str(exc)))
            return None
        return self._check_duplicate(parsed, source, state)

    def _check_duplicate(
        self, parsed: ParsedDocument, source: SourceFile, state: _Run
    ) -> ParsedDocument | None:
        doc_id = parsed.meta.id
        other_key = state.seen_ids.get(doc_id)
        existing = state.stored.get(doc_id)
        clash = other_key is not None and other_key != source.key
        moved = existing is not None and existing.source_key in state.leaving
        if existing is not None and existing.source_key != source.key and not moved:
            same_origin = existing.origin == state.origin
            if same_origin or (state.origin, existing.origin) not in OUTRANKS:
                if (existing.origin, state.origin) in OUTRANKS:
                    state.unchanged.append(doc_id)  # a newer synced copy already replaced it
                    return None
                clash = True
        if clash:
            message = ContentError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "{file}: the id '{id}' is already used by another document"
                ),
                file=source.path.name,
                id=doc_id,
            ).message
            state.problems.append(ImportProblem(str(source.path), message))
            return None
        state.seen_ids[doc_id] = source.key
        return parsed

    def _store(self, parsed: ParsedDocument, source: SourceFile, state: _Run) -> ParsedDocument:
        file_name = self._keep_file(parsed, source.path) if parsed.fmt == "pdf" else None
        outcome = self.catalogue.store(parsed, state.origin, source.key, file_name)
        (state.added if outcome == "added" else state.updated).append(parsed.meta.id)
        return parsed

    def _keep_file(self, parsed: ParsedDocument, path: Path) -> str:
        """Copy the original (PDF) into the library for viewing; atomic, never half-written."""
        name = f"{parsed.meta.id}{path.suffix.lower()}"
        self.files_dir.mkdir(parents=True, exist_ok=True)
        tmp: Path | None = None
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self.files_dir, suffix=".part")
            os.close(fd)
            tmp = Path(tmp_name)
            shutil.copyfile(path, tmp)
            os.replace(tmp, self.files_dir / name)
        except OSError as exc:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "{file}: could not be copied into the library ({reason})"
                ),
                file=path.name,
                reason=exc.strerror or str(exc),
            ) from exc
        return name

    def _forget_file(self, doc_id: str) -> None:
        for kept in self.files_dir.glob(f"{doc_id}.*"):
            kept.unlink(missing_ok=True)

    def _remove_missing(self, files: Sequence[SourceFile], by_key: dict[str, StoredSource],
                        state: _Run, batch: IndexBatch) -> None:
        keys = {f.key for f in files}
        gone = [s.doc_id for k, s in by_key.items() if k not in keys]
        state.removed.extend(self.catalogue.remove(gone))
        for doc_id in state.removed:
            self._forget_file(doc_id)
            batch.remove(doc_id)
