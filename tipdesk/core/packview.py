"""A pack with what a person needs to recognise its items (titles), read on the worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tipdesk.core.packs import Pack, PackItem, PackStore


@dataclass(frozen=True)
class ItemLabel:
    title: str  # the document's title, or its id when it is no longer in the library
    section: str  # the section's title, or "" for a whole document
    language: str
    origin: str
    missing: bool = False


@dataclass(frozen=True)
class PackView:
    pack: Pack
    labels: tuple[ItemLabel, ...]  # one per item, in order


def item_label(lib: Any, item: PackItem) -> ItemLabel:
    view = lib.get(item.doc_id)
    if view is None:
        return ItemLabel(item.doc_id, item.anchor, "", "", missing=True)
    section = view.section(item.anchor) if item.anchor else None
    return ItemLabel(
        view.meta.title,
        section.title if section is not None else item.anchor,
        view.meta.language,
        view.meta.origin,
    )


def pack_view(lib: Any, pack: Pack) -> PackView:
    return PackView(pack, tuple(item_label(lib, item) for item in pack.items))


def load_pack_view(lib: Any, pack_id: int) -> PackView | None:
    pack = PackStore(lib.user).get(pack_id)
    return pack_view(lib, pack) if pack is not None else None
