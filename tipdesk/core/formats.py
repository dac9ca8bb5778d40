"""Reading the file formats TIPdesk imports: Markdown, plain text, HTML and PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from tipdesk.core.errors import ContentError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.model import Section
from tipdesk.core.sections import split_sections

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_PDF_BYTES = 300 * 1024 * 1024
TEXT_SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
}
SUFFIXES = {**TEXT_SUFFIXES, ".pdf": "pdf"}


@dataclass(frozen=True)
class Extracted:
    """What a non-Markdown file yields: a guessed title, Markdown to render, sections to index."""

    title: str
    markdown: str | None
    sections: list[Section]
    text_sample: str


def check_size(path: Path, limit: int) -> None:
    """Refuse an empty file, or one larger than ``limit`` bytes, with a message naming it."""
    size = path.stat().st_size
    if size == 0:
        raise ContentError(QT_TRANSLATE_NOOP(CONTEXT, "{file}: the file is empty"), file=path.name)
    if size > limit:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: the file is too large ({mb} MB; the limit is {limit} MB)"
            ),
            file=path.name,
            mb=size // 2**20,
            limit=limit // 2**20,
        )


def read_text(path: Path) -> str:
    """The text of a text file, refusing empty, huge and binary files with a clear message."""
    check_size(path, MAX_TEXT_BYTES)
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: this is not a text file"), file=path.name
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise ContentError(QT_TRANSLATE_NOOP(CONTEXT, "{file}: the file is empty"), file=path.name)
    return text.replace("\r\n", "\n")


def extract_txt(path: Path) -> Extracted:
    text = read_text(path)
    lines = [line.strip() for line in text.splitlines()]
    title = next((line for line in lines if line), path.stem)[:200]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    markdown = "\n\n".join(_escape_md(p) for p in paragraphs)
    body = "\n\n".join(paragraphs)
    return Extracted(title, markdown, [Section("top", title, 1, body)], body)


def _escape_md(paragraph: str) -> str:
    return re.sub(r"([\\`*_#\[\]<>|])", r"\\\1", paragraph)


class _HtmlOutline(HTMLParser):
    """Collects the title, headings and paragraphs of an HTML page, dropping script and style."""

    BLOCKS = {"p", "div", "li", "tr", "br", "section", "article", "blockquote", "pre", "td", "th"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.blocks: list[tuple[int, str]] = []  # (heading level or 0, text)
        self._buf: list[str] = []
        self._level = 0
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._level = int(tag[1])
        elif tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append((self._level, text))
        self._buf, self._level = [], 0

    def close(self) -> None:
        super().close()
        self._flush()


def extract_html(path: Path) -> Extracted:
    outline = _HtmlOutline()
    outline.feed(read_text(path))
    outline.close()
    first_h1 = next((t for lvl, t in outline.blocks if lvl == 1), "")
    title = " ".join(outline.title.split()) or first_h1 or path.stem
    parts = [f"# {_escape_md(title)}"]
    for level, text in outline.blocks:
        if level == 1 and text == title:
            continue
        if level:
            parts.append(f"{'#' * max(2, min(level, 3))} {_escape_md(text)}")
        else:
            parts.append(_escape_md(text))
    markdown = "\n\n".join(parts)
    sections = split_sections(markdown, title)
    sample = " ".join(text for _, text in outline.blocks)
    if not sample.strip():
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: the page has no text"), file=path.name
        )
    return Extracted(title, markdown, sections, sample)


def extract_pdf(path: Path) -> Extracted:
    """Text per page with pypdf; each page is a section ``page-N``."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    check_size(path, MAX_PDF_BYTES)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ContentError(
                QT_TRANSLATE_NOOP(CONTEXT, "{file}: the PDF is protected by a password"),
                file=path.name,
            )
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except ContentError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
        IndexError,
        RecursionError,
    ) as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: the PDF is damaged and cannot be read"),
            file=path.name,
        ) from exc
    if not any(pages):
        raise ContentError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file}: the PDF has no text that can be searched (it may be a scanned image)",
            ),
            file=path.name,
        )
    first_line = next((ln.strip() for p in pages for ln in p.splitlines() if ln.strip()), "")
    title = (str(meta_title).strip() or first_line or path.stem)[:200]
    sections = [
        Section(f"page-{n}", f"Page {n}", 2, text, page=n)
        for n, text in enumerate(pages, start=1)
        if text
    ]
    return Extracted(title, None, sections, "\n".join(pages))
