"""The header above a document: title, kind, publisher, version, date, source link, review
notice, and buttons for the document's other language versions.

Every value from the catalogue is shown as plain text (or escaped), never as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.model import DocumentMeta
from tipdesk.gui.i18n import LANGUAGES
from tipdesk.gui.vocabulary import kind_name, language_name

UNVERIFIED = "unverified-facts"
TITLE_SCALE = 1.35
SOURCE_CHARS = 60


def format_published(published: str) -> str:
    """``"2010-06-08"`` → a long date in the interface's locale; other values unchanged."""
    date = QDate.fromString(published[:10], Qt.DateFormat.ISODate)
    if len(published) >= 10 and date.isValid():
        locale = QLocale()
        long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
        without_weekday = re.sub(r"d{4}[,\s]*", "", long_format)
        return locale.toString(date, without_weekday.strip(", "))
    return published


def shorten_url(url: str, limit: int = SOURCE_CHARS) -> str:
    """A long address shortened in the middle for display (the link keeps all of it)."""
    if len(url) <= limit:
        return url
    keep = (limit - 1) // 2
    return f"{url[:keep]}…{url[-keep:]}"


class DocumentHeader(QWidget):
    """Metadata of the open document. Emits requests; the reader decides what to do."""

    translationRequested = Signal(str)  # doc id of another language version
    externalLinkRequested = Signal(str)  # the source URL, to be opened after asking

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meta: DocumentMeta | None = None
        self._translations: tuple[DocumentMeta, ...] = ()
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setProperty("role", "muted")
        self.source_label = QLabel(self)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.setWordWrap(True)
        self.source_label.setOpenExternalLinks(False)
        self.source_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.source_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.source_label.linkActivated.connect(self.externalLinkRequested)
        self.review_label = QLabel(self)
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setProperty("role", "warning")
        self._style_warning()
        self.languages_label = QLabel(self)
        self.language_buttons: dict[str, QPushButton] = {}
        self._languages_row = QHBoxLayout()
        self._languages_row.setContentsMargins(0, 0, 0, 0)
        self._languages_row.addWidget(self.languages_label)
        self._languages_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        for widget in (self.title_label, self.details_label, self.source_label, self.review_label):
            layout.addWidget(widget)
        layout.addLayout(self._languages_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.show_document(None)

    # --- content ---------------------------------------------------------------------------------
    def show_document(
        self, meta: DocumentMeta | None, translations: Sequence[DocumentMeta] = ()
    ) -> None:
        self._meta = meta
        self._translations = tuple(translations)
        self._rebuild_language_buttons()
        self.retranslateUi()

    def review_notice_visible(self) -> bool:
        return not self.review_label.isHidden()

    def _rebuild_language_buttons(self) -> None:
        for button in self.language_buttons.values():
            self._languages_row.removeWidget(button)
            button.deleteLater()
        self.language_buttons = {}
        for position, meta in enumerate(self._translations, start=1):
            button = QPushButton(LANGUAGES.get(meta.language, meta.language), self)
            button.setAutoDefault(False)
            button.setProperty("docId", meta.id)
            button.clicked.connect(
                lambda _=False, doc_id=meta.id: self.translationRequested.emit(doc_id)
            )
            self._languages_row.insertWidget(position, button)
            self.language_buttons[meta.language] = button
        self.languages_label.setVisible(bool(self._translations))

    def _details_text(self, meta: DocumentMeta) -> str:
        parts = [kind_name(meta.kind), language_name(meta.language)]
        if meta.publisher:
            parts.append(meta.publisher)
        if meta.version:
            parts.append(self.tr("version %1").replace("%1", meta.version))
        if meta.published:
            parts.append(format_published(meta.published))
        return " · ".join(parts)

    def _source_html(self, meta: DocumentMeta) -> str:
        if not meta.source_url:
            return ""
        link = html.escape(meta.source_url, quote=True)
        shown = shorten_url(meta.source_url)
        # The theme's link colour, written out: a QLabel keeps the link colour of the moment its
        # text was set, so a theme switch sets the text again (see changeEvent).
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        anchor = f'<a href="{link}" style="color: {colour};">{html.escape(shown)}</a>'
        return self.tr("Source: %1").replace("%1", anchor)

    def _style_warning(self) -> None:
        from tipdesk.gui.theme import colours, current_theme

        font = self.review_label.font()
        font.setBold(True)
        self.review_label.setFont(font)
        self.review_label.setStyleSheet(f"color: {colours(current_theme()).warning};")

    def _follow_theme(self) -> None:
        self._style_warning()
        if self._meta is not None:
            self.source_label.setText(self._source_html(self._meta))

    # --- Qt ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self._follow_theme)  # once apply_theme has finished
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming)
        meta = self._meta
        self.title_label.setText(meta.title if meta else "")
        self.details_label.setText(self._details_text(meta) if meta else "")
        self.source_label.setText(self._source_html(meta) if meta else "")
        self.source_label.setVisible(bool(meta and meta.source_url))
        self.source_label.setToolTip(
            (meta.source_url + "\n" if meta and meta.source_url else "")
            + self.tr("Opens in your web browser, after asking")
        )
        self.source_label.setAccessibleName(self.tr("Source of this document"))
        self.review_label.setText(
            self.tr(
                "Facts in this document are still to be confirmed against the official text. "
                "Check the source before quoting it."
            )
        )
        self.review_label.setVisible(bool(meta and meta.review == UNVERIFIED))
        self.review_label.setAccessibleName(self.tr("Review notice"))
        self.languages_label.setText(self.tr("Also in:"))
        self.title_label.setAccessibleName(self.tr("Document title"))
        self.details_label.setAccessibleName(self.tr("Document details"))
        for meta_t in self._translations:
            button = self.language_buttons.get(meta_t.language)
            if button is not None:
                name = LANGUAGES.get(meta_t.language, meta_t.language)
                text = self.tr("Open the %1 version at the same section").replace("%1", name)
                button.setToolTip(text)
                button.setAccessibleName(text)
