"""A small publisher for tests: documents in a content folder, keys, a signed repository."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from tipdesk.sync.keyops import init_keys, resign
from tipdesk.sync.keys import KeyStore
from tipdesk.sync.publisher import PublishReport, publish
from tipdesk.sync.repository import Lifetimes, RepositoryFiles

PASSPHRASE = b"correct horse battery"

FRONT = """---
id: {id}
title: {title}
language: {language}
kind: guide
group: {group}
topics: [protection]
publisher: Test publisher
source_url: https://example.org/{id}
published: 2020-01-01
version: "{version}"
summary: Summary of {title}.
---

# {title}

## Section one

{body}
"""


class TestPublisher:
    """Writes documents, publishes them, and can re-sign or age the repository."""

    __test__ = False

    def __init__(self, base: Path) -> None:
        self.content = base / "content"
        self.repo = base / "repo"
        self.keys = KeyStore(base / "keys", lambda _new: PASSPHRASE)
        self.content.mkdir(parents=True)
        init_keys(self.keys)

    @property
    def root_file(self) -> Path:
        return self.keys.directory / "1.root.json"

    @property
    def files(self) -> RepositoryFiles:
        return RepositoryFiles(self.repo)

    def write(
        self,
        doc_id: str,
        body: str = "",
        *,
        title: str | None = None,
        language: str = "en",
        name: str | None = None,
        version: str = "1.0",
        size: int = 0,
    ) -> Path:
        path = self.content / (name or f"{doc_id}.md")
        path.parent.mkdir(parents=True, exist_ok=True)
        text = body or f"Protection of victims of trafficking, document {doc_id}."
        if size:
            text += "\n\n" + ("Padding text for size. " * (size // 23 + 1))[:size]
        path.write_text(
            FRONT.format(
                id=doc_id,
                title=title or f"Title {doc_id}",
                language=language,
                group=doc_id,
                version=version,
                body=text,
            ),
            encoding="utf-8",
        )
        return path

    def remove(self, name: str) -> None:
        (self.content / name).unlink()

    def publish(
        self, lifetimes: Lifetimes | None = None, now: dt.datetime | None = None
    ) -> PublishReport:
        return publish(
            self.content, self.repo, self.keys, lifetimes=lifetimes or Lifetimes(), now=now
        )

    def resign(self, lifetimes: Lifetimes | None = None, now: dt.datetime | None = None) -> None:
        resign(self.files, self.keys, lifetimes or Lifetimes(), now)

    def snapshot_copy(self, destination: Path) -> Path:
        """A frozen copy of the repository as it is now (an old USB stick or mirror)."""
        shutil.copytree(self.repo, destination)
        return destination


def expired_lifetimes() -> Lifetimes:
    """Lifetimes whose timestamp is already expired when signed."""
    return Lifetimes(timestamp=dt.timedelta(seconds=-3600))
