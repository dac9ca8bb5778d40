"""Fixtures that build small, real libraries in temporary folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tipdesk import Library

FRONT = """---
id: {id}
title: {title}
language: {language}
kind: {kind}
group: {group}
topics: [{topics}]
countries: [{countries}]
publisher: Test publisher
source_url: https://example.org/{id}
published: {published}
version: "1.0"
summary: Summary of {title}.
---

"""


@pytest.fixture
def write_doc(tmp_path: Path) -> Callable[..., Path]:
    """Write a Markdown document with front matter; returns its path."""
    folder = tmp_path / "content"
    folder.mkdir(exist_ok=True)

    def write(doc_id: str, body: str, *, title: str | None = None, language: str = "en",
              kind: str = "guide", group: str | None = None, topics: str = "protection",
              countries: str = "", published: str = "2020-01-01", name: str | None = None) -> Path:
        path = folder / (name or f"{doc_id}.md")
        path.write_text(FRONT.format(id=doc_id, title=title or doc_id, language=language,
                                     kind=kind, group=group or doc_id, topics=topics,
                                     countries=countries, published=published) + body,
                        encoding="utf-8")
        return path

    return write


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    """A library without the bundled starter content."""
    lib = Library.open(tmp_path / "data", bundled=False)
    yield lib
    lib.close()
