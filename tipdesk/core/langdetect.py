"""Telling English, Spanish, French and Portuguese apart by their most common short words."""

from __future__ import annotations

import re

# Words frequent in one language and rare in the other three.
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "that",
            "with",
            "for",
            "are",
            "this",
            "which",
            "be",
            "by",
            "from",
            "have",
            "it",
            "was",
            "not",
            "or",
            "on",
            "as",
            "an",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "una",
            "por",
            "con",
            "es",
            "se",
            "al",
            "lo",
            "como",
            "pero",
            "su",
            "sus",
            "más",
            "está",
            "son",
            "también",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "est",
            "une",
            "dans",
            "au",
            "aux",
            "sur",
            "pas",
            "qui",
            "ce",
            "il",
            "elle",
            "sont",
            "ou",
            "être",
            "avec",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "do",
            "da",
            "dos",
            "das",
            "uma",
            "em",
            "não",
            "ao",
            "são",
            "é",
            "com",
            "pela",
            "pelo",
            "seu",
            "sua",
            "mais",
            "também",
            "foi",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str | None = None) -> str | None:
    """Return 'en', 'es', 'fr' or 'pt', or ``default`` when the text gives too little evidence."""
    scores = dict.fromkeys(_MARKERS, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for lang, markers in _MARKERS.items():
            if word in markers:
                scores[lang] += 1
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 3 or ranked[0] < 1.3 * ranked[1]:
        return default
    return best
