"""``make bench``: build the corpus and queries, run every phase, write ``docs/benchmarks.md``.

Each phase (``bench_search``) runs in its own Python process so that its memory figures are its
own. Raw results go to ``benchmarks/.work/results/`` (git-ignored).

Usage: ``python -m benchmarks.run [--reuse-corpus] [--total N] [--no-profile] [--phases ...]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpora import REPO_ROOT
from benchmarks.corpus_files import read_markdown_docs
from benchmarks.make_corpus import DEFAULT_OUT, DEFAULT_SEED, DEFAULT_TOTAL, WORK_DIR, make_corpus
from benchmarks.measure import machine_info
from benchmarks.queries import make_queries, save_queries
from benchmarks.report import write_report

RESULTS_DIR = WORK_DIR / "results"
PHASES = ("tipdesk-import", "tipdesk-search", "fts5", "quality")
RESULT_FILES = {"tipdesk-search": "tipdesk.json", "tipdesk-import": "tipdesk-import.json"}


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def prepare_corpus(out: Path, total: int, seed: int, reuse: bool) -> None:
    manifest = out / "manifest.json"
    if reuse and manifest.exists() and (out / "queries.json").exists():
        _log(f"reusing the corpus in {out}")
        return
    _log(f"writing the corpus ({total} documents) to {out}")
    make_corpus(out, total, seed)
    _log("drawing the queries")
    save_queries(make_queries(read_markdown_docs(out / "library")), out / "queries.json")


def run_phase(phase: str, corpus: Path, profile: bool) -> None:
    command = [
        sys.executable, "-m", "benchmarks.bench_search", phase,
        "--corpus", str(corpus),
        "--out", str(RESULTS_DIR / RESULT_FILES.get(phase, f"{phase}.json")),
    ]
    if profile and phase.startswith("tipdesk"):
        command += ["--profile", str(RESULTS_DIR / "profile")]
    _log(f"phase {phase}")
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO_ROOT)
    _log(f"phase {phase} done in {time.perf_counter() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the TIPdesk search benchmark.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--total", type=int, default=DEFAULT_TOTAL)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--reuse-corpus", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--report", type=Path, default=REPO_ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "machine.json").write_text(
        json.dumps(machine_info(REPO_ROOT), indent=1), encoding="utf-8"
    )
    prepare_corpus(args.corpus, args.total, args.seed, args.reuse_corpus)
    for phase in args.phases.split(","):
        run_phase(phase.strip(), args.corpus, profile=not args.no_profile)
    write_report(RESULTS_DIR, args.corpus / "manifest.json", args.report)
    _log(f"wrote {args.report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
