"""Sync benchmark: 1,000 documents / ~50 MB over loopback, re-syncs, a no-change check, resume.

Publishes a generated library with ``tipdesk.sync.publisher``, serves it with a small counting
HTTP server on 127.0.0.1 (Nagle off, ``Range``, optional gzip for JSON), syncs a real
``Library`` with ``SyncClient`` and records time, body bytes, wire bytes and requests. Writes
its section to ``docs/benchmarks-sync.md``, raw numbers to ``benchmarks/.work/results/``.

Usage: ``python -m benchmarks.bench_sync [--docs 1000] [--size 51000] [--seed 7]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from benchmarks.corpora import REPO_ROOT
from benchmarks.measure import machine_info
from tipdesk import Library
from tipdesk.core.progress import Progress
from tipdesk.sync.client import APPLYING, SyncClient
from tipdesk.sync.keyops import init_keys
from tipdesk.sync.keys import KeyStore
from tipdesk.sync.publisher import publish
from tipdesk.sync.share import ShareServer

RESULTS = REPO_ROOT / "benchmarks" / ".work" / "results" / "sync.json"
REPORT = REPO_ROOT / "docs" / "benchmarks-sync.md"
NOTE_RESYNC_BYTES = 702_698  # research note, 1% re-sync over nginx, flat targets, no gzip
NOTE_RESYNC_REQUESTS = 14

FRONT = """---
id: {id}
title: {title_yaml}
language: {language}
kind: guide
group: {group}
topics: [protection, {topic}]
publisher: Benchmark publisher
source_url: https://example.org/{id}
published: 2024-0{month}-15
version: "{version}"
summary: {summary}
---

# {title}

"""


# -- content -------------------------------------------------------------------------------------
def sentence_pool() -> list[str]:
    """Real sentences from the bundled starter library (Markdown bodies, no front matter)."""
    sentences: list[str] = []
    for path in sorted((REPO_ROOT / "resources" / "library").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for line in body.splitlines():
            line = line.strip()
            if len(line) > 60 and not line.startswith(("#", "|", "-", "*", ">")):
                sentences += [s for s in re.split(r"(?<=[.;!?])\s+", line) if len(s) > 30]
    return sentences or ["Protection of victims of trafficking in persons is a duty of states."]


def document_text(doc_id: str, version: int, size: int, pool: list[str], rng: random.Random) -> str:
    stable = random.Random(doc_id)  # title and date survive revisions, as in real documents
    words = stable.choice(pool).split()[:8]
    title = " ".join(words).strip(".,;:") + f" ({doc_id})"
    text = FRONT.format(
        id=doc_id,
        title_yaml=json.dumps(title, ensure_ascii=False),
        title=title,
        language="en",
        group=doc_id,
        topic=rng.choice(["children", "forced-labour", "training"]),
        month=stable.randint(1, 9),
        version=f"1.{version}",
        summary=json.dumps(rng.choice(pool)[:180], ensure_ascii=False),
    )
    section = 0
    while len(text.encode("utf-8")) < size:
        section += 1
        text += f"\n## Part {section}\n\n"
        text += " ".join(rng.choice(pool) for _ in range(12)) + "\n"
    return text


def write_library(
    folder: Path, count: int, size: int, pool: list[str], rng: random.Random
) -> list[str]:
    ids = [f"bench-{number:04d}" for number in range(count)]
    for doc_id in ids:
        sub = folder / doc_id[-1]
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{doc_id}.md").write_text(
            document_text(doc_id, 0, size, pool, rng), encoding="utf-8"
        )
    return ids


def revise(
    folder: Path, doc_id: str, version: int, size: int, pool: list[str], rng: random.Random
) -> int:
    path = folder / doc_id[-1] / f"{doc_id}.md"
    path.write_text(document_text(doc_id, version, size, pool, rng), encoding="utf-8")
    return path.stat().st_size


# -- a counting static server ------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server: CountingServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def end_headers(self) -> None:
        self.server.add(headers=sum(len(h) for h in getattr(self, "_headers_buffer", [])) + 2)
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802
        srv = self.server
        path = unquote(urlsplit(self.path).path)
        local = (srv.root / path.lstrip("/")).resolve()
        srv.add(requests=1)
        if not local.is_relative_to(srv.root) or not local.is_file():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = local.read_bytes()
        status = 200
        range_header = self.headers.get("Range")
        gzipped = (
            srv.gzip_json
            and path.endswith(".json")
            and "gzip" in self.headers.get("Accept-Encoding", "")
        )
        if gzipped:
            body = gzip.compress(body, 6)
        elif range_header:
            start = int(range_header.split("=")[1].split("-")[0])
            body, status = body[start:], 206
        cut = srv.cut_every if (path.startswith("/targets/docs/") and srv.cut_every) else None
        self.send_response(status)
        if status == 206:
            total = local.stat().st_size
            self.send_header("Content-Range", f"bytes {total - len(body)}-{total - 1}/{total}")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        payload = body[:cut] if cut is not None and len(body) > cut else body
        self.wfile.write(payload)
        srv.add(body=len(payload))
        if path.startswith("/targets/docs/"):
            srv.add(documents=len(payload))
        if payload is not body:
            self.close_connection = True


class CountingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root.resolve()
        self.gzip_json = False
        self.cut_every: int | None = None
        self.counts = {"requests": 0, "body": 0, "headers": 0, "documents": 0}
        self._lock = threading.Lock()
        threading.Thread(target=self.serve_forever, args=(0.1,), daemon=True).start()

    def add(self, **amounts: int) -> None:
        with self._lock:
            for key, value in amounts.items():
                self.counts[key] += value

    def take(self) -> dict[str, int]:
        with self._lock:
            taken = dict(self.counts)
            self.counts = {"requests": 0, "body": 0, "headers": 0, "documents": 0}
        return taken

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class TransferOnly:
    """A stand-in library for rows that measure transfer and verification only."""

    def __init__(self, data_dir: Path) -> None:
        from tipdesk.core.library import LibraryPaths

        self.paths = LibraryPaths(data_dir)

    def apply_synced(self, files: Any, **_options: Any) -> None:
        del files


# -- measuring -----------------------------------------------------------------------------------
def timed_sync(client: SyncClient, source: str, server: CountingServer | None) -> dict[str, Any]:
    marks: dict[str, float] = {}

    def progress(report: Progress) -> None:
        if report.message.startswith(APPLYING) and "apply" not in marks:
            marks["apply"] = time.perf_counter()

    if server is not None:
        server.take()
    started = time.perf_counter()
    result = client.sync([source], progress=progress)
    ended = time.perf_counter()
    counts = server.take() if server is not None else {}
    apply_started = marks.get("apply", ended)
    return {
        "seconds": round(ended - started, 3),
        "transfer_seconds": round(apply_started - started, 3),
        "apply_seconds": round(ended - apply_started, 3),
        "client_bytes": result.bytes_downloaded,
        "client_requests": result.requests,
        "server_requests": counts.get("requests"),
        "body_bytes": counts.get("body"),
        "document_body_bytes": counts.get("documents"),
        "wire_bytes": (counts.get("body", 0) + counts.get("headers", 0)) if counts else None,
        "added": len(result.added),
        "updated": len(result.updated),
        "removed": len(result.removed),
        "files": result.files_downloaded,
    }


def metadata_sizes(repo: Path) -> dict[str, int]:
    meta = repo / "metadata"
    newest = max(int(p.name.split(".")[0]) for p in meta.glob("*.targets.json"))
    return {
        "targets": (meta / f"{newest}.targets.json").stat().st_size,
        "snapshot": (meta / f"{newest}.snapshot.json").stat().st_size,
        "timestamp": (meta / "timestamp.json").stat().st_size,
    }


def run(count: int, size: int, seed: int, work: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    pool = sentence_pool()
    content, repo, keys_dir = work / "content", work / "repo", work / "keys"
    results: dict[str, Any] = {"parameters": {"docs": count, "size": size, "seed": seed}}
    ids = write_library(content, count, size, pool, rng)
    results["content_bytes"] = sum(p.stat().st_size for p in content.rglob("*.md"))
    keys = KeyStore(keys_dir, lambda _new: b"benchmark passphrase")
    init_keys(keys)
    started = time.perf_counter()
    publish(content, repo, keys)
    results["publish_seconds"] = round(time.perf_counter() - started, 2)
    server = CountingServer(repo)
    root = str(keys_dir / "1.root.json")

    def client_for(name: str, transfer_only: bool = False) -> tuple[Any, SyncClient]:
        lib = (
            TransferOnly(work / name) if transfer_only else Library.open(work / name, bundled=False)
        )
        client = SyncClient(lib)
        client.configure(trust=root)
        return lib, client

    lib, client = client_for("client-http")
    results["initial_http"] = timed_sync(client, server.url, server)
    results["no_change"] = timed_sync(client, server.url, server)

    def change(docs: list[str], version: int) -> int:
        changed = sum(revise(content, d, version, size, pool, rng) for d in docs)
        publish(content, repo, keys)
        return changed

    one_percent = max(1, count // 100)
    picks = rng.sample(ids, one_percent * 3)
    changed_bytes = change(picks[:one_percent], 1)
    results["resync_1pct"] = {
        **timed_sync(client, server.url, server),
        "changed_bytes": changed_bytes,
        "metadata": metadata_sizes(repo),
    }
    server.gzip_json = True
    changed_bytes = change(picks[one_percent : 2 * one_percent], 2)
    results["resync_1pct_gzip"] = {
        **timed_sync(client, server.url, server),
        "changed_bytes": changed_bytes,
    }
    server.gzip_json = False

    withdrawn = picks[2 * one_percent]
    (content / withdrawn[-1] / f"{withdrawn}.md").unlink()
    (content / "0" / "bench-new.md").write_text(document_text("bench-new", 0, size, pool, rng))
    changed_bytes = change(picks[2 * one_percent + 1 : 3 * one_percent], 3)
    changed_bytes += (content / "0" / "bench-new.md").stat().st_size
    results["resync_add_withdraw"] = {
        **timed_sync(client, server.url, server),
        "changed_bytes": changed_bytes,
    }

    lib.close()

    _, usb = client_for("client-usb", transfer_only=True)
    results["initial_folder"] = timed_sync(usb, str(repo), None)
    with ShareServer(work / "client-http", "127.0.0.1", 0) as share:
        _, peer = client_for("client-peer", transfer_only=True)
        results["initial_peer"] = timed_sync(peer, share.url, None)
        results["initial_peer"]["share_requests"] = share.requests

    big = content / "0" / "bench-big.md"
    big.write_text(document_text("bench-big", 0, 10_000_000, pool, rng), encoding="utf-8")
    publish(content, repo, keys)
    server.cut_every = 2_000_000
    results["resume_10mb_cut_every_2mb"] = {
        **timed_sync(usb, server.url, server),
        "document_bytes": big.stat().st_size,
    }
    server.shutdown()
    return results


# -- report --------------------------------------------------------------------------------------
def _mb(count: float | None) -> str:
    return "–" if count is None else f"{count / 1e6:.2f} MB"


def _kb(count: float | None) -> str:
    return "–" if count is None else f"{count / 1e3:.1f} KB"


def write_report(results: dict[str, Any], machine: dict[str, str], out: Path) -> None:
    r = results
    p = r["parameters"]
    one = r["resync_1pct"]
    meta_total = sum(one["metadata"].values())
    bound = 2 * (one["changed_bytes"] + meta_total)
    rows = [
        ("initial sync, HTTP", r["initial_http"]),
        ("no-change check", r["no_change"]),
        ("1% re-sync (revisions)", one),
        ("1% re-sync, JSON gzipped", r["resync_1pct_gzip"]),
        ("1% re-sync with 1 added + 1 withdrawn", r["resync_add_withdraw"]),
        ("initial sync, USB folder (transfer only)", r["initial_folder"]),
        ("initial sync from a peer, `tipdesk share` (transfer only)", r["initial_peer"]),
        (
            "10 MB document, connection cut every 2 MB (transfer only)",
            r["resume_10mb_cut_every_2mb"],
        ),
    ]
    lines = [
        "## Sync",
        "",
        f"Measured {machine['date']} on {machine['cpu']} ({machine['cores']} cores, "
        f"{machine['ram_gib']} GiB RAM), {machine['os']}, Python {machine['python']}, "
        f"load average {machine['load_average_1m']}, commit {machine['commit']}. "
        f"`python -m benchmarks.bench_sync` — {p['docs']:,} generated Markdown documents of "
        f"~{p['size'] // 1000} KB ({_mb(r['content_bytes'])}), published with `tipdesk.sync` "
        f"({r['publish_seconds']} s), served over loopback by a Python HTTP server (Nagle off), "
        "synced into a real library (catalogue and search index updated). *Transfer* is "
        "metadata, download and verification; *apply* is `Library.apply_synced`.",
        "",
        "| scenario | total | transfer | apply | files | requests | body bytes | wire bytes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in rows:
        requests = row.get("server_requests") or row.get("share_requests") or row["client_requests"]
        body = row.get("body_bytes") if row.get("body_bytes") is not None else row["client_bytes"]
        lines.append(
            f"| {name} | {row['seconds']:.2f} s | {row['transfer_seconds']:.2f} s | "
            f"{row['apply_seconds']:.2f} s | {row['files']} | {requests} | "
            f"{_mb(body)} | {_mb(row.get('wire_bytes'))} |"
        )
    resume = r["resume_10mb_cut_every_2mb"]
    overhead = resume["document_body_bytes"] - resume["document_bytes"]
    lines += [
        "",
        f"- **1% re-sync** ({one['updated']} documents revised, {_kb(one['changed_bytes'])} of "
        f"documents; metadata {_kb(meta_total)}: targets {_kb(one['metadata']['targets'])}): "
        f"{_kb(one['wire_bytes'])} on the wire in {one['server_requests']} requests. The bound "
        f'"2 × (changed documents + metadata)" is {_kb(bound)}: '
        f"{'met' if one['wire_bytes'] <= bound else 'NOT met'}. The research note measured "
        f"{_kb(NOTE_RESYNC_BYTES)} and {NOTE_RESYNC_REQUESTS} requests for the same case; with "
        f"JSON gzipped (as nginx serves it with the documented config) it is "
        f"{_kb(r['resync_1pct_gzip']['wire_bytes'])} in "
        f"{r['resync_1pct_gzip']['server_requests']} requests. Revisions do not change the signed "
        "index, so it is not downloaded; adding or withdrawing a document adds the index "
        f"({r['resync_add_withdraw']['server_requests']} requests in that row).",
        f"- **No-change check**: {r['no_change']['server_requests']} requests "
        f"(`2.root.json` → 404, `timestamp.json`), {_kb(r['no_change']['wire_bytes'])} on the "
        "wire.",
        f"- **Resume**: a 10 MB document through a connection cut every 2 MB completed in one "
        f"sync with {resume['server_requests']} requests (metadata and index included); the "
        f"document's bytes on the wire were {resume['document_body_bytes']:,} for a "
        f"{resume['document_bytes']:,}-byte document, an overhead of {overhead:,} bytes "
        f"({overhead / max(resume['document_bytes'], 1):.2%}): nothing is fetched twice.",
        f"- Time is dominated by applying documents to the library (`apply` column: parsing, "
        f"catalogue and search index); transfer and verification of {p['docs']:,} documents take "
        f"{r['initial_http']['transfer_seconds']:.1f} s over loopback. On a real link, bytes "
        "and round trips matter: ngclient downloads one file after another, so at 1 Mbit/s the "
        "initial 50 MB take about 7 minutes and a 1% re-sync about 5 seconds.",
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark TIPdesk sync over loopback.")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--size", type=int, default=51_000, help="bytes per document")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="tipdesk-bench-sync-"))
    try:
        results = run(args.docs, args.size, args.seed, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    machine = machine_info(REPO_ROOT)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": machine, **results}, indent=1), encoding="utf-8")
    write_report(results, machine, args.report)
    print(args.report.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
