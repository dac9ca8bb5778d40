"""Seminar packs in the user database: a trainer builds, reorders, copies and deletes packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipdesk import Library
from tipdesk.core.packs import PackError, PackStore, SeminarDetails
from tipdesk.core.userdata import UserData


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    user = UserData(tmp_path / "user.sqlite")
    yield PackStore(user)
    user.close()


def test_a_trainer_builds_a_pack_with_notes_and_minutes(store: PackStore) -> None:
    details = SeminarDetails("Identifying victims", "2025-03-14", "Quito")
    pack = store.create("  Border   officials, day 1 ", details)
    store.add_item(pack.id, "palermo-en", "article-3", note="Read aloud", minutes=10)
    store.add_item(pack.id, "checklist-en", minutes=20)
    store.add_item(pack.id, "guide-en", "intro", position=0)

    loaded = store.get(pack.id)
    assert loaded is not None
    assert loaded.name == "Border officials, day 1"
    assert loaded.details == details
    assert [(i.doc_id, i.anchor, i.position) for i in loaded.items] == [
        ("guide-en", "intro", 0),
        ("palermo-en", "article-3", 1),
        ("checklist-en", "", 2),
    ]
    assert loaded.items[1].note == "Read aloud"
    assert loaded.minutes == 30


def test_items_move_update_and_go(store: PackStore) -> None:
    pack = store.create("Day 2")
    ids = [store.add_item(pack.id, f"doc-{n}").id for n in range(4)]

    moved = store.move_item(ids[3], 0)
    assert [i.doc_id for i in moved.items] == ["doc-3", "doc-0", "doc-1", "doc-2"]
    moved = store.move_item(ids[3], 99)
    assert [i.doc_id for i in moved.items] == ["doc-0", "doc-1", "doc-2", "doc-3"]
    assert [i.position for i in moved.items] == [0, 1, 2, 3]

    ordered = store.set_order(pack.id, [ids[2], ids[0], ids[3], ids[1]])
    assert [i.doc_id for i in ordered.items] == ["doc-2", "doc-0", "doc-3", "doc-1"]
    with pytest.raises(PackError):
        store.set_order(pack.id, [ids[0]])

    store.update_item(ids[0], note="Ask the group first", minutes=15)
    after = store.remove_item(ids[2])
    assert [i.doc_id for i in after.items] == ["doc-0", "doc-3", "doc-1"]
    assert [i.position for i in after.items] == [0, 1, 2]
    assert after.items[0].note == "Ask the group first" and after.items[0].minutes == 15


def test_rename_duplicate_delete_and_list(store: PackStore) -> None:
    first = store.create("Police academy", SeminarDetails("Module 3", "", "Lima"))
    store.add_item(first.id, "doc-a", note="Start here", minutes=5)
    second = store.create("another pack")

    copy = store.duplicate(first.id)
    assert copy.name == "Police academy (2)"
    assert copy.details == first.details
    assert [(i.doc_id, i.note, i.minutes) for i in copy.items] == [("doc-a", "Start here", 5)]
    assert store.duplicate(first.id).name == "Police academy (3)"

    store.rename(second.id, "Zoning")
    assert [p.name for p in store.packs()] == [
        "Police academy",
        "Police academy (2)",
        "Police academy (3)",
        "Zoning",
    ]
    store.add_item(copy.id, "doc-b")
    assert len(store.get(first.id).items) == 1  # the copy is independent

    store.delete(first.id)
    assert store.get(first.id) is None
    assert "Police academy" not in [p.name for p in store.packs()]
    assert store.get(copy.id) is not None


def test_bad_input_is_refused_with_a_clear_message(store: PackStore) -> None:
    with pytest.raises(PackError, match="needs a name"):
        store.create("   ")
    pack = store.create("Day 3")
    with pytest.raises(PackError, match="between 0 and"):
        store.add_item(pack.id, "doc", minutes=-5)
    with pytest.raises(PackError, match="no longer exists"):
        store.rename(9999, "x")
    with pytest.raises(PackError, match="no longer in the pack"):
        store.move_item(9999, 0)
    store.delete(pack.id)
    with pytest.raises(PackError):
        store.add_item(pack.id, "doc")


def test_packs_survive_reopening_and_a_reindex(tmp_path: Path, write_doc) -> None:
    write_doc("guide-one", "# Guide\n\nVictims of trafficking need protection.\n")
    with Library.open(tmp_path / "data", bundled=False) as lib:
        lib.import_paths([tmp_path / "content"])
        packs = PackStore(lib.user)
        pack = packs.create("Kept", SeminarDetails("Title", "2025-01-02", "Bogotá"))
        packs.add_item(pack.id, "guide-one", note="Mine", minutes=7)
        lib.reindex()
    with Library.open(tmp_path / "data", bundled=False) as lib:
        kept = PackStore(lib.user).packs()
        assert [(p.name, p.details.place, p.items[0].note) for p in kept] == [
            ("Kept", "Bogotá", "Mine")
        ]


def test_other_collections_are_not_packs(store: PackStore) -> None:
    from tipdesk.core.db import CollectionRow

    with store.user.session() as session:
        session.add(CollectionRow(name="Reading list", kind="collection"))
    assert store.packs() == []


def test_pack_commands_list_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.packhelpers import build_pack, seminar_library
    from tipdesk.cli import main

    lib = seminar_library(tmp_path / "one", tmp_path / "content")
    build_pack(lib)
    lib.close()
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    assert main(["pack", "list", "--data-dir", one]) == 0
    assert "Border officials, day 1  (4 items, 40 min)  2025-03-14, Quito" in (
        capsys.readouterr().out
    )
    out = tmp_path / "day1.tipdesk-pack"
    assert main(["pack", "export", "Border officials, day 1", str(out), "--data-dir", one]) == 0
    assert "4 documents" in capsys.readouterr().out
    assert main(["pack", "export", "nope", str(out), "--data-dir", one]) == 1
    assert "No seminar pack is called 'nope'" in capsys.readouterr().err

    assert main(["pack", "import", str(out), "--data-dir", two]) == 0
    printed = capsys.readouterr().out
    assert "Imported the pack 'Border officials, day 1' (4 items)" in printed
    assert "shared by a colleague: guide-one" in printed
    assert main(["pack", "list", "--json", "--data-dir", two]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["items"][0] == {
        "doc_id": "guide-one",
        "anchor": "identifying-victims",
        "note": "Start with a story",
        "minutes": 15,
    }

    (tmp_path / "bad.tipdesk-pack").write_bytes(b"nonsense")
    assert main(["pack", "import", str(tmp_path / "bad.tipdesk-pack"), "--data-dir", two]) == 1
    assert "not a readable zip file" in capsys.readouterr().err
