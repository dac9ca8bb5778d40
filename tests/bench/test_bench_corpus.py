"""Generated benchmark documents are valid TIPdesk Markdown, deterministic; queries and FTS5."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.corpus_files import read_markdown_doc
from benchmarks.fts5_baseline import any_words_expression, build_fts5, match_expression
from benchmarks.queries import make_typo
from benchmarks.textgen import DocumentGenerator, LanguagePool

PARAGRAPHS = [
    "Toda persona tiene derecho a la libertad de opinión y de expresión. Nadie estará "
    "sometido a esclavitud ni a servidumbre; la trata de esclavos está prohibida.",
    "Los Estados adoptarán medidas para prevenir la trata de personas. La cooperación "
    "internacional es esencial para proteger a las víctimas.",
    "Toda persona acusada de delito tiene derecho a que se presuma su inocencia. Nadie "
    "será objeto de injerencias arbitrarias en su vida privada.",
]


def _pool() -> LanguagePool:
    pool = LanguagePool("es")
    for paragraph in PARAGRAPHS:
        pool.add_paragraph(paragraph)
    return pool


def _generate(seed: int, count: int = 5) -> list[str]:
    generator = DocumentGenerator(_pool(), random.Random(seed))
    return [generator.document(f"gen-{n:05d}-es").to_markdown() for n in range(count)]


def test_generation_is_deterministic_for_a_seed() -> None:
    assert _generate(7) == _generate(7)
    assert _generate(7) != _generate(8)


def test_generated_document_is_accepted_by_the_tipdesk_parser(tmp_path: Path) -> None:
    from tipdesk.core.parse import parse_file

    path = tmp_path / "gen-00001-es.md"
    path.write_text(_generate(3, 1)[0], encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.meta.id == "gen-00000-es"
    assert parsed.meta.language == "es"
    assert parsed.sections
    back = read_markdown_doc(path)
    assert back.title == parsed.meta.title
    assert "**" not in back.body and "##" not in back.body


def test_typos_delete_or_swap_one_letter() -> None:
    rng = random.Random(1)
    deleted = make_typo("protection", rng, delete=True)
    assert len(deleted) == 9 and deleted[0] == "p"
    swapped = make_typo("protection", rng, delete=False)
    assert sorted(swapped) == sorted("protection") and swapped != "protection"


def test_fts5_query_syntax() -> None:
    assert match_expression('trata "de personas"') == '"trata" "de personas"'
    assert match_expression("víctimas trat", prefix_last=True) == '"víctimas" "trat"*'
    assert match_expression('"mot de passe"', prefix_last=True) == '"mot de passe"'
    assert any_words_expression("What is it? what.") == '"what" OR "is" OR "it"'


def test_fts5_baseline_finds_accent_folded_and_prefix_matches(tmp_path: Path) -> None:
    for number, markdown in enumerate(_generate(5, 3)):
        (tmp_path / f"d{number}.md").write_text(markdown, encoding="utf-8")
    docs = [read_markdown_doc(p) for p in sorted(tmp_path.glob("*.md"))]
    with build_fts5(tmp_path / "fts.sqlite", docs) as index:
        word = next(w for w in ("persona", "trata", "derecho") if w in docs[0].body)
        hits = index.search(word)
        assert hits and all("<mark>" in h.snippet_html for h in hits)
        assert index.search(word[:4], prefix_last=True)
        assert not index.search(word[:4])


def test_fts5_baseline_folds_accents_and_searches_every_language(tmp_path: Path) -> None:
    from benchmarks.corpus_files import MarkdownDoc

    docs = [
        MarkdownDoc("a-es", "es", "Protección", PARAGRAPHS[1], tmp_path / "a.md", 1),
        MarkdownDoc("b-en", "en", "Victims", "Protecting victims of trafficking.",
                    tmp_path / "b.md", 1),
    ]
    with build_fts5(tmp_path / "fts.sqlite", docs) as index:
        assert [h.doc_id for h in index.search("victimas")] == ["a-es"]
        assert [h.doc_id for h in index.search("proteccion")] == ["a-es"]
        assert {h.doc_id for h in index.search("protecting")} == {"b-en"}
        assert {h.doc_id for h in index.search("victim", prefix_last=True)} == {"a-es", "b-en"}
