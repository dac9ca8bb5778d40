"""Generated benchmark documents: real paragraphs and sentences recombined (seeded, deterministic).

Each language has a pool of real text (Cranfield/CISI abstracts and the UDHR for English, the UDHR
for Spanish, French and Portuguese, plus the bundled library when it exists). A generated document
takes a title and headings cut from real sentences, then fills sections with real paragraphs kept
whole (so phrases stay natural) or sentences recombined, until it reaches a length drawn from a
log-normal distribution shaped like real document collections (median about 1.7k characters, a
long tail).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from typing import Any

from benchmarks.corpus_files import CorpusDoc, Section

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_TRAILING_PUNCTUATION = re.compile(r"[\s.,;:!?()\"'“”«»]+$")
_LEADING_PUNCTUATION = re.compile(r"^[\s.,;:!?()\"'“”«»-]+")

KINDS: list[tuple[str, int]] = [
    ("guide", 20), ("manual", 12), ("training-module", 14), ("report", 16), ("case-study", 10),
    ("checklist", 5), ("glossary", 3), ("convention", 3), ("protocol", 2), ("declaration", 2),
    ("recommendation", 3), ("resolution", 2), ("work-plan", 3), ("law", 3), ("other", 2),
]
AREAS = ["prevention", "protection", "prosecution", "partnership"]
FREE_TOPICS = [
    "victim-identification", "forced-labour", "children", "smuggling", "gender", "definition",
    "cooperation", "training", "border-control", "sexual-exploitation", "data-collection",
    "migration", "labour-inspection", "shelters", "restitution",
]
REGIONS = ["americas", "caribbean", "central-america", "south-america", "north-america"]
COUNTRIES = [
    "AR", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "HT", "JM", "MX",
    "NI", "PA", "PE", "PY", "SV", "TT", "US", "UY", "VE", "BS", "BZ", "GY", "SR",
]
PUBLISHERS = [
    "Organization of American States", "United Nations Office on Drugs and Crime",
    "International Labour Organization", "International Organization for Migration",
    "TIPdesk editorial team", "Ministry of Justice", "National Anti-Trafficking Commission",
    "Public Prosecutor's Office", "Inter-American Commission of Women",
]


@dataclass
class LanguagePool:
    """Real paragraphs and sentences of one language."""

    language: str
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def add_paragraph(self, text: str) -> None:
        text = text.strip()
        if len(text) < 20:
            return
        self.paragraphs.append(text)
        self.sentences.extend(s for s in split_sentences(text) if len(s.split()) >= 4)


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def phrase_from(sentence: str, rng: random.Random, low: int, high: int) -> str:
    """A heading-like run of ``low``..``high`` words cut from a real sentence."""
    words = _LEADING_PUNCTUATION.sub("", sentence).split()
    length = min(len(words), rng.randint(low, high))
    start = rng.randint(0, max(0, min(3, len(words) - length)))
    text = " ".join(words[start : start + length])
    return capitalise(_TRAILING_PUNCTUATION.sub("", text)) or capitalise(sentence[:40])


def target_length(rng: random.Random, median: float = 2100.0, sigma: float = 1.05) -> int:
    """Document length in characters: log-normal, clamped to 250 .. 200,000."""
    return int(min(200_000, max(250, rng.lognormvariate(math.log(median), sigma))))


class DocumentGenerator:
    """Builds ``CorpusDoc``s for one language from its pool; all randomness from ``rng``."""

    def __init__(self, pool: LanguagePool, rng: random.Random) -> None:
        if not pool.paragraphs:
            raise ValueError(f"no text for language {pool.language!r}")
        self.pool = pool
        self.rng = rng

    def paragraph(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return capitalise(rng.choice(self.pool.paragraphs))
        count = rng.randint(1, 5)
        return " ".join(capitalise(rng.choice(self.pool.sentences)) for _ in range(count))

    def block(self) -> str:
        """Mostly paragraphs; sometimes a list, a table, or a paragraph with a bold phrase."""
        roll = self.rng.random()
        if roll < 0.10:
            items = [capitalise(self.rng.choice(self.pool.sentences))
                     for _ in range(self.rng.randint(2, 5))]
            marker = "-" if self.rng.random() < 0.5 else "1."
            return "\n".join(f"{marker} {item}" for item in items)
        if roll < 0.13:
            return self.table()
        text = self.paragraph()
        if roll < 0.25:
            words = text.split()
            if len(words) > 8:
                at = self.rng.randrange(0, len(words) - 2)
                words[at] = f"**{words[at]}**"
                text = " ".join(words)
        return text

    def table(self) -> str:
        rows = [
            (phrase_from(self.rng.choice(self.pool.sentences), self.rng, 1, 3),
             phrase_from(self.rng.choice(self.pool.sentences), self.rng, 4, 10))
            for _ in range(self.rng.randint(2, 4))
        ]
        lines = ["| | |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)]
        return "\n".join(lines)

    def sections(self, budget: int) -> list[Section]:
        sections: list[Section] = []
        used = 0
        while used < budget or not sections:
            level = 3 if sections and self.rng.random() < 0.25 else 2
            heading = phrase_from(self.rng.choice(self.pool.sentences), self.rng, 2, 6)
            blocks = []
            for _ in range(self.rng.randint(1, 4)):
                blocks.append(self.block())
                used += len(blocks[-1])
                if used >= budget:
                    break
            sections.append(Section(heading, blocks, level=level))
        return sections

    def metadata(self) -> dict[str, Any]:
        """Keyword arguments for ``CorpusDoc``: kind, topics, places, publisher, date."""
        rng = self.rng
        kinds, weights = zip(*KINDS, strict=True)
        areas = rng.sample(AREAS, rng.randint(1, 3))
        free = rng.sample(FREE_TOPICS, rng.randint(0, 2))
        year = rng.randint(1948, 2025)
        published = str(year) if rng.random() < 0.4 else f"{year}-{rng.randint(1, 12):02d}"
        countries = sorted(rng.sample(COUNTRIES, rng.choice([0, 0, 1, 1, 2, 3])))
        return {
            "kind": rng.choices(kinds, weights)[0],
            "topics": areas + free,
            "regions": rng.sample(REGIONS, rng.randint(0, 1)) if not countries else [],
            "countries": countries,
            "publisher": rng.choice(PUBLISHERS),
            "published": published,
        }

    def document(self, doc_id: str, group: str | None = None) -> CorpusDoc:
        budget = target_length(self.rng)
        intro = [self.paragraph()]
        summary = split_sentences(intro[0])[0][:240]
        title = phrase_from(self.rng.choice(self.pool.sentences), self.rng, 3, 9)
        return CorpusDoc(
            id=doc_id,
            title=title,
            language=self.pool.language,
            source_url=f"https://bench.tipdesk.invalid/{doc_id}",
            summary=summary,
            intro=intro,
            sections=self.sections(max(0, budget - len(intro[0]))),
            group=group,
            subdir=f"generated/{self.pool.language}",
            **self.metadata(),
        )
