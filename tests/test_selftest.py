"""``TIPdesk --self-test`` from the source tree: it passes here, and each check can fail."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Root

from tipdesk import __version__, resources, selftest

ROOT = Path(__file__).resolve().parent.parent


def run_selftest(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIPDESK_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "tipdesk.selftest", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    done = run_selftest(tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    statuses = {line.split()[1]: line.split()[0] for line in lines[1:-1]}
    assert set(statuses) == {name for name, _ in selftest.CHECKS} | {"program-folder"}
    for name in ("qt", "pdf-module", "fonts", "library", "search-pt", "render", "pdf-render"):
        assert statuses[name] == "ok", done.stdout
    assert lines[-1].startswith("self-test passed")
    assert not any(tmp_path.iterdir()), "the self-test must use its own temporary folder"


def test_version_is_printed(tmp_path: Path) -> None:
    done = run_selftest("--version", tmp_path=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"TIPdesk {__version__}"


@pytest.fixture
def started(qapp: object, tmp_path: Path) -> selftest.SelfTest:
    test = selftest.SelfTest(tmp_path)
    assert selftest.run_check("qt", selftest.check_qt, test).status == "ok"
    return test


def test_a_blank_pdf_page_fails_the_check(started: selftest.SelfTest, monkeypatch) -> None:
    def blank_pdf(path: Path) -> None:
        from PySide6.QtGui import QPainter, QPdfWriter

        writer = QPdfWriter(str(path))
        QPainter(writer).end()

    monkeypatch.setattr(selftest, "write_sample_pdf", blank_pdf)
    result = selftest.run_check("pdf-render", selftest.check_pdf_render, started)
    assert result.status == "FAILED"
    assert "blank" in result.detail


ENGLISH_ONLY = """---
id: shelters-en
title: Shelters
language: en
kind: guide
topics: [protection]
publisher: Test publisher
source_url: https://example.org/shelters-en
published: 2020-01-01
version: "1.0"
summary: Shelters.
---

# Shelters

Shelters for presumed victims of trafficking in persons.
"""


def test_a_search_without_hits_fails(tmp_path: Path) -> None:
    from tipdesk import Library

    doc = tmp_path / "shelters-en.md"
    doc.write_text(ENGLISH_ONLY, encoding="utf-8")
    test = selftest.SelfTest(tmp_path)
    test.library = Library.open(tmp_path / "data", bundled=False)
    try:
        test.library.import_paths([doc])
        assert selftest.run_check("s", selftest.make_search_check("en"), test).status == "ok"
        assert selftest.run_check("s", selftest.make_search_check("fr"), test).status == "FAILED"
    finally:
        test.library.close()


def signed_root(tmp_path: Path, *, tamper: bool) -> Path:
    signer = CryptoSigner.generate_ed25519()
    root = Root(expires=dt.datetime.now(dt.UTC) + dt.timedelta(days=365))
    for role in ("root", "targets", "snapshot", "timestamp"):
        root.add_key(signer.public_key, role)
    metadata = Metadata(root)
    metadata.sign(signer)
    if tamper:
        metadata.signed.version = 2  # changed after signing: the signature no longer matches
    path = tmp_path / "trust" / "root.json"
    path.parent.mkdir()
    path.write_bytes(metadata.to_bytes())
    return path


@pytest.mark.parametrize(("tamper", "status"), [(False, "ok"), (True, "FAILED")])
def test_the_trust_root_signature_is_verified(
    tmp_path: Path, monkeypatch, tamper: bool, status: str
) -> None:
    path = signed_root(tmp_path, tamper=tamper)
    monkeypatch.setattr(
        resources, "resource_path", lambda *parts: path if parts == ("trust", "root.json") else None
    )
    test = selftest.SelfTest(tmp_path)
    result = selftest.run_check("trust-root", selftest.check_trust_root, test)
    assert result.status == status, result.detail


def test_a_missing_trust_root_is_reported_as_skipped(tmp_path: Path, monkeypatch) -> None:
    def not_there(*parts: str) -> Path:
        raise FileNotFoundError(str(parts))

    monkeypatch.setattr(resources, "resource_path", not_there)
    test = selftest.SelfTest(tmp_path)
    result = selftest.run_check("trust-root", selftest.check_trust_root, test)
    assert result.status == "skipped"
    assert "trust root" in result.detail
