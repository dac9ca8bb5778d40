"""The signed ``index.json`` target: every document of a release with its descriptive metadata.

ngclient has no "list all targets" call; the index is an ordinary target, verified like any
document, that names every document path with what a person needs to recognise it (id, title,
language, kind, group, publication date). The full metadata travels inside each document.

The index deliberately carries no hashes or versions: those live in the signed targets
metadata, which the client asks for each path. So revising a document's text leaves the index
unchanged, and a re-sync after revisions downloads no index at all; only adding, withdrawing or
renaming documents changes it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tipdesk.sync.naming import DOCS_PREFIX, is_safe_target_path

INDEX_FORMAT = 1


@dataclass(frozen=True)
class IndexEntry:
    """One document as the publisher's index describes it."""

    path: str
    id: str
    title: str
    language: str
    kind: str = ""
    group: str = ""
    published: str = ""

    @classmethod
    def from_meta(cls, path: str, meta: Any) -> IndexEntry:
        return cls(
            path,
            str(meta.id),
            str(meta.title),
            str(meta.language),
            str(meta.kind or ""),
            str(meta.group or ""),
            str(meta.published or ""),
        )

    def to_dict(self) -> dict[str, str]:
        raw = {
            "path": self.path,
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "kind": self.kind,
            "group": self.group,
            "published": self.published,
        }
        return {k: v for k, v in raw.items() if v}


def index_bytes(entries: Sequence[IndexEntry]) -> bytes:
    """Compact, stable JSON: the same documents always give the same bytes (and hash)."""
    data = {
        "format": INDEX_FORMAT,
        "documents": [e.to_dict() for e in sorted(entries, key=lambda e: e.path)],
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


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
        entries.append(
            IndexEntry(
                path,
                *(
                    str(item.get(k, ""))
                    for k in ("id", "title", "language", "kind", "group", "published")
                ),
            )
        )
    return entries
