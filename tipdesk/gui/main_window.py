"""The main window: search on the left, documents in tabs in the middle, notes on the right.

It composes the panels and routes between them: a search hit or a link opens a document in a tab
(an already open document is reused), the notes panel follows the current document, files dropped
on the window are imported. Open tabs and the window's size, position and layout are saved when the
window closes and restored on the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tipdesk.core.kiosk import KioskPolicy
from tipdesk.core.model import LibraryInfo
from tipdesk.gui import help_dialogs, panels
from tipdesk.gui.context import AppContext
from tipdesk.gui.preferences import OpenTab
from tipdesk.gui.seminar_parts import SeminarParts
from tipdesk.gui.window_actions import WindowActions

log = logging.getLogger(__name__)

TAB_TITLE_CHARS = 28


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._info: LibraryInfo | None = None
        self.policy = KioskPolicy()  # what the window offers; kiosk mode narrows it
        self._home: QWidget | None = None  # shown instead of the welcome text (kiosk)

        self.search_panel = panels.make_search_panel(context, self)
        self.search_panel.setObjectName("searchPanel")
        self.search_panel.openRequested.connect(self.open_document)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_tab_changed)
        self.welcome = QLabel()
        self.welcome.setObjectName("welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setTextFormat(Qt.TextFormat.PlainText)
        self.welcome.setMargin(32)
        self.documents = QStackedWidget()
        self.documents.addWidget(self.welcome)
        self.documents.addWidget(self.tabs)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.documents)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.notes_panel = panels.make_notes_panel(context, self)
        self.notes_panel.setObjectName("notesPanel")
        panels.connect_signal(self.notes_panel, "openRequested", self.open_document)
        self.notes_dock = QDockWidget(self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.notes_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.seminar = SeminarParts(self, context, beside=self.notes_dock)

        self.counts = QLabel()
        self.counts.setObjectName("libraryCounts")
        self.statusBar().addPermanentWidget(self.counts)

        self.importer = panels.make_importer(context, self)
        self.importer.libraryChanged.connect(self._library_changed)

        self.actions_ = WindowActions(self)
        self._connect_actions()
        self.sync = panels.make_sync(context, self)  # adds the Library menu and a status part
        self.sync.libraryChanged.connect(self._library_changed)
        self.sync.openRequested.connect(self.open_document)
        context.languageChanged.connect(self._language_changed)
        context.themeChanged.connect(self._theme_changed)
        context.readerPointsChanged.connect(self._reader_points_changed)
        self._show_documents_or_welcome()
        self.retranslateUi()
        self.refresh_library_counts()

    # --- wiring ----------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_
        a.connect(
            {
                a.import_files: self.choose_files_to_import,
                a.import_folder: self.choose_folder_to_import,
                a.print_document: lambda: self._reader_do("print_document"),
                a.save_pdf: lambda: self._reader_do("save_as_pdf"),
                a.settings: self.show_settings,
                a.quit: self.close,
                a.focus_search: self.focus_search,
                a.find: lambda: self._reader_do("show_find"),
                a.find_next: lambda: self._find_step(True),
                a.find_previous: lambda: self._find_step(False),
                a.bookmark: self.bookmark_current,
                a.note: self.note_current,
                a.zoom_in: lambda: self._reader_do("zoom_in"),
                a.zoom_out: lambda: self._reader_do("zoom_out"),
                a.zoom_reset: lambda: self._reader_do("zoom_reset"),
                a.toggle_notes: self.toggle_notes,
                a.next_pane: self.focus_next_pane,
                a.back: lambda: self._reader_do("back"),
                a.forward: lambda: self._reader_do("forward"),
                a.next_tab: lambda: self._step_tab(1),
                a.previous_tab: lambda: self._step_tab(-1),
                a.close_tab: lambda: self.close_tab(self.tabs.currentIndex()),
                a.new_pack: self.seminar.ask_new_pack,
                a.add_to_pack: self.add_current_to_pack,
                a.present_document: self.present_current,
                a.toggle_packs: self.seminar.toggle,
                a.shortcuts: self.show_shortcuts,
                a.about: self.show_about,
            }
        )
        a.themes.triggered.connect(lambda action: self.context.set_theme(action.data()))
        a.languages.triggered.connect(lambda action: self.context.set_language(action.data()))
        self._check_current_choices()

    def _check_current_choices(self) -> None:
        a = self.actions_
        if self.context.theme in a.theme_actions:
            a.theme_actions[self.context.theme].setChecked(True)
        if self.context.language in a.language_actions:
            a.language_actions[self.context.language].setChecked(True)

    # --- documents in tabs -----------------------------------------------------------------------
    def open_document(self, doc_id: str, anchor: str | None = "", page: object = None) -> QWidget:
        """Show ``doc_id`` at ``anchor`` (or PDF ``page``): in its tab if open, else a new tab."""
        page_number = page if isinstance(page, int) else None
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab.current_doc_id() == doc_id:  # type: ignore[attr-defined]
                self.tabs.setCurrentIndex(index)
                if anchor or page_number is not None:
                    tab.open(doc_id, anchor or None, page_number)  # type: ignore[attr-defined]
                return tab
        tab = panels.make_reader_tab(self.context, self)
        tab.setObjectName(f"reader-{doc_id}")
        tab.openRequested.connect(self.open_document)
        tab.titleChanged.connect(lambda title, t=tab: self._set_tab_title(t, title))
        tab.locationChanged.connect(lambda d, a, t=tab: self._location_changed(t, d, a))
        self._restrict_reader(tab)
        index = self.tabs.addTab(tab, doc_id)
        self._name_close_button(index)
        self.tabs.setCurrentIndex(index)
        self._show_documents_or_welcome()
        tab.open(doc_id, anchor or None, page_number)  # type: ignore[attr-defined]
        return tab

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is None:
            return
        self.tabs.removeTab(index)
        tab.deleteLater()
        self._show_documents_or_welcome()

    def current_reader(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def open_tabs(self) -> list[OpenTab]:
        """Every open tab's document and the place on screen in it, left to right."""
        found = []
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            doc_id = tab.current_doc_id()  # type: ignore[attr-defined]
            if doc_id:
                found.append(OpenTab(doc_id, tab.current_anchor(), tab.current_page()))  # type: ignore[attr-defined]
        return found

    def _current_location(self) -> OpenTab | None:
        tab = self.current_reader()
        if tab is None or not tab.current_doc_id():  # type: ignore[attr-defined]
            return None
        return OpenTab(tab.current_doc_id(), tab.current_anchor(), tab.current_page())  # type: ignore[attr-defined]

    def _set_tab_title(self, tab: QWidget, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        short = title if len(title) <= TAB_TITLE_CHARS else title[: TAB_TITLE_CHARS - 1] + "…"
        self.tabs.setTabText(index, short)
        self.tabs.setTabToolTip(index, title)
        self._name_close_button(index)
        if tab is self.tabs.currentWidget():
            self._update_window_title()

    def _name_close_button(self, index: int) -> None:
        bar = self.tabs.tabBar()
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            button = bar.tabButton(index, side)
            if button is not None:
                title = self.tabs.tabToolTip(index) or self.tabs.tabText(index)
                button.setAccessibleName(self.tr("Close {title}").format(title=title))

    def _location_changed(self, tab: QWidget, doc_id: str, anchor: str) -> None:
        if tab is self.tabs.currentWidget():
            panels.follow_document(self.notes_panel, doc_id, anchor or "")

    def _current_tab_changed(self, _index: int) -> None:
        location = self._current_location()
        panels.follow_document(
            self.notes_panel,
            location.doc_id if location else "",
            location.anchor if location else "",
        )
        self._update_window_title()

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def home_widget(self) -> QWidget:
        """What shows when no document is open: the welcome text, or the kiosk's home screen."""
        return self._home if self._home is not None else self.welcome

    def set_home_widget(self, widget: QWidget | None) -> None:
        """Show ``widget`` when no document is open (the kiosk's home); None: the welcome text."""
        if self._home is not None and self._home is not widget:
            self.documents.removeWidget(self._home)
        self._home = widget
        if widget is not None and self.documents.indexOf(widget) < 0:
            self.documents.insertWidget(0, widget)
        self._show_documents_or_welcome()

    def _show_documents_or_welcome(self) -> None:
        self.documents.setCurrentWidget(self.tabs if self.tabs.count() else self.home_widget())
        has_document = self.tabs.count() > 0
        a = self.actions_ if hasattr(self, "actions_") else None
        if a is not None:
            for action in (
                a.print_document,
                a.save_pdf,
                a.find,
                a.find_next,
                a.find_previous,
                a.bookmark,
                a.note,
                a.zoom_in,
                a.zoom_out,
                a.zoom_reset,
                a.back,
                a.forward,
                a.close_tab,
                a.add_to_pack,
                a.present_document,
            ):
                action.setEnabled(has_document)
        self._update_window_title()

    def _find_step(self, forward: bool) -> None:
        tab = self.current_reader()
        if tab is not None:
            panels.find_step(tab, forward)

    def _reader_do(self, method: str) -> None:
        tab = self.current_reader()
        if tab is not None:
            getattr(tab, method)()

    # --- other panels ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        panels.focus_search(self.search_panel)

    def focus_next_pane(self) -> None:
        order = [self.search_panel, self.current_reader() or self.home_widget()]
        if self.notes_dock.isVisible():
            order.append(self.notes_panel)
        focused = self.focusWidget()
        current = next(
            (
                i
                for i, pane in enumerate(order)
                if focused is not None and pane.isAncestorOf(focused)
            ),
            -1,
        )
        target = order[(current + 1) % len(order)]
        if target is self.search_panel:
            self.focus_search()
        else:
            help_dialogs.focus_first_control(target)

    def toggle_notes(self) -> None:
        self.notes_dock.setVisible(not self.notes_dock.isVisible())

    def bookmark_current(self) -> None:
        location = self._current_location()
        if location is not None:
            panels.call_if_present(
                self.notes_panel, "add_bookmark", location.doc_id, location.anchor
            )
            self.notes_dock.show()

    def note_current(self) -> None:
        location = self._current_location()
        if location is not None:
            self.notes_dock.show()
            panels.call_if_present(self.notes_panel, "start_note", location.doc_id, location.anchor)

    # --- seminar and kiosk -----------------------------------------------------------------------
    def add_current_to_pack(self) -> None:
        location = self._current_location()
        if location is not None:
            self.seminar.add_location(location.doc_id, location.anchor or "")

    def present_current(self) -> None:
        location = self._current_location()
        if location is not None:
            self.seminar.present_document(location.doc_id, location.anchor or "")

    def set_policy(self, policy: KioskPolicy) -> None:
        """Offer only what ``policy`` allows (kiosk mode); ``KioskPolicy()`` allows everything."""
        self.policy = policy
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None:
                self._restrict_reader(tab)
        self.seminar.apply_policy(policy)
        status = getattr(getattr(self, "sync", None), "status_widget", None)
        if status is not None:
            status.setVisible(policy.allows("sync"))

    def _restrict_reader(self, tab: QWidget) -> None:
        tab.allow_external_links = self.policy.allows("external-links")  # type: ignore[attr-defined]
        tab.allow_print_to_file = self.policy.allows("file-dialogs")  # type: ignore[attr-defined]

    # --- import (also by drag and drop) ---------------------------------------------------------
    def choose_files_to_import(self) -> None:
        self.importer.choose_and_import(self)

    def choose_folder_to_import(self) -> None:
        self.importer.choose_and_import(self, folder=True)

    def import_paths(self, paths: list[Path]) -> None:
        log.info("import requested: %s", ", ".join(str(p) for p in paths))
        self.importer.import_paths(paths, self)

    def _library_changed(self) -> None:
        self.refresh_library_counts()
        self.search_panel.refresh()  # type: ignore[attr-defined]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        if local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        if local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_paths(paths))

    # --- dialogs ---------------------------------------------------------------------------------
    def show_settings(self) -> None:
        panels.show_settings(self.context, self)

    def show_about(self) -> None:
        help_dialogs.show_about(self, self.context.data_dir)

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self, self.actions_.shortcut_table())

    # --- status bar ------------------------------------------------------------------------------
    def refresh_library_counts(self) -> None:
        job = self.context.worker.call(self.context.library.info)
        job.done.connect(self._show_counts)
        job.error.connect(self.context.errors.job_failed)

    def _show_counts(self, info: LibraryInfo) -> None:
        self._info = info
        languages = len(info.by_language)
        text = self.tr("%n document(s)", "", info.documents)
        text += " · " + self.tr("%n language(s)", "", languages)
        self.counts.setText(text)
        self.counts.setAccessibleName(self.tr("Library size"))
        if info.index.state == "rebuilt":
            self.statusBar().showMessage(self.tr("The search index was damaged and was rebuilt."))

    # --- language and theme ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "actions_"):
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.actions_.retranslateUi()
        self.notes_dock.setWindowTitle(self.tr("Notes and bookmarks"))
        self.tabs.setAccessibleName(self.tr("Open documents"))
        self.splitter.setAccessibleName(self.tr("Search and documents"))
        self.welcome.setText(
            self.tr(
                "Search the library with the box on the left ({search}), or browse it by kind "
                "and topic. Documents open here, each in its own tab."
            ).format(
                search=self.actions_.focus_search.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.welcome.setAccessibleName(self.tr("Welcome"))
        for index in range(self.tabs.count()):
            self._name_close_button(index)
        if self._info is not None:
            self._show_counts(self._info)
        self._update_window_title()

    def _update_window_title(self) -> None:
        tab = self.tabs.currentWidget()
        title = self.tabs.tabToolTip(self.tabs.currentIndex()) if tab is not None else ""
        self.setWindowTitle(f"{title} — TIPdesk" if title else "TIPdesk")

    def _language_changed(self, _language: str) -> None:
        self._check_current_choices()

    def _theme_changed(self, _theme: str) -> None:
        self._check_current_choices()  # reader tabs follow the palette change by themselves

    def _reader_points_changed(self, points: float) -> None:
        for index in range(self.tabs.count()):
            self.tabs.widget(index).setReaderStyle(points=points)  # type: ignore[attr-defined]

    # --- state across starts ---------------------------------------------------------------------
    def restore_state(self) -> None:
        prefs = self.context.preferences
        if prefs.geometry is None or not self.restoreGeometry(prefs.geometry):
            screen = self.screen().availableGeometry()
            self.resize(
                min(1280, int(screen.width() * 0.85)), min(860, int(screen.height() * 0.85))
            )
        if prefs.window_state is not None and prefs.splitter is not None:
            self.restoreState(prefs.window_state)
            self.splitter.restoreState(prefs.splitter)
        else:
            self.use_default_layout()
        for tab in prefs.tabs:
            self.open_document(tab.doc_id, tab.anchor, tab.page)
        if 0 <= prefs.current_tab < self.tabs.count():
            self.tabs.setCurrentIndex(prefs.current_tab)

    def use_default_layout(self) -> None:
        """Search about 30% of the width, notes 20%, documents the rest."""
        width = max(self.width(), 800)
        notes = max(220, width // 5)
        search = max(300, width * 3 // 10)
        self.resizeDocks([self.notes_dock], [notes], Qt.Orientation.Horizontal)
        self.splitter.setSizes([search, width - search - notes])

    def save_state(self) -> None:
        prefs = self.context.preferences
        prefs.geometry = self.saveGeometry()
        prefs.window_state = self.saveState()
        prefs.splitter = self.splitter.saveState()
        prefs.tabs = self.open_tabs()
        prefs.current_tab = max(0, self.tabs.currentIndex())
        prefs.sync()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self.seminar.close()
        self.save_state()
        super().closeEvent(event)


def local_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders being dragged, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
