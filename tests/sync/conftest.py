"""Fixtures for the sync tests: a publisher, real HTTP servers on 127.0.0.1, real libraries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.transfer import TransferPolicy

FAST_POLICY = TransferPolicy(
    connect_timeout=2.0, read_timeout=2.0, min_rate=2000, rate_window=1.0, retries=3, backoff=0.01
)


@pytest.fixture(scope="session")
def data_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the bundled starter library already imported (done once); copy it
    for tests that run the real command line, which always includes the starter library."""
    folder = tmp_path_factory.mktemp("template") / "data"
    Library.open(folder).close()
    return folder


@pytest.fixture
def publisher(tmp_path: Path) -> TestPublisher:
    pub = TestPublisher(tmp_path / "publisher")
    for number in range(1, 6):
        pub.write(f"doc-{number}")
    pub.publish()
    return pub


@pytest.fixture
def server(publisher: TestPublisher) -> Iterator[RepoServer]:
    srv = RepoServer(publisher.repo).start()
    yield srv
    srv.stop()


@pytest.fixture
def open_library(tmp_path: Path) -> Iterator[Callable[[str], Library]]:
    """Open (and later close) libraries by name, without the bundled starter content."""
    opened: list[Library] = []

    def open_(name: str = "data") -> Library:
        lib = Library.open(tmp_path / name, bundled=False)
        opened.append(lib)
        return lib

    yield open_
    for lib in opened:
        lib.close()


@pytest.fixture
def library(open_library: Callable[[str], Library]) -> Library:
    return open_library("data")


@pytest.fixture
def make_client(publisher: TestPublisher) -> Callable[..., SyncClient]:
    """A SyncClient for ``lib`` that trusts the test publisher, with short timeouts."""

    def make(lib: Library, policy: TransferPolicy = FAST_POLICY) -> SyncClient:
        client = SyncClient(lib, policy=policy)
        client.configure(trust=str(publisher.root_file))
        return client

    return make


@pytest.fixture
def client(make_client: Callable[..., SyncClient], library: Library) -> SyncClient:
    return make_client(library)


def synced_ids(lib: Library) -> set[str]:
    return {m.id for m in lib.documents() if m.origin == "synced"}
