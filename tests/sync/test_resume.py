"""Broken connections and cancelled syncs continue where they stopped (HTTP Range)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.sync.conftest import synced_ids
from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.core.errors import Interrupted
from tipdesk.core.progress import CancelToken
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import SourceUnavailable

BIG = 600_000


@pytest.fixture
def big_doc(publisher: TestPublisher) -> str:
    publisher.write("big", size=BIG)
    publisher.publish()
    return "big"


def _document_requests(server: RepoServer, name: str) -> list:
    return [r for r in server.requests if r.path.endswith("." + name)]


def test_a_cut_connection_resumes_with_range(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, big_doc: str
) -> None:
    server.behaviour.cut_after = 150_000
    server.behaviour.cuts = 3
    report = client.sync([server.url])
    assert big_doc in report.added
    big = _document_requests(server, "big.md")
    assert [r.status for r in big] == [200, 206, 206, 206]
    assert all(r.range for r in big[1:])
    sent = sum(r.sent for r in big)
    assert BIG < sent < BIG * 1.01  # nothing fetched twice


def _wait_for(condition, timeout: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


def test_a_cancelled_sync_continues_where_it_stopped(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, big_doc: str
) -> None:
    server.behaviour.cut_after = 200_000  # the first answer breaks after 200 KB,
    server.behaviour.cuts = 1
    server.behaviour.drip_interval = 0.0005  # the retry crawls, and the user cancels
    cancel = CancelToken()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            client.sync([server.url], cancel=cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    partial = client.store.partial_dir
    _wait_for(lambda: any(p.stat().st_size > 200_000 for p in partial.glob("*.part")))
    cancel.cancel()
    worker.join(10)
    assert outcome and isinstance(outcome[0], Interrupted)
    assert synced_ids(library) == set()  # nothing applied
    kept = next(partial.glob("*.part")).stat().st_size
    server.behaviour.drip_interval = None
    server.reset_log()
    report = client.sync([server.url])
    assert big_doc in report.added
    big = _document_requests(server, "big.md")  # (may include the cancelled drip's log line)
    assert any(r.status == 206 and r.range == f"bytes={kept}-" for r in big)
    assert not any(r.status == 200 for r in big)


def test_a_partial_from_one_source_is_finished_from_another(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, big_doc: str, tmp_path: Path
) -> None:
    server.behaviour.cut_after = 250_000
    server.behaviour.cuts = 1
    server.behaviour.gone_after = 1  # breaks half-way through the first document, then vanishes
    with pytest.raises(SourceUnavailable, match="nothing was changed"):
        client.sync([server.url])
    second = RepoServer(publisher.repo).start()
    try:
        report = client.sync([second.url])
        assert big_doc in report.added
        big = _document_requests(second, "big.md")
        assert big[0].status == 206 and big[0].range is not None
    finally:
        second.stop()


def test_a_poisoned_partial_costs_one_retry_not_a_bad_file(
    publisher: TestPublisher, server: RepoServer, client: SyncClient, library: Library, big_doc: str
) -> None:
    targets = publisher.files.targets()
    assert targets is not None
    sha = targets.signed.targets["docs/big.md"].hashes["sha256"]
    client.store.ensure()
    (client.store.partial_dir / f"{sha}.part").write_bytes(b"garbage" * 1000)
    report = client.sync([server.url])
    assert big_doc in report.added
    assert "Padding text" in library.markdown("big")
