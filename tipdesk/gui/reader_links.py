"""What a link in a document points to. The reader follows only links it understands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QUrl


class LinkKind(Enum):
    FRAGMENT = "fragment"  # "#section" inside the same document
    DOCUMENT = "document"  # "doc:ID#section": another document of the library
    EXTERNAL = "external"  # http(s): only after asking, in the system's web browser
    IGNORED = "ignored"  # anything else (mailto:, file:, relative paths, …)


@dataclass(frozen=True)
class LinkTarget:
    kind: LinkKind
    doc_id: str = ""
    anchor: str = ""
    url: str = ""


def classify_link(url: QUrl | str) -> LinkTarget:
    """``#a`` → FRAGMENT, ``doc:ID#a`` → DOCUMENT, ``http(s)://`` → EXTERNAL, else IGNORED."""
    url = QUrl(url) if isinstance(url, str) else url
    scheme = url.scheme().lower()
    if not scheme and not url.path() and url.hasFragment():
        return LinkTarget(LinkKind.FRAGMENT, anchor=url.fragment())
    if scheme == "doc":
        doc_id = url.path().strip("/")
        if doc_id:
            return LinkTarget(LinkKind.DOCUMENT, doc_id=doc_id, anchor=url.fragment())
    if scheme in ("http", "https") and url.host():
        return LinkTarget(LinkKind.EXTERNAL, url=url.toString())
    return LinkTarget(LinkKind.IGNORED, url=url.toString())
