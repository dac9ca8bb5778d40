"""Write the benchmark library: at least 10,000 TIPdesk Markdown documents, deterministically.

Layout under the output folder (default ``benchmarks/.work/corpus``, git-ignored)::

    library/cranfield/   Cranfield 1400 abstracts (English)      -> also its own IR library
    library/cisi/        CISI abstracts (English)                 -> also its own IR library
    library/udhr/        UDHR preamble + 30 articles, en/es/fr/pt (pt from pt-BR and pt-PT)
    library/generated/xx generated documents per language (``textgen``)
    manifest.json        parameters, counts and length statistics

Usage: ``python -m benchmarks.make_corpus [--out DIR] [--total N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import statistics
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from benchmarks.corpora import (
    REPO_ROOT,
    IRCollection,
    UdhrText,
    data_root,
    load_all_udhr,
    load_cisi,
    load_cranfield,
)
from benchmarks.corpus_files import CorpusDoc, Section, read_markdown_docs
from benchmarks.textgen import DocumentGenerator, LanguagePool, split_sentences

WORK_DIR = REPO_ROOT / "benchmarks" / ".work"
DEFAULT_OUT = WORK_DIR / "corpus"
DEFAULT_TOTAL = 10_500
DEFAULT_SEED = 20261129
LANGUAGES = ("en", "es", "fr", "pt")
#: Share of the generated documents per language (English already has ~2,900 real ones).
GENERATED_WEIGHTS = {"en": 1, "es": 2, "fr": 2, "pt": 2}

_YEAR = re.compile(r"\b(19[4-9]\d)\b")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]:?")
UDHR_URL = "https://www.ohchr.org/en/human-rights/universal-declaration/translations"
IR_URLS = {
    "cranfield": "http://ir.dcs.gla.ac.uk/resources/test_collections/cran/",
    "cisi": "http://ir.dcs.gla.ac.uk/resources/test_collections/cisi/",
}
IR_TOPICS = {"cranfield": ["aerodynamics", "research"], "cisi": ["information-science"]}


def ir_doc_id(collection: str, doc_id: str) -> str:
    """TIPdesk id of a test-collection document, e.g. ``cranfield-0042``."""
    return f"{collection}-{int(doc_id):04d}"


def parse_ir_doc_id(tipdesk_id: str) -> tuple[str, str] | None:
    """``cranfield-0042`` -> (``cranfield``, ``42``); None for any other document."""
    collection, _, number = tipdesk_id.partition("-")
    if collection in IR_URLS and number.isdigit():
        return collection, str(int(number))
    return None


def summary_of(text: str, fallback: str) -> str:
    sentences = split_sentences(text)
    return (sentences[0] if sentences else fallback)[:240]


def ir_documents(collection: IRCollection) -> list[CorpusDoc]:
    docs = []
    for doc in collection.documents:
        title = doc.title or summary_of(doc.text, "Untitled")[:80]
        paragraphs = [p for p in doc.text.split("\n\n") if p.strip()] or [title]
        year = _YEAR.search(doc.bibliographic)
        publisher = doc.authors[:120] or f"{collection.name} test collection"
        docs.append(
            CorpusDoc(
                id=ir_doc_id(collection.name, doc.doc_id),
                title=title,
                language="en",
                kind="report",
                topics=IR_TOPICS[collection.name],
                publisher=publisher,
                source_url=IR_URLS[collection.name],
                published=year.group(1) if year else "1970",
                summary=summary_of(paragraphs[0], title),
                intro=paragraphs,
                subdir=collection.name,
            )
        )
    return docs


def udhr_documents(text: UdhrText) -> list[CorpusDoc]:
    """One document per article (and the preamble), grouped across languages by article."""
    variant = "udhr-ptpt" if text.code == "por_PT" else "udhr"
    docs = []
    for article in text.articles:
        key = "preamble" if article.number == 0 else f"art-{article.number:02d}"
        anchor = "preamble" if article.number == 0 else f"art-{article.number}"
        blocks = []
        for position, block in enumerate(article.blocks, start=1):
            blocks.append(f"{position}. {block.text}" if block.kind == "li" else block.text)
        group = f"{variant}-{key}"
        docs.append(
            CorpusDoc(
                id=f"{group}-{text.language}",
                title=f"{text.title} — {article.heading}",
                language=text.language,
                kind="declaration",
                group=group,
                topics=["protection", "human-rights"],
                regions=["global"],
                publisher="United Nations General Assembly",
                source_url=UDHR_URL,
                published="1948-12-10",
                summary=summary_of(article.text, article.heading),
                sections=[Section(article.heading, blocks, anchor=anchor)],
                subdir=f"udhr/{text.code}",
            )
        )
    return docs


def build_pools(
    collections: Iterable[IRCollection], udhr: Iterable[UdhrText], library: Path | None
) -> dict[str, LanguagePool]:
    pools = {language: LanguagePool(language) for language in LANGUAGES}
    for collection in collections:
        for doc in collection.documents:
            for paragraph in doc.text.split("\n\n"):
                pools["en"].add_paragraph(paragraph)
    for text in udhr:
        for article in text.articles:
            for block in article.blocks:
                pools[text.language].add_paragraph(block.text)
    if library is not None and library.is_dir():
        for doc in read_markdown_docs(library):
            if doc.language in pools:
                body = _FOOTNOTE.sub("", _LINK.sub(r"\1", doc.body))
                for paragraph in re.split(r"\n\s*\n", body):
                    if len(paragraph) >= 40:
                        pools[doc.language].add_paragraph(" ".join(paragraph.split()))
    return pools


def generated_counts(total_generated: int) -> dict[str, int]:
    weight_sum = sum(GENERATED_WEIGHTS.values())
    counts = {lang: total_generated * w // weight_sum for lang, w in GENERATED_WEIGHTS.items()}
    counts["en"] += total_generated - sum(counts.values())
    return counts


def generated_documents(
    pools: dict[str, LanguagePool], counts: dict[str, int], seed: int
) -> list[CorpusDoc]:
    """Every fourth number forms a translation group across the languages that have it."""
    docs = []
    for language, count in counts.items():
        generator = DocumentGenerator(pools[language], random.Random(f"{seed}-{language}"))
        for number in range(1, count + 1):
            group = f"gen-{number:05d}" if number % 4 == 0 else None
            docs.append(generator.document(f"gen-{number:05d}-{language}", group))
    return docs


def length_stats(sizes: list[int]) -> dict[str, int]:
    ordered = sorted(sizes)
    return {
        "median": int(statistics.median(ordered)),
        "p90": ordered[int(0.9 * (len(ordered) - 1))],
        "max": ordered[-1],
        "total": sum(ordered),
    }


def write_corpus(docs: list[CorpusDoc], out: Path, parameters: dict[str, object]) -> dict:
    library = out / "library"
    if out.exists():
        shutil.rmtree(out)
    file_sizes: list[int] = []
    for doc in docs:
        path = library / doc.relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        text = doc.to_markdown()
        path.write_text(text, encoding="utf-8")
        file_sizes.append(len(text.encode("utf-8")))
    text_sizes = [len(d.body) for d in read_markdown_docs(library)]
    manifest = {
        "parameters": parameters,
        "documents": len(docs),
        "by_language": dict(sorted(Counter(d.language for d in docs).items())),
        "by_source": dict(sorted(Counter(d.subdir.split("/")[0] for d in docs).items())),
        "text_chars": length_stats(text_sizes),
        "file_bytes": length_stats(file_sizes),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def bundled_fingerprint(folder: Path) -> dict[str, object]:
    """How many bundled Markdown files fed the text pools, and a hash of their contents: the
    generated documents are the same for the same seed and the same bundled library."""
    digest = hashlib.sha256()
    paths = sorted(folder.rglob("*.md")) if folder.is_dir() else []
    for path in paths:
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return {"documents": len(paths), "sha256": digest.hexdigest()[:16]}


def make_corpus(
    out: Path = DEFAULT_OUT, total: int = DEFAULT_TOTAL, seed: int = DEFAULT_SEED
) -> dict:
    """Build and write the whole corpus; returns the manifest."""
    root = data_root()
    collections = [load_cranfield(root), load_cisi(root)]
    udhr = load_all_udhr(root)
    bundled = REPO_ROOT / "resources" / "library"
    real = [d for c in collections for d in ir_documents(c)]
    real += [d for text in udhr for d in udhr_documents(text)]
    pools = build_pools(collections, udhr, bundled)
    counts = generated_counts(max(0, total - len(real)))
    docs = real + generated_documents(pools, counts, seed)
    parameters = {
        "total": total,
        "seed": seed,
        "data_root": str(root),
        "bundled_library": bundled_fingerprint(bundled),
    }
    return write_corpus(docs, out, parameters)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--total", type=int, default=DEFAULT_TOTAL)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    manifest = make_corpus(args.out, args.total, args.seed)
    print(json.dumps({k: v for k, v in manifest.items() if k != "parameters"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
