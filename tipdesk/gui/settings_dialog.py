"""The settings dialog: interface language, reader font size, theme, data folder, privacy.

Language, theme and font size take effect when the user presses OK, through the application
context (which applies and remembers them); "keep search history" is saved in the user's database
on the worker. ``settingsChanged`` carries the new :class:`~tipdesk.gui.settings.Settings`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.gui.context import AppContext
from tipdesk.gui.i18n import LANGUAGES, system_language
from tipdesk.gui.settings import (
    FONT_POINTS_RANGE,
    KEEP_HISTORY_DEFAULT,
    Settings,
    keeps_search_history,
    read_settings,
    set_keep_search_history,
)
from tipdesk.gui.theme import DARK, HIGH_CONTRAST, LIGHT, THEMES


class SettingsDialog(QDialog):
    settingsChanged = Signal(object)  # Settings, after OK
    settingsLoaded = Signal()  # the values from the library are shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(460)
        self.initial = read_settings(context.preferences, context.theme, KEEP_HISTORY_DEFAULT)
        self._build()
        self.retranslateUi()
        self._show(self.initial)
        self._load_privacy()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("", None)  # "same as the system", text set in retranslateUi
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)  # a language's own name is never translated
        self.font_size = QSpinBox()
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(*FONT_POINTS_RANGE)
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for theme in THEMES:
            self.theme.addItem("", theme)
        self.data_folder = QLineEdit(str(self.context.data_dir))
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setReadOnly(True)
        self.data_folder.setCursorPosition(0)
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("openDataFolder")
        self.open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)

        self.language_label, self.font_label, self.theme_label, self.folder_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        for label, buddy in (
            (self.language_label, self.language),
            (self.font_label, self.font_size),
            (self.theme_label, self.theme),
            (self.folder_label, self.data_folder),
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.font_label, self.font_size)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.folder_label, folder_row)

        self.privacy = QGroupBox()
        self.keep_history = QCheckBox()
        self.keep_history.setObjectName("keepHistory")
        self.keep_history.setEnabled(False)  # until the library's value is known
        QVBoxLayout(self.privacy).addWidget(self.keep_history)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language.setItemText(0, self.tr("Same as the system"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.font_label.setText(self.tr("Reader &font size:"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setAccessibleName(self.tr("Reader font size in points"))
        self.theme_label.setText(self.tr("&Theme:"))
        names = {
            LIGHT: self.tr("Light"),
            DARK: self.tr("Dark"),
            HIGH_CONTRAST: self.tr("High contrast"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names.get(self.theme.itemData(index), ""))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.folder_label.setText(self.tr("&Data folder:"))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setToolTip(
            self.tr("Your library, notes and settings are kept in this folder.")
        )
        self.open_folder.setText(self.tr("&Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.privacy.setTitle(self.tr("Privacy"))
        self.keep_history.setText(self.tr("&Keep search history"))
        self.keep_history.setAccessibleName(self.tr("Keep search history"))
        self.keep_history.setToolTip(
            self.tr(
                "Remember your searches on this computer. Turning this off also forgets the "
                "searches kept so far."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- values ----------------------------------------------------------------------------------
    def _show(self, settings: Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.font_size.setValue(settings.font_pt)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.keep_history.setChecked(settings.keep_history)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them now."""
        return Settings(
            language=self.language.currentData(),
            font_pt=self.font_size.value(),
            theme=str(self.theme.currentData()),
            keep_history=self.keep_history.isChecked(),
        )

    def _load_privacy(self) -> None:
        library = self.context.library
        job = self.context.worker.call(lambda: keeps_search_history(library))
        job.done.connect(self._privacy_loaded)
        job.error.connect(self.context.errors.job_failed)

    def _privacy_loaded(self, keep: bool) -> None:
        self.initial = read_settings(self.context.preferences, self.context.theme, keep)
        self.keep_history.setChecked(keep)
        self.keep_history.setEnabled(True)
        self.settingsLoaded.emit()

    # --- actions ---------------------------------------------------------------------------------
    def accept(self) -> None:
        chosen = self.chosen()
        self.apply(chosen)
        super().accept()
        self.settingsChanged.emit(chosen)

    def apply(self, chosen: Settings) -> None:
        """Make ``chosen`` take effect and remember it; only what changed is touched."""
        old = self.initial
        if chosen.theme != self.context.theme:
            self.context.set_theme(chosen.theme)
        if chosen.font_pt != old.font_pt:
            self.context.set_reader_points(float(chosen.font_pt))
        if chosen.keep_history != old.keep_history and self.keep_history.isEnabled():
            library = self.context.library
            keep = chosen.keep_history
            job = self.context.worker.call(lambda: set_keep_search_history(library, keep))
            job.error.connect(self.context.errors.job_failed)
        if chosen.language != old.language:
            self.context.set_language(chosen.language or system_language())
            if chosen.language is None:
                self.context.preferences.language = None  # keep following the system
        self.initial = chosen

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))


def show_settings(context: AppContext, parent: QWidget | None = None) -> SettingsDialog:
    """Open the settings dialog without blocking; it deletes itself when closed."""
    dialog = SettingsDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
