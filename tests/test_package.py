"""The packaged TIPdesk: what the bundle keeps and leaves out, and the whole package test.

The filter tests are quick. The package test builds the bundle with PyInstaller and runs
``scripts/package-test.sh`` (self-test here; then, as root, in a Python-less Debian 12 root with
the real window under Xvfb). It needs PyInstaller (``scripts/bootstrap.sh package``); set
``TIPDESK_SKIP_PACKAGE_TEST=1`` to leave it out of a local run.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshots" / "packaged-window.png"


def load_bundle_contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "build" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = load_bundle_contents()


@pytest.mark.parametrize(
    "dest",
    [
        "libgssapi_krb5.so.2",  # libQt6Network needs it, and QtPdf needs libQt6Network
        "libkrb5.so.3",
        "libQt6Pdf.so.6",
        "libxcb-cursor.so.0",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_pt_BR.qm",
        "resources/seed/catalogue.sqlite",
        "ui/translations/tipdesk_pt.qm",
    ],
)
def test_the_bundle_keeps(dest: str) -> None:
    assert contents.wanted(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "libcups.so.2",
        "libgnutls.so.30",
        "PySide6/Qt/translations/qt_es.qm",  # needs the Addons catalogues; does not load
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtdeclarative_es.qm",
    ],
)
def test_the_bundle_leaves_out(dest: str) -> None:
    assert not contents.wanted(dest)


def test_a_build_machine_without_the_xcb_libraries_is_refused() -> None:
    everything = [*contents.REQUIRED_ON_LINUX, "libfoo.so.1"]
    assert contents.missing_on_linux(everything) == []
    without = [name for name in everything if not name.startswith("libxcb-cursor")]
    assert contents.missing_on_linux(without) == ["libxcb-cursor.so.0"]


# --- the whole package test ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def package_test() -> dict[str, tuple[str, str]]:
    if os.environ.get("TIPDESK_SKIP_PACKAGE_TEST"):
        pytest.skip("TIPDESK_SKIP_PACKAGE_TEST is set")
    if not sys.platform.startswith("linux"):
        pytest.skip("the package test builds the Linux package")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: run scripts/bootstrap.sh package")
    started = time.time()
    done = subprocess.run(
        [str(ROOT / "scripts" / "package-test.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    summary = (ROOT / ".pyinstaller" / "package-test" / "summary.txt").read_text()
    results: dict[str, tuple[str, str]] = {}
    for line in summary.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.partition(": ")
        results[name] = (status, detail)
    results["_run"] = (str(done.returncode), done.stdout[-3000:] + done.stderr[-3000:])
    results["_started"] = (str(started), "")
    return results


def expect_pass(results: dict[str, tuple[str, str]], step: str) -> str:
    assert step in results, results["_run"][1]
    status, detail = results[step]
    if status == "SKIP":
        pytest.skip(f"{step}: {detail}")
    assert status == "PASS", f"{step}: {detail}"
    return detail


@pytest.mark.slow
def test_the_bundle_passes_its_self_test_on_the_build_machine(package_test) -> None:
    assert "self-test passed" in expect_pass(package_test, "self-test-host")


@pytest.mark.slow
def test_the_archive_holds_the_folder_the_desktop_file_and_the_icon(package_test) -> None:
    assert "linux-x86_64.tar.gz" in expect_pass(package_test, "archive")


@pytest.mark.slow
def test_the_bundle_passes_its_self_test_on_debian_12_without_python(package_test) -> None:
    assert "13 ok, 0 skipped" in expect_pass(package_test, "self-test-debian12")


@pytest.mark.slow
def test_the_real_window_searches_on_debian_12(package_test) -> None:
    detail = expect_pass(package_test, "window-debian12")
    assert "program folder unchanged" in detail
    assert SCREENSHOT.stat().st_mtime >= float(package_test["_started"][0])
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_the_package_test_exits_0(package_test) -> None:
    assert package_test["_run"][0] == "0", package_test["_run"][1]
