"""What a user does from the first minute: search by keyboard, open a hit, come back later."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import StartWindow
from tests.gui.helpers import press, type_text
from tipdesk.core.progress import Progress
from tipdesk.gui.app import DesktopApp
from tipdesk.gui.main_window import MainWindow
from tipdesk.gui.startup import REBUILDING

ROOT = Path(__file__).resolve().parents[2]


def test_search_by_keyboard_and_open_the_hit_at_its_section(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = start_window(data_dir).window
    assert isinstance(window, MainWindow)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.focusWidget()
    qtbot.waitUntil(lambda: window.search_panel.isAncestorOf(window.focusWidget()))
    box = window.focusWidget()

    with qtbot.waitSignal(window.search_panel.searchFinished, timeout=10_000) as finished:
        type_text(box, "derivación")
    assert finished.args[0] >= 1
    hit = window.search_panel.model.hit(0)
    assert hit.doc_id == "trata-guia-es"

    press(box, Qt.Key.Key_Down)
    press(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 1)
    reader = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=10_000)
    assert reader.current_doc_id() == "trata-guia-es"
    assert hit.section_anchor
    qtbot.waitUntil(lambda: reader.current_anchor() == hit.section_anchor)
    qtbot.waitUntil(lambda: window.tabs.tabToolTip(0) == "Guía para identificar víctimas")
    assert window.tabs.tabText(0).startswith("Guía para identificar")
    assert window.windowTitle() == "Guía para identificar víctimas — TIPdesk"


def test_switching_language_keeps_the_open_document_and_place(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = start_window(data_dir).window
    assert isinstance(window, MainWindow)
    reader = window.open_document("trafficking-guide-en", "referral")
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: reader.current_anchor() == "referral")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File"

    window.actions_.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Archivo")
    assert [a.text() for a in window.menuBar().actions()] != menus
    assert window.actions_.quit.text() == "&Salir"
    assert window.tabs.count() == 1 and window.tabs.currentWidget() is reader
    assert reader.current_doc_id() == "trafficking-guide-en"
    assert reader.current_anchor() == "referral"
    assert window.context.preferences.language == "es"

    window.actions_.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")


def test_a_second_start_brings_the_first_window_forward_and_exits(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    desktop = start_window(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(desktop.server.raiseRequested, timeout=30_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "tipdesk.gui", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    assert second.returncode == 0, second.stdout.read() if second.stdout else ""
    assert desktop.window.isVisible()
    assert "was asked to come forward" in (data_dir / "logs" / "tipdesk.log").read_text()


def test_first_start_imports_the_starter_library_with_progress(qtbot, qapp, tmp_path: Path) -> None:
    desktop = DesktopApp(qapp, tmp_path / "fresh", language="en", bundled=True)
    seen: list[Progress] = []
    desktop.openingProgress.connect(seen.append)
    try:
        with qtbot.waitSignal(desktop.ready, timeout=120_000):
            assert desktop.start()
            qtbot.waitUntil(
                lambda: desktop.startup_window is not None and desktop.startup_window.isVisible(),
                timeout=10_000,
            )
            qtbot.waitUntil(
                lambda: "first use" in desktop.startup_window.status.text(), timeout=30_000
            )
            assert desktop.startup_window.bar.maximum() > 50  # the number of files to import
        assert desktop.startup_window is None  # closed once the window shows
        assert any(p.total and p.total > 50 for p in seen)
        window = desktop.window
        qtbot.waitUntil(lambda: window.counts.text().endswith("4 languages"), timeout=10_000)
    finally:
        desktop.shutdown()


def test_a_damaged_index_is_rebuilt_with_a_visible_message(
    qtbot, qapp, tmp_path: Path, data_dir: Path
) -> None:
    index_dir = data_dir / "index"
    for path in index_dir.iterdir():
        if path.is_file() and path.suffix == ".seg":
            path.write_bytes(b"\0" * 64)
    if not any(p.suffix == ".seg" for p in index_dir.iterdir()):
        shutil.rmtree(index_dir)
        index_dir.mkdir()
        (index_dir / "_MAIN_1.toc").write_bytes(b"garbage")
    desktop = DesktopApp(qapp, data_dir, language="en", bundled=False)
    seen: list[tuple[str, bool]] = []
    desktop.openingProgress.connect(
        lambda p: seen.append(
            (p.message, bool(desktop.startup_window and desktop.startup_window.isVisible()))
        )
    )
    try:
        with qtbot.waitSignal(desktop.ready, timeout=60_000):
            assert desktop.start()
        assert (REBUILDING, True) in seen
        window = desktop.window
        qtbot.waitUntil(lambda: "rebuilt" in window.statusBar().currentMessage(), timeout=10_000)
        with qtbot.waitSignal(window.search_panel.searchFinished, timeout=10_000) as found:
            window.search_panel.search_for("bondage")
        assert found.args[0] == 1
    finally:
        desktop.shutdown()


def test_the_real_program_starts_and_a_second_start_hands_over(qtbot, data_dir: Path) -> None:
    """`python -m tipdesk.gui` twice on one data folder: the second asks the first and exits."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tipdesk.gui", "--data-dir", str(data_dir), "--lang", "es"]
    log_file = data_dir / "logs" / "tipdesk.log"
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(
            lambda: log_file.exists() and "window ready" in log_file.read_text(), timeout=60_000
        )
        assert "interface language: es" in log_file.read_text()
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=60)
        assert second.returncode == 0
        qtbot.waitUntil(lambda: "was asked to come forward" in log_file.read_text())
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.wait(30)


def test_without_a_display_the_program_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "tipdesk.gui", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "no graphical display found" in done.stderr
    assert "Traceback" not in done.stderr
