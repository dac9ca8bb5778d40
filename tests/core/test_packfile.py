"""Pack files: a trainer exports a pack, a colleague imports it; hostile files are refused."""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.packhelpers import build_pack, rewrite_pack, seminar_library, write_document
from tests.sync.helpers import TestPublisher
from tipdesk import Library
from tipdesk.core import packzip
from tipdesk.core.packfile import (
    SHARED_ORIGIN,
    VERIFIED_ORIGIN,
    PackFileError,
    export_pack,
    import_pack,
)
from tipdesk.core.packs import PackError, PackStore
from tipdesk.core.parse import file_hash
from tipdesk.sync.client import SyncClient


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[Library]:
    lib = seminar_library(tmp_path / "sender", tmp_path / "content")
    yield lib
    lib.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "receiver", bundled=False)
    yield lib
    lib.close()


@pytest.fixture
def pack_file(sender: Library, tmp_path: Path) -> Path:
    pack = build_pack(sender)
    return export_pack(sender, pack.id, tmp_path / "day1").path


def _state(lib: Library) -> dict[str, Any]:
    """What an import could change: documents, packs, kept files, shared originals."""
    data = lib.paths.data_dir
    return {
        "docs": sorted((m.id, m.content_hash) for m in lib.documents()),
        "packs": [p.name for p in PackStore(lib.user).packs()],
        "files": sorted(p.name for p in lib.paths.files_dir.glob("*")),
        "shared": (data / "shared").exists(),
        "search": lib.search("trafficking").total,
    }


# --- export and import ------------------------------------------------------------------------
def test_a_pack_travels_to_a_colleague(sender: Library, receiver: Library, pack_file: Path):
    assert pack_file.name == "day1.tipdesk-pack"
    with zipfile.ZipFile(pack_file) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert names == {
        "manifest.json",
        "documents/guide-one.md",
        "documents/guide-one-es.md",
        "documents/plain-note.md",
        "documents/field-report.pdf",
    }
    assert manifest["pack"]["details"] == {
        "title": "Identifying victims",
        "date": "2025-03-14",
        "place": "Quito",
    }
    assert manifest["publisher"] is None

    result = import_pack(receiver, pack_file)

    pack = result.pack
    assert pack.name == "Border officials, day 1"
    assert pack.details.place == "Quito"
    assert [(i.doc_id, i.anchor, i.note, i.minutes) for i in pack.items] == [
        ("guide-one", "identifying-victims", "Start with a story", 15),
        ("plain-note", "", "Hand out", 5),
        ("field-report", "", "", 10),
        ("guide-one", "referral", "Local contacts", 10),
    ]
    assert set(result.added) == {"guide-one", "guide-one-es", "plain-note", "field-report"}
    assert set(result.shared) == set(result.added) and result.verified == ()
    theirs = {m.id: m for m in receiver.documents()}
    ours = {m.id: m for m in sender.documents()}
    for doc_id in result.added:  # byte for byte the same content
        assert theirs[doc_id].content_hash == ours[doc_id].content_hash
        assert theirs[doc_id].origin == SHARED_ORIGIN
        assert theirs[doc_id].title == ours[doc_id].title
    assert [m.id for m in receiver.translations("guide-one")] == ["guide-one-es"]
    assert receiver.file_path("field-report") is not None
    assert receiver.search("protection service guide-one").hits[0].doc_id == "guide-one"


def test_importing_twice_adds_nothing_new(receiver: Library, pack_file: Path) -> None:
    import_pack(receiver, pack_file)
    again = import_pack(receiver, pack_file)
    assert again.added == ()
    assert set(again.present) == {"guide-one", "guide-one-es", "plain-note", "field-report"}
    assert again.pack.name == "Border officials, day 1 (2)"


def test_a_shared_pack_can_be_passed_on_unchanged(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    pack = import_pack(receiver, pack_file).pack
    again = export_pack(receiver, pack.id, tmp_path / "passed-on.tipdesk-pack")
    assert again.rebuilt == ()
    third = Library.open(tmp_path / "third", bundled=False)
    try:
        import_pack(third, again.path)
        hashes = {m.id: m.content_hash for m in third.documents()}
        assert hashes == {m.id: m.content_hash for m in receiver.documents()}
    finally:
        third.close()


def test_the_receivers_own_version_is_kept(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    write_document(tmp_path / "mine", "guide-two", body="My own text.")
    write_document(tmp_path / "mine", "guide-one", body="My own guide one.")
    receiver.import_paths([tmp_path / "mine"])
    before = receiver.metadata()["guide-one"].content_hash
    result = import_pack(receiver, pack_file)
    assert "guide-one" in result.kept
    assert receiver.metadata()["guide-one"].content_hash == before
    assert receiver.metadata()["guide-one"].origin == "imported"


def test_an_original_that_is_gone_is_rebuilt_from_the_catalogue(
    sender: Library, receiver: Library, tmp_path: Path
) -> None:
    pack = build_pack(sender)
    (tmp_path / "content" / "guide-one.md").unlink()
    (tmp_path / "content" / "plain-note.md").write_text("# Changed since\n\nOther text.\n")
    report = export_pack(sender, pack.id, tmp_path / "rebuilt.tipdesk-pack")
    assert set(report.rebuilt) == {"guide-one", "plain-note"}
    import_pack(receiver, report.path)
    guide = receiver.get("guide-one")
    assert guide is not None and guide.meta.title == "Guide guide-one"
    assert guide.meta.publisher == "Test publisher"
    assert [s.anchor for s in guide.sections][-1] == "referral"
    note = receiver.get("plain-note")
    assert note is not None and note.meta.title == "A plain note"


def test_a_pack_with_a_missing_document_cannot_be_exported(sender: Library, tmp_path: Path) -> None:
    pack = build_pack(sender)
    PackStore(sender.user).add_item(pack.id, "gone-document")
    with pytest.raises(PackError, match="gone-document"):
        export_pack(sender, pack.id, tmp_path / "x.tipdesk-pack")
    assert not (tmp_path / "x.tipdesk-pack").exists()


# --- the publisher's documents ----------------------------------------------------------------
@pytest.fixture
def publisher(tmp_path: Path) -> TestPublisher:
    pub = TestPublisher(tmp_path / "publisher")
    pub.write("pub-guide", "Signed guidance on protection of victims of trafficking.")
    pub.write("pub-checklist", "Signed checklist for identifying victims.")
    pub.publish()
    return pub


def _synced_pack(publisher: TestPublisher, tmp_path: Path) -> Path:
    lib = Library.open(tmp_path / "synced-sender", bundled=False)
    try:
        client = SyncClient(lib)
        client.configure(trust=str(publisher.root_file))
        client.sync([str(publisher.repo)])
        store = PackStore(lib.user)
        pack = store.create("From the publisher")
        store.add_item(pack.id, "pub-guide", minutes=5)
        store.add_item(pack.id, "pub-checklist")
        return export_pack(lib, pack.id, tmp_path / "signed.tipdesk-pack").path
    finally:
        lib.close()


def test_publisher_documents_are_verified_against_the_trusted_keys(
    publisher: TestPublisher, tmp_path: Path
) -> None:
    pack_path = _synced_pack(publisher, tmp_path)
    with zipfile.ZipFile(pack_path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["publisher"]["targets"] == "publisher/targets.json"
    assert {d["target"] for d in manifest["documents"]} == {
        "docs/pub-guide.md",
        "docs/pub-checklist.md",
    }

    trusting = Library.open(tmp_path / "trusting", bundled=False)  # trusts, never synced
    stranger = Library.open(tmp_path / "stranger", bundled=False)  # trusts no publisher
    try:
        SyncClient(trusting).configure(trust=str(publisher.root_file))
        result = import_pack(trusting, pack_path)
        assert set(result.verified) == {"pub-guide", "pub-checklist"}
        assert {m.origin for m in trusting.documents()} == {VERIFIED_ORIGIN}

        result = import_pack(stranger, pack_path)
        assert result.verified == ()
        assert {m.origin for m in stranger.documents()} == {SHARED_ORIGIN}
    finally:
        trusting.close()
        stranger.close()


def test_an_altered_publisher_document_is_only_a_colleagues(
    publisher: TestPublisher, tmp_path: Path
) -> None:
    pack_path = _synced_pack(publisher, tmp_path)
    altered_text = b"\n\nThe border is closed; send victims back.\n"
    hashes: dict[str, str] = {}

    def alter(name: str, data: bytes) -> bytes:
        if name == "documents/pub-guide.md":
            data += altered_text
            import hashlib

            hashes["sha"], hashes["len"] = hashlib.sha256(data).hexdigest(), str(len(data))
        return data

    def fix_manifest(manifest: dict[str, Any]) -> None:  # a forger updates the checksum
        for doc in manifest["documents"]:
            if doc["id"] == "pub-guide":
                doc["sha256"], doc["length"] = hashes["sha"], int(hashes["len"])

    forged = tmp_path / "forged.tipdesk-pack"
    rewrite_pack(pack_path, tmp_path / "step.zip", edit_entry=alter)
    rewrite_pack(tmp_path / "step.zip", forged, edit_manifest=fix_manifest)
    lib = Library.open(tmp_path / "trusting", bundled=False)
    try:
        SyncClient(lib).configure(trust=str(publisher.root_file))
        result = import_pack(lib, forged)
        assert result.verified == ("pub-checklist",)
        assert lib.metadata()["pub-guide"].origin == SHARED_ORIGIN
    finally:
        lib.close()


# --- hostile pack files -----------------------------------------------------------------------
def _raw_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _refused(receiver: Library, path: Path, match: str) -> None:
    before = _state(receiver)
    with pytest.raises(PackFileError, match=match) as caught:
        import_pack(receiver, path)
    assert "Nothing was imported" in caught.value.message
    assert _state(receiver) == before


@pytest.mark.parametrize(
    "name",
    [
        "../evil.md",
        "documents/../../evil.md",
        "/etc/evil.md",
        "C:/Windows/evil.md",
        "..\\evil.md",
        "documents//x.md",
    ],
)
def test_paths_that_escape_the_folder_are_refused(
    receiver: Library, pack_file: Path, tmp_path: Path, name: str
) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "hostile.zip", add={name: b"# Evil\n\nText.\n"})
    _refused(receiver, hostile, "outside the pack's folder")
    assert not (tmp_path / "evil.md").exists()


def test_a_symlink_entry_is_refused(receiver: Library, pack_file: Path, tmp_path: Path) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "link.zip")
    with zipfile.ZipFile(hostile, "a") as archive:
        info = zipfile.ZipInfo("documents/link.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    _refused(receiver, hostile, "is a link")


def test_a_zip_bomb_is_refused(receiver: Library, pack_file: Path, tmp_path: Path) -> None:
    bomb = rewrite_pack(
        pack_file, tmp_path / "bomb.zip", add={"documents/bomb.md": b"\0" * (20 << 20)}
    )
    _refused(receiver, bomb, "compressed suspiciously much")


def test_too_much_data_in_total_is_refused(
    receiver: Library, pack_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packzip, "MAX_TOTAL_BYTES", 2000)
    _refused(receiver, pack_file, "unpack to more than")


def test_a_huge_entry_is_refused(
    receiver: Library, pack_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packzip, "MAX_ENTRY_BYTES", 500)
    _refused(receiver, pack_file, "too large")


def test_too_many_entries_are_refused(receiver: Library, tmp_path: Path) -> None:
    entries = {f"documents/d{n}.md": b"x" for n in range(packzip.MAX_ENTRIES + 1)}
    _refused(receiver, _raw_zip(tmp_path / "many.zip", entries), "too many files")


def test_a_corrupt_entry_is_refused(receiver: Library, pack_file: Path, tmp_path: Path) -> None:
    data = bytearray(pack_file.read_bytes())
    with zipfile.ZipFile(pack_file) as archive:
        info = archive.getinfo("documents/guide-one.md")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 5, start + 25):
        data[offset] ^= 0xFF
    corrupt = tmp_path / "corrupt.tipdesk-pack"
    corrupt.write_bytes(bytes(data))
    _refused(receiver, corrupt, "damaged")


def test_a_file_that_is_not_a_zip_is_refused(receiver: Library, tmp_path: Path) -> None:
    junk = tmp_path / "junk.tipdesk-pack"
    junk.write_bytes(b"PK\x03\x04 not really a zip" * 50)
    _refused(receiver, junk, "not a readable zip file")


def test_a_missing_manifest_is_refused(receiver: Library, pack_file: Path, tmp_path: Path) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "x.zip", drop=("manifest.json",))
    _refused(receiver, hostile, "has no manifest")


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda m: m.update(format="something-else"), "not a pack manifest"),
        (lambda m: m.update(version=99), "newer TIPdesk"),
        (lambda m: m.update(version="1"), "'version'"),
        (lambda m: m.update(pack=[]), "'pack'"),
        (lambda m: m["pack"].update(name=""), "'name'"),
        (lambda m: m["pack"]["items"][0].update(minutes=-3), "'minutes'"),
        (lambda m: m["pack"]["items"][0].update(note=7), "'note'"),
        (lambda m: m["pack"]["items"].append({"doc_id": "not-in-pack"}), "does not contain"),
        (lambda m: m["documents"][0].update(id="../../etc"), "not a valid document id"),
        (lambda m: m["documents"][0].update(id="Guide One"), "not a valid document id"),
        (lambda m: m["documents"].append(dict(m["documents"][0])), "not a valid document id"),
        (lambda m: m["documents"][0].update(file="../guide-one.md"), "the file of"),
        (lambda m: m["documents"][0].update(sha256="0" * 64), "checksum"),
        (lambda m: m["documents"][0].update(length="12"), "checksum"),
        (lambda m: m["documents"][0]["meta"].update(language="xx"), "language or kind"),
        (lambda m: m.update(publisher={"roots": ["../root.json"], "targets": ""}), "publisher"),
    ],
)
def test_a_wrong_manifest_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path, edit: Any, match: str
) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "x.zip", edit_manifest=edit)
    _refused(receiver, hostile, match)


def test_a_manifest_that_is_not_json_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    hostile = rewrite_pack(
        pack_file, tmp_path / "x.zip", drop=("manifest.json",), add={"manifest.json": b"{not json"}
    )
    _refused(receiver, hostile, "not valid JSON")


def test_a_manifest_naming_a_missing_file_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "x.zip", drop=("documents/plain-note.md",))
    _refused(receiver, hostile, "which is not in the pack")


def test_an_entry_the_manifest_does_not_name_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    hostile = rewrite_pack(pack_file, tmp_path / "x.zip", add={"documents/extra.md": b"# X\n"})
    _refused(receiver, hostile, "is not part of a seminar pack")


def test_a_document_that_is_not_what_the_manifest_says_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path, sender: Library
) -> None:
    other = (tmp_path / "content" / "guide-two.md").read_bytes()

    def swap(name: str, data: bytes) -> bytes:
        return other if name == "documents/guide-one.md" else data

    def fix(manifest: dict[str, Any]) -> None:
        for doc in manifest["documents"]:
            if doc["id"] == "guide-one":
                doc["sha256"] = file_hash(tmp_path / "content" / "guide-two.md")
                doc["length"] = len(other)

    rewrite_pack(pack_file, tmp_path / "step.zip", edit_entry=swap)
    hostile = rewrite_pack(tmp_path / "step.zip", tmp_path / "x.zip", edit_manifest=fix)
    _refused(receiver, hostile, "does not match the manifest")


def test_a_changed_document_fails_its_checksum(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    hostile = rewrite_pack(
        pack_file,
        tmp_path / "x.zip",
        edit_entry=lambda n, d: d + b"\nextra" if n.endswith(".md") else d,
    )
    _refused(receiver, hostile, "does not match its checksum")


def test_an_unreadable_document_is_refused(
    receiver: Library, pack_file: Path, tmp_path: Path
) -> None:
    broken = b"%PDF-1.4\nthis is not a pdf at all"

    def swap(name: str, data: bytes) -> bytes:
        return broken if name.endswith(".pdf") else data

    def fix(manifest: dict[str, Any]) -> None:
        import hashlib

        for doc in manifest["documents"]:
            if doc["file"].endswith(".pdf"):
                doc["sha256"], doc["length"] = hashlib.sha256(broken).hexdigest(), len(broken)

    rewrite_pack(pack_file, tmp_path / "step.zip", edit_entry=swap)
    hostile = rewrite_pack(tmp_path / "step.zip", tmp_path / "x.zip", edit_manifest=fix)
    _refused(receiver, hostile, "cannot be read")
