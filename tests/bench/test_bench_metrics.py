"""The benchmark's ranking metrics on tiny rankings whose values are worked out by hand."""

from __future__ import annotations

import math

import pytest

from benchmarks.metrics import (
    average_precision,
    evaluate_run,
    ndcg_at,
    percentile,
    precision_at,
)


def test_average_precision_by_hand() -> None:
    # Relevant: a, c, e (e never retrieved). Ranking a b c d:
    # hits at ranks 1 and 3 -> precisions 1/1 and 2/3; AP = (1 + 2/3) / 3 = 5/9.
    ranking = ["a", "b", "c", "d"]
    judgments = {"a": 1, "c": 1, "e": 1}
    assert average_precision(ranking, judgments) == pytest.approx(5 / 9)


def test_average_precision_counts_a_repeated_document_once() -> None:
    # A section-level engine may return "a" twice; the second copy must not shift "c".
    assert average_precision(["a", "a", "c"], {"a": 1, "c": 1}) == pytest.approx(1.0)


def test_average_precision_without_relevant_documents_is_zero() -> None:
    assert average_precision(["a"], {"a": 0}) == 0.0


def test_ndcg_with_graded_gains_by_hand() -> None:
    # Gains: a=3, b=0, c=1, d=2. Ranking a b c:
    # DCG = 3/log2(2) + 0/log2(3) + 1/log2(4) = 3 + 0.5 = 3.5
    # ideal (3, 2, 1): 3 + 2/log2(3) + 1/2 = 3.5 + 1.261859... = 4.761859...
    judgments = {"a": 3, "b": 0, "c": 1, "d": 2}
    expected = 3.5 / (3.5 + 2 / math.log2(3))
    assert ndcg_at(["a", "b", "c"], judgments, k=3) == pytest.approx(expected)
    assert expected == pytest.approx(0.73501, abs=1e-5)


def test_ndcg_cuts_at_k_and_perfect_order_is_one() -> None:
    judgments = {"a": 2, "b": 1}
    assert ndcg_at(["a", "b", "x"], judgments, k=10) == pytest.approx(1.0)
    assert ndcg_at(["x", "a"], judgments, k=1) == 0.0


def test_precision_at_k() -> None:
    assert precision_at(["a", "x", "b"], {"a": 1, "b": 2}, k=10) == pytest.approx(0.2)


def test_evaluate_run_averages_only_judged_queries() -> None:
    qrels = {"1": {"a": 1}, "2": {"b": 1}, "3": {}}
    run = {"1": ["a"], "2": ["x", "b"]}  # AP 1 and 1/2
    metrics = evaluate_run(run, qrels)
    assert metrics["queries"] == 2
    assert metrics["map"] == pytest.approx(0.75)


def test_percentile_interpolates() -> None:
    values = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert percentile(values, 0.5) == 3.0
    assert percentile(values, 0.95) == pytest.approx(4.8)
    assert percentile(values, 1.0) == 5.0
