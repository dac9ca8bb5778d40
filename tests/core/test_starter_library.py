"""The bundled starter library: imported whole, and each instrument found by its common name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tipdesk import Library


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(tmp_path_factory.mktemp("starter") / "data")
    yield lib
    lib.close()


def test_the_whole_starter_library_imports(starter: Library) -> None:
    info = starter.info()
    assert info.documents >= 100
    assert set(info.by_language) == {"en", "es", "fr", "pt"}
    assert starter.catalogue.pending_index() == ([], [])


@pytest.mark.parametrize(("query", "language", "expected"), [
    ("Palermo Protocol", "en", "tip-protocol-en"),
    ("trata de personas protocolo", "es", "tip-protocol-es"),
    ("traite des personnes protocole", "fr", "tip-protocol-fr"),
    ("tráfico de pessoas protocolo", "pt", "tip-protocol-pt"),
    ("Palermo", "es", "tip-protocol-es"),
    ("smuggling of migrants protocol", "en", "smuggling-protocol-en"),
    ("tráfico ilícito de migrantes", "es", "smuggling-protocol-es"),
    ("trafic illicite de migrants", "fr", "smuggling-protocol-fr"),
    ("transnational organized crime convention", "en", "untoc-en"),
    ("delincuencia organizada transnacional", "es", "untoc-es"),
    ("criminalité transnationale organisée", "fr", "untoc-fr"),
    ("crime organizado transnacional", "pt", "untoc-pt"),
    ("forced labour convention 1930", "en", "ilo-c029-en"),
    ("trabajo forzoso convenio", "es", "ilo-c029-es"),
    ("worst forms of child labour", "en", "ilo-c182-en"),
    ("rights of the child convention", "en", "crc-en"),
    ("derechos del niño", "es", "crc-es"),
    ("sale of children optional protocol", "en", "crc-opsc-en"),
    ("CEDAW", "en", "cedaw-en"),
    ("general recommendation 38", "en", "cedaw-gr38-en"),
    ("traffic in minors", "en", "iacon-traffic-minors-en"),
    ("tráfico internacional de menores", "es", "iacon-traffic-minors-es"),
    ("trafic international des mineurs", "fr", "iacon-traffic-minors-fr"),
    ("tráfico internacional de menores", "pt", "iacon-traffic-minors-pt"),
    ("Belém do Pará", "en", "belem-do-para-en"),
    ("Belém do Pará", "pt", "belem-do-para-pt"),
    ("Pact of San José", "en", "achr-en"),
    ("Pacto de San José", "es", "achr-es"),
    ("1949 convention traffic in persons", "en", "convention-1949-en"),
    ("universal declaration of human rights", "en", "udhr-en"),
    ("declaración universal de derechos humanos", "es", "udhr-es"),
])
def test_each_instrument_is_found_by_its_common_name(starter: Library, query: str,
                                                     language: str, expected: str) -> None:
    top = [h.doc_id for h in starter.search(query, language=language, prefix=False).hits[:3]]
    assert expected in top, f"{query!r} ({language}) gave {top}"


@pytest.mark.parametrize(("query", "language"), [("indicators", "en"), ("indicadores", "es"),
                                                 ("indicateurs", "fr"), ("indicadores", "pt")])
def test_the_indicators_checklist_is_found(starter: Library, query: str, language: str) -> None:
    top = [h.doc_id for h in starter.search(query, language=language, prefix=False).hits[:3]]
    assert f"checklist-indicators-{language}" in top


def test_every_document_renders(starter: Library) -> None:
    for meta in starter.metadata().values():
        html = starter.render_html(meta.id)
        assert meta.title.split()[0] in html or "<h1" in html


def test_glossary_data_file_is_valid() -> None:
    import json

    from tipdesk.resources import resource_path

    data = json.loads(Path(resource_path("library", "glossary", "glossary.json")).read_text())
    assert len(data["terms"]) >= 80
    for term in data["terms"]:
        assert all(term.get(lang) for lang in ("en", "es", "fr", "pt")), term.get("id")
