"""A real HTTP server on 127.0.0.1 serving a repository folder, with switchable misbehaviour.

Used by the sync tests instead of network mocks: it can cut connections after N bytes, drip
bytes slowly, send endless data, stall, vanish, serve tampered files, and count what it sent.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


@dataclass
class Behaviour:
    """What the server does; tests change fields while it runs."""

    cut_after: int | None = None  # send only this many body bytes of a document, then close
    cuts: int = 0  # how many responses to cut (decremented)
    drip_interval: float | None = None  # send documents one byte at a time with this pause
    endless: bool = False  # documents: stream data forever, no Content-Length
    stall: bool = False  # accept, then send nothing
    gone: bool = False  # drop every connection without an answer
    gone_after: int | None = None  # become "gone" after this many document requests
    gzip_json: bool = False  # compress .json answers when the client accepts gzip
    ranges: bool = True  # honour Range requests
    overrides: dict[str, bytes] = field(default_factory=dict)  # URL path -> body to serve
    delay: float = 0.0  # seconds to wait before answering a document request


@dataclass
class Logged:
    path: str
    status: int
    sent: int
    range: str | None


class _Handler(BaseHTTPRequestHandler):
    server: RepoServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        b = srv.behaviour
        path = unquote(urlsplit(self.path).path)
        is_document = path.startswith("/targets/") and not path.endswith(".json")
        if is_document and b.gone_after is not None:
            srv.document_requests += 1
            if srv.document_requests > b.gone_after:
                b.gone = True
        if b.gone:
            self.close_connection = True
            return
        if is_document and b.delay:
            time.sleep(b.delay)
        if b.stall:
            srv.stalled.wait(30)
            self.close_connection = True
            return
        body = b.overrides.get(path)
        if body is None:
            local = (srv.root / path.lstrip("/")).resolve()
            if not local.is_relative_to(srv.root) or not local.is_file():
                return self._send(path, 404, b"not found\n", None)
            body = local.read_bytes()
        if is_document and b.endless:
            return self._endless(path)
        headers: dict[str, str] = {}
        if (
            path.endswith(".json")
            and b.gzip_json
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        status, range_header = 200, self.headers.get("Range")
        if range_header and b.ranges and is_document:
            start = int(range_header.split("=")[1].split("-")[0])
            if start >= len(body):
                headers["Content-Range"] = f"bytes */{len(body)}"
                return self._send(path, 416, b"", range_header, headers)
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
            body, status = body[start:], 206
        if is_document and b.cuts > 0 and b.cut_after is not None:
            b.cuts -= 1
            return self._cut(path, status, body, headers, range_header)
        if is_document and b.drip_interval is not None:
            return self._drip(path, status, body, headers, range_header)
        self._send(path, status, body, range_header, headers)

    def _head(self, status: int, length: int | None, headers: dict[str, str]) -> None:
        self.send_response(status)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send(
        self,
        path: str,
        status: int,
        body: bytes,
        range_header: str | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._head(status, len(body), headers or {})
        self.wfile.write(body)
        self.server.log(path, status, len(body), range_header)

    def _cut(
        self, path: str, status: int, body: bytes, headers: dict[str, str], range_header: str | None
    ) -> None:
        part = body[: self.server.behaviour.cut_after]
        self._head(status, len(body), headers)
        self.wfile.write(part)
        self.wfile.flush()
        self.server.log(path, status, len(part), range_header)
        self.close_connection = True

    def _drip(
        self, path: str, status: int, body: bytes, headers: dict[str, str], range_header: str | None
    ) -> None:
        self._head(status, len(body), headers)
        sent = 0
        try:
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                sent += 1
                interval = self.server.behaviour.drip_interval
                if interval is None:
                    continue
                time.sleep(interval)
        except OSError:
            pass
        self.server.log(path, status, sent, range_header)
        self.close_connection = True

    def _endless(self, path: str) -> None:
        self.send_response(200)
        self.send_header("Connection", "close")
        self.end_headers()
        sent = 0
        try:
            while sent < 200 * 1024 * 1024:
                self.wfile.write(b"x" * 65536)
                sent += 65536
        except OSError:
            pass
        self.server.log(path, 200, sent, None)
        self.close_connection = True


class RepoServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root.resolve()
        self.behaviour = Behaviour()
        self.requests: list[Logged] = []
        self.document_requests = 0
        self.stalled = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-answer is what several tests are about

    def log(self, path: str, status: int, sent: int, range_header: str | None) -> None:
        with self._lock:
            self.requests.append(Logged(path, status, sent, range_header))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self) -> RepoServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stalled.set()
        self.shutdown()
        self.server_close()

    def __enter__(self) -> RepoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    @property
    def bytes_sent(self) -> int:
        return sum(r.sent for r in self.requests)
