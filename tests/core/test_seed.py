"""The seed built at package time makes the first start copy, not index."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdesk import Library
from tipdesk.core import library as library_module
from tipdesk.core.importer import Importer
from tipdesk.core.seed import build_seed
from tipdesk.resources import resource_path


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_seed(tmp_path_factory.mktemp("seed") / "seed")


def test_the_seed_holds_what_a_first_start_needs(seed: Path) -> None:
    assert {p.name for p in seed.iterdir()} == {"catalogue.sqlite", "index", "state.json"}


def test_first_start_copies_the_seed_and_indexes_nothing(seed: Path, tmp_path: Path,
                                                         monkeypatch) -> None:

    def fake_resource_path(*parts: str) -> Path:
        return seed if parts == ("seed",) else resource_path(*parts)

    monkeypatch.setattr(library_module, "resource_path", fake_resource_path)

    def no_import(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the first start should not import anything")

    monkeypatch.setattr(Importer, "run", no_import)
    with Library.open(tmp_path / "user-data") as lib:
        assert lib.info().documents >= 100
        assert lib.search("trata de personas", language="es").total > 0
        assert lib.index_health.state == "ok"
    assert not (tmp_path / "user-data" / ".seed-staging").exists()


def test_a_newer_bundled_library_is_merged_without_losing_user_data(tmp_path: Path,
                                                                   monkeypatch,
                                                                   write_doc) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    first = write_doc("starter-en", "# Starter\n\nThe first edition about shelters.\n")
    (bundled / "starter-en.md").write_text(first.read_text())
    monkeypatch.setattr(library_module, "resource_path",
                        lambda *parts: bundled if parts == ("library",) else
                        (_ for _ in ()).throw(FileNotFoundError()))
    mine = write_doc("mine-en", "# Mine\n\nMy own notes on interpreters.\n")
    synced = write_doc("synced-en", "# Synced\n\nA synced guide on referral.\n")
    with Library.open(tmp_path / "data") as lib:
        lib.import_paths([mine])
        lib.apply_synced({"docs/synced-en.md": synced})
        lib.user.add_note("starter-en", "keep this note")
    second = write_doc("starter-en", "# Starter\n\nThe second edition about hotlines.\n")
    (bundled / "starter-en.md").write_text(second.read_text())
    with Library.open(tmp_path / "data") as lib:
        assert lib.search("hotlines").total == 1 and lib.search("shelters").total == 0
        assert {"mine-en", "synced-en", "starter-en"} <= set(lib.metadata())
        assert [n.text for n in lib.user.notes()] == ["keep this note"]


def test_moving_the_install_keeps_every_bundled_document(tmp_path: Path, monkeypatch,
                                                         write_doc) -> None:
    """A new version unpacked elsewhere, with a changed starter library: nothing is lost."""
    old_place, new_place = tmp_path / "v1" / "library", tmp_path / "v2" / "library"
    old_place.mkdir(parents=True)
    for n in range(3):
        source = write_doc(f"card-{n}", f"# Card {n}\n\nFirst edition about shelters {n}.\n")
        (old_place / source.name).write_text(source.read_text())
    where = {"library": old_place}
    monkeypatch.setattr(library_module, "resource_path",
                        lambda *parts: where[parts[0]] if parts == ("library",) else
                        (_ for _ in ()).throw(FileNotFoundError()))
    with Library.open(tmp_path / "data") as lib:
        assert len(lib.metadata()) == 3
    new_place.parent.mkdir()
    old_place.rename(new_place)
    (new_place / "card-0.md").write_text((new_place / "card-0.md").read_text()
                                         .replace("First edition", "Second edition"))
    where["library"] = new_place
    with Library.open(tmp_path / "data") as lib:
        assert sorted(lib.metadata()) == ["card-0", "card-1", "card-2"]
        assert lib.search("second edition", prefix=False).total == 1
        assert lib.search("shelters", prefix=False).total == 3
