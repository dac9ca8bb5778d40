"""Where the search time goes: cProfile over a warm pass, per query kind (every 4th query).

For each kind it writes ``profile-<kind>.pstats`` (open with ``python -m pstats``) and a text
listing, and a ``profile-summary.json`` with the self time grouped by module (which part of the
core or of Whoosh spends it) and the cumulative time of the core's own functions.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.measure import Outcome
from benchmarks.queries import KINDS, Query

TOP = 25
#: Profile every n-th query of a kind (cProfile makes Python code several times slower).
SAMPLE_EVERY = 4
#: Named stages of a search: (module, function name) whose cumulative time is the stage's.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "parse + build query": (("tipdesk.core.query", "parse_query"),
                            ("tipdesk.core.query", "build_language_query")),
    "match + score (Whoosh)": (("whoosh.searching", "search_with_collector"),),
    "facet counting": (("tipdesk.core.search", "add"), ("tipdesk.core.search", "facets")),
    "hits: sections + snippets": (("tipdesk.core.search", "_hits"),),
    "suggestion": (("tipdesk.core.suggest", "suggest"),),
}


def _module_of(filename: str) -> str:
    """``.../tipdesk/core/snippets.py`` -> ``tipdesk.core.snippets``; builtins as they are."""
    path = Path(filename)
    parts = path.with_suffix("").parts
    for anchor in ("tipdesk", "whoosh", "sqlalchemy"):
        if anchor in parts:
            return ".".join(parts[parts.index(anchor) :])
    if filename.startswith("~") or not path.suffix:
        return "builtins"
    return f"python:{path.stem}"


def _stats_rows(stats: pstats.Stats) -> list[tuple[str, str, int, float, float]]:
    """(module, function, calls, self seconds, cumulative seconds) for every profiled function."""
    rows = []
    for (filename, line, name), (_cc, calls, self_s, cum_s, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((_module_of(filename), f"{name}:{line}", calls, self_s, cum_s))
    return rows


def stage_times(rows: list[tuple[str, str, int, float, float]]) -> dict[str, float]:
    """Cumulative seconds per named stage (functions that do not exist count as 0)."""
    times = {}
    for stage, functions in STAGES.items():
        times[stage] = sum(
            cum for module, name, _calls, _self, cum in rows
            if (module, name.rsplit(":", 1)[0]) in functions
        )
    return times


def summarise_stats(stats: pstats.Stats, queries: int) -> dict[str, Any]:
    rows = _stats_rows(stats)
    total = stats.total_tt  # type: ignore[attr-defined]
    stages = stage_times(rows)
    by_module: dict[str, float] = defaultdict(float)
    for module, _name, _calls, self_s, _cum in rows:
        by_module[module] += self_s
    modules = sorted(by_module.items(), key=lambda item: item[1], reverse=True)[:TOP]
    core = sorted(
        (r for r in rows if r[0].startswith("tipdesk.")), key=lambda r: r[4], reverse=True
    )[:TOP]
    return {
        "queries": queries,
        "total_ms_per_query": 1000 * total / max(1, queries),
        "stages": {
            stage: {"ms_per_query": 1000 * seconds / max(1, queries), "share": seconds / total}
            for stage, seconds in stages.items()
        },
        "self_time_by_module": [
            {"module": m, "ms_per_query": 1000 * s / max(1, queries), "share": s / total}
            for m, s in modules
        ],
        "core_functions_cumulative": [
            {"function": f"{m}.{n}", "calls_per_query": c / max(1, queries),
             "cum_ms_per_query": 1000 * cum / max(1, queries), "share": cum / total}
            for m, n, c, _s, cum in core
        ],
    }


def profile_passes(
    search: Callable[[Query], Outcome], queries: Sequence[Query], out_dir: Path
) -> dict[str, Any]:
    """Profile one warm pass per query kind; write pstats, listings and the JSON summary."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    for kind in KINDS:
        chosen = [q for q in queries if q.kind == kind][::SAMPLE_EVERY]
        if not chosen:
            continue
        profiler = cProfile.Profile()
        profiler.enable()
        for query in chosen:
            search(query)
        profiler.disable()
        profiler.dump_stats(out_dir / f"profile-{kind}.pstats")
        stats = pstats.Stats(profiler)
        listing = io.StringIO()
        pstats.Stats(profiler, stream=listing).sort_stats("cumulative").print_stats(60)
        (out_dir / f"profile-{kind}.txt").write_text(listing.getvalue(), encoding="utf-8")
        summary[kind] = summarise_stats(stats, len(chosen))
    (out_dir / "profile-summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


def profile_call(name: str, call: Callable[[], object], out_dir: Path) -> dict[str, Any]:
    """Profile one call (an import, the first query); write ``profile-<name>.*``, and return
    the heaviest functions by cumulative time, in the core and overall."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    profiler.dump_stats(out_dir / f"profile-{name}.pstats")
    listing = io.StringIO()
    pstats.Stats(profiler, stream=listing).sort_stats("cumulative").print_stats(80)
    (out_dir / f"profile-{name}.txt").write_text(listing.getvalue(), encoding="utf-8")
    stats = pstats.Stats(profiler)
    rows = _stats_rows(stats)
    total = stats.total_tt  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    for module, _name, _calls, self_s, _cum in rows:
        by_module[module] += self_s
    core = sorted((r for r in rows if r[0].startswith("tipdesk.")), key=lambda r: -r[4])
    summary = {
        "total_s": total,
        "core_functions_cumulative": [
            {"function": f"{m}.{n}", "calls": c, "cum_s": cum, "share": cum / total}
            for m, n, c, _s, cum in core[:TOP]
        ],
        "self_time_by_module": [
            {"module": m, "s": s, "share": s / total}
            for m, s in sorted(by_module.items(), key=lambda item: -item[1])[:TOP]
        ],
    }
    (out_dir / f"profile-{name}.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary
