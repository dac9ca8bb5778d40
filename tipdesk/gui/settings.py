"""What the settings dialog edits, as one typed value, and where each part is kept.

The window's own settings (interface language, theme, reader font size) are in
:class:`~tipdesk.gui.preferences.Preferences`, read before the library opens. What concerns the
user's data (keeping the search history) is in the user's database, through ``lib.user``: those
functions touch the library, so callers run them on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipdesk.core.library import Library
from tipdesk.gui.preferences import Preferences
from tipdesk.gui.theme import LIGHT, THEMES

KEEP_HISTORY_KEY = "privacy.keep_search_history"
KEEP_HISTORY_DEFAULT = True
FONT_POINTS_RANGE = (8, 32)


@dataclass(frozen=True)
class Settings:
    language: str | None  # None: follow the system's language
    font_pt: int  # the reader's font size in points
    theme: str  # one of theme.THEMES
    keep_history: bool  # remember searches in the user's database


def read_settings(preferences: Preferences, theme_in_use: str, keep_history: bool) -> Settings:
    """The settings now: the window's from ``preferences``, ``keep_history`` from the library."""
    low, high = FONT_POINTS_RANGE
    return Settings(
        language=preferences.language,
        font_pt=min(high, max(low, round(preferences.reader_points))),
        theme=theme_in_use if theme_in_use in THEMES else LIGHT,
        keep_history=keep_history,
    )


# --- in the user's database (call these on the worker) --------------------------------------------
def keeps_search_history(lib: Library) -> bool:
    return bool(lib.user.get_setting(KEEP_HISTORY_KEY, KEEP_HISTORY_DEFAULT))


def set_keep_search_history(lib: Library, keep: bool) -> None:
    """Keep the search history or not; turning it off also forgets what was kept."""
    lib.user.set_setting(KEEP_HISTORY_KEY, bool(keep))
    if not keep:
        lib.user.clear_search_history()


def remember_search(lib: Library, query: str) -> None:
    """Add ``query`` to the search history, unless the user chose not to keep one."""
    if keeps_search_history(lib):
        lib.user.remember_search(query)
