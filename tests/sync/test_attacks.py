"""Every attack TUF names is refused with a clear message, and nothing is applied."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Timestamp

from tests.sync.conftest import synced_ids
from tests.sync.helpers import TestPublisher, expired_lifetimes
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import (
    SourceExpired,
    SourceOutdated,
    SourceUnavailable,
    VerificationFailed,
)
from tipdesk.sync.naming import hashed_name


def _state(client: SyncClient, lib: Library) -> tuple[Any, dict[str, str]]:
    texts = {doc_id: lib.markdown(doc_id) for doc_id in sorted(synced_ids(lib))}
    return client.store.manifest().to_dict(), texts


@pytest.fixture
def synced(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library
) -> tuple[Any, dict[str, str]]:
    """Client at release 1; the publisher has released 2 (doc-2 revised, doc-6 added)."""
    client.sync([server.url])
    before = _state(client, library)
    publisher.write("doc-2", "Revised text.", version="1.1")
    publisher.write("doc-6")
    publisher.publish()
    return before


def _blob_path(publisher: TestPublisher, path: str) -> str:
    targets = publisher.files.targets()
    assert targets is not None
    sha = targets.signed.targets[path].hashes["sha256"]
    return "/targets/" + hashed_name(path, sha)


def _refused(
    client: SyncClient,
    library: Library,
    before: Any,
    source: str,
    error: type[Exception],
    *words: str,
) -> str:
    with pytest.raises(error) as caught:
        client.sync([source])
    message = caught.value.message  # type: ignore[attr-defined]
    for word in words:
        assert word in message
    assert _state(client, library) == before, "something was applied"
    assert library.search("trafficking").total == 5  # the library still works
    return message


def test_tampered_document_is_refused(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    blob = _blob_path(publisher, "docs/doc-2.md")
    original = (publisher.repo / blob.lstrip("/")).read_bytes()
    server.behaviour.overrides[blob] = original.replace(b"Revised", b"Tainted")
    _refused(
        client,
        library,
        synced,
        server.url,
        VerificationFailed,
        "does not match what the publisher signed",
        "nothing was changed",
    )


def test_tampered_mirror_falls_back_per_file_to_the_next_source(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    blob = _blob_path(publisher, "docs/doc-2.md")
    server.behaviour.overrides[blob] = b"x" * 10
    report = client.sync([server.url, str(publisher.repo)])
    assert report.source == server.url and "doc-2" in report.updated
    assert "Revised text." in library.markdown("doc-2")


def test_metadata_signed_by_a_wrong_key_is_refused(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    timestamp = Metadata[Timestamp].from_file(str(publisher.repo / "metadata/timestamp.json"))
    timestamp.signed.version += 5
    timestamp.signatures.clear()
    timestamp.sign(CryptoSigner(Ed25519PrivateKey.generate()))
    server.behaviour.overrides["/metadata/timestamp.json"] = timestamp.to_bytes()
    _refused(
        client,
        library,
        synced,
        server.url,
        VerificationFailed,
        "not signed by the publisher's keys",
    )


def test_a_repository_of_another_publisher_is_refused(
    tmp_path: Path, client: SyncClient, library: Library, synced: Any
) -> None:
    impostor = TestPublisher(tmp_path / "impostor")
    impostor.write("doc-1", "Fake text.")
    impostor.publish()
    _refused(
        client,
        library,
        synced,
        str(impostor.repo),
        VerificationFailed,
        "not signed by the publisher's keys",
    )


def test_edited_targets_metadata_is_refused(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    data = (publisher.repo / "metadata/2.targets.json").read_bytes()
    targets = publisher.files.targets()
    assert targets is not None
    sha = targets.signed.targets["docs/doc-6.md"].hashes["sha256"]
    forged = data.replace(sha.encode(), ("0" * 64).encode())
    server.behaviour.overrides["/metadata/2.targets.json"] = forged
    _refused(client, library, synced, server.url, VerificationFailed, "nothing was changed")


def test_mix_and_match_of_releases_is_refused(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    # release 1's (validly signed) targets served where release 2's belong
    old = (publisher.repo / "metadata/1.targets.json").read_bytes()
    server.behaviour.overrides["/metadata/2.targets.json"] = old
    _refused(client, library, synced, server.url, VerificationFailed, "nothing was changed")


def test_rollback_to_an_older_release_is_refused(
    publisher: TestPublisher,
    server: RepoServer,
    client: SyncClient,
    library: Library,
    tmp_path: Path,
) -> None:
    old_copy = publisher.snapshot_copy(tmp_path / "old-stick")  # release 1
    publisher.write("doc-7")
    publisher.publish()
    client.sync([server.url])  # now at release 2
    before = _state(client, library)
    with pytest.raises(SourceOutdated, match="older release than this computer already has"):
        client.sync([str(old_copy)])
    assert _state(client, library) == before


def test_expired_timestamp_says_the_source_is_out_of_date(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    publisher.resign(expired_lifetimes())
    message = _refused(
        client, library, synced, server.url, SourceExpired, "out of date", "still works offline"
    )
    expiry = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    assert expiry.strftime("%Y-%m-%d") in message  # the date it expired


def test_endless_document_is_cut_at_its_signed_length(
    server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    server.behaviour.endless = True
    _refused(
        client,
        library,
        synced,
        server.url,
        VerificationFailed,
        "more data than the publisher signed",
    )
    sent = sum(r.sent for r in server.requests if r.path.startswith("/targets/docs/"))
    assert sent < 50 * 1024 * 1024  # the client hung up long before the server's 200 MB


def test_endless_metadata_is_refused(
    server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    server.behaviour.overrides["/metadata/timestamp.json"] = b"{" * 200_000
    _refused(client, library, synced, server.url, VerificationFailed, "more data")


def test_slow_drip_server_times_out_with_a_clear_message(
    server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    server.behaviour.drip_interval = 0.01  # ~100 bytes/s, under the 2,000 bytes/s minimum
    _refused(client, library, synced, server.url, SourceUnavailable, "too slow")


def test_silent_server_times_out(
    server: RepoServer, client: SyncClient, library: Library, synced: Any
) -> None:
    server.behaviour.stall = True
    _refused(client, library, synced, server.url, SourceUnavailable, "did not answer in time")


def test_unsafe_names_in_a_forged_index_are_refused(
    publisher: TestPublisher, tmp_path: Path
) -> None:
    from tipdesk.sync.index import parse_index

    for bad in ("../escape.md", "docs/../../x.md", "docs/a#b.md", "docs/a?.md", "/docs/a.md"):
        with pytest.raises(ValueError, match="unsafe"):
            raw = {"format": 1, "documents": [{"path": bad, "id": "x"}]}
            parse_index(json.dumps(raw).encode())
    del publisher, tmp_path


def test_a_source_that_disappears_mid_sync_leaves_the_library_intact(
    publisher: TestPublisher, client: SyncClient, library: Library, tmp_path: Path, synced: Any
) -> None:
    stick = publisher.snapshot_copy(tmp_path / "stick")
    server = RepoServer(stick).start()
    server.behaviour.gone_after = 1  # answers one document, then vanishes
    try:
        _refused(client, library, synced, server.url, SourceUnavailable, "nothing was changed")
    finally:
        server.stop()
    shutil.rmtree(stick / "targets")  # a USB stick pulled out
    _refused(client, library, synced, str(stick), SourceUnavailable, "nothing was changed")
    assert "doc-6" in client.sync([str(publisher.repo)]).added  # the next sync completes
