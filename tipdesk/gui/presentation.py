"""Presentation mode: a document or a pack, full screen, one slide at a time.

    launcher = PresentationLauncher(context, window)
    launcher.present_pack(pack_id)            # or present_document(doc_id, anchor)
    launcher.started.connect(lambda session: ...)

Keys (the usual presenter clickers send Page Up/Down or the arrows):
next: Right, Down, Page Down, Space, Enter, N, media next/forward; previous: Left, Up, Page Up,
Backspace, P, media previous/back; Home/End; B or "." for a black screen; "/" or Ctrl+K to search;
Esc closes the search, leaves a search result, or ends the presentation.

With two screens or more, the audience sees the slide full screen on one (not the primary, unless
chosen) and the trainer gets the presenter view on the other: current and next slide, the notes,
and timers against the planned minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen

from tipdesk.core.deck import Deck, document_deck, pack_deck
from tipdesk.core.packs import PackStore
from tipdesk.core.slides import Slide
from tipdesk.gui.context import AppContext

Key = Qt.Key
NEXT_KEYS = {
    Key.Key_Right,
    Key.Key_Down,
    Key.Key_PageDown,
    Key.Key_Space,
    Key.Key_Return,
    Key.Key_Enter,
    Key.Key_N,
    Key.Key_MediaNext,
    Key.Key_Forward,
}
PREVIOUS_KEYS = {
    Key.Key_Left,
    Key.Key_Up,
    Key.Key_PageUp,
    Key.Key_Backspace,
    Key.Key_P,
    Key.Key_MediaPrevious,
    Key.Key_Back,
}
BLACK_KEYS = {Key.Key_B, Key.Key_Period}


def action_for_key(
    key: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> str | None:
    """The presentation command a key press means, or None."""
    if key == Key.Key_K and modifiers & Qt.KeyboardModifier.ControlModifier:
        return "search"
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    table: dict[str, set[Key]] = {
        "next": NEXT_KEYS,
        "previous": PREVIOUS_KEYS,
        "black": BLACK_KEYS,
        "first": {Key.Key_Home},
        "last": {Key.Key_End},
        "search": {Key.Key_Slash},
        "escape": {Key.Key_Escape},
    }
    for action, keys in table.items():
        if key in keys:
            return action
    return None


def choose_screens(
    screens: Sequence[QScreen], primary: QScreen | None, audience_name: str | None = None
) -> tuple[QScreen, QScreen | None]:
    """(the audience's screen, the presenter's screen or None when there is only one)."""
    if not screens:
        raise RuntimeError("no screen")
    chosen = next((s for s in screens if s.name() == audience_name), None)
    if chosen is None:
        others = [s for s in screens if s is not primary]
        chosen = others[0] if others else screens[0]
    presenter = next((s for s in screens if s is not chosen and s is primary), None)
    if presenter is None:
        presenter = next((s for s in screens if s is not chosen), None)
    return chosen, presenter


class Presentation(QObject):
    """Where the presentation is: the slide, black or not, a search result shown meanwhile."""

    changed = Signal()
    finished = Signal()

    def __init__(self, deck: Deck, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.deck = deck
        self.clock = clock
        self.index = 0
        self.black = False
        self.temporary: Deck | None = None
        self.temporary_index = 0
        self.started = clock()
        self._item_time: dict[int, float] = {}
        self._entered = self.started

    # --- where we are ---------------------------------------------------------------------------
    @property
    def showing(self) -> tuple[Slide | None, str]:
        if self.temporary is not None and len(self.temporary):
            i = self.temporary_index
            return self.temporary.slides[i], self.temporary.html[i]
        if not len(self.deck):
            return None, ""
        return self.deck.slides[self.index], self.deck.html[self.index]

    @property
    def upcoming(self) -> tuple[Slide | None, str]:
        if self.index + 1 < len(self.deck):
            return self.deck.slides[self.index + 1], self.deck.html[self.index + 1]
        return None, ""

    def progress_text(self) -> str:
        if self.temporary is not None:
            return f"{self.temporary_index + 1} / {len(self.temporary)}"
        return f"{self.index + 1} / {max(len(self.deck), 1)}"

    # --- moving ---------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if self.temporary is not None:
            self.temporary_index = max(0, min(index, len(self.temporary) - 1))
            self.changed.emit()
            return
        index = max(0, min(index, len(self.deck) - 1))
        if index != self.index:
            self._leave_item()
            self.index = index
        self.changed.emit()

    def next(self) -> None:
        self.go((self.temporary_index if self.temporary is not None else self.index) + 1)

    def previous(self) -> None:
        self.go((self.temporary_index if self.temporary is not None else self.index) - 1)

    def toggle_black(self) -> None:
        self.black = not self.black
        self.changed.emit()

    def show_temporary(self, deck: Deck) -> None:
        """Show a search result (as slides) until Esc; the pack's place is kept."""
        self.temporary, self.temporary_index, self.black = deck, 0, False
        self.changed.emit()

    def back_to_deck(self) -> None:
        self.temporary = None
        self.changed.emit()

    def escape(self) -> None:
        if self.black:
            self.toggle_black()
        elif self.temporary is not None:
            self.back_to_deck()
        else:
            self.finished.emit()

    def perform(self, action: str) -> bool:
        """Do a command from ``action_for_key``; False when it is not one of ours."""
        commands: dict[str, Callable[[], None]] = {
            "next": self.next,
            "previous": self.previous,
            "first": lambda: self.go(0),
            "last": lambda: self.go(len(self.deck) - 1),
            "black": self.toggle_black,
            "escape": self.escape,
        }
        command = commands.get(action)
        if command is None:
            return False
        command()
        return True

    # --- time -----------------------------------------------------------------------------------
    def _current_item(self) -> int:
        return self.deck.slides[self.index].item if len(self.deck) else 0

    def _leave_item(self) -> None:
        now = self.clock()
        item = self._current_item()
        self._item_time[item] = self._item_time.get(item, 0.0) + now - self._entered
        self._entered = now

    def elapsed(self) -> float:
        return self.clock() - self.started

    def item_elapsed(self) -> float:
        """Time spent on the current pack item so far (all its visits)."""
        return self._item_time.get(self._current_item(), 0.0) + self.clock() - self._entered

    def item_minutes(self) -> int:
        return self.deck.slides[self.index].minutes if len(self.deck) else 0


def handle_key(
    presentation: Presentation, event: QKeyEvent, open_search: Callable[[], None]
) -> bool:
    action = action_for_key(event.key(), event.modifiers())
    if action == "search":
        open_search()
        return True
    return action is not None and presentation.perform(action)


class PresentationLauncher(QObject):
    """Loads a deck on the worker and opens the presentation windows."""

    started = Signal(object)  # the PresentationSession
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Any = None
        self.audience_screen: str | None = None  # a screen's name, or None to choose

    def present_pack(self, pack_id: int) -> None:
        def load(lib: Any) -> Deck | None:
            pack = PackStore(lib.user).get(pack_id)
            return pack_deck(lib, pack) if pack is not None else None

        self._load(load)

    def present_document(self, doc_id: str, anchor: str = "") -> None:
        self._load(lambda lib: document_deck(lib, doc_id, anchor))

    def _load(self, fn: Callable[[Any], Deck | None]) -> None:
        library = self.context.library
        job = self.context.worker.call(lambda: fn(library))
        job.done.connect(self._open)
        job.error.connect(self.context.errors.job_failed)

    def _open(self, deck: Deck | None) -> None:
        if deck is None or not len(deck):
            self.failed.emit(self.tr("There is nothing to present."))
            return
        from tipdesk.gui.presenter_view import PresentationSession

        if self.session is not None:
            self.session.close()
        screens = QGuiApplication.screens()
        audience, presenter = choose_screens(
            screens, QGuiApplication.primaryScreen(), self.audience_screen
        )
        self.session = PresentationSession(self.context, Presentation(deck), audience, presenter)
        self.session.closed.connect(self._closed)
        self.session.show()
        self.started.emit(self.session)

    def _closed(self) -> None:
        self.session = None
