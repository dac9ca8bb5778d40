"""Sharing the verified state on the LAN and exporting it to a USB folder."""

from __future__ import annotations

import http.client
import socket
import threading
from pathlib import Path

import pytest

from tests.sync.conftest import synced_ids
from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import NotConfigured, SourceOutdated, VerificationFailed
from tipdesk.sync.share import ShareServer, export_bundle


@pytest.fixture
def trainer(server: RepoServer, open_library, make_client) -> Library:  # noqa: ANN001
    lib = open_library("trainer")
    make_client(lib).sync([server.url])
    return lib


def _get(
    url: str, path: str, headers: dict[str, str] | None = None
) -> tuple[int, bytes, dict[str, str]]:
    host, port = url.split("//")[1].rstrip("/").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        conn.close()


def test_a_participant_syncs_from_the_trainers_laptop(
    trainer: Library, open_library, make_client
) -> None:  # noqa: ANN001
    with ShareServer(trainer, "127.0.0.1", 0) as share:
        participant = open_library("participant")
        report = make_client(participant).sync([share.url])
    assert len(report.added) == 5
    assert synced_ids(participant) == synced_ids(trainer)


def test_the_share_serves_only_repository_files(trainer: Library) -> None:
    with ShareServer(trainer, "127.0.0.1", 0) as share:
        assert _get(share.url, "/metadata/timestamp.json")[0] == 200
        for path in (
            "/",
            "/metadata/",
            "/targets/",
            "/targets/docs/",
            "/manifest.json",
            "/../manifest.json",
            "/metadata/../../config.json",
            "/objects/",
            "/metadata/%2e%2e/config.json",
            "/sync/trusted_root.json",
        ):
            status, body, _ = _get(share.url, path)
            assert status == 404, path
            assert b"<a href" not in body


def test_the_share_supports_range_and_caching_headers(trainer: Library) -> None:
    manifest = SyncClient(trainer).store.manifest()
    path, entry = next(iter(manifest.files.items()))
    from tipdesk.sync.naming import hashed_name

    url_path = "/targets/" + hashed_name(path, entry.sha256)
    with ShareServer(trainer, "127.0.0.1", 0) as share:
        status, body, headers = _get(share.url, url_path, {"Range": "bytes=10-"})
        assert status == 206 and len(body) == entry.length - 10
        assert "immutable" in headers["Cache-Control"]
        _, _, headers = _get(share.url, "/metadata/timestamp.json")
        assert headers["Cache-Control"] == "no-cache"


def test_the_share_binds_only_to_the_chosen_interface(trainer: Library) -> None:
    with ShareServer(trainer, "127.0.0.2", 0) as share:
        assert share.url.startswith("http://127.0.0.2:")
        assert _get(share.url, "/metadata/timestamp.json")[0] == 200
        with pytest.raises(ConnectionRefusedError):  # same port, another interface
            socket.create_connection(("127.0.0.1", share.port), timeout=1).close()


def test_connections_are_bounded(trainer: Library) -> None:
    with ShareServer(trainer, "127.0.0.1", 0, max_connections=2) as share:
        idle = [socket.create_connection(("127.0.0.1", share.port)) for _ in range(2)]
        done = threading.Event()
        result: list[int] = []

        def third() -> None:
            result.append(_get(share.url, "/metadata/timestamp.json")[0])
            done.set()

        threading.Thread(target=third, daemon=True).start()
        assert not done.wait(0.3)  # waits while two idle clients hold the slots
        for sock in idle:
            sock.close()
        assert done.wait(5) and result == [200]


def test_a_tampered_peer_is_refused_and_the_origin_used_instead(
    trainer: Library, server: RepoServer, open_library, make_client
) -> None:  # noqa: ANN001
    store = SyncClient(trainer).store
    victim = next(iter(store.objects_dir.glob("*.doc-1.md")))
    victim.write_bytes(victim.read_bytes().replace(b"Protection", b"Infection!"))
    with ShareServer(trainer, "127.0.0.1", 0) as share:
        alone = open_library("alone")
        with pytest.raises(VerificationFailed):
            make_client(alone).sync([share.url])
        assert synced_ids(alone) == set()
        helped = open_library("helped")
        report = make_client(helped).sync([share.url, server.url])
    assert len(report.added) == 5
    assert "Infection" not in helped.markdown("doc-1")


def test_a_peer_older_than_the_participant_is_refused(
    trainer: Library,
    publisher: TestPublisher,
    server: RepoServer,
    open_library,  # noqa: ANN001
    make_client,
) -> None:  # noqa: ANN001
    publisher.write("doc-new")
    publisher.publish()
    participant = open_library("participant")
    make_client(participant).sync([server.url])  # release 2, the trainer has release 1
    with ShareServer(trainer, "127.0.0.1", 0) as share, pytest.raises(SourceOutdated):
        make_client(participant).sync([share.url])


def test_nothing_to_share_before_the_first_sync(library: Library) -> None:
    with pytest.raises(NotConfigured, match="sync this library first"):
        ShareServer(library).start()


def test_an_exported_bundle_is_a_source_like_any_other(
    trainer: Library, open_library, make_client, tmp_path: Path
) -> None:  # noqa: ANN001
    stick = tmp_path / "USB STICK" / "tipdesk"
    copied = export_bundle(trainer, stick)
    assert copied >= 5 + 5  # documents, index and metadata
    assert (stick / "metadata" / "timestamp.json").exists()
    participant = open_library("participant")
    report = make_client(participant).sync([str(stick)])
    assert len(report.added) == 5
    assert export_bundle(trainer, stick) == 1  # again: only the timestamp is rewritten


def test_an_export_never_makes_a_bundle_older(
    trainer: Library,
    publisher: TestPublisher,
    server: RepoServer,
    open_library,  # noqa: ANN001
    make_client,
    tmp_path: Path,
) -> None:  # noqa: ANN001
    stick = tmp_path / "stick"
    publisher.write("doc-new")
    publisher.publish()
    newer = open_library("newer")
    make_client(newer).sync([server.url])
    export_bundle(newer, stick)
    with pytest.raises(NotConfigured, match="newer release"):
        export_bundle(trainer, stick)
