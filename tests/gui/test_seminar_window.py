"""The seminar tools reached from the real window: the Seminar menu, drag from the results,
presenting with F5, handouts, and kiosk mode started from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMessageBox

from tests.gui.appcontext import on_worker
from tests.gui.conftest import StartWindow
from tests.gui.helpers import file_dialogs_opened_by, press, type_text
from tipdesk.cli import build_parser, main, opens_the_kiosk
from tipdesk.core.kiosk import CONFIG_ENV, hash_pin
from tipdesk.core.packs import PackStore
from tipdesk.gui.app import DesktopApp, parse_args
from tipdesk.gui.main_window import MainWindow
from tipdesk.gui.pack_items import locations_from
from tipdesk.gui.printing import print_dialog

WAIT = 30_000


def window_of(desktop: DesktopApp) -> MainWindow:
    window = desktop.window
    assert isinstance(window, MainWindow)
    return window


def action(window: MainWindow, name: str) -> QAction:
    return next(a for a in window.actions() if a.objectName() == name)


def answer_input_dialog(text: str) -> list[str]:
    """Type ``text`` into the next input dialog and press OK (it runs its own event loop)."""
    asked: list[str] = []

    def answer(tries: int = 200) -> None:
        widgets = QApplication.topLevelWidgets()
        dialogs = [w for w in widgets if isinstance(w, QInputDialog) and w.isVisible()]
        if not dialogs:
            if tries:
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        asked.append(dialogs[0].windowTitle())
        dialogs[0].setTextValue(text)
        dialogs[0].accept()

    QTimer.singleShot(0, answer)
    return asked


def open_and_wait(qtbot, window: MainWindow, doc_id: str, anchor: str = "") -> None:  # type: ignore[no-untyped-def]
    reader = window.open_document(doc_id, anchor)
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=WAIT)  # type: ignore[attr-defined]


def drop_on(items, mime: QMimeData) -> None:  # type: ignore[no-untyped-def]
    """Drag ``mime`` over the pack's item list as another widget would, and drop it there."""
    point = items.viewport().rect().center()
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with warnings.catch_warnings():  # Qt 6 has only QPoint constructors for these two
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, copy, mime, left, none)
        move = QDragMoveEvent(point, copy, mime, left, none)
    for event in (enter, move, QDropEvent(QPointF(point), copy, mime, left, none)):
        QApplication.sendEvent(items.viewport(), event)


# --- the Seminar menu -----------------------------------------------------------------------------
def test_the_seminar_menu_makes_a_pack_and_adds_the_document_being_read(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    desktop = start_window(data_dir)
    window = window_of(desktop)
    panel, dock = window.seminar.panel, window.seminar.dock
    assert not dock.isVisible()  # the packs stay out of the way until asked for
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "Se&minar" in menu_titles
    assert not action(window, "addToPack").isEnabled()  # nothing is being read yet

    asked = answer_input_dialog("Border officials, day 1")
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        action(window, "newPack").trigger()
    assert asked == ["New seminar pack"]
    assert dock.isVisible()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=WAIT)
    assert panel.list.item(0).text() == "Border officials, day 1"

    open_and_wait(qtbot, window, "trafficking-guide-en", "referral")
    qtbot.waitUntil(lambda: window.current_reader().current_anchor() == "referral")  # type: ignore[union-attr]
    assert action(window, "addToPack").isEnabled()
    action(window, "addToPack").trigger()
    items = panel.editor.items
    qtbot.waitUntil(lambda: items.count() == 1, timeout=WAIT)
    assert "Guide to identifying victims" in items.item(0).text()

    context = desktop.context
    assert context is not None
    packs = on_worker(qtbot, context.worker, lambda: PackStore(context.library.user).packs())
    assert [p.name for p in packs] == ["Border officials, day 1"]
    stored = on_worker(
        qtbot, context.worker, lambda: PackStore(context.library.user).get(packs[0].id)
    )
    assert [(i.doc_id, i.anchor) for i in stored.items] == [("trafficking-guide-en", "referral")]

    action(window, "togglePacks").trigger()
    assert not dock.isVisible()


def test_a_search_result_dragged_onto_the_pack_joins_it(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    panel = window.seminar.panel
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.create_pack("Protocol")
    window.seminar.show_packs()
    qtbot.waitUntil(lambda: panel.editor.view is not None, timeout=WAIT)

    with qtbot.waitSignal(window.search_panel.searchFinished, timeout=WAIT):
        type_text(window.search_panel.search_box, "derivación")
    model = window.search_panel.model
    hit = model.hit(0)
    assert hit is not None and hit.doc_id == "trata-guia-es" and hit.section_anchor
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert window.search_panel.results_view.dragEnabled()
    mime = model.mimeData([model.index(0)])
    assert locations_from(mime) == [("trata-guia-es", hit.section_anchor)]

    drop_on(panel.editor.items, mime)
    qtbot.waitUntil(lambda: panel.editor.items.count() == 1, timeout=WAIT)
    assert "Guía para identificar víctimas" in panel.editor.items.item(0).text()


# --- presenting and handouts ----------------------------------------------------------------------
def test_f5_presents_the_document_and_esc_ends_it(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    assert not action(window, "presentDocument").isEnabled()
    open_and_wait(qtbot, window, "trafficking-guide-en", "indicators")
    qtbot.waitUntil(lambda: window.current_reader().current_anchor() == "indicators")  # type: ignore[union-attr]
    window.activateWindow()
    presenter = window.seminar.presenter
    with qtbot.waitSignal(presenter.started, timeout=WAIT) as started:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    session = started.args[0]
    qtbot.waitExposed(session.audience)
    # The whole document, opened at the section being read.
    assert session.is_open and session.presentation.progress_text() == "2 / 3"
    assert "Indicators" in session.audience.slide.text()
    press(session.audience, Qt.Key.Key_Left)
    assert session.presentation.progress_text() == "1 / 3"
    assert "Guide to identifying victims" in session.audience.slide.text()
    with qtbot.waitSignal(session.closed, timeout=WAIT):
        press(session.audience, Qt.Key.Key_Escape)
    assert not session.is_open and presenter.session is None
    assert window.isVisible()


def test_present_and_handouts_buttons_of_the_pack_reach_the_window(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    panel = window.seminar.panel
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.create_pack("Day 2")
    window.seminar.show_packs()
    qtbot.waitUntil(lambda: panel.editor.view is not None, timeout=WAIT)
    panel.add_location("protocol-card-fr", "")
    qtbot.waitUntil(lambda: panel.editor.items.count() == 1, timeout=WAIT)
    pack_id = panel.current_pack_id()
    assert pack_id is not None

    with qtbot.waitSignal(window.seminar.presenter.started, timeout=WAIT) as started:
        panel.presentRequested.emit(pack_id)
    session = started.args[0]
    assert "Fiche du Protocole" in session.audience.slide.text()
    with qtbot.waitSignal(session.closed, timeout=WAIT):
        session.close()

    panel.handoutRequested.emit(pack_id)
    dialog = window.seminar.handouts
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT)  # type: ignore[attr-defined]
    assert dialog.pdf_button.isVisible() and dialog.print_button.isVisible()  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT):
        dialog.reject()  # deleted when closed: nothing is left for later tests


def test_a_window_closing_ends_its_presentation(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    desktop = start_window(data_dir)
    window = window_of(desktop)
    open_and_wait(qtbot, window, "protocol-card-fr")
    with qtbot.waitSignal(window.seminar.presenter.started, timeout=WAIT) as started:
        action(window, "presentDocument").trigger()
    session = started.args[0]
    with qtbot.waitSignal(session.closed, timeout=WAIT):
        window.close()


# --- kiosk mode -----------------------------------------------------------------------------------
KIOSK_FORBIDDEN = (
    "importFiles",
    "importFolder",
    "settings",
    "savePdf",
    "print",
    "quit",
    "updateLibrary",
    "newPack",
    "addToPack",
    "togglePacks",
    "toggleNotes",
)


@pytest.fixture
def kiosk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[dict], Path]:  # type: ignore[type-arg]
    """A kiosk.json for this test only (never the machine's own)."""
    path = tmp_path / "kiosk.json"
    monkeypatch.setenv(CONFIG_ENV, str(path))

    def write(settings: dict) -> Path:  # type: ignore[type-arg]
        path.write_text(json.dumps({"format": 1, **settings}), encoding="utf-8")
        return path

    return write


def start_kiosk_window(qtbot, qapp, folder: Path) -> DesktopApp:  # type: ignore[no-untyped-def]
    args, _qt = parse_args(["--kiosk", "--data-dir", str(folder)])
    assert args.kiosk
    desktop = DesktopApp(qapp, folder, language="en", bundled=False, kiosk=args.kiosk)
    with qtbot.waitSignal(desktop.ready, timeout=60_000):
        assert desktop.start()
    qtbot.waitExposed(desktop.window)
    return desktop


def test_kiosk_flag_starts_the_window_locked(  # type: ignore[no-untyped-def]
    qtbot, qapp, data_dir: Path, kiosk_config
) -> None:
    kiosk_config({"pin": hash_pin("4711", n=1 << 10).to_dict(), "home_document": "trata-guia-es"})
    desktop = start_kiosk_window(qtbot, qapp, data_dir)
    try:
        window = window_of(desktop)
        kiosk = desktop.kiosk
        assert kiosk is not None and kiosk.policy.active
        assert not window.menuBar().isVisible() and kiosk.toolbar.isVisible()
        assert window.documents.currentWidget() is kiosk.home  # set_home_widget
        qtbot.waitUntil(lambda: kiosk.home.doc_id == "trata-guia-es", timeout=WAIT)
        open_and_wait(qtbot, window, "trafficking-guide-en")  # document actions come on: not these
        for name in KIOSK_FORBIDDEN:
            assert not action(window, name).isEnabled(), name
            assert not action(window, name).isVisible(), name
        assert action(window, "presentDocument").isEnabled()  # visitors may present
        with qtbot.waitSignal(window.seminar.presenter.started, timeout=WAIT) as started:
            action(window, "presentDocument").trigger()
        with qtbot.waitSignal(started.args[0].closed, timeout=WAIT):
            kiosk.clear_action.trigger()  # "Clear everything I did" ends it too
        assert window.tabs.count() == 0
        open_and_wait(qtbot, window, "trafficking-guide-en")
        assert not window.seminar.dock.isVisible() and not window.notes_dock.isVisible()
        assert not window.sync.status_widget.isVisible()
        window.seminar.add_location("trafficking-guide-en", "")  # refused even when called
        assert not window.seminar.dock.isVisible()

        reader = window.current_reader()
        assert reader.allow_external_links is False  # type: ignore[union-attr]
        assert reader.open_external("https://example.org/elsewhere") is False  # type: ignore[union-attr]
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert reader.save_as_pdf(Path(desktop.data_dir) / "x.pdf") is None  # type: ignore[union-attr]
        assert not (Path(desktop.data_dir) / "x.pdf").exists()

        assert kiosk.unlock("4711")  # the administrator gets everything back
        assert window.documents.currentWidget() is not kiosk.home
        assert action(window, "importFiles").isEnabled() and reader.allow_external_links  # type: ignore[union-attr]
        assert window.sync.status_widget.isVisible()
        window.close_tab(0)
        assert window.documents.currentWidget() is window.welcome
    finally:
        desktop.shutdown()
    assert desktop.kiosk is None


def test_a_kiosk_that_allows_printing_offers_printers_only(  # type: ignore[no-untyped-def]
    qtbot, qapp, data_dir: Path, kiosk_config
) -> None:
    kiosk_config({"allow_printing": True})
    desktop = start_kiosk_window(qtbot, qapp, data_dir)
    try:
        window = window_of(desktop)
        open_and_wait(qtbot, window, "trafficking-guide-en")
        assert action(window, "print").isEnabled() and action(window, "print").isVisible()
        assert not action(window, "savePdf").isEnabled()
        reader = window.current_reader()
        assert reader.allow_print_to_file is False  # type: ignore[union-attr]
        assert file_dialogs_opened_by(reader.save_as_pdf) == []  # type: ignore[union-attr]
    finally:
        desktop.shutdown()


def test_the_window_without_kiosk_is_not_locked(  # type: ignore[no-untyped-def]
    qtbot, start_window: StartWindow, data_dir: Path, kiosk_config
) -> None:
    desktop = start_window(data_dir)
    assert desktop.kiosk is None
    window = window_of(desktop)
    assert window.menuBar().isVisible() and window.documents.currentWidget() is window.welcome
    assert parse_args([])[0].kiosk is False


def test_a_kiosk_print_dialog_offers_no_file(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    shown = []
    for allow_file in (True, False):
        printer = QPrinter()  # outlives its dialog, which only points to it
        dialog = print_dialog(printer, parent, allow_file=allow_file)
        dialog.show()
        printers = dialog.findChild(QComboBox, "printers")
        shown.append([printers.itemText(i) for i in range(printers.count())])
        dialog.reject()
        with qtbot.waitSignal(dialog.destroyed):
            dialog.deleteLater()
    with_file, kiosk = shown
    assert any("File" in text for text in with_file)
    assert not any("File" in text for text in kiosk)


# --- links in the reader's header follow the theme ------------------------------------------------
def link_pixels(label, colour: str) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of ``label`` are painted in ``colour`` (the link's text)."""
    image = label.grab().toImage()
    return sum(
        image.pixelColor(x, y).name() == colour
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("start_dark", [True, False])
def test_the_source_link_is_readable_in_the_dark_theme(  # type: ignore[no-untyped-def]
    qtbot, start_window: StartWindow, data_dir: Path, start_dark: bool
) -> None:
    from tipdesk.gui.theme import DARK, LIGHT, colours

    desktop = start_window(data_dir)
    context = desktop.context
    assert context is not None
    window = window_of(desktop)
    if start_dark:
        context.set_theme(DARK)
    open_and_wait(qtbot, window, "trafficking-guide-en")
    label = window.current_reader().header.source_label  # type: ignore[union-attr]
    if not start_dark:
        qtbot.waitUntil(lambda: link_pixels(label, colours(LIGHT).link) > 20)
        context.set_theme(DARK)  # switched while the document is open
    try:
        qtbot.waitUntil(lambda: link_pixels(label, colours(DARK).link) > 20)
        assert link_pixels(label, colours(LIGHT).link) == 0
        warning = window.current_reader().header.review_label  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: colours(DARK).warning in warning.styleSheet())
    finally:
        context.set_theme(LIGHT)


# --- tipdesk --kiosk ------------------------------------------------------------------------------
def test_tipdesk_kiosk_hands_over_to_the_window_and_commands_stay_commands() -> None:
    parser = build_parser()
    assert opens_the_kiosk(parser, ["--kiosk"])
    assert opens_the_kiosk(parser, ["--kiosk", "--data-dir", "/srv/library", "--lang", "es"])
    assert not opens_the_kiosk(parser, ["search", "trata"])
    assert not opens_the_kiosk(parser, ["--kiosk", "info"])
    assert main([]) == 2  # no command: the help, as before


def test_the_real_program_starts_as_a_kiosk(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    """`tipdesk --kiosk --data-dir D`: the window opens locked, in a real process."""
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[CONFIG_ENV] = str(tmp_path / "no-kiosk.json")  # not the machine's configuration
    command = [
        sys.executable,
        "-c",
        "import sys; from tipdesk.cli import main; sys.exit(main())",
        "--kiosk",
        "--data-dir",
        str(data_dir),
    ]
    log_file = data_dir / "logs" / "tipdesk.log"
    program = subprocess.Popen(command, cwd=root, env=env, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(
            lambda: log_file.exists() and "the window is locked (--kiosk)" in log_file.read_text(),
            timeout=60_000,
        )
        assert program.poll() is None
    finally:
        program.terminate()
        program.wait(30)


def test_the_seminar_parts_follow_a_language_switch(  # type: ignore[no-untyped-def]
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    desktop = start_window(data_dir)
    window = window_of(desktop)
    assert desktop.context is not None
    desktop.context.set_language("es")
    try:
        qtbot.waitUntil(lambda: window.seminar.dock.windowTitle() == "Paquetes de seminario")
        assert "&Seminario" in [a.text() for a in window.menuBar().actions()]
        assert action(window, "presentDocument").text() == "&Presentar este documento"
    finally:
        desktop.context.set_language("en")
    qtbot.waitUntil(lambda: window.seminar.dock.windowTitle() == "Seminar packs")
