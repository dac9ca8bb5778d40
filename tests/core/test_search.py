"""Search: languages, accents, stemming, phrases, prefixes, typos, filters, facets, snippets."""

from __future__ import annotations

import pytest

from tipdesk import Library


@pytest.fixture
def library(empty_library: Library, write_doc) -> Library:
    docs = [
        write_doc("tip-es", "# Trata\n\nIntro.\n\n## Acción {#accion}\n\nLa **acción** de captar "
                  "personas para su explotación.\n\n## Protección\n\nLas víctimas reciben "
                  "protección y asistencia.\n", title="Trata de personas", language="es",
                  group="tip", topics="prevention, protection", countries="MX",
                  published="2000-11-15"),
        write_doc("tip-en", "# Trafficking\n\nIntro.\n\n## Act {#accion}\n\nRecruiting persons "
                  "for their exploitation.\n\n## Protection\n\nVictims receive protection and "
                  "assistance from shelters.\n", title="Trafficking in persons", language="en",
                  group="tip", topics="protection", countries="US", published="2000-11-15"),
        write_doc("labour-pt", "# Trabalho\n\nA inspeção do trabalho identifica o trabalho "
                  "forçado e o tráfico de pessoas nas fazendas.\n", title="Inspeção do trabalho",
                  language="pt", kind="checklist", topics="prosecution", countries="BR",
                  published="2014"),
        write_doc("traite-fr", "# Traite\n\nLa traite des personnes est un crime grave contre "
                  "les victimes.\n", title="La traite des personnes", language="fr",
                  kind="convention", topics="prosecution, partnership", published="1949"),
    ]
    report = empty_library.import_paths(docs)
    assert len(report.added) == 4
    return empty_library


def ids(results) -> list[str]:  # noqa: ANN001
    return [h.doc_id for h in results.hits]


def test_one_query_searches_every_language(library: Library) -> None:
    assert set(ids(library.search("personas persons personnes pessoas", match="any"))) == {
        "tip-es", "tip-en", "traite-fr", "labour-pt"}


def test_accents_fold_and_stems_meet(library: Library) -> None:
    assert ids(library.search("accion")) == ["tip-es"]
    assert ids(library.search("protecciones")) == ["tip-es"]
    assert ids(library.search("inspecao")) == ["labour-pt"]
    assert "tip-en" in ids(library.search("victim"))


def test_a_word_in_bold_is_found_and_marked_in_the_snippet(library: Library) -> None:
    hit = library.search("acción").hits[0]
    assert hit.section_anchor == "accion"
    assert "<b>acción</b>" in hit.snippet_html
    assert "**" not in hit.snippet_html


def test_hits_point_to_the_best_section(library: Library) -> None:
    hit = library.search("shelters").hits[0]
    assert (hit.doc_id, hit.section_anchor, hit.section_title) == ("tip-en", "protection",
                                                                   "Protection")


def test_phrase_must_match_in_order(library: Library) -> None:
    assert ids(library.search('"traite des personnes"')) == ["traite-fr"]
    assert ids(library.search('"crime personnes"')) == []


def test_last_word_matches_as_a_prefix_while_typing(library: Library) -> None:
    assert ids(library.search("explota")) == ["tip-es"]
    assert ids(library.search("explota", prefix=False)) == []
    assert ids(library.search("victims shelt")) == ["tip-en"]


def test_every_word_must_match_else_the_query_is_relaxed(library: Library) -> None:
    strict = library.search("shelters exploitation")
    assert strict.total == 1 and not strict.relaxed
    relaxed = library.search("shelters zebra", prefix=False)
    assert relaxed.relaxed and ids(relaxed) == ["tip-en"]


def test_a_typo_gets_a_suggestion_from_the_vocabulary(library: Library) -> None:
    results = library.search("shelterz", prefix=False)
    assert results.total == 0
    assert results.suggestion == "shelters"
    assert library.search("vitcims", prefix=False).suggestion == "victims"


def test_filters_narrow_and_facets_count(library: Library) -> None:
    everything = library.search("personas persons personnes pessoas", match="any")
    languages = {f.value: f.count for f in everything.facets["language"]}
    assert languages == {"es": 1, "en": 1, "fr": 1, "pt": 1}
    only_prosecution = library.search("personas persons personnes pessoas", match="any",
                                      topic="prosecution")
    assert set(ids(only_prosecution)) == {"labour-pt", "traite-fr"}
    assert only_prosecution.total == 2
    # a facet ignores its own filter, so the user can see the other choices
    assert {f.value for f in only_prosecution.facets["topic"]} >= {"protection", "prosecution"}
    assert ids(library.search("personas persons personnes pessoas", match="any",
                              country="br")) == ["labour-pt"]
    assert ids(library.search("personas persons personnes pessoas", match="any",
                              year=1949)) == ["traite-fr"]
    assert ids(library.search("personas persons personnes pessoas", match="any",
                              kind="checklist")) == ["labour-pt"]
    assert ids(library.search("personas persons personnes pessoas", match="any",
                              language="fr")) == ["traite-fr"]


def test_empty_query_browses_by_filter(library: Library) -> None:
    results = library.search("", topic="protection")
    assert ids(results) == ["tip-en", "tip-es"] or set(ids(results)) == {"tip-en", "tip-es"}
    assert results.total == 2


def test_title_outranks_body(empty_library: Library, write_doc) -> None:
    empty_library.import_paths([
        write_doc("body-only", "# Notes\n\nA paragraph that mentions interpreters once.\n",
                  title="Field notes"),
        write_doc("in-title", "# Interpreters\n\nHow to work with them.\n",
                  title="Interpreters in interviews"),
    ])
    assert ids(empty_library.search("interpreters"))[0] == "in-title"


def test_removed_documents_disappear(library: Library) -> None:
    library.remove(["traite-fr"])
    assert library.search("traite").total == 0
    assert library.get("traite-fr") is None


def test_translations_are_linked_both_ways(library: Library) -> None:
    assert [m.id for m in library.translations("tip-es")] == ["tip-en"]
    assert [m.id for m in library.translations("tip-en")] == ["tip-es"]


def test_json_shape(library: Library) -> None:
    data = library.search("protection").to_json()
    assert set(data) == {"query", "total", "suggestion", "facets", "hits"}
    assert set(data["hits"][0]) >= {"id", "title", "language", "kind", "section", "score",
                                    "snippet"}


def test_french_elision_is_understood(empty_library: Library, write_doc) -> None:
    empty_library.import_paths([write_doc(
        "elision-fr", "# Note\n\nLa lutte contre l'exploitation d’enfants exige l'identification "
        "des victimes.\n", language="fr")])
    hit = empty_library.search("exploitation enfants", prefix=False).hits[0]
    assert hit.doc_id == "elision-fr"
    assert "<b>exploitation</b>" in hit.snippet_html
    assert empty_library.search("l'identification", prefix=False).total == 1
