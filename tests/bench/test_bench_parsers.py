"""Parsers of the benchmark's test collections, on small hand-made files in the real formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpora import data_root, load_cisi, load_cranfield, load_udhr

CRAN_DOCS = (
    ".I 1\r\n.T\r\nwing in a\r\nslipstream .\r\n.A\r\nbrenckman,m.\r\n"
    ".B\r\nj. ae. scs. 25, 1958.\r\n"
    ".W\r\nwing in a\r\nslipstream .\r\n  a study of lift .\r\n  second paragraph .\r\n"
    ".I 2\r\n.T\r\n.A\r\n.B\r\n.W\r\n"
    ".I 3\r\n.T\r\nshear flow .\r\n.A\r\n.B\r\n.W\r\nshear flow .\r\nviscous fluid .\r\n"
)
# Query ids jump (1, 4) as in cran.qry; cranqrel numbers them by position (1, 2).
CRAN_QUERIES = ".I 001\r\n.W\r\nlift of wings .\r\n.I 004\r\n.W\r\nviscous\r\nshear flow .\r\n"
CRAN_QRELS = "1 1 2\n1 3 4\n2 3 1\n2 1 -1\n"

CISI_DOCS = (
    ".I 1\n.T\nDewey Decimal\n.A\nComaromi, J.P.\nSmith, A.\n.W\n   The present study\n"
    "of classification.\n.X\n1\t5\t1\n"
    ".I 2\n.T \nUse of Libraries\n.A \nSlater, M.\n.W\nLibrary use.\n.X\n2\t1\t2\n"
)
CISI_QUERIES = ".I 1\n.W\nWhat is\nclassification?\n.I 2\n.T\nSeed article\n.W\nLibrary use?\n"
CISI_RELS = "     1     1\t0\t0.000000\n     1     2\t0\t0.000000\n     2     2\t0\t0.000000\n"

UDHR_HTML = """<!doctype html><html lang="es"><body>
<h1>Declaración Universal</h1>
<header><h2>Preámbulo</h2><p>Considerando que la libertad,</p><p>La Asamblea General</p></header>
<article data-number="1"><h2>Artículo 1</h2><p>Todos los seres humanos nacen libres.</p></article>
<article data-number="2"><h2>Artículo 2</h2>
<ol><li><p>Primero.</p></li><li><p>Segundo &amp; más.</p></li></ol></article>
</body></html>"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def test_cranfield_positional_query_ids_grades_and_title_copy(tmp_path: Path) -> None:
    _write(tmp_path / "ir" / "cranfield",
           {"cran.all.1400": CRAN_DOCS, "cran.qry": CRAN_QUERIES, "cranqrel": CRAN_QRELS})
    collection = load_cranfield(tmp_path)
    assert [d.doc_id for d in collection.documents] == ["1", "3"]  # empty doc 2 dropped
    first = collection.documents[0]
    assert first.title == "wing in a slipstream"
    assert first.text == "a study of lift .\n\nsecond paragraph ."  # title copy removed
    assert first.bibliographic == "j. ae. scs. 25, 1958."
    assert [q.query_id for q in collection.queries] == ["1", "2"]
    assert collection.queries[1].text == "viscous shear flow ."
    # code 1..4 -> gain 4..1; -1 (no interest) is not relevant
    assert collection.qrels == {"1": {"1": 3, "3": 1}, "2": {"3": 4}}


def test_cisi_documents_queries_and_binary_judgments(tmp_path: Path) -> None:
    _write(tmp_path / "ir" / "cisi",
           {"CISI.ALL": CISI_DOCS, "CISI.QRY": CISI_QUERIES, "CISI.REL": CISI_RELS})
    collection = load_cisi(tmp_path)
    assert [(d.doc_id, d.title) for d in collection.documents] == [
        ("1", "Dewey Decimal"), ("2", "Use of Libraries")]
    assert collection.documents[0].authors == "Comaromi, J.P.; Smith, A."
    assert collection.documents[0].text == "The present study of classification."
    assert [q.text for q in collection.queries] == ["What is classification?", "Library use?"]
    assert collection.qrels == {"1": {"1": 1, "2": 1}, "2": {"2": 1}}
    assert [q.query_id for q in collection.judged_queries()] == ["1", "2"]


def test_udhr_preamble_articles_and_list_items(tmp_path: Path) -> None:
    _write(tmp_path / "udhr", {"spa.html": UDHR_HTML})
    text = load_udhr("spa", tmp_path)
    assert text.language == "es"
    assert text.title == "Declaración Universal"
    assert [a.number for a in text.articles] == [0, 1, 2]
    assert text.articles[0].heading == "Preámbulo"
    assert len(text.articles[0].blocks) == 2
    assert [(b.kind, b.text) for b in text.articles[2].blocks] == [
        ("li", "Primero."), ("li", "Segundo & más.")]


@pytest.mark.skipif(not (data_root() / "ir").is_dir(), reason="shared collections not present")
def test_real_collections_have_their_documented_shape() -> None:
    cranfield = load_cranfield()
    assert len(cranfield.documents) == 1398 and len(cranfield.queries) == 225
    assert sum(len(j) for j in cranfield.qrels.values()) == 1612
    cisi = load_cisi()
    assert len(cisi.documents) == 1460 and len(cisi.queries) == 112
    assert len(cisi.judged_queries()) == 76
    english = load_udhr("eng")
    assert [a.number for a in english.articles] == list(range(31))
    assert "slavery" in english.articles[4].text
