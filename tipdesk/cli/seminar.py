"""Seminar commands: ``tipdesk pack list|export|import`` and ``tipdesk kiosk-pin``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from tipdesk.cli.library import add_data_dir, open_library
from tipdesk.cli.progressbar import TerminalProgress
from tipdesk.core.errors import UserError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.kiosk import (
    KioskConfig,
    check_pin_text,
    hash_pin,
    parse_config,
    write_config,
)
from tipdesk.core.packs import Pack, PackError, PackStore


def register(subparsers: Any) -> None:
    pack = subparsers.add_parser("pack", help="seminar packs: list, export, import")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", help="list your seminar packs")
    p.add_argument("--json", action="store_true", help="print the packs as JSON")
    add_data_dir(p)
    p.set_defaults(func=cmd_pack_list)

    p = actions.add_parser("export", help="write a pack and its documents to a .tipdesk-pack file")
    p.add_argument("pack", help="the pack's number (see 'tipdesk pack list') or name")
    p.add_argument("output", type=Path, help="the file to write (.tipdesk-pack)")
    p.add_argument(
        "--no-translations",
        action="store_true",
        help="leave out the other language versions of the documents",
    )
    add_data_dir(p)
    p.set_defaults(func=cmd_pack_export)

    p = actions.add_parser("import", help="add a .tipdesk-pack file's pack and documents")
    p.add_argument("file", type=Path)
    add_data_dir(p)
    p.set_defaults(func=cmd_pack_import)

    p = subparsers.add_parser(
        "kiosk-pin",
        help="make the kiosk configuration with a hashed administrator PIN (see docs/kiosk.md)",
    )
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of standard input instead of asking",
    )
    p.add_argument(
        "--write",
        type=Path,
        metavar="FILE",
        help="write the configuration to FILE (kept settings are updated); default: print it",
    )
    p.add_argument(
        "--enable",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="start TIPdesk in kiosk mode without --kiosk",
    )
    p.add_argument("--idle-seconds", type=int, help="idle time before the kiosk resets")
    p.add_argument("--allow-printing", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument(
        "--privacy",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="keep no search history (default: on)",
    )
    p.add_argument("--home", metavar="DOC_ID", help="a document shown on the home screen")
    p.set_defaults(func=cmd_kiosk_pin)


# --- packs ------------------------------------------------------------------------------------
def _pack_dict(pack: Pack) -> dict[str, Any]:
    return {
        "id": pack.id,
        "name": pack.name,
        "details": pack.details.to_dict(),
        "minutes": pack.minutes,
        "items": [
            {"doc_id": i.doc_id, "anchor": i.anchor, "note": i.note, "minutes": i.minutes}
            for i in pack.items
        ],
    }


def cmd_pack_list(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        packs = PackStore(lib.user).packs()
    if args.json:
        print(json.dumps([_pack_dict(p) for p in packs], ensure_ascii=False, indent=2))
        return 0
    if not packs:
        print("No seminar packs yet.")
    for pack in packs:
        where = ", ".join(v for v in (pack.details.date, pack.details.place) if v)
        print(
            f"{pack.id:>4}  {pack.name}  ({len(pack.items)} items, {pack.minutes} min)"
            + (f"  {where}" if where else "")
        )
    return 0


def find_pack(store: PackStore, given: str) -> Pack:
    packs = store.packs()
    if given.isdigit():
        found = [p for p in packs if p.id == int(given)]
    else:
        found = [p for p in packs if p.name.casefold() == given.casefold()]
    if len(found) != 1:
        raise PackError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "No seminar pack is called '{pack}'; see 'tipdesk pack list'."
            ),
            pack=given,
        )
    return found[0]


def cmd_pack_export(args: argparse.Namespace) -> int:
    from tipdesk.core.packfile import export_pack

    progress = TerminalProgress("Exporting")
    with open_library(args) as lib:
        pack = find_pack(PackStore(lib.user), args.pack)
        try:
            result = export_pack(
                lib, pack.id, args.output, translations=not args.no_translations, progress=progress
            )
        finally:
            progress.close()
    print(
        f"Wrote {result.path} ({result.documents} documents, "
        f"{result.from_publisher} with the publisher's signatures)."
    )
    for doc_id in result.rebuilt:
        print(f"  {doc_id}: the original file is gone; rebuilt from the library", file=sys.stderr)
    return 0


def cmd_pack_import(args: argparse.Namespace) -> int:
    from tipdesk.core.packfile import import_pack

    progress = TerminalProgress("Importing")
    with open_library(args) as lib:
        try:
            result = import_pack(lib, args.file, progress=progress)
        finally:
            progress.close()
    print(f"Imported the pack '{result.pack.name}' ({len(result.pack.items)} items).")
    print(f"  new documents: {len(result.added)}; already here: {len(result.present)}")
    print(f"  from the publisher (verified): {', '.join(result.verified) or '-'}")
    print(f"  shared by a colleague: {', '.join(result.shared) or '-'}")
    for doc_id in result.kept:
        print(f"  {doc_id}: your library has another version; kept yours", file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem.path}: {problem.message}", file=sys.stderr)
    return 0


# --- kiosk ------------------------------------------------------------------------------------
def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return check_pin_text(sys.stdin.readline().rstrip("\r\n"))
    first = check_pin_text(getpass.getpass("Administrator PIN: "))
    if getpass.getpass("The same PIN again: ") != first:
        raise UserError(QT_TRANSLATE_NOOP(CONTEXT, "The two PINs differ; nothing was written."))
    return first


def _existing(path: Path) -> KioskConfig:
    """The settings already in ``path`` (kept when only the PIN changes)."""
    if not path.exists():
        return KioskConfig()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return KioskConfig()
    return parse_config(raw, path)


def cmd_kiosk_pin(args: argparse.Namespace) -> int:
    config = _existing(args.write) if args.write else KioskConfig()
    pin = hash_pin(_read_pin(args.pin_stdin))
    changes: dict[str, Any] = {}
    for key, value in (
        ("enabled", args.enable),
        ("idle_seconds", args.idle_seconds),
        ("allow_printing", args.allow_printing),
        ("privacy", args.privacy),
        ("home_document", args.home),
    ):
        if value is not None:
            changes[key] = value
    merged = {**config.to_dict(), **changes, "pin": pin.to_dict()}
    checked = parse_config(merged, args.write or Path("kiosk.json"))
    if args.write:
        write_config(checked, args.write)
        print(f"Wrote {args.write}")
    else:
        print(json.dumps(checked.to_dict(), indent=2))
    return 0
