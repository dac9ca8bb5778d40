"""Syncing from a folder and from HTTP: first sync, re-sync, withdrawals, sources, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.conftest import synced_ids
from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import NotConfigured, SourceUnavailable


def test_first_sync_from_a_folder_adds_every_document(
    publisher: TestPublisher, client: SyncClient, library: Library
) -> None:
    report = client.sync([str(publisher.repo)])
    assert sorted(report.added) == [f"doc-{n}" for n in range(1, 6)]
    assert synced_ids(library) == {f"doc-{n}" for n in range(1, 6)}
    assert library.search("trafficking").total == 5
    assert report.release == 1 and report.files_downloaded == 5


def test_resync_downloads_only_what_changed_and_removes_withdrawn(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library
) -> None:
    client.sync([server.url])
    publisher.write("doc-2", "A revised text about labour exploitation.", version="1.1")
    publisher.write("doc-6", "A new text on prosecution.")
    publisher.remove("doc-3.md")
    publisher.publish()
    server.reset_log()

    report = client.sync([server.url])

    assert report.added == ("doc-6",) and report.updated == ("doc-2",)
    assert report.removed == ("doc-3",)
    documents = [r.path for r in server.requests if r.path.startswith("/targets/docs/")]
    assert len(documents) == 2  # only the revised and the new document
    assert library.get("doc-3") is None
    assert library.search("labour exploitation").total == 1
    assert synced_ids(library) == {"doc-1", "doc-2", "doc-4", "doc-5", "doc-6"}


def test_a_revision_alone_does_not_download_the_index_again(
    publisher: TestPublisher, server: RepoServer, client: SyncClient
) -> None:
    client.sync([server.url])
    publisher.write("doc-1", "Revised body.", version="2.0")
    publisher.publish()
    server.reset_log()
    client.sync([server.url])
    paths = [r.path for r in server.requests]
    assert not any(p.endswith(".index.json") for p in paths)
    assert len(paths) == 5  # 2.root.json probe, timestamp, snapshot, targets, one document


def test_no_change_check_costs_two_small_requests(server: RepoServer, client: SyncClient) -> None:
    client.sync([server.url])
    server.reset_log()
    report = client.sync([server.url])
    assert not report.changed
    assert [r.path for r in server.requests] == [
        "/metadata/2.root.json",
        "/metadata/timestamp.json",
    ]
    assert server.bytes_sent < 4096


def test_sources_and_trust_are_remembered_for_the_data_folder(
    publisher: TestPublisher, server: RepoServer, library: Library
) -> None:
    first = SyncClient(library)
    first.configure(trust=str(publisher.root_file))
    first.sync([server.url])
    again = SyncClient(library)  # a later run: no arguments
    publisher.write("doc-9")
    publisher.publish()
    assert again.sync().added == ("doc-9",)
    status = again.status()
    assert status.sources == (server.url,)
    assert status.trust.endswith("1.root.json")


def test_sources_are_tried_in_order(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, tmp_path: Path
) -> None:
    dead = RepoServer(tmp_path / "nothing-here").start()
    dead.behaviour.gone = True
    try:
        report = client.sync([dead.url, str(tmp_path / "missing-stick"), server.url])
    finally:
        dead.stop()
    assert report.source == server.url and len(report.added) == 5


def test_every_source_failing_names_each_one(client: SyncClient, tmp_path: Path) -> None:
    with pytest.raises(SourceUnavailable) as caught:
        client.sync([str(tmp_path / "stick-a"), "http://127.0.0.1:9/"])
    message = caught.value.message
    assert "stick-a" in message and "127.0.0.1:9" in message
    assert "nothing was changed" in message


def test_no_source_configured_says_how_to_give_one(library: Library) -> None:
    with pytest.raises(NotConfigured, match="--from"):
        SyncClient(library).sync()


def test_names_with_spaces_and_accents_sync_over_http_and_folders(
    publisher: TestPublisher,
    server: RepoServer,
    make_client,  # noqa: ANN001
    open_library,
) -> None:  # noqa: ANN001
    publisher.write(
        "guia-sao-paulo",
        name="guías/São Paulo – guía rápida.md",
        title="Guía de São Paulo",
        language="es",
    )
    publisher.publish()
    for source in (server.url, str(publisher.repo)):
        lib = open_library(f"data-{len(source)}")
        report = make_client(lib).sync([source])
        assert "guia-sao-paulo" in report.added
        assert lib.get("guia-sao-paulo") is not None


def test_status_tells_what_is_new_and_when(
    publisher: TestPublisher, server: RepoServer, client: SyncClient
) -> None:
    assert client.status().last_synced is None
    client.sync([server.url])
    publisher.write("doc-7", title="Seventh")
    publisher.publish()
    client.sync([server.url])
    status = client.status()
    assert [(c.doc_id, c.title, c.change) for c in status.whats_new] == [
        ("doc-7", "Seventh", "added")
    ]
    assert status.release == 2 and status.documents == 6
    assert not status.stale and status.expires is not None
    assert status.source == server.url


def test_check_updates_changes_nothing(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library
) -> None:
    client.sync([server.url])
    assert not client.check_available(server.url)
    publisher.write("doc-8")
    publisher.publish()
    check = client.check_updates([server.url])
    assert check.updates_available and check.added == 1
    assert library.get("doc-8") is None
    assert client.status().release == 1
    assert not client.check_updates(["http://127.0.0.1:9/"]).reachable


def test_the_shipped_placeholder_root_asks_for_a_trust_root(
    server: RepoServer, library: Library
) -> None:
    from tipdesk.resources import resource_path
    from tipdesk.sync.sources import is_placeholder

    assert is_placeholder(resource_path("trust", "root.json").read_bytes())
    with pytest.raises(NotConfigured, match="--trust"):
        SyncClient(library).sync([server.url])
