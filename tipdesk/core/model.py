"""Plain, frozen data the core hands to its faces (CLI, GUI, scripts); no ORM object leaves."""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")
PILLARS: tuple[str, ...] = ("prevention", "protection", "prosecution", "partnership")
KINDS: tuple[str, ...] = (
    "convention",
    "protocol",
    "declaration",
    "recommendation",
    "resolution",
    "work-plan",
    "guide",
    "manual",
    "training-module",
    "case-study",
    "checklist",
    "glossary",
    "report",
    "law",
    "other",
)
# bundled: shipped with TIPdesk; synced: from the publisher, verified by sync; imported: the
# user's own files; verified / shared: from a colleague's seminar pack, with or without proof that
# the publisher issued them.
ORIGINS: tuple[str, ...] = ("bundled", "synced", "imported", "verified", "shared")


@dataclass(frozen=True)
class Section:
    """A part of a document under one heading (or one PDF page)."""

    anchor: str
    title: str
    level: int
    text: str  # plain text, markup stripped
    page: int | None = None


@dataclass(frozen=True)
class DocumentMeta:
    """What the catalogue knows about a document."""

    id: str
    title: str
    language: str
    kind: str
    group: str | None = None
    topics: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    publisher: str = ""
    source_url: str = ""
    published: str = ""
    version: str = ""
    summary: str = ""
    review: str = ""
    origin: str = "imported"
    fmt: str = "md"
    content_hash: str = ""

    @property
    def year(self) -> int | None:
        head = self.published[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class DocumentView:
    """A document with its sections, ready to show."""

    meta: DocumentMeta
    sections: tuple[Section, ...]
    translations: tuple[DocumentMeta, ...] = ()

    def section(self, anchor: str) -> Section | None:
        return next((s for s in self.sections if s.anchor == anchor), None)


@dataclass(frozen=True)
class Hit:
    """One search result: a document and the section that matched best."""

    doc_id: str
    title: str
    language: str
    kind: str
    section_anchor: str
    section_title: str
    page: int | None
    score: float
    snippet_html: str
    summary: str = ""

    @property
    def snippet_text(self) -> str:
        return self.snippet_html.replace("<b>", "").replace("</b>", "")


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    suggestion: str | None = None
    relaxed: bool = False  # True when no document had every word and any-word matching was used

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "facets": {k: {f.value: f.count for f in v} for k, v in self.facets.items()},
            "hits": [
                {
                    "id": h.doc_id,
                    "title": h.title,
                    "language": h.language,
                    "kind": h.kind,
                    "section": h.section_anchor,
                    "section_title": h.section_title,
                    "page": h.page,
                    "score": round(h.score, 4),
                    "snippet": h.snippet_html,
                }
                for h in self.hits
            ],
        }


@dataclass(frozen=True)
class ImportProblem:
    path: str
    message: str


@dataclass(frozen=True)
class ImportReport:
    """What an import or a sync changed: ids added, updated, removed; files skipped and why."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    problems: tuple[ImportProblem, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class IndexHealth:
    state: str  # "ok", "rebuilt", "missing"
    documents: int
    sections: int
    message: str = ""


@dataclass(frozen=True)
class LibraryInfo:
    data_dir: str
    catalogue_db: str
    user_db: str
    index_dir: str
    bundled_dir: str
    documents: int
    by_language: dict[str, int]
    by_kind: dict[str, int]
    by_origin: dict[str, int]
    index: IndexHealth
