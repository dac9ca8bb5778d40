"""Sync through a real nginx serving the repository with the configuration from docs/sync.md."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import urllib3

from tests.sync.helpers import TestPublisher
from tipdesk import Library
from tipdesk.sync.client import SyncClient

DOCS = Path(__file__).resolve().parents[2] / "docs" / "sync.md"


def _nginx() -> str | None:
    found = shutil.which("nginx") or (os.path.exists("/usr/sbin/nginx") and "/usr/sbin/nginx")
    if found:
        return str(found)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(
        ["apt-get", "install", "-y", "nginx-light"], capture_output=True, env=env, timeout=600
    )
    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None
    )


def documented_server_block() -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text.split("# BEGIN tipdesk-nginx\n")[1].split("# END tipdesk-nginx")[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def nginx(publisher: TestPublisher, tmp_path: Path) -> Iterator[str]:
    binary = _nginx()
    if binary is None:
        pytest.skip("nginx is not installed and cannot be installed here (needs root and apt)")
    port = _free_port()
    block = (
        documented_server_block()
        .replace("listen 80;", f"listen 127.0.0.1:{port};")
        .replace("/srv/tipdesk-repo", str(publisher.repo))
    )
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    config = prefix / "nginx.conf"
    config.write_text(f"""
daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 64; }}
http {{
    types {{ application/json json; }}
    default_type application/octet-stream;
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
{block}
}}
""")
    process = subprocess.Popen(
        [binary, "-c", str(config), "-p", str(prefix)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                error = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"nginx did not start: {error}")
            time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(10)


def test_sync_through_nginx_with_the_documented_configuration(
    publisher: TestPublisher, nginx: str, library: Library, make_client
) -> None:  # noqa: ANN001
    publisher.write("guia", name="guías/São Paulo guía.md", title="Guía", language="es")
    publisher.publish()
    client: SyncClient = make_client(library)
    report = client.sync([nginx])
    assert len(report.added) == 6 and "guia" in report.added

    http = urllib3.PoolManager()
    timestamp = http.request(
        "GET",
        nginx + "metadata/timestamp.json",
        headers={"Accept-Encoding": "gzip"},
        decode_content=False,
    )
    assert timestamp.headers["Cache-Control"] == "no-cache"
    blob = next(p for p in (publisher.repo / "targets" / "docs").iterdir())
    document = http.request("GET", nginx + "targets/docs/" + blob.name)
    assert "immutable" in document.headers["Cache-Control"]
    assert http.request("GET", nginx + "targets/docs/").status in (403, 404)  # no listing
    targets = http.request(
        "GET",
        nginx + "metadata/2.targets.json",
        headers={"Accept-Encoding": "gzip"},
        decode_content=False,
    )
    assert targets.headers.get("Content-Encoding") == "gzip"

    publisher.write("doc-1", "Revised through nginx.", version="2")
    publisher.publish()
    assert client.sync([nginx]).updated == ("doc-1",)
