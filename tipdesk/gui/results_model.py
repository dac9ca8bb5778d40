"""The list of search hits behind the results view: one row per document, newest query only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tipdesk.core.model import Hit
from tipdesk.gui.pack_items import LOCATION_MIME, location_mime
from tipdesk.gui.vocabulary import kind_name, language_name

HIT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def section_label(hit: Hit) -> str:
    """Where in the document the hit points: a section title or a PDF page; "" for the top."""
    if hit.page is not None:
        page = QCoreApplication.translate("ResultsModel", "Page {page}").format(page=hit.page)
        if hit.section_title and hit.section_title != hit.title:
            return f"{page} · {hit.section_title}"
        return page
    if hit.section_title and hit.section_title != hit.title:
        return hit.section_title
    return ""


def snippet_plain(hit: Hit) -> str:
    return hit.snippet_text if hit.snippet_html else hit.summary


def spoken_text(hit: Hit) -> str:
    """What a screen reader says for a row: title, kind, language, section, snippet."""
    parts = [hit.title, kind_name(hit.kind), language_name(hit.language)]
    section = section_label(hit)
    if section:
        parts.append(section)
    snippet = snippet_plain(hit)
    if snippet:
        parts.append(snippet)
    return ". ".join(parts)


class ResultsModel(QAbstractListModel):
    """Hits of the current query; ``append`` adds the next page ("Load more")."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._hits: list[Hit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken_text(hit)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return (flags | Qt.ItemFlag.ItemIsDragEnabled) if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [LOCATION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        """Dragged hits, as locations a seminar pack accepts (each hit's section)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        hits = [h for h in (self.hit(r) for r in rows) if h is not None]
        return location_mime([(h.doc_id, h.section_anchor) for h in hits])

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    @property
    def hits(self) -> tuple[Hit, ...]:
        return tuple(self._hits)

    def replace(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def append(self, hits: Sequence[Hit]) -> None:
        known = {h.doc_id for h in self._hits}
        new = [h for h in hits if h.doc_id not in known]
        if not new:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._hits.extend(new)
        self.endInsertRows()

    def refresh_labels(self) -> None:
        """The interface language changed: the rows' texts are made again."""
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))
