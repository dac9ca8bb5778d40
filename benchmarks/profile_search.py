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
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.measure import Outcome
from benchmarks.queries import KINDS, Query

TOP = 25
#: Profile every n-th query of a kind (cProfile makes Python code several times slower).
SAMPLE_EVERY = 4
#: Stages of a search: (module prefix, function-name pattern) pairs. A stage's time is the time
#: spent in its functions when entered from outside the stage (cumulative, without double counts
#: of calls inside the stage), so it survives the engine being refactored.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "parse + build query": (("tipdesk.core.query", r".*"),),
    "match + score": (("tipdesk.core.scorer", r".*"), ("tipdesk.core.search", r"^_evaluate$"),
                      ("whoosh.searching", r"^search_with_collector$")),
    "facet counting": (("tipdesk.core.search", r"facet|^count$|^add$"),),
    "sections + snippets": (("tipdesk.core.snippets", r".*"), ("tipdesk.core.search", r"^_hits$")),
    "suggestion": (("tipdesk.core.suggest", r".*"),),
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


_FunctionKey = tuple[str, int, str]


def _stats_rows(stats: pstats.Stats) -> list[tuple[str, str, int, float, float]]:
    """(module, function, calls, self seconds, cumulative seconds) for every profiled function."""
    rows = []
    for (filename, line, name), (_cc, calls, self_s, cum_s, _callers) in _raw(stats).items():
        rows.append((_module_of(filename), f"{name}:{line}", calls, self_s, cum_s))
    return rows


def _raw(stats: pstats.Stats) -> dict[_FunctionKey, tuple[Any, ...]]:
    return stats.stats  # type: ignore[attr-defined, no-any-return]


def _in_stage(key: _FunctionKey, patterns: tuple[tuple[str, str], ...]) -> bool:
    module = _module_of(key[0])
    return any(module.startswith(m) and re.search(p, key[2]) for m, p in patterns)


_COMPREHENSIONS = ("<listcomp>", "<genexpr>", "<dictcomp>", "<setcomp>", "<lambda>")


def _enclosing(key: _FunctionKey, keys: set[_FunctionKey]) -> _FunctionKey | None:
    """The function a comprehension or lambda sits in: the nearest ``def`` above it."""
    above = [k for k in keys if k[0] == key[0] and k[1] <= key[1]
             and k[2] not in _COMPREHENSIONS]
    return max(above, key=lambda k: k[1]) if above else None


def stage_members(raw: dict[_FunctionKey, tuple[Any, ...]],
                  patterns: tuple[tuple[str, str], ...]) -> set[_FunctionKey]:
    """The stage's functions, with the comprehensions and lambdas written inside them."""
    keys = set(raw)
    members = {k for k in keys if k[2] not in _COMPREHENSIONS and _in_stage(k, patterns)}
    for key in keys:
        if key[2] in _COMPREHENSIONS and _enclosing(key, keys) in members:
            members.add(key)
    return members


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Seconds spent in each stage's functions when called from outside the stage.

    Calls through built-ins (``list.extend`` running a generator) count as the built-in's
    caller's, which cProfile already includes, so they are skipped.
    """
    raw = _raw(stats)
    times = {}
    for stage, patterns in STAGES.items():
        members = stage_members(raw, patterns)
        times[stage] = sum(
            timing[3]
            for key in members
            for caller, timing in raw[key][4].items()
            if caller not in members and not caller[0].startswith("~")
        )
    return times


def summarise_stats(stats: pstats.Stats, queries: int) -> dict[str, Any]:
    rows = _stats_rows(stats)
    total = stats.total_tt  # type: ignore[attr-defined]
    stages = stage_times(stats)
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
