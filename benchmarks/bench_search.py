"""The search benchmark's phases; each runs in its own process and writes one JSON file.

- ``tipdesk-import``: open a new library through the public API (``Library.open``), import the
  corpus (``import_paths``), measure throughput, index size and memory; optionally profile an
  import of the CISI folder into another new library.
- ``tipdesk-search``: in a fresh process, open that library, run every query once (first pass),
  then again (warm pass, the reported latency), optionally profile a third pass.
- ``fts5``: the same documents (the corpus plus TIPdesk's bundled library, which every TIPdesk
  library contains) and the same queries in SQLite FTS5.
- ``quality``: Cranfield and CISI, each in its own TIPdesk library and FTS5 index; MAP, nDCG@10.

Usage: ``python -m benchmarks.bench_search PHASE --out FILE [--corpus DIR] [--profile DIR]``.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpora import REPO_ROOT, load_cisi, load_cranfield
from benchmarks.corpus_files import read_markdown_docs
from benchmarks.fts5_baseline import build_fts5
from benchmarks.ir_eval import RANKING_DEPTH, evaluate, evaluate_fts5
from benchmarks.make_corpus import DEFAULT_OUT, WORK_DIR
from benchmarks.measure import (
    Outcome,
    memory_mib,
    slowest,
    summarise,
    time_queries,
    timings_json,
    tree_size_bytes,
)
from benchmarks.queries import Query, load_queries

PAGE = 10
DEFAULT_LIBRARY = WORK_DIR / "tipdesk-library"
BUNDLED_LIBRARY = REPO_ROOT / "resources" / "library"


def _describe(report: object) -> dict[str, Any]:
    """The import report's public scalar and list-length attributes, for the record."""
    described: dict[str, Any] = {}
    for name in dir(report):
        if name.startswith("_"):
            continue
        value = getattr(report, name)
        if isinstance(value, int | float | str | bool):
            described[name] = value
        elif isinstance(value, list | tuple | dict | set):
            described[name] = len(value)
    return described


def _tipdesk_outcome(results: Any) -> Outcome:
    hits = list(results.hits)
    return Outcome(
        hits=len(hits),
        total=int(results.total),
        snippets=sum(1 for hit in hits if hit.snippet_html),
        suggestion=results.suggestion,
        top_ids=tuple(hit.doc_id for hit in hits),
    )


def _timed_import(lib: Any, paths: list[Path]) -> tuple[Any, dict[str, float]]:
    wall, cpu = time.perf_counter(), time.process_time()
    report = lib.import_paths(paths)
    return report, {"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu}


def run_tipdesk_import(corpus: Path, data_dir: Path, profile_dir: Path | None) -> dict[str, Any]:
    """A new library in ``data_dir`` (emptied first) holding the whole corpus."""
    from tipdesk import Library

    library_dir = corpus / "library"
    docs = read_markdown_docs(library_dir)
    corpus_bytes = sum(d.size_bytes for d in docs)
    result: dict[str, Any] = {"engine": "tipdesk", "memory_start": memory_mib()}
    if data_dir.exists():
        shutil.rmtree(data_dir)
    started = time.perf_counter()
    lib = Library.open(data_dir)
    result["create_ms"] = 1000 * (time.perf_counter() - started)
    report, timing = _timed_import(lib, [library_dir])
    seconds = timing["seconds"]
    result["import"] = {
        **timing,
        "documents": len(docs),
        "corpus_bytes": corpus_bytes,
        "docs_per_s": len(docs) / seconds,
        "mb_per_s": corpus_bytes / 1e6 / seconds,
        "report": _describe(report),
    }
    result["memory_after_import"] = memory_mib()
    result["info"] = _describe(lib.info())
    lib.close()
    result["sizes"] = {
        "index_bytes": tree_size_bytes(lib.paths.index_dir),
        "catalogue_bytes": tree_size_bytes(lib.paths.catalogue_db),
        "data_dir_bytes": tree_size_bytes(data_dir),
    }
    if profile_dir is not None:
        result["profiled_import"] = _profile_import(Library, library_dir / "cisi", profile_dir)
    return result


def run_tipdesk_search(
    data_dir: Path, queries: list[Query], profile_dir: Path | None
) -> dict[str, Any]:
    """Open the library built by the import phase in this fresh process, and search it."""
    from tipdesk import Library

    if not data_dir.is_dir():
        raise SystemExit(f"no library in {data_dir}: run the tipdesk-import phase first")
    result: dict[str, Any] = {"engine": "tipdesk", "memory_start": memory_mib()}
    result.update(_search_passes(Library, data_dir, queries, profile_dir))
    return result


def _profile_first_query(
    library_class: Any, data_dir: Path, query: Query, profile_dir: Path
) -> None:
    """Profile opening the library again and its first query (module caches are warm by now)."""
    from benchmarks.profile_search import profile_call

    def open_and_search() -> None:
        with library_class.open(data_dir) as lib:
            lib.search(query.text, limit=PAGE)

    profile_call("first-query", open_and_search, profile_dir)


def _profile_import(library_class: Any, folder: Path, profile_dir: Path) -> dict[str, Any]:
    """Profile importing one folder (CISI, 1,460 documents) into a new library."""
    from benchmarks.profile_search import profile_call

    with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix="tipdesk-import-") as tmp:
        lib = library_class.open(Path(tmp))
        summary = profile_call("import", lambda: lib.import_paths([folder]), profile_dir)
        lib.close()
    return {"folder": folder.name, "documents": len(list(folder.glob("*.md"))),
            "profiled_seconds": summary["total_s"]}


def _search_passes(
    library_class: Any, data_dir: Path, queries: list[Query], profile_dir: Path | None
) -> dict[str, Any]:
    started = time.perf_counter()
    lib = library_class.open(data_dir)
    open_ms = 1000 * (time.perf_counter() - started)

    def search(query: Query) -> Outcome:
        return _tipdesk_outcome(lib.search(query.text, limit=PAGE))

    first_query = time_queries(search, queries[:1])[0].ms
    first_pass = time_queries(search, queries)
    warm_pass = time_queries(search, queries)
    memory = memory_mib()
    if profile_dir is not None:
        from benchmarks.profile_search import profile_passes

        profile_passes(search, queries, profile_dir)
    lib.close()
    if profile_dir is not None:
        _profile_first_query(library_class, data_dir, queries[0], profile_dir)
    return {
        "open_ms": open_ms,
        "first_query_ms": first_query,
        "first_pass": summarise(first_pass),
        "warm": summarise(warm_pass),
        "slowest": slowest(warm_pass),
        "memory_after_search": memory,
        "timings": timings_json(warm_pass),
    }


def run_fts5(corpus: Path, queries: list[Query]) -> dict[str, Any]:
    result: dict[str, Any] = {"engine": "fts5", "memory_start": memory_mib()}
    started = time.perf_counter()
    docs = read_markdown_docs(corpus / "library")
    if BUNDLED_LIBRARY.is_dir():
        docs += read_markdown_docs(BUNDLED_LIBRARY)
    read_seconds = time.perf_counter() - started
    corpus_bytes = sum(d.size_bytes for d in docs)
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix="fts5-") as tmp:
        path = Path(tmp) / "fts5.sqlite"
        started = time.perf_counter()
        index = build_fts5(path, docs)
        build_seconds = time.perf_counter() - started
        seconds = read_seconds + build_seconds
        result["import"] = {
            "seconds": seconds,
            "read_seconds": read_seconds,
            "build_seconds": build_seconds,
            "documents": len(docs),
            "corpus_bytes": corpus_bytes,
            "docs_per_s": len(docs) / seconds,
            "mb_per_s": corpus_bytes / 1e6 / seconds,
        }
        result["sizes"] = {"index_bytes": index.size_bytes()}

        def search(query: Query) -> Outcome:
            hits = index.search(query.text, limit=PAGE, prefix_last=query.kind == "prefix")
            return Outcome(
                hits=len(hits),
                total=len(hits),
                snippets=sum(1 for hit in hits if hit.snippet_html),
                top_ids=tuple(hit.doc_id for hit in hits),
            )

        first_pass = time_queries(search, queries)
        warm_pass = time_queries(search, queries)
        result.update(
            first_pass=summarise(first_pass),
            warm=summarise(warm_pass),
            slowest=slowest(warm_pass),
            memory_after_search=memory_mib(),
            timings=timings_json(warm_pass),
        )
        index.close()
    return result


def _any_words_search(lib: Any) -> tuple[Callable[[str], list[str]], str]:
    """Search for long natural-language queries: ``match="any"`` (and no search-as-you-type
    prefix on the last word) when the API has those parameters."""
    parameters = inspect.signature(lib.search).parameters
    options: dict[str, Any] = {}
    if "match" in parameters:
        options["match"] = "any"
    if "prefix" in parameters:
        options["prefix"] = False

    def search(text: str) -> list[str]:
        return [hit.doc_id for hit in lib.search(text, limit=RANKING_DEPTH, **options).hits]

    shown = "".join(f", {name}={value!r}" for name, value in options.items())
    how = f"lib.search(q, limit={RANKING_DEPTH}{shown})"
    if "match" not in options:
        how += " (no match= parameter: all words must match)"
    return search, how


def run_quality(corpus: Path) -> dict[str, Any]:
    from tipdesk import Library

    result: dict[str, Any] = {}
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    for collection in (load_cranfield(), load_cisi()):
        with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix=f"ir-{collection.name}-") as tmp:
            lib = Library.open(Path(tmp))
            _report, timing = _timed_import(lib, [corpus / "library" / collection.name])
            search, how = _any_words_search(lib)
            tipdesk_metrics = evaluate(collection, search)
            lib.close()
            fts5_metrics = evaluate_fts5(collection, corpus / "library", Path(tmp))
        result[collection.name] = {
            "documents": len(collection.documents),
            "judged_queries": len(collection.judged_queries()),
            "tipdesk": {**tipdesk_metrics, "call": how, "import_seconds": timing["seconds"]},
            "fts5": fts5_metrics,
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run one phase of the search benchmark.")
    parser.add_argument("phase", choices=("tipdesk-import", "tipdesk-search", "fts5", "quality"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--queries", type=Path, default=None)
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY,
                        help="data folder that tipdesk-import builds and tipdesk-search opens")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--profile", type=Path, default=None, help="folder for cProfile output")
    args = parser.parse_args(argv)
    queries = load_queries(args.queries or args.corpus / "queries.json")
    load_start = os.getloadavg()[0]
    if args.phase == "tipdesk-import":
        result = run_tipdesk_import(args.corpus, args.library, args.profile)
    elif args.phase == "tipdesk-search":
        result = run_tipdesk_search(args.library, queries, args.profile)
    elif args.phase == "fts5":
        result = run_fts5(args.corpus, queries)
    else:
        result = run_quality(args.corpus)
    result["memory_end"] = memory_mib()
    result["load_average_1m"] = {"start": load_start, "end": os.getloadavg()[0]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
