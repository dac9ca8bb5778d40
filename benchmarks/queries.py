"""The benchmark's queries: 200 of each kind, drawn deterministically from the corpus vocabulary.

Kinds (50 per language for en, es, fr, pt):

- ``word``: one word; a third each from rare, medium and frequent words (by document frequency);
- ``two_words``: two words that occur in the same document;
- ``phrase``: two or three consecutive words of a real sentence, in double quotes;
- ``prefix``: search-as-you-type, the last word cut to 3, 4 or 5 letters; half of them come
  after a complete word of the same document;
- ``typo``: a word of 6+ letters with one letter deleted or two neighbours swapped, so that the
  result is not itself a word of the corpus.

In Spanish, French and Portuguese every fifth word / two-words query is typed without accents,
as users often do. Stop words (never a word query on their own) are the Snowball stop list plus
the 80 most frequent words of each language.

Usage: ``python -m benchmarks.queries [--corpus DIR] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.corpus_files import MarkdownDoc, read_markdown_docs

KINDS = ("word", "two_words", "phrase", "prefix", "typo")
LANGUAGES = ("en", "es", "fr", "pt")
PER_LANGUAGE = 50
STOP_WORDS_PER_LANGUAGE = 80
QUERY_SEED = "tipdesk-bench-queries-1"

_WORD = re.compile(r"[^\W\d_]+")
_RUN_OF_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")


@dataclass(frozen=True)
class Query:
    id: str
    kind: str
    language: str
    text: str
    source_doc: str
    note: str = ""


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def snowball_stop_words(language: str) -> set[str]:
    """The Snowball stop list (as shipped with Whoosh), accented and unaccented."""
    try:
        from whoosh.lang import stopwords_for_language
    except ImportError:
        return set()
    words = set(stopwords_for_language(language))
    return words | {strip_accents(w) for w in words}


class Vocabulary:
    """Per-language document frequencies and the documents' content words."""

    def __init__(self, docs: Sequence[MarkdownDoc], language: str) -> None:
        self.language = language
        self.docs = [d for d in docs if d.language == language]
        self.doc_words: dict[str, list[str]] = {}
        frequency: Counter[str] = Counter()
        for doc in self.docs:
            words = words_of(f"{doc.title} {doc.body}")
            self.doc_words[doc.id] = words
            frequency.update(set(words))
        self.frequency = frequency
        self.stop_words = {w for w, _ in frequency.most_common(STOP_WORDS_PER_LANGUAGE)}
        self.stop_words |= snowball_stop_words(language)

    def is_content(self, word: str, min_length: int = 4) -> bool:
        return (
            len(word) >= min_length
            and word not in self.stop_words
            and self.frequency[word] >= 2
        )

    def content_words(self, doc_id: str, min_length: int = 4) -> list[str]:
        """Distinct content words of a document, in order of first appearance."""
        seen = dict.fromkeys(w for w in self.doc_words[doc_id] if self.is_content(w, min_length))
        return list(seen)

    def banded_words(self) -> list[list[str]]:
        """Content words split into three bands by document frequency: rare, medium, frequent."""
        ranked = sorted(
            (w for w in self.frequency if self.is_content(w)),
            key=lambda w: (self.frequency[w], w),
        )
        third = len(ranked) // 3
        return [ranked[:third], ranked[third : 2 * third], ranked[2 * third :]]


def _pick_doc_words(
    vocab: Vocabulary, rng: random.Random, needed: int, min_length: int = 4
) -> tuple[str, list[str]]:
    """A random document with at least ``needed`` content words, and those words."""
    while True:
        doc = rng.choice(vocab.docs)
        words = vocab.content_words(doc.id, min_length)
        if len(words) >= needed:
            return doc.id, words


def _maybe_unaccented(text: str, language: str, number: int) -> tuple[str, str]:
    if language != "en" and number % 5 == 4 and strip_accents(text) != text:
        return strip_accents(text), "typed without accents"
    return text, ""


def word_queries(vocab: Vocabulary, rng: random.Random, count: int) -> list[Query]:
    bands = vocab.banded_words()
    queries = []
    for number in range(count):
        word = rng.choice(bands[number % 3])
        doc = next(d for d in vocab.docs if word in vocab.doc_words[d.id])
        text, note = _maybe_unaccented(word, vocab.language, number)
        note = note or ("rare", "medium", "frequent")[number % 3]
        queries.append(Query("", "word", vocab.language, text, doc.id, note))
    return queries


def two_word_queries(vocab: Vocabulary, rng: random.Random, count: int) -> list[Query]:
    queries = []
    for number in range(count):
        doc_id, words = _pick_doc_words(vocab, rng, 2)
        first, second = rng.sample(words, 2)
        text, note = _maybe_unaccented(f"{first} {second}", vocab.language, number)
        queries.append(Query("", "two_words", vocab.language, text, doc_id, note))
    return queries


def phrase_queries(vocab: Vocabulary, rng: random.Random, count: int) -> list[Query]:
    queries = []
    while len(queries) < count:
        doc = rng.choice(vocab.docs)
        runs = [r.lower().split() for r in _RUN_OF_WORDS.findall(doc.body)]
        runs = [r for r in runs if len(r) >= 3]
        if not runs:
            continue
        run = rng.choice(runs)
        length = rng.choice((2, 3, 3))
        start = rng.randrange(0, len(run) - length + 1)
        window = run[start : start + length]
        if not any(vocab.is_content(w) for w in window):
            continue
        text = '"' + " ".join(window) + '"'
        queries.append(Query("", "phrase", vocab.language, text, doc.id))
    return queries


def prefix_queries(vocab: Vocabulary, rng: random.Random, count: int) -> list[Query]:
    queries = []
    for number in range(count):
        after_word = number % 2 == 1
        cut = 3 + (number // 2) % 3
        doc_id, words = _pick_doc_words(vocab, rng, 2 if after_word else 1, min_length=6)
        target = rng.choice(words)
        text = target[:cut]
        if after_word:
            others = [w for w in words if w != target]
            text = f"{rng.choice(others)} {text}"
        queries.append(Query("", "prefix", vocab.language, text, doc_id, f"{cut} letters"))
    return queries


def make_typo(word: str, rng: random.Random, delete: bool) -> str:
    """Delete one letter (not the first), or swap two different neighbouring letters."""
    if delete:
        at = rng.randrange(1, len(word))
        return word[:at] + word[at + 1 :]
    positions = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    at = rng.choice(positions) if positions else 1
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def typo_queries(
    vocab: Vocabulary, rng: random.Random, count: int, known: set[str]
) -> list[Query]:
    queries = []
    while len(queries) < count:
        doc_id, words = _pick_doc_words(vocab, rng, 1, min_length=6)
        word = rng.choice(words)
        delete = len(queries) % 2 == 0
        typo = make_typo(word, rng, delete)
        if typo in known or typo == word:
            continue
        note = f"{'deleted' if delete else 'swapped'} in {word}"
        queries.append(Query("", "typo", vocab.language, typo, doc_id, note))
    return queries


def make_queries(docs: Sequence[MarkdownDoc], per_language: int = PER_LANGUAGE) -> list[Query]:
    """All queries, in a stable order, with ids like ``phrase-fr-017``."""
    vocabularies = {lang: Vocabulary(docs, lang) for lang in LANGUAGES}
    known = {w for v in vocabularies.values() for w in v.frequency}
    makers: dict[str, Callable[[Vocabulary, random.Random, int], list[Query]]] = {
        "word": word_queries,
        "two_words": two_word_queries,
        "phrase": phrase_queries,
        "prefix": prefix_queries,
        "typo": lambda v, r, n: typo_queries(v, r, n, known),
    }
    queries: list[Query] = []
    for kind in KINDS:
        for language in LANGUAGES:
            rng = random.Random(f"{QUERY_SEED}-{kind}-{language}")
            made: list[Query] = []
            while len(made) < per_language:  # no query text twice within a kind and language
                seen = {q.text for q in made}
                for query in makers[kind](vocabularies[language], rng, per_language - len(made)):
                    if query.text not in seen:
                        seen.add(query.text)
                        made.append(query)
            for number, query in enumerate(made, start=1):
                fields = {**asdict(query), "id": f"{kind}-{language}-{number:03d}"}
                queries.append(Query(**fields))
    return queries


def queries_by_kind(queries: Sequence[Query]) -> dict[str, list[Query]]:
    grouped: dict[str, list[Query]] = defaultdict(list)
    for query in queries:
        grouped[query.kind].append(query)
    return dict(grouped)


def save_queries(queries: Sequence[Query], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps([asdict(q) for q in queries], ensure_ascii=False, indent=1), encoding="utf-8"
    )


def load_queries(path: Path) -> list[Query]:
    return [Query(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    from benchmarks.make_corpus import DEFAULT_OUT

    parser = argparse.ArgumentParser(description="Write the benchmark queries as JSON.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT / "queries.json")
    args = parser.parse_args(argv)
    queries = make_queries(read_markdown_docs(args.corpus / "library"))
    save_queries(queries, args.out)
    for kind, items in queries_by_kind(queries).items():
        print(kind, len(items), "e.g.", ", ".join(q.text for q in items[::40]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
