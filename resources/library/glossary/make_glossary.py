"""Rebuild the four Markdown glossaries (EN, ES, FR, PT) from ``glossary.json``.

The JSON file is the single source of truth; the Markdown files beside it are generated and
committed so that the library can be read and indexed without running this script.

Usage::

    python resources/library/glossary/make_glossary.py          # rewrite glossary-xx.md
    python resources/library/glossary/make_glossary.py --check  # exit 1 if a file is stale

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary_texts import (
    FRONT_MATTER,
    INTRO,
    LABELS,
    LANGUAGE_NAMES,
    SOURCE_URL,
    THEMES,
)

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")
GLOSSARY_DIR = Path(__file__).resolve().parent
JSON_PATH = GLOSSARY_DIR / "glossary.json"


class GlossaryError(Exception):
    """The JSON file does not match the glossary schema."""


@dataclass(frozen=True)
class Term:
    """One glossary entry, as read from the JSON file."""

    id: str
    theme: str
    names: dict[str, list[str]]
    definition_en: str
    definition_es: str
    false_friend: dict[str, str]
    translated_notes: dict[str, dict[str, str]]

    def preferred(self, lang: str) -> str:
        return self.names[lang][0]

    def alternatives(self, lang: str) -> list[str]:
        return self.names[lang][1:]

    def definition(self, lang: str) -> str:
        return self.definition_es if lang == "es" else self.definition_en

    def false_friend_note(self, lang: str, pitfall_lang: str) -> tuple[str, bool]:
        """The note in ``lang`` if there is one, else the English note (flag True)."""
        translated = self.translated_notes.get(lang, {})
        if lang == "en" or pitfall_lang in translated:
            return translated.get(pitfall_lang, self.false_friend[pitfall_lang]), False
        return self.false_friend[pitfall_lang], True


@dataclass(frozen=True)
class Glossary:
    version: str
    terms: list[Term]

    def in_theme(self, theme: str, lang: str) -> list[Term]:
        chosen = [term for term in self.terms if term.theme == theme]
        return sorted(chosen, key=lambda term: sort_key(term.preferred(lang)))

    def with_false_friends(self) -> list[Term]:
        return [term for term in self.terms if term.false_friend]


def sort_key(text: str) -> str:
    """Alphabetical key that ignores accents and case (á sorts with a)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _string_list(raw: dict[str, object], key: str, term_id: str) -> list[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise GlossaryError(f"term {term_id!r}: {key!r} must be a non-empty list of strings")
    return [str(v) for v in value]


def _string_map(raw: dict[str, object], key: str, term_id: str) -> dict[str, str]:
    value = raw.get(key, {})
    if not isinstance(value, dict) or not all(
        k in LANGUAGES and isinstance(v, str) and v for k, v in value.items()
    ):
        raise GlossaryError(f"term {term_id!r}: {key!r} must map language codes to notes")
    return {str(k): str(v) for k, v in value.items()}


def _required_text(raw: dict[str, object], key: str, term_id: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GlossaryError(f"term {term_id!r}: {key!r} is missing or empty")
    return value


def parse_term(raw: object, theme_keys: set[str]) -> Term:
    if not isinstance(raw, dict):
        raise GlossaryError("every entry of 'terms' must be an object")
    term_id = raw.get("id")
    if not isinstance(term_id, str) or not term_id:
        raise GlossaryError("a term has no 'id'")
    theme = raw.get("theme")
    if theme not in theme_keys:
        raise GlossaryError(f"term {term_id!r}: unknown theme {theme!r}")
    return Term(
        id=term_id,
        theme=str(theme),
        names={lang: _string_list(raw, lang, term_id) for lang in LANGUAGES},
        definition_en=_required_text(raw, "definition_en", term_id),
        definition_es=_required_text(raw, "definition_es", term_id),
        false_friend=_string_map(raw, "false_friend", term_id),
        translated_notes={
            lang: _string_map(raw, f"false_friend_{lang}", term_id) for lang in LANGUAGES[1:]
        },
    )


def load_glossary(path: Path = JSON_PATH) -> Glossary:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise GlossaryError(f"{path}: expected an object with a 'terms' list")
    theme_keys = {theme.key for theme in THEMES}
    terms = [parse_term(raw, theme_keys) for raw in data["terms"]]
    ids = [term.id for term in terms]
    duplicates = sorted({term_id for term_id in ids if ids.count(term_id) > 1})
    if duplicates:
        raise GlossaryError(f"duplicate term ids: {', '.join(duplicates)}")
    return Glossary(version=str(data.get("version", "1.0")), terms=terms)


def front_matter(lang: str, version: str) -> list[str]:
    texts = FRONT_MATTER[lang]
    return [
        "---",
        f"id: glossary-{lang}",
        f"title: {json.dumps(texts['title'], ensure_ascii=False)}",
        f"language: {lang}",
        "kind: glossary",
        "group: glossary",
        "topics: [prevention, protection, prosecution, partnership, definition, terminology]",
        "regions: [americas, global]",
        "countries: []",
        "publisher: TIPdesk editorial team",
        f"source_url: {SOURCE_URL}",
        "published: 2026-11",
        f"version: {json.dumps(version)}",
        "summary: >-",
        f"  {texts['summary']}",
        "audience: [trainers, police, prosecutors, judges, labour-inspectors, social-workers,"
        " border-officials, translators]",
        "review: unverified-facts",
        "---",
    ]


def false_friend_lines(term: Term, lang: str) -> list[str]:
    labels = LABELS[lang]
    lines: list[str] = []
    for pitfall_lang in LANGUAGES:
        if pitfall_lang not in term.false_friend:
            continue
        note, in_english = term.false_friend_note(lang, pitfall_lang)
        prefix = f"*{labels['in_english']}* " if in_english else ""
        language_name = LANGUAGE_NAMES[lang][pitfall_lang]
        lines += [
            "",
            f"**{labels['false_friend']} ({language_name}){labels['colon']}** {prefix}{note}",
        ]
    return lines


def term_block(term: Term, lang: str) -> list[str]:
    labels = LABELS[lang]
    lines = ["", f"### {term.preferred(lang)} {{#{term.id}}}"]
    if term.alternatives(lang):
        lines += ["", f"*{labels['also']}{labels['colon']}* {'; '.join(term.alternatives(lang))}"]
    lines.append("")
    for other in LANGUAGES:
        if other != lang:
            lines.append(f"- **{other.upper()}{labels['colon']}** {'; '.join(term.names[other])}")
    lines += ["", f"**{labels['definition']}{labels['colon']}** {term.definition(lang)}"]
    lines += false_friend_lines(term, lang)
    return lines


def false_friend_summary(glossary: Glossary, lang: str) -> list[str]:
    labels = LABELS[lang]
    lines = [
        "",
        f"## {labels['false_friends_title']} {{#false-friends}}",
        "",
        labels["false_friends_intro"],
        "",
    ]
    for term in glossary.with_false_friends():
        pitfalls = ", ".join(
            LANGUAGE_NAMES[lang][code] for code in LANGUAGES if code in term.false_friend
        )
        link = f"[{term.preferred(lang)}](doc:glossary-{lang}#{term.id})"
        lines.append(f"- {link} — {labels['false_friend']}{labels['colon']} {pitfalls}")
    return lines


def render(glossary: Glossary, lang: str) -> str:
    labels = LABELS[lang]
    lines = front_matter(lang, glossary.version)
    lines += ["", f"# {FRONT_MATTER[lang]['title']}", ""]
    lines += INTRO[lang]["opening"]
    lines += ["", f"## {labels['about_title']} {{#about}}", ""]
    lines += INTRO[lang]["about"]
    lines += false_friend_summary(glossary, lang)
    for theme in THEMES:
        lines += ["", f"## {theme.titles[lang]} {{#theme-{theme.key}}}", "", theme.intros[lang]]
        for term in glossary.in_theme(theme.key, lang):
            lines += term_block(term, lang)
    check_unique_anchors(lines, lang)
    return "\n".join(lines) + "\n"


def check_unique_anchors(lines: Iterable[str], lang: str) -> None:
    anchors = [
        line.rsplit("{#", 1)[1].rstrip("}")
        for line in lines
        if line.startswith("#") and "{#" in line
    ]
    repeated = sorted({anchor for anchor in anchors if anchors.count(anchor) > 1})
    if repeated:
        raise GlossaryError(f"glossary-{lang}: repeated anchors {', '.join(repeated)}")


def output_path(lang: str) -> Path:
    return GLOSSARY_DIR / f"glossary-{lang}.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args(argv)
    try:
        glossary = load_glossary()
        rendered = {lang: render(glossary, lang) for lang in LANGUAGES}
    except (GlossaryError, json.JSONDecodeError) as error:
        print(f"make_glossary: {error}", file=sys.stderr)
        return 2
    stale = [lang for lang in LANGUAGES if not _is_current(output_path(lang), rendered[lang])]
    if args.check:
        for lang in stale:
            print(f"make_glossary: {output_path(lang).name} is out of date", file=sys.stderr)
        return 1 if stale else 0
    for lang in stale:
        output_path(lang).write_text(rendered[lang], encoding="utf-8")
        print(f"wrote {output_path(lang).name}")
    print(f"{len(glossary.terms)} terms, {len(stale)} file(s) rewritten")
    return 0


def _is_current(path: Path, text: str) -> bool:
    return path.exists() and path.read_text(encoding="utf-8") == text


if __name__ == "__main__":
    sys.exit(main())
