"""What the panel says about a search: how many documents, "Did you mean", notes and errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from tipdesk.core.model import SearchResults


def documents_text(count: int) -> str:
    """ "1 document" / "26 documents", through the translation's plural forms when there is one."""
    text = QCoreApplication.translate("SearchStatus", "%n document(s)", None, count)
    if "(s)" in text:  # no catalogue (English source): do English plurals here
        return f"{count} document" if count == 1 else f"{count} documents"
    return text


def no_results_text(query: str, filtered: bool) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("SearchStatus", "No document matches “{query}”.").format(query=query),
        translate("SearchStatus", "Check the spelling, or try fewer or other words."),
        translate(
            "SearchStatus",
            "You can search in English, Spanish, French or Portuguese: all four are searched at "
            "once.",
        ),
    ]
    if filtered:
        lines.append(
            translate("SearchStatus", "Filters are on: clear them to search the whole library.")
        )
    return "\n\n".join(lines)


class SearchStatus(QWidget):
    """A count line, a "Did you mean" link, the relaxed-match note and error messages."""

    suggestionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("result-count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label = QLabel(self)
        self.suggestion_button = QPushButton(self)
        self.suggestion_button.setObjectName("did-you-mean")
        self.suggestion_button.setFlat(True)
        self.suggestion_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        link_font = QFont(self.suggestion_button.font())
        link_font.setUnderline(True)
        self.suggestion_button.setFont(link_font)
        self.suggestion_button.setStyleSheet("QPushButton { color: palette(link); }")
        self.suggestion_button.clicked.connect(self._suggestion_clicked)
        self.relaxed_label = self._note("relaxed-note")
        self.error_label = self._note("search-error")
        suggestion_row = QHBoxLayout()
        suggestion_row.setContentsMargins(0, 0, 0, 0)
        suggestion_row.addWidget(self.suggestion_label)
        suggestion_row.addWidget(self.suggestion_button)
        suggestion_row.addStretch(1)
        self.suggestion_row = QWidget(self)
        self.suggestion_row.setLayout(suggestion_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.count_label, self.suggestion_row, self.relaxed_label, self.error_label):
            layout.addWidget(widget)
        self._results: SearchResults | None = None
        self._browse_total: int | None = None
        self._suggestion = ""
        self._error = ""
        self.show_nothing()
        self.retranslateUi()

    def _note(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- states --------------------------------------------------------------------------------
    def show_nothing(self) -> None:
        self._results, self._browse_total, self._error = None, None, ""
        self._update()

    def show_results(self, results: SearchResults) -> None:
        self._results, self._browse_total, self._error = results, None, ""
        self._update()

    def show_browse(self, total: int) -> None:
        self._results, self._browse_total, self._error = None, total, ""
        self._update()

    def show_error(self, message: str) -> None:
        self._error = message
        self._update()

    @property
    def suggestion(self) -> str:
        return self._suggestion

    def _update(self) -> None:
        results = self._results
        if results is not None and results.total:
            self.count_label.setText(documents_text(results.total))
        elif results is None and self._browse_total is not None:
            self.count_label.setText(
                self.tr("{documents} in the library").format(
                    documents=documents_text(self._browse_total)
                )
            )
        else:
            self.count_label.clear()
        self.count_label.setVisible(bool(self.count_label.text()))
        self._suggestion = (results.suggestion or "") if results is not None else ""
        self.suggestion_button.setText(self._suggestion)
        self.suggestion_button.setAccessibleName(
            self.tr("Did you mean: {word}").format(word=self._suggestion)
        )
        self.suggestion_row.setVisible(bool(self._suggestion))
        relaxed = results is not None and results.relaxed and results.total > 0
        self.relaxed_label.setVisible(relaxed)
        self.error_label.setText(self._error)
        self.error_label.setVisible(bool(self._error))

    def _suggestion_clicked(self) -> None:
        if self._suggestion:
            self.suggestionChosen.emit(self._suggestion)

    # --- language ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.count_label.setAccessibleName(self.tr("Number of documents found"))
        self.suggestion_label.setText(self.tr("Did you mean:"))
        self.suggestion_button.setToolTip(self.tr("Search for this word instead"))
        self.relaxed_label.setText(
            self.tr("No document has all the words; showing documents with some of them.")
        )
        self.relaxed_label.setAccessibleName(self.tr("Note about the results"))
        self.error_label.setAccessibleName(self.tr("Search problem"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
