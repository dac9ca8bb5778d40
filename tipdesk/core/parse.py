"""Turning one file into a ParsedDocument: metadata, sections and the Markdown to render."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from tipdesk.core import formats
from tipdesk.core.errors import ContentError
from tipdesk.core.frontmatter import ID_RE, load_yaml, meta_from_mapping, split_front_matter
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.langdetect import detect_language
from tipdesk.core.model import KINDS, LANGUAGES, DocumentMeta, Section
from tipdesk.core.sections import split_sections


@dataclass(frozen=True)
class ParsedDocument:
    meta: DocumentMeta
    sections: tuple[Section, ...]
    markdown: str | None  # None for PDF, which is viewed as the file itself
    fmt: str


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def id_from_name(path: Path) -> str:
    """A document id from a file name: 'Informe Anual 2024.pdf' -> 'informe-anual-2024'."""
    from tipdesk.core.sections import slugify

    slug = slugify(path.stem)[:80].strip("-")
    return slug if ID_RE.match(slug) else f"doc-{slug}"[:80]


def _check_overrides(path: Path, language: str | None, kind: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: unknown language '{language}' (use en, es, fr or pt)"
            ),
            file=path.name,
            language=language,
        )
    if kind is not None and kind not in KINDS:
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: unknown kind '{kind}'"), file=path.name, kind=kind
        )


def parse_file(
    path: Path, *, language: str | None = None, kind: str | None = None
) -> ParsedDocument:
    """Read and validate one document file; raise ContentError naming the file and the problem."""
    if not path.exists():
        raise ContentError(QT_TRANSLATE_NOOP(CONTEXT, "{file}: no such file"), file=str(path))
    if path.is_dir():
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: is a folder, not a file"), file=str(path)
        )
    fmt = formats.SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file}: TIPdesk cannot import this kind of file (use .md, .txt, .html or .pdf)",
            ),
            file=path.name,
        )
    _check_overrides(path, language, kind)
    digest = file_hash(path)
    if fmt == "md":
        parsed = _parse_markdown(path, language, kind)
    else:
        parsed = _parse_other(path, fmt, language, kind)
    return replace(parsed, meta=replace(parsed.meta, content_hash=digest, fmt=fmt))


def _parse_markdown(path: Path, language: str | None, kind: str | None) -> ParsedDocument:
    text = formats.read_text(path)
    raw, body = split_front_matter(text)
    if raw is None:  # a plain Markdown file: infer what the front matter would have said
        title = _first_heading(body) or path.stem
        meta = _inferred_meta(path, title, body, language, kind)
    else:
        meta = meta_from_mapping(path, load_yaml(path, raw))
    sections = split_sections(body, meta.title)
    if not sections:
        raise ContentError(
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: the document has no text"), file=path.name
        )
    return ParsedDocument(meta, tuple(sections), body, "md")


def _first_heading(body: str) -> str | None:
    match = re.search(r"^#\s+(.+?)\s*(\{[^}]*\})?\s*$", body, re.MULTILINE)
    return match.group(1).strip() if match else None


def _parse_other(path: Path, fmt: str, language: str | None, kind: str | None) -> ParsedDocument:
    extract = {
        "txt": formats.extract_txt,
        "html": formats.extract_html,
        "pdf": formats.extract_pdf,
    }[fmt]
    extracted = extract(path)
    meta = _inferred_meta(path, extracted.title, extracted.text_sample, language, kind)
    return ParsedDocument(meta, tuple(extracted.sections), extracted.markdown, fmt)


def _inferred_meta(
    path: Path, title: str, sample: str, language: str | None, kind: str | None
) -> DocumentMeta:
    lang = language or detect_language(sample)
    if lang is None:
        raise ContentError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{file}: cannot tell the language of the text; give it with --lang en|es|fr|pt",
            ),
            file=path.name,
        )
    return DocumentMeta(
        id=id_from_name(path),
        title=title.strip(),
        language=lang,
        kind=kind or "other",
        topics=(),
        summary="",
    )
