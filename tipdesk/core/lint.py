"""``tipdesk lint-content``: checks a content folder before it ships or is published."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from tipdesk.core.errors import ContentError
from tipdesk.core.frontmatter import split_front_matter
from tipdesk.core.importer import collect_files
from tipdesk.core.parse import ParsedDocument, parse_file
from tipdesk.core.sections import iter_headings

PLACEHOLDER_RE = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|(?i:lorem ipsum)")
DOC_LINK_RE = re.compile(r"\]\(doc:([a-z0-9-]+)(?:#([A-Za-z0-9_:.-]+))?\)")


def _explicit_anchor_clashes(body: str) -> list[str]:
    seen: dict[str, int] = defaultdict(int)
    for _, _, _, anchor in iter_headings(body):
        if anchor:
            seen[anchor] += 1
    return [a for a, n in seen.items() if n > 1]


def _empty_sections(doc: ParsedDocument) -> list[str]:
    empty = []
    sections = list(doc.sections)
    for i, section in enumerate(sections):
        own = section.text.replace(section.title, "", 1).strip()
        has_children = i + 1 < len(sections) and sections[i + 1].level > section.level
        if not own and not has_children and section.anchor != "top":
            empty.append(section.anchor)
    return empty


def _check_document(path: Path, doc: ParsedDocument, text: str) -> list[str]:
    problems = []
    _, body = split_front_matter(text)
    for anchor in _explicit_anchor_clashes(body):
        problems.append(f"{path}: the anchor '{anchor}' is used twice")
    for anchor in _empty_sections(doc):
        problems.append(f"{path}: the section '{anchor}' is empty")
    for match in PLACEHOLDER_RE.finditer(body):
        problems.append(f"{path}: placeholder text '{match.group(0)}'")
    if not doc.meta.group:
        problems.append(f"{path}: no 'group' (the key shared by the language versions)")
    return problems


def _check_links(docs: dict[str, tuple[Path, ParsedDocument]]) -> list[str]:
    problems = []
    anchors = {doc_id: {s.anchor for s in doc.sections} for doc_id, (_, doc) in docs.items()}
    for path, doc in docs.values():
        for match in DOC_LINK_RE.finditer(doc.markdown or ""):
            target, anchor = match.group(1), match.group(2)
            if target not in anchors:
                problems.append(f"{path}: link to a document that does not exist: {target}")
            elif anchor and anchor not in anchors[target]:
                problems.append(f"{path}: link to a section that does not exist: "
                                f"{target}#{anchor}")
    return problems


def _check_groups(docs: dict[str, tuple[Path, ParsedDocument]]) -> list[str]:
    problems = []
    groups: dict[str, list[tuple[Path, ParsedDocument]]] = defaultdict(list)
    for path, doc in docs.values():
        if doc.meta.group:
            groups[doc.meta.group].append((path, doc))
    for group, members in groups.items():
        languages = [d.meta.language for _, d in members]
        for lang in {x for x in languages if languages.count(x) > 1}:
            problems.append(f"group '{group}': more than one document in '{lang}'")
        if group in docs and docs[group][1].meta.group not in (None, group):
            problems.append(f"group '{group}': names a document that is in another group")
    return problems


def lint_folder(folder: Path) -> tuple[list[str], int]:
    """Return (problems, number of documents checked) for every document file under ``folder``."""
    files, missing = collect_files([folder])
    problems = [f"{p.path}: {p.message}" for p in missing]
    docs: dict[str, tuple[Path, ParsedDocument]] = {}
    for source in files:
        if source.path.suffix.lower() in (".md", ".markdown") and not source.path.read_text(
                "utf-8", errors="replace").startswith("---"):
            problems.append(f"{source.path}: no front matter")
            continue
        try:
            doc = parse_file(source.path)
        except ContentError as exc:
            problems.append(exc.message if str(source.path) in exc.message
                            else f"{source.path.parent}/{exc.message}")
            continue
        if doc.meta.id in docs:
            problems.append(f"{source.path}: the id '{doc.meta.id}' is also used by "
                            f"{docs[doc.meta.id][0]}")
            continue
        docs[doc.meta.id] = (source.path, doc)
        if doc.fmt == "md":
            problems.extend(_check_document(source.path, doc, source.path.read_text("utf-8")))
    problems.extend(_check_links(docs))
    problems.extend(_check_groups(docs))
    return problems, len(files)
