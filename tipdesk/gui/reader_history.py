"""Back and forward inside one reader tab: a list of places and a cursor, like a web browser."""

from __future__ import annotations

from dataclasses import dataclass, replace

HISTORY_LIMIT = 100


@dataclass(frozen=True)
class Location:
    """A place in the library: a document, and a section anchor or a (1-based) PDF page in it."""

    doc_id: str
    anchor: str = ""
    page: int | None = None


class History:
    """Places visited in a tab. ``visit`` drops the forward part, as browsers do."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._places: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: Location) -> None:
        if place == self.current:
            return
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def update_current(self, anchor: str, page: int | None = None) -> None:
        """Remember where the reader is now in the current place (before leaving it)."""
        if self.current is not None:
            self._places[self._index] = replace(self.current, anchor=anchor, page=page)

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._places) - 1

    def back(self) -> Location | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
