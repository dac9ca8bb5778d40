"""Ranking-quality metrics (MAP, nDCG@k, P@k) and latency statistics.

Conventions:

- ``ranking`` is the engine's result list of document ids, best first; repeated ids count once,
  at their first position (an engine that returns one hit per section may repeat a document).
- ``judgments`` maps a document id to its graded gain; a gain above 0 means relevant.
- Average precision divides by the number of relevant documents, retrieved or not.
- nDCG uses linear gains, ``gain / log2(rank + 1)``, and the ideal ordering of all judged
  documents as its normaliser.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def unique_ranking(ranking: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ranking))


def average_precision(ranking: Sequence[str], judgments: Mapping[str, int]) -> float:
    relevant = {doc for doc, gain in judgments.items() if gain > 0}
    if not relevant:
        return 0.0
    found = 0
    precision_sum = 0.0
    for rank, doc in enumerate(unique_ranking(ranking), start=1):
        if doc in relevant:
            found += 1
            precision_sum += found / rank
    return precision_sum / len(relevant)


def dcg(gains: Sequence[float]) -> float:
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at(ranking: Sequence[str], judgments: Mapping[str, int], k: int = 10) -> float:
    ideal = dcg(sorted((g for g in judgments.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    gains = [max(0, judgments.get(doc, 0)) for doc in unique_ranking(ranking)[:k]]
    return dcg(gains) / ideal


def precision_at(ranking: Sequence[str], judgments: Mapping[str, int], k: int = 10) -> float:
    top = unique_ranking(ranking)[:k]
    return sum(1 for doc in top if judgments.get(doc, 0) > 0) / k


def evaluate_run(
    run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = 10
) -> dict[str, float]:
    """Mean AP, nDCG@k and P@k over every query that has at least one relevant document."""
    judged = [qid for qid, judgments in qrels.items() if any(g > 0 for g in judgments.values())]
    if not judged:
        return {"queries": 0, "map": 0.0, f"ndcg@{k}": 0.0, f"p@{k}": 0.0}
    count = len(judged)
    return {
        "queries": count,
        "map": sum(average_precision(run.get(q, []), qrels[q]) for q in judged) / count,
        f"ndcg@{k}": sum(ndcg_at(run.get(q, []), qrels[q], k) for q in judged) / count,
        f"p@{k}": sum(precision_at(run.get(q, []), qrels[q], k) for q in judged) / count,
    }


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear-interpolated percentile (``fraction`` in 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    position = fraction * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def latency_summary(milliseconds: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(milliseconds),
        "p50": percentile(milliseconds, 0.50),
        "p95": percentile(milliseconds, 0.95),
        "max": max(milliseconds),
        "mean": sum(milliseconds) / len(milliseconds),
    }
