"""The signed ``index.json`` target: every document of a release with its metadata.

ngclient has no "list all targets" call; the index is an ordinary target, verified like any
document, that names every document path. The client then asks the updater for each path's
trusted ``TargetFile`` (length and sha256) — the index itself is never trusted for hashes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tipdesk.sync.naming import DOCS_PREFIX, is_safe_target_path

INDEX_FORMAT = 1
_META_FIELDS = (
    "id",
    "title",
    "language",
    "kind",
    "group",
    "topics",
    "regions",
    "countries",
    "audience",
    "publisher",
    "source_url",
    "published",
    "version",
    "summary",
    "review",
    "fmt",
)


@dataclass(frozen=True)
class IndexEntry:
    """One document as the publisher's index describes it."""

    path: str
    sha256: str
    length: int
    id: str
    title: str
    language: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_meta(cls, path: str, sha256: str, length: int, meta: Any) -> IndexEntry:
        values = {name: _plain(getattr(meta, name, None)) for name in _META_FIELDS}
        return cls(
            path,
            sha256,
            length,
            str(meta.id),
            str(meta.title),
            str(meta.language),
            {k: v for k, v in values.items() if v not in (None, "", [])},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.meta,
            "path": self.path,
            "sha256": self.sha256,
            "length": self.length,
            "id": self.id,
            "title": self.title,
            "language": self.language,
        }


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [str(v) for v in value]
    return value


def build_index(entries: Sequence[IndexEntry]) -> dict[str, Any]:
    return {
        "format": INDEX_FORMAT,
        "documents": [e.to_dict() for e in sorted(entries, key=lambda e: e.path)],
    }


def parse_index(data: bytes) -> list[IndexEntry]:
    """Read a verified index; raise ValueError when its structure is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the index is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("format") != INDEX_FORMAT:
        raise ValueError("the index has an unknown format; a newer TIPdesk may be needed")
    documents = raw.get("documents")
    if not isinstance(documents, list):
        raise ValueError("the index has no document list")
    entries = []
    seen: set[str] = set()
    for item in documents:
        if not isinstance(item, dict):
            raise ValueError("the index lists something that is not a document")
        path = item.get("path")
        if (
            not isinstance(path, str)
            or not path.startswith(DOCS_PREFIX)
            or not is_safe_target_path(path)
            or path in seen
        ):
            raise ValueError(f"the index lists an unsafe or duplicate path: {path!r}")
        seen.add(path)
        meta = {k: v for k, v in item.items() if k in _META_FIELDS}
        entries.append(
            IndexEntry(
                path,
                str(item.get("sha256", "")),
                int(item.get("length", 0)),
                str(item.get("id", "")),
                str(item.get("title", "")),
                str(item.get("language", "")),
                meta,
            )
        )
    return entries
