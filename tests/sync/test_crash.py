"""Crash safety: kill -9 at random moments, a full disk, and the resume that follows."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.helpers import TestPublisher
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.sync.client import SyncClient
from tipdesk.sync.files import sha256_file
from tipdesk.sync.store import SyncStore

REPO_ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


def _synced_hashes(lib: Library) -> dict[str, str]:
    return {m.id: m.content_hash for m in lib.documents() if m.origin == "synced"}


def _published(pub: TestPublisher) -> dict[str, str]:
    """{doc id: sha256} of the publisher's current release."""
    targets = pub.files.targets()
    assert targets is not None
    return {
        Path(p).stem: t.hashes["sha256"]
        for p, t in targets.signed.targets.items()
        if p.startswith("docs/")
    }


def check_consistent(lib: Library, seen_hashes: dict[str, set[str]]) -> str:
    """The state after a kill: a readable manifest whose objects are all there and verified,
    and a library that opens, searches, and holds only documents of a published release."""
    store = SyncStore(lib.paths.sync_dir)
    manifest = store.manifest()  # parses: the manifest is never half-written
    for path, entry in manifest.files.items():
        local = store.object_path(path, entry.sha256)
        assert local.exists(), f"{path}: object missing"
        assert sha256_file(local) == entry.sha256, f"{path}: object corrupt"
    for sha in manifest.metadata.values():
        assert (store.meta_dir / f"{sha}.json").exists()
    docs = _synced_hashes(lib)
    assert lib.search("protection").total > 0
    for doc_id, content_hash in docs.items():
        assert content_hash in seen_hashes[doc_id], f"{doc_id}: unknown content"
    assert lib.user.notes("doc-1")[0].text == "my note"  # user data is never touched
    if manifest.library_applied:
        expected = {Path(p).stem: e.sha256 for p, e in manifest.files.items()}
        assert docs == expected
        return "applied"
    return "pending"


def test_kill_9_at_random_points_then_resume(tmp_path: Path, data_template: Path) -> None:
    rng = random.Random(int(os.environ.get("TIPDESK_KILL_SEED", "5")))
    pub = TestPublisher(tmp_path / "pub")
    for n in range(1, 31):
        pub.write(f"doc-{n}", size=20_000)
    pub.publish()
    server = RepoServer(pub.repo).start()
    server.behaviour.delay = 0.02  # downloads take a noticeable share of each run
    data = shutil.copytree(data_template, tmp_path / "data")
    seen: dict[str, set[str]] = {}

    def remember_release() -> None:
        for doc_id, sha in _published(pub).items():
            seen.setdefault(doc_id, set()).add(sha)

    remember_release()
    with Library.open(data) as lib:
        client = SyncClient(lib)
        client.configure(trust=str(pub.root_file))
        client.sync([server.url])
        lib.user.add_note("doc-1", "my note")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", "tipdesk", "sync", "--data-dir", str(data)]
    outcomes: dict[str, int] = {}
    duration = 0.0  # of an uninterrupted run, measured in the first round
    kills = 0
    round_number = 0
    try:
        while kills < KILLS and round_number < KILLS + 12:
            for n in rng.sample(range(2, 31), 5):
                pub.write(
                    f"doc-{n}",
                    f"Revision {round_number} of {n}.",
                    size=20_000,
                    version=f"1.{round_number}",
                )
            pub.write(f"new-{round_number}")
            if round_number:
                pub.remove(f"new-{round_number - 1}.md")
            pub.publish()
            remember_release()

            started = time.monotonic()
            child = subprocess.Popen(
                command,
                env=env,
                cwd=REPO_ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            kill_at = rng.uniform(0.3, duration) if duration else None
            try:
                child.wait(kill_at)
                duration = time.monotonic() - started  # adapt to this machine's speed
                state = "finished"
            except subprocess.TimeoutExpired:
                child.kill()  # SIGKILL: no cleanup, no finally blocks
                child.wait()
                state = "killed"
                kills += 1
            committed = SyncStore(data / "sync").manifest().targets_version == round_number + 2
            with Library.open(data) as lib:
                state += "/" + ("committed" if committed else "not committed")
                state += "/" + check_consistent(lib, seen)
                outcomes[state] = outcomes.get(state, 0) + 1
                report = SyncClient(lib).sync()  # resume with the remembered source
                assert _synced_hashes(lib) == _published(pub), f"round {round_number}"
                assert report.release == round_number + 2
            assert not list((data / "sync" / "partial").iterdir())
            round_number += 1
    finally:
        server.stop()
    print("kill outcomes:", json.dumps(outcomes))
    assert kills >= KILLS


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    return result.returncode == 0


def test_a_full_disk_leaves_the_library_intact_and_the_next_sync_completes(
    tmp_path: Path, data_template: Path
) -> None:
    disk = tmp_path / "small-disk"
    if not _mount_tmpfs(disk, "64m"):
        pytest.skip("cannot mount a small tmpfs here (needs root); full-disk test skipped")
    try:
        data = shutil.copytree(data_template, disk / "data")
        pub = TestPublisher(tmp_path / "pub")
        for n in range(1, 11):
            pub.write(f"doc-{n}", size=20_000)
        pub.publish()
        with Library.open(data) as lib:
            client = SyncClient(lib)
            client.configure(trust=str(pub.root_file))
            client.sync([str(pub.repo)])
            before = _synced_hashes(lib)
        for n in range(1, 11):
            pub.write(f"doc-{n}", "Revised.", size=400_000, version="2")
        pub.publish()
        free = shutil.disk_usage(disk).free
        outcomes = []
        for leave in (100_000, 600_000, 1_500_000, 3_000_000, 4_500_000):
            filler = disk / "filler"
            with open(filler, "wb") as handle:
                handle.truncate(0)
                handle.write(b"\0" * max(free - leave, 0))
            with Library.open(data) as lib:
                try:
                    SyncClient(lib).sync()
                    outcomes.append("synced")
                except Exception as exc:  # noqa: BLE001 - any failure must be a clean one
                    assert getattr(exc, "message", ""), f"not a user error: {exc!r}"
                    assert "disk" in exc.message.lower() or "space" in exc.message.lower()
                    outcomes.append("disk full")
                assert lib.search("protection").total > 0
                if outcomes[-1] == "synced":
                    break
                docs = _synced_hashes(lib)
                assert all(docs.get(k) in (v, _published(pub)[k]) for k, v in before.items())
            filler.unlink()
            free = shutil.disk_usage(disk).free
        filler = disk / "filler"
        filler.unlink(missing_ok=True)
        with Library.open(data) as lib:
            SyncClient(lib).sync()
            assert _synced_hashes(lib) == _published(pub)
        assert "disk full" in outcomes
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
