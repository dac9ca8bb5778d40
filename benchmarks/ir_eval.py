"""Ranking quality on Cranfield and CISI: run every judged query, score with MAP / nDCG@10.

Each collection is searched in its own index that holds only that collection's documents (as
written by ``make_corpus``: ``library/cranfield`` and ``library/cisi``). Hits on documents that
are not part of the collection (for instance TIPdesk's bundled starter library) are ignored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.corpora import IRCollection
from benchmarks.corpus_files import read_markdown_docs
from benchmarks.fts5_baseline import build_fts5
from benchmarks.make_corpus import parse_ir_doc_id
from benchmarks.metrics import evaluate_run

RANKING_DEPTH = 1000

#: A search function: query text -> TIPdesk document ids, best first.
SearchIds = Callable[[str], Sequence[str]]


def collection_ids(collection: str, tipdesk_ids: Sequence[str]) -> list[str]:
    """Map TIPdesk ids back to the collection's own document numbers (others dropped)."""
    mapped = []
    for tipdesk_id in tipdesk_ids:
        parsed = parse_ir_doc_id(tipdesk_id)
        if parsed and parsed[0] == collection:
            mapped.append(parsed[1])
    return mapped


def evaluate(collection: IRCollection, search: SearchIds) -> dict[str, float]:
    """Metrics of ``search`` on the collection's judged queries, plus the mean time per query."""
    run: dict[str, list[str]] = {}
    queries = collection.judged_queries()
    started = time.perf_counter()
    for query in queries:
        run[query.query_id] = collection_ids(collection.name, search(query.text))
    elapsed = time.perf_counter() - started
    metrics = evaluate_run(run, collection.qrels)
    metrics["ms_per_query"] = 1000 * elapsed / max(1, len(queries))
    return metrics


def evaluate_fts5(collection: IRCollection, corpus_library: Path, work: Path) -> dict[str, float]:
    """FTS5 bm25 (title 2, body 1; porter) with the query words ORed."""
    docs = read_markdown_docs(corpus_library / collection.name)
    index = build_fts5(work / f"fts5-{collection.name}.sqlite", docs)
    with index:
        return evaluate(
            collection,
            lambda text: [
                hit.doc_id
                for hit in index.search(
                    text, limit=RANKING_DEPTH, any_words=True, snippets=False, languages=["en"]
                )
            ],
        )
