"""``tipdesk share``: serve this computer's verified repository state to the local network.

The server maps exactly the files the committed manifest names — the applied metadata (root
chain, timestamp, ``N.snapshot.json``, ``N.targets.json``) and the verified objects under their
hash-prefixed target names — and nothing else: no directory listing, no path from the request
ever touches the file system. Participants' TIPdesk verifies everything against the publisher's
keys, so the peer needs no trust; a peer older than a client is refused by the client.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tuf.api.metadata import Metadata, Timestamp

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import NotConfigured, SyncError
from tipdesk.sync.files import copy_atomic
from tipdesk.sync.naming import hashed_name
from tipdesk.sync.store import Manifest, SyncStore

MAX_CONNECTIONS = 16
IDLE_TIMEOUT = 15.0  # seconds a connection may sit idle (slow or stuck clients)
CHUNK = 64 * 1024


class ServedFiles:
    """URL path -> local file, rebuilt whenever the manifest changes."""

    def __init__(self, store: SyncStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._routes: dict[str, Path] = {}

    def routes(self) -> dict[str, Path]:
        try:
            stat = self.store.manifest_path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            return {}
        with self._lock:
            if stamp != self._stamp:
                self._routes = routes_for(self.store, self.store.manifest())
                self._stamp = stamp
            return self._routes


def routes_for(store: SyncStore, manifest: Manifest) -> dict[str, Path]:
    routes = {
        f"/metadata/{name}": store.meta_dir / f"{sha}.json"
        for name, sha in manifest.metadata.items()
    }
    for path, entry in manifest.files.items():
        routes["/targets/" + hashed_name(path, entry.sha256)] = store.object_path(
            path, entry.sha256
        )
    if manifest.index is not None:
        routes["/targets/" + hashed_name("index.json", manifest.index.sha256)] = store.object_path(
            "index.json", manifest.index.sha256
        )
    return routes


class _Handler(BaseHTTPRequestHandler):
    server: _BoundedServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # pitfall P9: without it every request stalls ~40 ms
    timeout = IDLE_TIMEOUT
    server_version = "TIPdesk-share"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        self.server.requests += 1

    def _serve(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        local = self.server.files.routes().get(path)
        if local is None or not local.is_file():
            self._send_status(HTTPStatus.NOT_FOUND)
            return
        size = local.stat().st_size
        start, end = _requested_range(self.headers.get("Range"), size)
        if start is None:
            self.send_response(HTTPStatus.OK)
            start, end = 0, size - 1
        elif start >= size:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        else:
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header(
            "Content-Type",
            "application/json" if path.endswith(".json") else "application/octet-stream",
        )
        self.send_header("Accept-Ranges", "bytes")
        self.send_header(
            "Cache-Control",
            "no-cache"
            if path == "/metadata/timestamp.json"
            else "public, max-age=31536000, immutable",
        )
        self.end_headers()
        if send_body:
            self._copy(local, start, end - start + 1)

    def _copy(self, local: Path, start: int, length: int) -> None:
        with open(local, "rb") as handle:
            handle.seek(start)
            while length > 0:
                chunk = handle.read(min(CHUNK, length))
                if not chunk:
                    break
                self.wfile.write(chunk)
                length -= len(chunk)

    def _send_status(self, status: HTTPStatus) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _requested_range(header: str | None, size: int) -> tuple[int | None, int]:
    """(start, end) of a single ``bytes=a-b`` / ``bytes=a-`` range, or (None, 0) for all."""
    if not header or not header.startswith("bytes=") or "," in header:
        return None, 0
    first, _, last = header[6:].strip().partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        return None, 0
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if last and int(last) < start:
        return None, 0
    return start, end


class _BoundedServer(ThreadingHTTPServer):
    daemon_threads = True
    # Stopping must not wait for idle keep-alive connections (they time out only after
    # IDLE_TIMEOUT): a participant's open connection kept Ctrl+C waiting.
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], files: ServedFiles, max_connections: int):
        self.files = files
        self.requests = 0
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self._slots.acquire()  # at most max_connections at once; the rest wait in the backlog
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class ShareServer:
    """Serve the verified state of ``lib``'s sync folder read-only over HTTP.

    ``start()`` binds to ``host`` only (``0.0.0.0`` = every interface, which the trainer
    chooses explicitly); ``port`` 0 picks a free port. ``url`` is the address to hand out.
    """

    def __init__(
        self,
        lib: Any,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.store = store_of(lib)
        self.host = host
        self.port = port
        self.max_connections = max_connections
        self._server: _BoundedServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if not self.store.manifest().metadata:
            raise NotConfigured(
                QT_TRANSLATE_NOOP(CONTEXT, "there is nothing to share yet: sync this library first")
            )
        self._server = _BoundedServer(
            (self.host, self.port), ServedFiles(self.store), self.max_connections
        )
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.1,), name="tipdesk-share", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ShareServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def requests(self) -> int:
        return self._server.requests if self._server is not None else 0

    @property
    def url(self) -> str:
        host = self.host if self.host not in ("0.0.0.0", "") else lan_address()
        return f"http://{host}:{self.port}/"


def store_of(lib: Any) -> SyncStore:
    """The sync state of a Library (or of anything with ``.paths``), or of a data folder path."""
    if hasattr(lib, "paths"):
        return SyncStore(lib.paths.sync_dir)
    return SyncStore(Path(lib) / "sync")


def lan_address() -> str:
    """This computer's address on the local network (no packet is sent)."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing lookup only
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def export_bundle(lib: Any, target: Path) -> int:
    """Copy the verified state into ``target`` as a repository folder; return files copied.

    Order: documents first, versioned metadata next, ``timestamp.json`` last, so a stick pulled
    out half-way still holds the previous bundle (plus unreferenced files). A folder holding a
    newer release is left alone.
    """
    store = store_of(lib)
    with store.locked():
        manifest = store.manifest()
        if not manifest.metadata:
            raise NotConfigured(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "there is nothing to export yet: sync this library first"
                )
            )
        _refuse_newer_bundle(target, manifest)
        try:
            return _copy_bundle(store, manifest, target)
        except OSError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP(CONTEXT, "cannot write the bundle to {dir}: {reason}"),
                dir=str(target),
                reason=exc.strerror or str(exc),
            ) from exc


def _refuse_newer_bundle(target: Path, manifest: Manifest) -> None:
    existing = target / "metadata" / "timestamp.json"
    if not existing.exists():
        return
    try:
        version = Metadata[Timestamp].from_file(str(existing)).signed.version
    except Exception:  # noqa: BLE001 - an unreadable old bundle is simply replaced
        return
    if version > manifest.timestamp_version:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{dir} already holds a newer release than this computer; sync from it instead",
            ),
            dir=str(target),
        )


def _copy_bundle(store: SyncStore, manifest: Manifest, target: Path) -> int:
    routes = routes_for(store, manifest)
    ordered = sorted(
        routes, key=lambda r: (r.startswith("/metadata/"), r == "/metadata/timestamp.json", r)
    )
    copied = 0
    for route in ordered:
        destination = target / route.lstrip("/")
        if route != "/metadata/timestamp.json" and destination.exists():
            continue
        copy_atomic(routes[route], destination)
        copied += 1
    newest_root = max(
        (n for n in manifest.metadata if n.endswith(".root.json")),
        key=lambda n: int(n.split(".")[0]),
    )
    shutil.copyfile(target / "metadata" / newest_root, target / "metadata" / "root.json")
    os.chmod(target / "metadata" / "root.json", 0o644)
    return copied
