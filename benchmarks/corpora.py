"""Parsers for the real test collections used by the benchmark.

The collections live outside the repository (read-only, research use only, never bundled):
``$TIPDESK_BENCH_DATA`` or ``../shared/bench/data`` next to the checkout.

- Cranfield 1400 and CISI: SMART-format files (``.I`` record id, then ``.T``/``.A``/``.B``/``.W``…
  fields) plus relevance judgments.
- The Universal Declaration of Human Rights as HTML (``<header>`` = preamble, 30 ``<article>``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: UDHR file stem -> TIPdesk language code (only the four languages TIPdesk supports).
UDHR_LANGUAGES: dict[str, str] = {
    "eng": "en",
    "spa": "es",
    "fra": "fr",
    "por_BR": "pt",
    "por_PT": "pt",
}

_SMART_FIELD = re.compile(r"^\.([A-Z])(?:\s+(.*))?$")
_SPACES = re.compile(r"\s+")


def data_root() -> Path:
    """Where the shared collections are: ``$TIPDESK_BENCH_DATA`` or ``../shared/bench/data``."""
    configured = os.environ.get("TIPDESK_BENCH_DATA")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "bench" / "data"


@dataclass(frozen=True)
class IRDocument:
    """One document of a test collection; ``doc_id`` is the collection's own number."""

    doc_id: str
    title: str
    authors: str
    text: str
    bibliographic: str = ""


@dataclass(frozen=True)
class IRQuery:
    query_id: str
    text: str


@dataclass(frozen=True)
class IRCollection:
    """Documents, queries and judgments: ``qrels[query_id][doc_id]`` = graded gain (> 0)."""

    name: str
    documents: list[IRDocument]
    queries: list[IRQuery]
    qrels: dict[str, dict[str, int]]

    def judged_queries(self) -> list[IRQuery]:
        """The queries with at least one relevant document (the ones metrics average over)."""
        return [q for q in self.queries if self.qrels.get(q.query_id)]


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def read_smart_records(path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield ``(record id, {field letter: text})`` from a SMART-format file.

    A field starts on a line ``.X`` (optionally followed by text on the same line, as in
    ``.I 12``) and runs to the next field line. Line ends may be CRLF.
    """
    record_id: str | None = None
    fields: dict[str, list[str]] = {}
    current: str | None = None
    with path.open(encoding="utf-8", errors="replace", newline=None) as handle:
        for raw_line in handle:
            line = raw_line.rstrip("\r\n")
            match = _SMART_FIELD.match(line)
            if match and match.group(1) == "I":
                if record_id is not None:
                    yield record_id, {k: "\n".join(v).strip() for k, v in fields.items()}
                record_id = (match.group(2) or "").strip()
                fields, current = {}, None
            elif match:
                current = match.group(1)
                fields.setdefault(current, [])
                if match.group(2):
                    fields[current].append(match.group(2))
            elif current is not None:
                fields[current].append(line)
    if record_id is not None:
        yield record_id, {k: "\n".join(v).strip() for k, v in fields.items()}


def _strip_repeated_title(title: str, body: str) -> str:
    """Cranfield's ``.W`` starts with the title again; drop that copy."""
    if not title or not normalise_space(body).startswith(title):
        return body
    lines = body.splitlines()
    words_left = len(title.split())
    while lines and words_left > 0:
        words_left -= len(lines.pop(0).split())
    return "\n".join(lines)


def _paragraphs(text: str) -> str:
    """Keep paragraph breaks (indented first lines or blank lines), join wrapped lines."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        starts_paragraph = line.startswith(("  ", "\t")) or not line.strip()
        if starts_paragraph and paragraphs[-1]:
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line.strip())
    return "\n\n".join(normalise_space(" ".join(p)) for p in paragraphs if p)


def load_cranfield(root: Path | None = None) -> IRCollection:
    """Cranfield 1400. Query ids are the 1-based position in ``cran.qry`` (as in ``cranqrel``).

    Relevance codes 1 (complete answer) … 4 (minimum interest) become gains 4 … 1;
    code -1 / 5 (no interest) is not relevant. Documents with no text (471, 995) are dropped.
    """
    folder = (root or data_root()) / "ir" / "cranfield"
    documents: list[IRDocument] = []
    for record_id, fields in read_smart_records(folder / "cran.all.1400"):
        title = normalise_space(fields.get("T", ""))
        body = _strip_repeated_title(title, fields.get("W", ""))
        if not title and not body.strip():
            continue
        documents.append(
            IRDocument(
                doc_id=str(int(record_id)),
                title=title.removesuffix(" .").strip(),
                authors=normalise_space(fields.get("A", "")),
                text=_paragraphs(body),
                bibliographic=normalise_space(fields.get("B", "")),
            )
        )
    queries = [
        IRQuery(query_id=str(position), text=normalise_space(fields.get("W", "")))
        for position, (_raw_id, fields) in enumerate(
            read_smart_records(folder / "cran.qry"), start=1
        )
    ]
    qrels: dict[str, dict[str, int]] = {}
    for line in (folder / "cranqrel").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        query_id, doc_id, code = parts[0], str(int(parts[1])), int(parts[2])
        if 1 <= code <= 4:
            qrels.setdefault(query_id, {})[doc_id] = 5 - code
    return IRCollection("cranfield", documents, queries, qrels)


def load_cisi(root: Path | None = None) -> IRCollection:
    """CISI: 1460 documents, 112 queries (``.W`` is the query text), binary judgments."""
    folder = (root or data_root()) / "ir" / "cisi"
    documents = [
        IRDocument(
            doc_id=str(int(record_id)),
            title=normalise_space(fields.get("T", "")),
            authors="; ".join(a.strip() for a in fields.get("A", "").splitlines() if a.strip()),
            text=_paragraphs(fields.get("W", "")),
            bibliographic=normalise_space(fields.get("B", "")),
        )
        for record_id, fields in read_smart_records(folder / "CISI.ALL")
    ]
    queries = [
        IRQuery(query_id=str(int(record_id)), text=normalise_space(fields.get("W", "")))
        for record_id, fields in read_smart_records(folder / "CISI.QRY")
    ]
    qrels: dict[str, dict[str, int]] = {}
    for line in (folder / "CISI.REL").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            qrels.setdefault(str(int(parts[0])), {})[str(int(parts[1]))] = 1
    return IRCollection("cisi", documents, queries, qrels)


# --- UDHR -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UdhrBlock:
    """A paragraph (``kind="p"``) or a numbered list item (``kind="li"``)."""

    kind: str
    text: str


@dataclass
class UdhrArticle:
    """Article ``number`` (0 = the preamble) with its heading and text blocks."""

    number: int
    heading: str
    blocks: list[UdhrBlock] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@dataclass
class UdhrText:
    code: str
    language: str
    title: str
    articles: list[UdhrArticle]


class _UdhrParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.articles: list[UdhrArticle] = []
        self._stack: list[str] = []
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack.append(tag)
        if tag == "header":
            self.articles.append(UdhrArticle(0, ""))
        elif tag == "article":
            number = dict(attrs).get("data-number") or str(len(self.articles))
            self.articles.append(UdhrArticle(int(number), ""))
        elif tag in ("h1", "h2", "p"):
            self._buffer = []

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if self._buffer is None or tag not in ("h1", "h2", "p"):
            return
        text = normalise_space("".join(self._buffer))
        self._buffer = None
        if tag == "h1":
            self.title = text
        elif self.articles and tag == "h2":
            self.articles[-1].heading = text
        elif self.articles and text:
            kind = "li" if "li" in self._stack else "p"
            self.articles[-1].blocks.append(UdhrBlock(kind, text))

    def handle_data(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer.append(data)


def load_udhr(code: str, root: Path | None = None) -> UdhrText:
    """Parse ``udhr/<code>.html`` into the preamble (article 0) and articles 1–30."""
    path = (root or data_root()) / "udhr" / f"{code}.html"
    parser = _UdhrParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return UdhrText(code, UDHR_LANGUAGES.get(code, code), parser.title, parser.articles)


def load_all_udhr(root: Path | None = None) -> list[UdhrText]:
    """The UDHR in every language TIPdesk supports (both Portuguese variants)."""
    return [load_udhr(code, root) for code in UDHR_LANGUAGES]
