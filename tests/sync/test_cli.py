"""The command line a publisher and a trainer use: keys, publish, sync, share, export."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tipdesk.cli.library  # noqa: F401 - see below
from tests.sync.helpers import FRONT, TestPublisher, expired_lifetimes
from tests.sync.servers import RepoServer
from tipdesk.cli import main

# tipdesk.cli.progressbar binds sys.stderr as a default argument when first imported; importing
# it here (at collection) keeps it away from a capsys stream that a test later closes.

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(data_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(data_template, target)
    return target


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_publisher_workflow_from_keys_to_sync(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text("a passphrase for the test\n")
    keys, repo, content = tmp_path / "keys", tmp_path / "repo", tmp_path / "content"
    content.mkdir()
    (content / "one.md").write_text(
        FRONT.format(
            id="cli-one",
            title="CLI one",
            language="en",
            group="cli-one",
            version="1",
            body="Protection of victims.",
        )
    )
    code, out, _ = run(capsys, "keys", "init", keys, "--passphrase-file", secret)
    assert code == 0 and "1.root.json" in out
    code, out, _ = run(capsys, "publish", content, "--repo", repo, "--keys", keys)
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "publish", content, "--repo", repo, "--keys", keys)
    assert "Nothing changed" in out
    code, out, _ = run(capsys, "keys", "status", "--repo", repo)
    assert code == 0 and "timestamp" in out and "1 documents" in out
    code, out, _ = run(capsys, "keys", "timestamp", "--repo", repo, "--keys", keys)
    assert code == 0 and "version 2" in out
    code, out, _ = run(
        capsys,
        "keys",
        "rotate",
        "snapshot",
        "--repo",
        repo,
        "--keys",
        keys,
        "--passphrase-file",
        secret,
    )
    assert code == 0 and "version 2" in out
    code, out, err = run(
        capsys, "sync", "--from", repo, "--trust", keys / "1.root.json", "--data-dir", data_dir
    )
    assert code == 0, err
    assert "1 added" in out and "cli-one" in out
    code, out, _ = run(capsys, "sync", "--data-dir", data_dir)  # remembered source and trust
    assert code == 0 and "Up to date" in out
    code, out, _ = run(capsys, "sync", "--status", "--data-dir", data_dir)
    assert "release 1" in out and "valid" in out and "cli-one" in out
    code, out, _ = run(capsys, "sync", "--check", "--data-dir", data_dir)
    assert code == 0 and "No updates" in out


def test_an_expired_source_fails_with_one_line_and_the_library_works(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pub = TestPublisher(tmp_path / "pub")
    pub.write("doc-1")
    pub.publish()
    assert (
        run(capsys, "sync", "--from", pub.repo, "--trust", pub.root_file, "--data-dir", data_dir)[0]
        == 0
    )
    pub.write("doc-2")
    pub.publish(expired_lifetimes())
    code, out, err = run(capsys, "sync", "--data-dir", data_dir)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("tipdesk: the source")
    assert "out of date" in err and "your library still works offline" in err
    code, out, _ = run(capsys, "search", "protection", "--data-dir", data_dir)
    assert code == 0 and out.strip()


def test_publish_demo_publishes_the_starter_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "publish-demo", tmp_path / "demo")
    assert code == 0 and "Published release 1" in out
    assert f"tipdesk sync --from {tmp_path / 'demo'} --trust" in out
    assert not list((tmp_path / "demo").rglob("*.pem"))  # no key inside the repository
    code, out, _ = run(capsys, "publish-demo", tmp_path / "demo")  # again: nothing changed
    assert "Nothing changed" in out


def test_the_printed_demo_line_syncs(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "demo.md").write_text(
        FRONT.format(
            id="demo-doc",
            title="Demo",
            language="en",
            group="demo-doc",
            version="1",
            body="Protection of victims.",
        )
    )
    code, out, _ = run(capsys, "publish-demo", tmp_path / "demo", "--content", content)
    line = next(x for x in out.splitlines() if x.strip().startswith("tipdesk sync"))
    code, out, err = run(capsys, *line.split()[1:], "--data-dir", str(data_dir))
    assert code == 0, err
    assert "Synced from" in out and "demo-doc" in out


def test_share_and_export_bundle_from_the_command_line(
    tmp_path: Path, data_dir: Path, data_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pub = TestPublisher(tmp_path / "pub")
    pub.write("doc-1")
    pub.publish()
    with RepoServer(pub.repo).start() as server:
        assert (
            run(
                capsys,
                "sync",
                "--from",
                server.url,
                "--trust",
                pub.root_file,
                "--data-dir",
                data_dir,
            )[0]
            == 0
        )
    stick = tmp_path / "stick"
    code, out, _ = run(capsys, "export-bundle", stick, "--data-dir", data_dir)
    assert code == 0 and (stick / "metadata" / "timestamp.json").exists()

    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    share = subprocess.Popen(
        [sys.executable, "-m", "tipdesk", "share", "--port", "0", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    try:
        first = share.stdout.readline() if share.stdout else ""
        assert "Sharing this library's verified updates at http://127.0.0.1:" in first
        url = first.rsplit(" ", 1)[1].strip()
        other = shutil.copytree(data_template, tmp_path / "participant")
        code, out, err = run(
            capsys, "sync", "--from", url, "--trust", pub.root_file, "--data-dir", other
        )
        assert code == 0, err
        assert "1 added" in out
    finally:
        share.send_signal(signal.SIGINT)
        try:
            share.wait(10)
        except subprocess.TimeoutExpired:
            share.kill()  # never leave a server behind, even when the test fails
            share.wait()
            raise
    assert share.returncode == 0


def test_ctrl_c_stops_cleanly_and_the_next_sync_resumes(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pub = TestPublisher(tmp_path / "pub")
    pub.write("big", size=300_000)
    pub.publish()
    with RepoServer(pub.repo).start() as server:
        server.behaviour.drip_interval = 0.0005
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tipdesk",
                "sync",
                "--from",
                server.url,
                "--trust",
                str(pub.root_file),
                "--data-dir",
                str(data_dir),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO_ROOT,
        )
        partial = data_dir / "sync" / "partial"
        deadline = time.monotonic() + 30
        while not any(p.stat().st_size > 1000 for p in partial.glob("*.part")):
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=20)
        assert child.returncode == 1
        assert "cancelled" in err
        kept = next(partial.glob("*.part")).stat().st_size
        assert kept > 1000
        server.behaviour.drip_interval = None
        server.reset_log()
        code, out, _ = run(capsys, "sync", "--data-dir", data_dir)
        assert code == 0 and "1 added" in out
        ranges = [r.range for r in server.requests if r.path.endswith(".big.md")]
        assert ranges and ranges[0] is not None and int(ranges[0][6:-1]) >= kept


def test_the_progress_line_shows_bytes_files_and_speed_then_documents() -> None:
    import io

    from tipdesk.core.progress import Progress
    from tipdesk.sync.terminal import SyncProgressLine

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    line = SyncProgressLine(screen)
    line(Progress(2_500_000, 10_000_000, "3/12 files, 1.2 MB/s"))
    line(Progress(12, 12, "updating the library: doc.md"))
    line.close()
    text = screen.getvalue()
    assert "2.5 MB/10.0 MB" in text and "3/12 files, 1.2 MB/s" in text
    assert "Updating the library: 12/12 documents" in text
    quiet = io.StringIO()  # not a terminal: nothing drawn
    SyncProgressLine(quiet)(Progress(1, 2, "x"))
    assert quiet.getvalue() == ""


def test_sync_never_imports_qt() -> None:
    code = (
        "import sys, tipdesk.sync.commands, tipdesk.sync.client, tipdesk.sync.share, "
        "tipdesk.sync.publisher, tipdesk.sync.keyops, tipdesk.sync.demo; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
