"""``tipdesk publish``: turn a content folder into a signed static repository.

Every document is read with the core's parser (so a file the app cannot import is refused here,
naming the file), stored as an immutable ``targets/docs/…/<sha256>.<name>`` blob, and listed in a
signed ``index.json`` target with its metadata. Re-publishing signs a new version only when
something changed; withdrawn documents disappear from the targets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tuf.api.metadata import Metadata, TargetFile, Targets

from tipdesk.core.errors import ContentError
from tipdesk.core.formats import SUFFIXES
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.progress import ProgressCallback, report
from tipdesk.sync.errors import PublishError
from tipdesk.sync.files import CHUNK, copy_atomic, sha256_file, write_atomic
from tipdesk.sync.index import IndexEntry, index_bytes
from tipdesk.sync.keyops import install_first_root, signers_for
from tipdesk.sync.keys import KeyStore
from tipdesk.sync.naming import INDEX_PATH, hashed_name, target_path_for, target_path_problem
from tipdesk.sync.repository import (
    DEFAULT_LIFETIMES,
    Lifetimes,
    RepositoryFiles,
    new_snapshot_and_timestamp,
    next_version,
    sign,
    utc_now,
)

MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True)
class ContentFile:
    source: Path
    target_path: str
    sha256: str
    length: int


@dataclass(frozen=True)
class PublishReport:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int
    skipped: tuple[str, ...]  # files that are not documents (data, images)
    targets_version: int | None  # None: nothing changed, nothing signed
    timestamp_version: int | None


def _walk(content_dir: Path) -> Iterator[Path]:
    for path in sorted(content_dir.rglob("*")):
        relative = path.relative_to(content_dir)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        yield path


def scan_content(
    content_dir: Path, progress: ProgressCallback | None = None
) -> tuple[list[tuple[ContentFile, IndexEntry]], list[str]]:
    """Read every document; raise PublishError listing the files that cannot be published."""
    from tipdesk.core.parse import parse_file  # the core parser decides what a document is

    if not content_dir.is_dir():
        raise PublishError(
            QT_TRANSLATE_NOOP(CONTEXT, "{dir} is not a folder"), dir=str(content_dir)
        )
    documents: list[tuple[ContentFile, IndexEntry]] = []
    skipped: list[str] = []
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    files = list(_walk(content_dir))
    for done, path in enumerate(files, 1):
        report(progress, done, len(files), "reading documents")
        relative = path.relative_to(content_dir).as_posix()
        if path.suffix.lower() not in SUFFIXES:
            skipped.append(relative)
            continue
        target_path = target_path_for(relative)
        problem = target_path_problem(target_path)
        if problem:
            problems.append(f"{relative}: {problem}")
            continue
        try:
            parsed = parse_file(path)
        except ContentError as exc:
            problems.append(exc.message)
            continue
        doc_id = parsed.meta.id
        if doc_id in seen_ids:
            problems.append(f"{relative}: the id '{doc_id}' is already used by {seen_ids[doc_id]}")
            continue
        seen_ids[doc_id] = relative
        content = ContentFile(path, target_path, sha256_file(path), path.stat().st_size)
        documents.append(
            (
                content,
                IndexEntry.from_meta(target_path, parsed.meta),
            )
        )
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        raise PublishError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "nothing was published: {count} file(s) cannot be published: {problems}{more}",
            ),
            count=len(problems),
            problems=shown,
            more=f" (and {more} more)" if more > 0 else "",
        )
    return documents, skipped


def _store_blob(repo: RepositoryFiles, item: ContentFile) -> None:
    """Copy a document into ``targets/`` under its hash-prefixed name (once)."""
    blob = repo.targets_dir / hashed_name(item.target_path, item.sha256)
    if blob.exists():
        return
    copy_atomic(item.source, blob)
    digest = hashlib.sha256()
    with open(blob, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    if digest.hexdigest() != item.sha256:
        blob.unlink()
        raise PublishError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file} changed while it was being published; publish again"
            ),
            file=str(item.source),
        )


def _target_file(path: str, sha256: str, length: int) -> TargetFile:
    return TargetFile(length=length, hashes={"sha256": sha256}, path=path)


def _same(old: TargetFile | None, new: TargetFile) -> bool:
    return old is not None and old.length == new.length and old.hashes == new.hashes


def publish(
    content_dir: Path,
    repo_dir: Path,
    keys: KeyStore,
    *,
    lifetimes: Lifetimes = DEFAULT_LIFETIMES,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
) -> PublishReport:
    """Publish ``content_dir`` into ``repo_dir``; sign a new version only if something changed."""
    now = now or utc_now()
    documents, skipped = scan_content(content_dir, progress)
    repo = RepositoryFiles(repo_dir)
    if not repo.exists():
        install_first_root(repo, keys)
    signers = signers_for(keys, repo, ("targets", "snapshot", "timestamp"))

    index_data = index_bytes([entry for _, entry in documents])
    index_sha = hashlib.sha256(index_data).hexdigest()
    new_targets = {
        item.target_path: _target_file(item.target_path, item.sha256, item.length)
        for item, _ in documents
    }
    new_targets[INDEX_PATH] = _target_file(INDEX_PATH, index_sha, len(index_data))

    old_md = repo.targets()
    old_targets = dict(old_md.signed.targets) if old_md is not None else {}
    added = tuple(p for p in new_targets if p not in old_targets and p != INDEX_PATH)
    changed = tuple(
        p
        for p in new_targets
        if p in old_targets and p != INDEX_PATH and not _same(old_targets[p], new_targets[p])
    )
    removed = tuple(p for p in old_targets if p not in new_targets)
    unchanged = len(documents) - len(added) - len(changed)
    if (
        old_md is not None
        and all(_same(old_targets.get(p), t) for p, t in new_targets.items())
        and not removed
    ):
        return PublishReport((), (), (), unchanged, tuple(skipped), None, None)

    for done, (item, _) in enumerate(documents, 1):
        report(progress, done, len(documents), "storing documents")
        _store_blob(repo, item)
    index_blob = repo.targets_dir / hashed_name(INDEX_PATH, index_sha)
    if not index_blob.exists():
        write_atomic(index_blob, index_data)

    targets_md: Metadata[Targets] = next_version(old_md, Targets(), lifetimes.targets, now)
    targets_md.signed.targets = new_targets
    sign(targets_md, signers["targets"])
    targets_meta = repo.write_versioned(targets_md)
    _, timestamp_version = new_snapshot_and_timestamp(repo, targets_meta, signers, lifetimes, now)
    return PublishReport(
        added,
        changed,
        removed,
        unchanged,
        tuple(skipped),
        targets_md.signed.version,
        timestamp_version,
    )
