"""Filters with counts: language, kind, topic, country and year, each a compact combo box.

Each combo lists "All …" and then the values the current results contain, with how many documents
have each ("Spanish (26)"). The counts come from ``SearchResults.facets``, where each facet ignores
its own filter, so the other choices of a filter stay visible while it is set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QSizePolicy, QWidget

from tipdesk.core.model import LANGUAGES, FacetCount
from tipdesk.gui.vocabulary import country_name, kind_name, language_name, topic_name, topic_order

FACETS: tuple[str, ...] = ("language", "kind", "topic", "country", "year")
ADJUST_TO_MINIMUM = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class FilterArgs(TypedDict):
    """The chosen filters as keyword arguments of ``Library.search`` and ``Library.documents``."""

    language: str | None
    kind: str | None
    topic: str | None
    country: str | None
    year: int | None


def _by_name(name: Callable[[str], str]) -> Callable[[list[str]], list[str]]:
    return lambda values: sorted(values, key=lambda v: name(v).lower())


def _languages_first(values: list[str]) -> list[str]:
    known = [code for code in LANGUAGES if code in values]
    return known + sorted(v for v in values if v not in LANGUAGES)


def _newest_first(values: list[str]) -> list[str]:
    return sorted(values, key=lambda v: (not v.isdigit(), -int(v) if v.isdigit() else 0, v))


NAMES: dict[str, Callable[[str], str]] = {
    "language": language_name,
    "kind": kind_name,
    "topic": topic_name,
    "country": country_name,
    "year": str,
}
ORDER: dict[str, Callable[[list[str]], list[str]]] = {
    "language": _languages_first,
    "kind": _by_name(kind_name),
    "topic": topic_order,
    "country": _by_name(country_name),
    "year": _newest_first,
}


def _all_label(facet: str) -> str:
    return {
        "language": QCoreApplication.translate("FilterBar", "All languages"),
        "kind": QCoreApplication.translate("FilterBar", "All kinds"),
        "topic": QCoreApplication.translate("FilterBar", "All topics"),
        "country": QCoreApplication.translate("FilterBar", "All countries"),
        "year": QCoreApplication.translate("FilterBar", "All years"),
    }[facet]


def _accessible_name(facet: str) -> str:
    return {
        "language": QCoreApplication.translate("FilterBar", "Language filter"),
        "kind": QCoreApplication.translate("FilterBar", "Kind of document filter"),
        "topic": QCoreApplication.translate("FilterBar", "Topic filter"),
        "country": QCoreApplication.translate("FilterBar", "Country filter"),
        "year": QCoreApplication.translate("FilterBar", "Year filter"),
    }[facet]


class FilterBar(QWidget):
    """Five filter combos and "Clear filters"; ``changed`` fires when the user picks a value."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, tuple[FacetCount, ...]] = {}
        self.combos: dict[str, QComboBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, facet in enumerate(FACETS):
            combo = QComboBox(self)
            combo.setObjectName(f"filter-{facet}")
            combo.setSizeAdjustPolicy(ADJUST_TO_MINIMUM)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.activated.connect(self._picked)
            self.combos[facet] = combo
            layout.addWidget(combo, position // 2, position % 2)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button, 2, 1)
        self.retranslateUi()
        self.show_counts({})

    # --- values ------------------------------------------------------------------------------
    def value(self, facet: str) -> str | None:
        data = self.combos[facet].currentData()
        return str(data) if data else None

    def values(self) -> dict[str, str | None]:
        return {facet: self.value(facet) for facet in FACETS}

    def search_filters(self) -> FilterArgs:
        """The keyword arguments for ``Library.search`` / ``Library.documents``."""
        year = self.value("year")
        return FilterArgs(
            language=self.value("language"),
            kind=self.value("kind"),
            topic=self.value("topic"),
            country=self.value("country"),
            year=int(year) if year and year.isdigit() else None,
        )

    @property
    def active(self) -> bool:
        return any(v is not None for v in self.values().values())

    def set_value(self, facet: str, value: str | None) -> None:
        """Choose ``value`` (kept in the list with a zero count if no result has it)."""
        combo = self.combos[facet]
        self._fill(facet, combo, value)
        self._update_clear_button()
        self.changed.emit()

    def clear(self) -> None:
        if not self.active:
            return
        for facet, combo in self.combos.items():
            self._fill(facet, combo, None)
        self._update_clear_button()
        self.changed.emit()

    # --- counts ------------------------------------------------------------------------------
    def show_counts(self, facets: dict[str, tuple[FacetCount, ...]]) -> None:
        """Refill the combos from a search's facets, keeping what the user chose."""
        self._counts = dict(facets)
        for facet, combo in self.combos.items():
            if not combo.view().isVisible():  # never change a list the user is looking at
                self._fill(facet, combo, self.value(facet))
        self._update_clear_button()

    def _fill(self, facet: str, combo: QComboBox, chosen: str | None) -> None:
        counts = {c.value: c.count for c in self._counts.get(facet, ())}
        if chosen is not None and chosen not in counts:
            counts[chosen] = 0
        name = NAMES[facet]
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(_all_label(facet), None)
            for value in ORDER[facet](list(counts)):
                combo.addItem(f"{name(value)} ({counts[value]})", value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        combo.setEnabled(combo.count() > 1)

    def _picked(self, _row: int) -> None:
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.active)

    # --- language ----------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        for facet, combo in self.combos.items():
            combo.setAccessibleName(_accessible_name(facet))
            combo.setToolTip(_accessible_name(facet))
            combo.setAccessibleDescription(
                self.tr("Shows only documents with this value; the numbers are how many match.")
            )
        for facet, combo in self.combos.items():
            self._fill(facet, combo, self.value(facet))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
