"""The window's own settings: language, theme, reader size, open tabs, window geometry.

They live in ``<data folder>/tipdesk-gui.ini`` (``QSettings`` in INI format), next to the library
they belong to, and are read on the GUI thread before the library opens, so the very first thing
the user sees is already in their language and theme. Nothing here is library content.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tipdesk.gui.theme import DEFAULT_READER_POINTS, THEMES

FILE_NAME = "tipdesk-gui.ini"


@dataclass(frozen=True)
class OpenTab:
    """A document open in a tab, and where the reader was in it."""

    doc_id: str
    anchor: str = ""
    page: int | None = None


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._settings.sync()

    # --- appearance ------------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """The interface language chosen by the user; None means "follow the system"."""
        value = self._settings.value("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, value: str | None) -> None:
        self._settings.setValue("ui/language", value or "")

    @property
    def theme(self) -> str | None:
        value = str(self._settings.value("ui/theme", ""))
        return value if value in THEMES else None

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("ui/theme", value)

    @property
    def reader_points(self) -> float:
        try:
            return float(self._settings.value("reader/points", DEFAULT_READER_POINTS))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_READER_POINTS

    @reader_points.setter
    def reader_points(self, value: float) -> None:
        self._settings.setValue("reader/points", float(value))

    @property
    def reader_zoom(self) -> int:
        try:
            return int(self._settings.value("reader/zoom", 100))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 100

    @reader_zoom.setter
    def reader_zoom(self, value: int) -> None:
        self._settings.setValue("reader/zoom", int(value))

    # --- window ----------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def tabs(self) -> list[OpenTab]:
        try:
            raw = json.loads(str(self._settings.value("window/tabs", "[]")))
            return [
                OpenTab(str(t["doc_id"]), str(t.get("anchor") or ""), t.get("page"))
                for t in raw
                if isinstance(t, dict) and t.get("doc_id")
            ]
        except (ValueError, TypeError):
            return []

    @tabs.setter
    def tabs(self, value: list[OpenTab]) -> None:
        self._settings.setValue("window/tabs", json.dumps([asdict(t) for t in value]))

    @property
    def current_tab(self) -> int:
        try:
            return int(self._settings.value("window/current_tab", 0))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0

    @current_tab.setter
    def current_tab(self, value: int) -> None:
        self._settings.setValue("window/current_tab", int(value))

    @property
    def splitter(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)
