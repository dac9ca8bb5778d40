"""The main window's menus, actions and keyboard shortcuts, and their translated texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tipdesk.gui.i18n import LANGUAGES
from tipdesk.gui.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES

StandardKey = QKeySequence.StandardKey


class WindowActions(QObject):
    """Every command of the main window, as a QAction with its shortcut, in its menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.theme_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.go_menu = QMenu(window)
        self.seminar_menu = QMenu(window)
        self.help_menu = QMenu(window)
        for menu, name in (
            (self.file_menu, "fileMenu"),
            (self.edit_menu, "editMenu"),
            (self.view_menu, "viewMenu"),
            (self.theme_menu, "themeMenu"),
            (self.language_menu, "languageMenu"),
            (self.go_menu, "goMenu"),
            (self.seminar_menu, "seminarMenu"),
            (self.help_menu, "helpMenu"),
        ):
            menu.setObjectName(name)

        # File
        self.import_files = self._action("importFiles", self.file_menu, "Ctrl+O")
        self.import_folder = self._action("importFolder", self.file_menu, "Ctrl+Shift+O")
        self.file_menu.addSeparator()
        self.print_document = self._action("print", self.file_menu, StandardKey.Print)
        self.save_pdf = self._action("savePdf", self.file_menu, "Ctrl+Shift+S")
        self.file_menu.addSeparator()
        self.settings = self._action("settings", self.file_menu, "Ctrl+,")
        self.file_menu.addSeparator()
        self.quit = self._action("quit", self.file_menu, "Ctrl+Q")

        # Edit
        self.focus_search = self._action("focusSearch", self.edit_menu, "Ctrl+K", "Ctrl+L")
        self.find = self._action("find", self.edit_menu, StandardKey.Find)
        self.find_next = self._action("findNext", self.edit_menu, StandardKey.FindNext)
        self.find_previous = self._action("findPrevious", self.edit_menu, StandardKey.FindPrevious)
        self.edit_menu.addSeparator()
        self.bookmark = self._action("bookmark", self.edit_menu, "Ctrl+D")
        self.note = self._action("note", self.edit_menu, "Ctrl+Shift+N")

        # View
        self.zoom_in = self._action("zoomIn", self.view_menu, "Ctrl++", "Ctrl+=")
        self.zoom_out = self._action("zoomOut", self.view_menu, "Ctrl+-")
        self.zoom_reset = self._action("zoomReset", self.view_menu, "Ctrl+0")
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.theme_menu)
        self.themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = self._action(f"theme-{theme}", self.theme_menu)
            action.setCheckable(True)
            action.setData(theme)
            self.themes.addAction(action)
            self.theme_actions[theme] = action
        self.view_menu.addMenu(self.language_menu)
        self.languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, own_name in LANGUAGES.items():
            action = self._action(f"language-{code}", self.language_menu)
            action.setText(own_name)  # a language's own name is never translated
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addSeparator()
        self.toggle_notes = self._action("toggleNotes", self.view_menu, "Ctrl+Shift+B")
        self.next_pane = self._action("nextPane", self.view_menu, "F6")

        # Go
        self.back = self._action("back", self.go_menu, "Alt+Left")
        self.forward = self._action("forward", self.go_menu, "Alt+Right")
        self.go_menu.addSeparator()
        self.next_tab = self._action("nextTab", self.go_menu, "Ctrl+Tab", "Ctrl+PgDown")
        self.previous_tab = self._action("previousTab", self.go_menu, "Ctrl+Shift+Tab", "Ctrl+PgUp")
        self.close_tab = self._action("closeTab", self.go_menu, "Ctrl+W")

        # Seminar (in kiosk mode the pack actions go: their names hold "pack")
        self.new_pack = self._action("newPack", self.seminar_menu)
        self.add_to_pack = self._action("addToPack", self.seminar_menu, "Ctrl+Shift+A")
        self.present_document = self._action("presentDocument", self.seminar_menu, "F5")
        self.seminar_menu.addSeparator()
        self.toggle_packs = self._action("togglePacks", self.seminar_menu, "Ctrl+Shift+M")

        # Help
        self.shortcuts = self._action("shortcuts", self.help_menu, "F1")
        self.about = self._action("about", self.help_menu)

        bar = window.menuBar()
        for menu in (
            self.file_menu,
            self.edit_menu,
            self.view_menu,
            self.go_menu,
            self.seminar_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)
        self.retranslateUi()

    def _action(self, name: str, menu: QMenu, *keys: str | StandardKey) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def connect(self, pairs: dict[QAction, Callable[[], object]]) -> None:
        for action, slot in pairs.items():
            action.triggered.connect(lambda _checked=False, s=slot: s())

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.seminar_menu.setTitle(self.tr("Se&minar"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.import_files: self.tr("&Import documents…"),
            self.import_folder: self.tr("Import a &folder…"),
            self.print_document: self.tr("&Print…"),
            self.save_pdf: self.tr("Save as P&DF…"),
            self.settings: self.tr("&Settings…"),
            self.quit: self.tr("&Quit"),
            self.focus_search: self.tr("&Search the library"),
            self.find: self.tr("&Find in document"),
            self.find_next: self.tr("Find ne&xt"),
            self.find_previous: self.tr("Find pre&vious"),
            self.bookmark: self.tr("&Bookmark this section"),
            self.note: self.tr("Add a &note…"),
            self.zoom_in: self.tr("Zoom &in"),
            self.zoom_out: self.tr("Zoom &out"),
            self.zoom_reset: self.tr("&Normal size"),
            self.theme_actions[LIGHT]: self.tr("&Light"),
            self.theme_actions[DARK]: self.tr("&Dark"),
            self.theme_actions[HIGH_CONTRAST]: self.tr("&High contrast"),
            self.toggle_notes: self.tr("&Notes and bookmarks panel"),
            self.next_pane: self.tr("Move to the next &pane"),
            self.back: self.tr("&Back"),
            self.forward: self.tr("&Forward"),
            self.next_tab: self.tr("&Next tab"),
            self.previous_tab: self.tr("&Previous tab"),
            self.close_tab: self.tr("&Close tab"),
            self.new_pack: self.tr("&New seminar pack…"),
            self.add_to_pack: self.tr("&Add to seminar pack"),
            self.present_document: self.tr("&Present this document"),
            self.toggle_packs: self.tr("&Seminar packs panel"),
            self.shortcuts: self.tr("&Keyboard shortcuts"),
            self.about: self.tr("&About TIPdesk"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(what, keys) for every action that has a shortcut, for the shortcuts help."""
        rows = []
        for action in self.window.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.text():
                rows.append((action.text().replace("&", ""), ", ".join(keys)))
        return rows
