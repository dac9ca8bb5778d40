"""The publisher's side: keys, a signed static repository, re-publishing, rotation."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root, Snapshot, Timestamp

from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import KeyStoreError, PublishError, VerificationFailed
from tipdesk.sync.index import parse_index
from tipdesk.sync.keyops import init_keys, rotate, status
from tipdesk.sync.keys import KeyStore
from tipdesk.sync.naming import hashed_name
from tipdesk.sync.repository import Lifetimes, utc_now


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_keys_init_makes_an_encrypted_root_key_and_the_first_root(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path / "keys", lambda _new: b"a long passphrase")
    root_file = init_keys(keys)
    pem = (tmp_path / "keys" / "root.pem").read_bytes()
    assert b"ENCRYPTED" in pem
    for role in ("root", "targets", "snapshot", "timestamp"):
        assert _mode(tmp_path / "keys" / f"{role}.pem") == 0o600
    root = Metadata[Root].from_file(str(root_file)).signed
    assert root.consistent_snapshot and root.version == 1
    assert {k.keytype for k in root.keys.values()} == {"ed25519"}
    with pytest.raises(KeyStoreError, match="refusing to overwrite"):
        init_keys(keys)


def test_a_short_or_missing_passphrase_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipdesk.sync.keys import passphrase_source

    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    with pytest.raises(KeyStoreError, match="at least 8"):
        init_keys(KeyStore(tmp_path / "k1", passphrase_source(str(short))))
    monkeypatch.delenv("TIPDESK_ROOT_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - not a terminal
    with pytest.raises(KeyStoreError, match="--passphrase-file"):
        init_keys(KeyStore(tmp_path / "k2", passphrase_source(None)))


def test_the_repository_layout_is_static_and_consistent(publisher: TestPublisher) -> None:
    meta = publisher.repo / "metadata"
    assert sorted(p.name for p in meta.iterdir()) == [
        "1.root.json",
        "1.snapshot.json",
        "1.targets.json",
        "root.json",
        "timestamp.json",
    ]
    targets = publisher.files.targets()
    assert targets is not None
    for path, info in targets.signed.targets.items():
        blob = publisher.repo / "targets" / hashed_name(path, info.hashes["sha256"])
        assert blob.is_file() and _mode(blob) == 0o644
    for file in meta.iterdir():
        assert _mode(file) == 0o644  # readable by a web server running as another user
    snapshot = Metadata[Snapshot].from_file(str(meta / "1.snapshot.json")).signed
    timestamp = Metadata[Timestamp].from_file(str(meta / "timestamp.json")).signed
    assert snapshot.meta["targets.json"].length == (meta / "1.targets.json").stat().st_size
    assert timestamp.snapshot_meta.length == (meta / "1.snapshot.json").stat().st_size


def test_the_signed_index_lists_every_document_with_its_metadata(publisher: TestPublisher) -> None:
    targets = publisher.files.targets()
    assert targets is not None
    info = targets.signed.targets["index.json"]
    blob = publisher.repo / "targets" / hashed_name("index.json", info.hashes["sha256"])
    entries = parse_index(blob.read_bytes())
    assert [(e.path, e.id, e.title, e.language, e.kind) for e in entries][:1] == [
        ("docs/doc-1.md", "doc-1", "Title doc-1", "en", "guide")
    ]
    assert {e.path for e in entries} == {p for p in targets.signed.targets if p != "index.json"}


def test_republishing_changes_only_what_changed(publisher: TestPublisher) -> None:
    before = {p for p in (publisher.repo / "targets").rglob("*") if p.is_file()}
    assert publisher.publish().targets_version is None  # nothing changed, nothing signed
    publisher.write("doc-2", "New text.", version="1.1")
    report = publisher.publish()
    assert report.changed == ("docs/doc-2.md",) and report.unchanged == 4
    after = {p for p in (publisher.repo / "targets").rglob("*") if p.is_file()}
    assert len(after - before) == 1  # one new document blob; the index did not change
    assert report.targets_version == 2


def test_withdrawn_documents_disappear_from_the_targets(publisher: TestPublisher) -> None:
    publisher.remove("doc-4.md")
    report = publisher.publish()
    assert report.removed == ("docs/doc-4.md",)
    targets = publisher.files.targets()
    assert targets is not None and "docs/doc-4.md" not in targets.signed.targets


def test_a_bad_file_is_refused_naming_it_and_nothing_is_published(publisher: TestPublisher) -> None:
    (publisher.content / "broken.md").write_text("---\nid: [unclosed\n---\n# x\n")
    before = (publisher.repo / "metadata" / "timestamp.json").read_bytes()
    with pytest.raises(PublishError, match=r"nothing was published.*broken\.md"):
        publisher.publish()
    assert (publisher.repo / "metadata" / "timestamp.json").read_bytes() == before


@pytest.mark.parametrize("name", ["a#b.md", "what?.md", "100%.md", "x\\y.md"])
def test_unsafe_names_are_refused(publisher: TestPublisher, name: str) -> None:
    publisher.write("odd", name=name)
    with pytest.raises(PublishError, match="not allowed"):
        publisher.publish()


def test_duplicate_ids_and_data_files(publisher: TestPublisher) -> None:
    (publisher.content / "glossary.json").write_text(json.dumps({"terms": []}))
    assert publisher.publish().skipped == ("glossary.json",)
    publisher.write("doc-1", name="copy-of-doc-1.md")
    with pytest.raises(PublishError, match="already used"):
        publisher.publish()


def test_keys_from_another_folder_are_refused(publisher: TestPublisher, tmp_path: Path) -> None:
    other = KeyStore(tmp_path / "other", lambda _new: b"another passphrase")
    init_keys(other)
    publisher.write("doc-1", "Changed.", version="2")
    from tipdesk.sync.publisher import publish

    with pytest.raises(KeyStoreError, match="not the one this repository's root"):
        publish(publisher.content, publisher.repo, other)


def test_a_wrong_passphrase_is_a_clear_error(publisher: TestPublisher) -> None:
    wrong = KeyStore(publisher.keys.directory, lambda _new: b"not the passphrase")
    with pytest.raises(KeyStoreError, match="wrong passphrase"):
        rotate("timestamp", publisher.files, wrong)


def test_resigning_the_timestamp_extends_it_and_renews_an_ageing_snapshot(
    publisher: TestPublisher,
) -> None:
    first = publisher.files.timestamp()
    assert first is not None
    publisher.resign()
    second = publisher.files.timestamp()
    assert second is not None and second.signed.version == first.signed.version + 1
    snapshot_before = publisher.files.snapshot()
    assert snapshot_before is not None
    later = utc_now() + dt.timedelta(days=59)  # the 60-day snapshot would expire first
    publisher.resign(now=later)
    snapshot_after = publisher.files.snapshot()
    assert snapshot_after is not None
    assert snapshot_after.signed.version == snapshot_before.signed.version + 1
    roles = {r.role: r for r in status(publisher.files).roles}
    assert roles["timestamp"].expires > later


@pytest.mark.parametrize("role", ["timestamp", "snapshot", "targets", "root"])
def test_clients_follow_a_key_rotation(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, role: str
) -> None:
    client.sync([server.url])
    new_root_version = rotate(role, publisher.files, publisher.keys)
    assert new_root_version == 2
    publisher.write("doc-after-rotation")
    publisher.publish()
    assert client.sync([server.url]).added == ("doc-after-rotation",)
    history = client.store.tuf_dir / "root_history"
    assert sorted(p.name for p in history.iterdir()) == ["1.root.json", "2.root.json"]


def test_after_a_timestamp_rotation_old_copies_are_refused(
    publisher: TestPublisher,
    server: RepoServer,
    client: SyncClient,
    library: Library,
    tmp_path: Path,
) -> None:
    publisher.write("doc-x")
    publisher.publish()
    old_stick = publisher.snapshot_copy(tmp_path / "old-stick")  # release 2, old key
    rotate("timestamp", publisher.files, publisher.keys)
    client.sync([server.url])  # sees root 2 with the new timestamp key
    (old_stick / "metadata" / "2.root.json").unlink(missing_ok=True)
    with pytest.raises(VerificationFailed, match="not signed by the publisher's keys"):
        client.sync([str(old_stick)])


def test_lifetimes_are_written_into_the_metadata(tmp_path: Path) -> None:
    pub = TestPublisher(tmp_path / "pub")
    pub.write("one")
    now = utc_now()
    pub.publish(Lifetimes(timestamp=dt.timedelta(days=14)), now=now)
    timestamp = pub.files.timestamp()
    assert timestamp is not None
    assert timestamp.signed.expires == now + dt.timedelta(days=14)
