"""Presentation mode: keys and clickers, black screen, search while presenting, two screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.core.packhelpers import build_pack, seminar_library
from tests.gui.appcontext import close_context, open_context
from tests.gui.helpers import press, type_text
from tipdesk.core.deck import Deck
from tipdesk.core.packs import Pack
from tipdesk.core.slides import Slide
from tipdesk.gui.context import AppContext
from tipdesk.gui.presentation import (
    Presentation,
    PresentationLauncher,
    action_for_key,
    choose_screens,
)
from tipdesk.gui.presenter_view import PresentationSession, clock_text

Key = Qt.Key
WAIT = 30_000


@pytest.fixture
def seminar(tmp_path: Path) -> tuple[Path, Pack]:
    lib = seminar_library(tmp_path / "data", tmp_path / "content")
    pack = build_pack(lib)
    lib.close()
    return tmp_path / "data", pack


@pytest.fixture
def context(qtbot, qapp: QApplication, seminar: tuple[Path, Pack]) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = open_context(qtbot, qapp, seminar[0])
    yield ctx
    close_context(qtbot, ctx)


def _start(qtbot, context: AppContext, pack: Pack) -> PresentationSession:  # type: ignore[no-untyped-def]
    launcher = PresentationLauncher(context)
    with qtbot.waitSignal(launcher.started, timeout=WAIT) as started:
        launcher.present_pack(pack.id)
    session: PresentationSession = started.args[0]
    qtbot.waitExposed(session.audience)
    return session


def test_keys_of_keyboards_and_clickers() -> None:
    for key in (
        Key.Key_Right,
        Key.Key_Down,
        Key.Key_PageDown,
        Key.Key_Space,
        Key.Key_MediaNext,
        Key.Key_Forward,
    ):
        assert action_for_key(key) == "next"
    for key in (Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_MediaPrevious, Key.Key_Back):
        assert action_for_key(key) == "previous"
    assert action_for_key(Key.Key_B) == action_for_key(Key.Key_Period) == "black"
    assert action_for_key(Key.Key_Slash) == "search"
    assert action_for_key(Key.Key_K, Qt.KeyboardModifier.ControlModifier) == "search"
    assert action_for_key(Key.Key_Right, Qt.KeyboardModifier.ControlModifier) is None
    assert action_for_key(Key.Key_Escape) == "escape"
    assert action_for_key(Key.Key_Z) is None


def test_one_screen_gets_the_slide_and_no_presenter_view(qapp: QApplication) -> None:
    screens = QGuiApplication.screens()
    audience, presenter = choose_screens(screens, QGuiApplication.primaryScreen())
    if len(screens) == 1:
        assert audience is screens[0] and presenter is None


def test_a_trainer_steps_through_a_pack_with_the_keys(
    qtbot, context: AppContext, seminar: tuple[Path, Pack]
) -> None:  # type: ignore[no-untyped-def]
    session = _start(qtbot, context, seminar[1])
    audience = session.audience
    slide = audience.slide
    assert audience.isFullScreen()
    assert "Identifying victims (1/2)" in slide.text()
    assert "Indicators of trafficking for guide-one" in slide.text()
    assert slide.progress.text() == "1 / 6"
    assert slide.body_px >= 720 // 26 - 1 or slide.height() < 720  # large type

    press(audience, Key.Key_PageDown)  # a clicker's "next"
    assert "Second part of the first section" in slide.text()
    assert "(2/2)" in slide.title.text()
    press(audience, Key.Key_Right)
    assert slide.kicker.text() == "" and "A plain note" in slide.title.text()
    press(audience, Key.Key_Space)
    assert slide.progress.text() == "4 / 6" and "Page 1" in slide.title.text()
    press(audience, Key.Key_PageUp)
    press(audience, Key.Key_Left)
    assert slide.progress.text() == "2 / 6"
    press(audience, Key.Key_End)
    assert "Referral" in slide.title.text() and slide.progress.text() == "6 / 6"
    press(audience, Key.Key_Right)  # past the end: stays
    assert slide.progress.text() == "6 / 6"
    press(audience, Key.Key_Home)
    assert slide.progress.text() == "1 / 6"

    press(audience, Key.Key_B)
    assert slide.black and slide.stack.currentWidget() is slide.blackout
    press(audience, Key.Key_Period)
    assert not slide.black
    press(audience, Key.Key_B)
    press(audience, Key.Key_Escape)  # Esc first lifts the black screen
    assert not slide.black and session.is_open
    with qtbot.waitSignal(session.closed, timeout=WAIT):
        press(audience, Key.Key_Escape)
    assert not session.is_open


def test_search_while_presenting_shows_the_answer_and_returns(
    qtbot, context: AppContext, seminar: tuple[Path, Pack]
) -> None:  # type: ignore[no-untyped-def]
    session = _start(qtbot, context, seminar[1])
    audience, slide = session.audience, session.audience.slide
    press(audience, Key.Key_Right)
    press(audience, Key.Key_Slash)
    overlay = session.search
    assert overlay.isVisible() and overlay.box.hasFocus() or overlay.isVisible()
    with qtbot.waitSignal(overlay.answered, timeout=WAIT) as answered:
        type_text(overlay.box, "protection service guide-two")
        press(overlay.box, Key.Key_Return)
    assert answered.args[0] >= 1
    assert overlay.results.item(0).text().startswith("Guide guide-two")
    with qtbot.waitSignal(session.presentation.changed, timeout=WAIT):
        press(overlay.box, Key.Key_Return)
    assert not overlay.isVisible()
    assert "Refer the person to the protection service guide-two" in slide.text()
    assert session.presentation.temporary is not None
    press(audience, Key.Key_Escape)
    assert session.presentation.temporary is None
    assert "Second part of the first section" in slide.text()
    assert slide.progress.text() == "2 / 6"
    press(audience, Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert overlay.isVisible()
    press(overlay.box, Key.Key_Escape)
    assert not overlay.isVisible() and session.is_open
    session.close()


def test_the_presenter_clocks_follow_the_planned_minutes(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    slides = (
        Slide("a", "A", "top", "A", "one", item=0, note="Say hello", minutes=1),
        Slide("a", "A", "x", "X", "two", item=0, note="Say hello", minutes=1),
        Slide("b", "B", "top", "B", "three", item=1, note="", minutes=2),
    )
    deck = Deck("Day", slides, ("<p>one</p>", "<p>two</p>", "<p>three</p>"))
    presentation = Presentation(deck, clock=lambda: now[0])
    assert deck.planned_minutes == 3
    now[0] += 50
    presentation.next()
    now[0] += 20
    assert presentation.item_elapsed() == 70 and presentation.item_minutes() == 1
    presentation.next()
    now[0] += 30
    assert presentation.item_elapsed() == 30 and presentation.elapsed() == 100
    presentation.previous()
    assert presentation.item_elapsed() == 70  # the first item's time is kept
    assert clock_text(70) == "01:10" and clock_text(3725) == "1:02:05"


SCREENS = {
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1280,
            "height": 800,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "projector",
            "x": 1280,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ],
}


def test_two_screens_audience_on_the_projector_presenter_on_the_laptop(
    qtbot, qapp: QApplication, tmp_path: Path, seminar: tuple[Path, Pack]
) -> None:  # type: ignore[no-untyped-def]
    if len(QGuiApplication.screens()) < 2:
        # The offscreen platform reads its screens from a JSON file (Qt 6.12); a fresh process
        # runs this same test with two virtual screens.
        config = tmp_path / "screens.json"
        config.write_text(json.dumps(SCREENS))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"{__file__}::test_two_screens_audience_on_the_projector_presenter_on_the_laptop",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "1 passed" in result.stdout
        return
    assert [s.name() for s in QGuiApplication.screens()] == ["laptop", "projector"]
    context = open_context(qtbot, qapp, seminar[0])
    try:
        session = _start(qtbot, context, seminar[1])
        qtbot.waitExposed(session.presenter)
        assert session.audience.screen().name() == "projector"
        assert session.audience.geometry() == QGuiApplication.screens()[1].geometry()
        presenter = session.presenter
        assert presenter is not None and presenter.screen().name() == "laptop"
        assert "Identifying victims (1/2)" in presenter.current.text()
        assert "Second part of the first section" in presenter.upcoming.text()
        assert "Start with a story" in presenter.notes.toPlainText()
        assert presenter.item_clock.text().endswith("/ 15:00")
        assert presenter.total_clock.text().endswith("/ 40:00")
        press(presenter, Key.Key_PageDown)  # the clicker talks to the trainer's window
        assert "Second part" in session.audience.slide.text()
        assert "A plain note" in presenter.upcoming.text()
        press(presenter, Key.Key_Slash)
        assert session.search.parentWidget() is presenter and session.search.isVisible()
        press(session.search.box, Key.Key_Escape)
        press(presenter, Key.Key_B)
        assert session.audience.slide.black and "black screen" in presenter.progress.text()
        session.close()
    finally:
        close_context(qtbot, context)
