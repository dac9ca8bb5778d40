"""Benchmark documents as TIPdesk Markdown files (front matter + body), written and read back.

The benchmark writes its corpus once (``make_corpus``); TIPdesk imports the files through its
public API, and the FTS5 baseline and the query sampler read the very same files back with
``read_markdown_docs`` so that every engine sees the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_HEADING_ANCHOR = re.compile(r"\s*\{#[^}]*\}\s*$")
_MARKUP = re.compile(r"\*\*|__|`|^#{1,6}\s+|^\s*(?:[-*+]|\d+\.)\s+|^>\s?|\|", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)


@dataclass
class Section:
    """A ``##`` (level 2) or ``###`` (level 3) section: heading, optional anchor, blocks."""

    heading: str
    blocks: list[str]
    level: int = 2
    anchor: str | None = None

    def to_markdown(self) -> str:
        marks = "#" * self.level
        suffix = f" {{#{self.anchor}}}" if self.anchor else ""
        return "\n\n".join([f"{marks} {self.heading}{suffix}", *self.blocks])


@dataclass
class CorpusDoc:
    """One benchmark document: the front matter fields, an opening, and sections."""

    id: str
    title: str
    language: str
    kind: str
    topics: list[str]
    publisher: str
    source_url: str
    published: str
    summary: str
    intro: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    group: str | None = None
    regions: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    subdir: str = "generated"

    def front_matter(self) -> dict[str, object]:
        matter: dict[str, object] = {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "kind": self.kind,
        }
        if self.group:
            matter["group"] = self.group
        matter.update(
            topics=self.topics,
            regions=self.regions,
            countries=self.countries,
            publisher=self.publisher,
            source_url=self.source_url,
            published=self.published,
            version="1.0",
            summary=self.summary,
        )
        return matter

    def to_markdown(self) -> str:
        header = yaml.safe_dump(
            self.front_matter(), allow_unicode=True, sort_keys=False, width=100
        )
        parts = [f"# {self.title}", *self.intro, *(s.to_markdown() for s in self.sections)]
        return f"---\n{header}---\n\n" + "\n\n".join(parts) + "\n"

    @property
    def relative_path(self) -> Path:
        return Path(self.subdir) / f"{self.id}.md"


@dataclass(frozen=True)
class MarkdownDoc:
    """A benchmark file read back: metadata, title and body as plain text (markup stripped)."""

    id: str
    language: str
    title: str
    body: str
    path: Path
    size_bytes: int


def plain_text(markdown_body: str) -> str:
    """Strip the Markdown syntax the generator writes (headings, anchors, emphasis, lists)."""
    lines = [_HEADING_ANCHOR.sub("", line) for line in markdown_body.splitlines()]
    text = _TABLE_RULE.sub("", "\n".join(lines))
    return _MARKUP.sub(" ", text)


def read_markdown_doc(path: Path) -> MarkdownDoc:
    raw = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise ValueError(f"{path}: no front matter")
    matter = yaml.safe_load(match.group(1))
    body = raw[match.end() :]
    title_line = f"# {matter['title']}"
    if body.lstrip().startswith(title_line):
        body = body.lstrip()[len(title_line) :]
    return MarkdownDoc(
        id=str(matter["id"]),
        language=str(matter["language"]),
        title=str(matter["title"]),
        body=plain_text(body).strip(),
        path=path,
        size_bytes=len(raw.encode("utf-8")),
    )


def iter_markdown_paths(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.rglob("*.md"))


def read_markdown_docs(folder: Path) -> list[MarkdownDoc]:
    """Every ``*.md`` under ``folder`` in a stable (sorted path) order."""
    return [read_markdown_doc(path) for path in iter_markdown_paths(folder)]
