"""'Did you mean': nearby words from the index's own vocabulary (one edit away)."""

from __future__ import annotations

import string

from whoosh.reading import IndexReader

SPELL_FIELD = "spell"
_LETTERS = string.ascii_lowercase + "áéíóúñçãõâêôàüèœ"


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | transposes | replaces | inserts


def known(reader: IndexReader, word: str) -> int:
    return int(reader.doc_frequency(SPELL_FIELD, word))


def correct_word(reader: IndexReader, word: str) -> str | None:
    """The most frequent indexed word one edit from ``word``, or None."""
    lowered = word.lower()
    if len(lowered) < 3 or known(reader, lowered):
        return None
    best, best_freq = None, 0
    for candidate in _edits1(lowered):
        freq = known(reader, candidate)
        if freq > best_freq:
            best, best_freq = candidate, freq
    return best


def suggest(reader: IndexReader, words: tuple[str, ...]) -> str | None:
    """The query with each unknown word replaced by its correction, if any word changed."""
    changed = False
    out: list[str] = []
    for word in words:
        fixed = correct_word(reader, word)
        if fixed:
            changed = True
        out.append(fixed or word)
    return " ".join(out) if changed else None
