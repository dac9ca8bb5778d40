"""Library commands: import, search, show, list, reindex, info, lint-content."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from tipdesk.cli.progressbar import TerminalProgress
from tipdesk.core.errors import UserError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.library import Library
from tipdesk.core.model import KINDS, LANGUAGES, SearchResults
from tipdesk.paths import resolve_data_dir


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the library folder (default: your per-user TIPdesk folder, or "
                             "$TIPDESK_DATA_DIR)")


def add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help="only documents in this language")
    parser.add_argument("--kind", choices=KINDS, help="only documents of this kind")
    parser.add_argument("--topic", help="only documents on this topic (e.g. protection)")
    parser.add_argument("--country", help="only documents about this country (ISO code)")
    parser.add_argument("--year", type=int, help="only documents published in this year")


def open_library(args: argparse.Namespace) -> Library:
    progress = TerminalProgress("Preparing the library")
    try:
        return Library.open(resolve_data_dir(args.data_dir), progress=progress)
    finally:
        progress.close()


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import", help="add files or folders to the library")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--lang", choices=LANGUAGES, help="language of files that have no front matter")
    p.add_argument("--kind", choices=KINDS, help="kind of files that have no front matter")
    add_data_dir(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("search", help="search the library")
    p.add_argument("query", nargs="+")
    add_filters(p)
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    add_data_dir(p)
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("show", help="print a document")
    p.add_argument("id")
    p.add_argument("--format", choices=("text", "html", "md"), default="text")
    add_data_dir(p)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("list", help="list the documents in the library")
    add_filters(p)
    p.add_argument("--json", action="store_true")
    add_data_dir(p)
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("reindex", help="rebuild the search index from the catalogue")
    add_data_dir(p)
    p.set_defaults(func=cmd_reindex)

    p = subparsers.add_parser("info", help="counts, languages, index health and paths")
    p.add_argument("--json", action="store_true")
    add_data_dir(p)
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser("lint-content", help="check a content folder before publishing")
    p.add_argument("folder", nargs="?", type=Path, help="default: the bundled library")
    p.set_defaults(func=cmd_lint)


def cmd_import(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        bar = TerminalProgress("Importing")
        try:
            report = lib.import_paths(args.paths, language=args.lang, kind=args.kind,
                                      progress=bar)
        finally:
            bar.close()
    print(f"added {len(report.added)}, updated {len(report.updated)}, "
          f"unchanged {len(report.unchanged)}, skipped {len(report.problems)}")
    for problem in report.problems:
        print(f"  skipped: {problem.message}", file=sys.stderr)
    return 1 if report.problems and not (report.added or report.updated or report.unchanged) else 0


def _print_results(results: SearchResults) -> None:
    if results.relaxed:
        print("No document has every word; showing documents with some of them.")
    print(f"{results.total} document(s) for “{results.query}”")
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}")
    for hit in results.hits:
        where = f" › {hit.section_title}" if hit.section_anchor != "top" else ""
        print(f"\n[{hit.language}] {hit.title}{where}  ({hit.kind}; {hit.doc_id}#"
              f"{hit.section_anchor})")
        snippet = re.sub(r"</?b>", "*", hit.snippet_html)
        if snippet:
            print(f"    {snippet}")


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_library(args) as lib:
        results = lib.search(query, language=args.lang, kind=args.kind, topic=args.topic,
                             country=args.country, year=args.year, limit=args.limit,
                             prefix=False)
    if args.json:
        print(json.dumps(results.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_results(results)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        if lib.get(args.id) is None:
            raise UserError(
                QT_TRANSLATE_NOOP(CONTEXT, "no document with the id '{id}'"), id=args.id
            )
        if args.format == "html":
            print(lib.render_html(args.id))
        elif args.format == "md":
            print(lib.markdown(args.id) or lib.render_text(args.id))
        else:
            print(lib.render_text(args.id))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        metas = lib.documents(language=args.lang, kind=args.kind, topic=args.topic,
                              country=args.country, year=args.year)
    if args.json:
        print(json.dumps([{"id": m.id, "title": m.title, "language": m.language, "kind": m.kind,
                           "topics": list(m.topics), "published": m.published,
                           "origin": m.origin} for m in metas], ensure_ascii=False, indent=2))
    else:
        for m in metas:
            print(f"{m.id:45} {m.language}  {m.kind:16} {m.title}")
        print(f"{len(metas)} document(s)")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        bar = TerminalProgress("Rebuilding the search index")
        try:
            lib.reindex(progress=bar)
        finally:
            bar.close()
        print(f"indexed {lib.info().documents} document(s)")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        info = lib.info()
    if args.json:
        print(json.dumps(info.__dict__ | {"index": info.index.__dict__}, indent=2))
        return 0
    print(f"Documents:   {info.documents}")
    print(f"Languages:   {', '.join(f'{k} {v}' for k, v in info.by_language.items())}")
    print(f"Kinds:       {', '.join(f'{k} {v}' for k, v in info.by_kind.items())}")
    print(f"Origins:     {', '.join(f'{k} {v}' for k, v in info.by_origin.items())}")
    health = info.index
    note = f" ({health.message})" if health.message else ""
    print(f"Index:       {health.state}, {health.sections} sections{note}")
    print(f"Data folder: {info.data_dir}")
    print(f"Catalogue:   {info.catalogue_db}")
    print(f"User data:   {info.user_db}")
    print(f"Index:       {info.index_dir}")
    print(f"Bundled:     {info.bundled_dir}")
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from tipdesk.core.lint import lint_folder
    from tipdesk.resources import resource_path

    folder = args.folder or resource_path("library")
    problems, count = lint_folder(folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{count} document(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0
