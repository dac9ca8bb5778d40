"""Measuring helpers: the machine, process memory, sizes on disk, and timed query passes."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from benchmarks.metrics import latency_summary
from benchmarks.queries import KINDS, Query


def _first_line_with(path: str, prefix: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip() if ":" in line else line.strip()
    except OSError:
        pass
    return "unknown"


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git_commit(repo: Path) -> str:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def machine_info(repo: Path) -> dict[str, str]:
    """CPU model, cores, RAM, OS, Python and library versions, date, load, commit."""
    mem_kib = _first_line_with("/proc/meminfo", "MemTotal").split()[0]
    pretty = _first_line_with("/etc/os-release", "PRETTY_NAME=")
    os_name = pretty.split("=", 1)[-1].strip('"') if "=" in pretty else platform.platform()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpu": _first_line_with("/proc/cpuinfo", "model name"),
        "cores": str(os.cpu_count()),
        "ram_gib": f"{int(mem_kib) / 1024 / 1024:.1f}" if mem_kib.isdigit() else "unknown",
        "os": f"{os_name} (kernel {platform.release()})",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "whoosh": _package_version("whoosh-reloaded"),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_average_1m": f"{load[0]:.2f}",
        "commit": _git_commit(repo),
    }


def memory_mib() -> dict[str, float]:
    """This process's resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
    values: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                    values[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return values


def tree_size_bytes(path: Path) -> int:
    """Apparent size of every file under ``path`` (or of the file itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


@dataclass(frozen=True)
class Outcome:
    """What one search returned: hits on the page, total matches, snippet and suggestion."""

    hits: int
    total: int
    snippets: int
    suggestion: str | None = None
    top_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timing:
    query_id: str
    kind: str
    language: str
    text: str
    ms: float
    outcome: Outcome
    cpu_ms: float = 0.0


def time_queries(search: Callable[[Query], Outcome], queries: Sequence[Query]) -> list[Timing]:
    """Run each query once, timing it with ``perf_counter`` (wall) and ``thread_time`` (CPU).

    The CPU time of the searching thread is less disturbed by other work on a busy machine.
    """
    timings = []
    for query in queries:
        cpu_started = time.thread_time()
        started = time.perf_counter()
        outcome = search(query)
        elapsed_ms = 1000 * (time.perf_counter() - started)
        cpu_ms = 1000 * (time.thread_time() - cpu_started)
        timings.append(
            Timing(query.id, query.kind, query.language, query.text, elapsed_ms, outcome, cpu_ms)
        )
    return timings


def summarise(timings: Sequence[Timing]) -> dict[str, dict[str, float]]:
    """Latency and hit statistics per query kind, plus ``all``."""
    summary: dict[str, dict[str, float]] = {}
    for kind in (*KINDS, "all"):
        chosen = [t for t in timings if kind in ("all", t.kind)]
        if not chosen:
            continue
        stats = latency_summary([t.ms for t in chosen])
        cpu = latency_summary([t.cpu_ms for t in chosen])
        stats.update({f"cpu_{key}": value for key, value in cpu.items() if key != "n"})
        stats["mean_hits"] = sum(t.outcome.hits for t in chosen) / len(chosen)
        stats["zero_hits"] = sum(1 for t in chosen if t.outcome.hits == 0)
        stats["with_snippet"] = sum(1 for t in chosen if t.outcome.snippets > 0)
        stats["with_suggestion"] = sum(1 for t in chosen if t.outcome.suggestion)
        summary[kind] = stats
    return summary


def slowest(timings: Sequence[Timing], count: int = 10) -> list[dict[str, object]]:
    ranked = sorted(timings, key=lambda t: t.ms, reverse=True)[:count]
    return [
        {"id": t.query_id, "text": t.text, "ms": round(t.ms, 2), "hits": t.outcome.hits,
         "total": t.outcome.total}
        for t in ranked
    ]


def timings_json(timings: Sequence[Timing]) -> list[dict[str, object]]:
    return [{**asdict(t), "ms": round(t.ms, 3), "cpu_ms": round(t.cpu_ms, 3)} for t in timings]
