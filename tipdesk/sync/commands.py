"""Command-line face of sync: ``keys``, ``publish``, ``publish-demo``, ``sync``, ``share``,
``export-bundle``. Registered through ``COMMAND_MODULES`` in ``tipdesk/cli``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from tipdesk.core.progress import CancelToken
from tipdesk.paths import resolve_data_dir
from tipdesk.sync.keys import KeyStore, passphrase_source
from tipdesk.sync.terminal import SyncProgressLine, ctrl_c_cancels, human_bytes


def _data_dir(parser: argparse.ArgumentParser, used: bool = True) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the library folder (default: your per-user TIPdesk folder, or $TIPDESK_DATA_DIR)"
        if used
        else argparse.SUPPRESS,
    )


def _passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the root key passphrase from FILE (else $TIPDESK_ROOT_PASSPHRASE, else ask)",
    )


def _repo_and_keys(parser: argparse.ArgumentParser, keys_required: bool = True) -> None:
    parser.add_argument(
        "--repo", required=True, type=Path, metavar="REPO_DIR", help="the repository folder"
    )
    parser.add_argument(
        "--keys",
        required=keys_required,
        type=Path,
        metavar="KEYDIR",
        help="the key folder made by 'tipdesk keys init'",
    )


def register(subparsers: Any) -> None:
    keys = subparsers.add_parser("keys", help="publisher keys: init, rotate, timestamp, status")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", help="create the four signing keys and the first root")
    p.add_argument("keydir", type=Path, metavar="KEYDIR")
    _passphrase(p)
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_keys_init)
    p = actions.add_parser(
        "rotate", help="replace a role's key (root, targets, snapshot, timestamp)"
    )
    p.add_argument("role", choices=("root", "targets", "snapshot", "timestamp"))
    _repo_and_keys(p)
    _passphrase(p)
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_keys_rotate)
    p = actions.add_parser("timestamp", help="re-sign the timestamp (run daily, e.g. from cron)")
    _repo_and_keys(p)
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_keys_timestamp)
    p = actions.add_parser("status", help="versions and expiry dates of the repository")
    _repo_and_keys(p, keys_required=False)
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_keys_status)

    p = subparsers.add_parser("publish", help="publish a content folder as a signed repository")
    p.add_argument("content", type=Path, metavar="CONTENT_DIR")
    _repo_and_keys(p)
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_publish)

    p = subparsers.add_parser(
        "publish-demo", help="publish the starter library with throwaway keys, to try sync"
    )
    p.add_argument("repo", type=Path, metavar="REPO_DIR")
    p.add_argument("--content", type=Path, help="content folder (default: the starter library)")
    p.add_argument(
        "--keys",
        type=Path,
        metavar="KEYDIR",
        help="where the demo keys live (default: REPO_DIR.demo-keys next to it)",
    )
    _data_dir(p, used=False)
    p.set_defaults(func=cmd_publish_demo)

    p = subparsers.add_parser("sync", help="get new and revised documents from the publisher")
    p.add_argument(
        "--from",
        dest="sources",
        action="append",
        metavar="URL_OR_PATH",
        help="a source (web address or folder); repeat to give several, tried in "
        "order; remembered for next time",
    )
    p.add_argument(
        "--trust",
        metavar="ROOT_JSON",
        help="trust this publisher root instead of the shipped one (remembered)",
    )
    p.add_argument(
        "--check", action="store_true", help="only say whether a source has updates; change nothing"
    )
    p.add_argument("--status", action="store_true", help="show the sync status and exit")
    _data_dir(p)
    p.set_defaults(func=cmd_sync)

    p = subparsers.add_parser(
        "share", help="serve this library's verified updates on the local network"
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface address to listen on (default 127.0.0.1; use this "
        "computer's LAN address, or 0.0.0.0 for every interface)",
    )
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = any)")
    _data_dir(p)
    p.set_defaults(func=cmd_share)

    p = subparsers.add_parser(
        "export-bundle", help="copy this library's verified updates to a folder (e.g. a USB stick)"
    )
    p.add_argument("target", type=Path, metavar="DIR")
    _data_dir(p)
    p.set_defaults(func=cmd_export_bundle)


# -- publisher ------------------------------------------------------------------------------
def _keystore(args: argparse.Namespace, directory: Path) -> KeyStore:
    return KeyStore(directory, passphrase_source(getattr(args, "passphrase_file", None)))


def cmd_keys_init(args: argparse.Namespace) -> int:
    from tipdesk.sync.keyops import init_keys

    root = init_keys(_keystore(args, args.keydir))
    print(f"Created root, targets, snapshot and timestamp keys in {args.keydir}")
    print(f"Trust root (ship it with the app, or give it to 'tipdesk sync --trust'): {root}")
    print("Keep root.pem offline (two copies in two places) and remember its passphrase.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from tipdesk.sync.keyops import rotate
    from tipdesk.sync.repository import RepositoryFiles

    version = rotate(args.role, RepositoryFiles(args.repo), _keystore(args, args.keys))
    print(f"New {args.role} key in {args.keys}; the repository's root is now version {version}.")
    if args.role == "timestamp":
        print(
            "USB copies and peers made before this rotation can no longer be used by "
            "computers that have synced since."
        )
    return 0


def cmd_keys_timestamp(args: argparse.Namespace) -> int:
    from tipdesk.sync.keyops import resign
    from tipdesk.sync.repository import RepositoryFiles

    result = resign(RepositoryFiles(args.repo), _keystore(args, args.keys))
    renewed = (
        f" (and snapshot version {result.snapshot_version})" if result.snapshot_version else ""
    )
    print(f"Timestamp version {result.timestamp_version} signed{renewed}.")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_keys_status(args: argparse.Namespace) -> int:
    from tipdesk.sync.keyops import status
    from tipdesk.sync.repository import RepositoryFiles, utc_now

    state = status(RepositoryFiles(args.repo))
    now = utc_now()
    print(f"Repository {args.repo}: {state.documents} documents")
    for role in state.roles:
        days = role.days_left(now)
        note = "EXPIRED" if days < 0 else ("expires soon" if days < 7 else "")
        print(
            f"  {role.role:<10} version {role.version:<5} expires {role.expires:%Y-%m-%d %H:%M}"
            f" UTC ({days:.0f} days) {note}".rstrip()
        )
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from tipdesk.cli.progressbar import TerminalProgress
    from tipdesk.sync.publisher import publish

    progress = TerminalProgress("Publishing")
    try:
        result = publish(args.content, args.repo, _keystore(args, args.keys), progress=progress)
    finally:
        progress.close()
    _print_publish(result, args.repo)
    return 0


def _print_publish(result: Any, repo: Path) -> None:
    if result.targets_version is None:
        print(f"Nothing changed: {result.unchanged} documents already published in {repo}.")
    else:
        print(
            f"Published release {result.targets_version} to {repo}: {len(result.added)} added, "
            f"{len(result.changed)} revised, {len(result.removed)} withdrawn, "
            f"{result.unchanged} unchanged."
        )
    if result.skipped:
        print(
            f"Not published (not documents): {len(result.skipped)} file(s), e.g. "
            f"{result.skipped[0]}"
        )


def cmd_publish_demo(args: argparse.Namespace) -> int:
    from tipdesk.sync.demo import publish_demo

    demo = publish_demo(args.repo, args.content, args.keys)
    _print_publish(demo.report, args.repo)
    print(f"Demo keys (for trying sync only, never for real use): {demo.keys}")
    print("Try:")
    print(f"  tipdesk sync --from {demo.repo} --trust {demo.root}")
    return 0


# -- client ---------------------------------------------------------------------------------
def cmd_sync(args: argparse.Namespace) -> int:
    from tipdesk.sync.client import SyncClient

    if args.status or args.check:
        client = SyncClient(_StateOnly(resolve_data_dir(args.data_dir)))
        if args.trust:
            client.configure(trust=args.trust)
        return _print_status(client) if args.status else _print_check(client, args.sources)
    from tipdesk.cli.library import open_library

    with open_library(args) as lib:
        client = SyncClient(lib)
        if args.trust:
            client.configure(trust=args.trust)
        cancel = CancelToken()
        line = SyncProgressLine()
        try:
            with ctrl_c_cancels(cancel):
                report = client.sync(args.sources, progress=line, cancel=cancel)
        finally:
            line.close()
    if not report.changed:
        print(
            f"Up to date with {report.source} (release {report.release}, "
            f"{report.documents} documents)."
        )
        return 0
    print(
        f"Synced from {report.source}: release {report.release}, {len(report.added)} added, "
        f"{len(report.updated)} revised, {len(report.removed)} withdrawn "
        f"({human_bytes(report.bytes_downloaded)} in {report.requests} requests, "
        f"{report.seconds:.1f} s)."
    )
    for change in report.changes[:20]:
        print(f"  {change.change:<8} {change.doc_id or change.path}  {change.title}")
    if len(report.changes) > 20:
        print(f"  … and {len(report.changes) - 20} more")
    return 0


class _StateOnly:
    """Enough of a Library for status, check, share and export: only the data folder."""

    def __init__(self, data_dir: Path) -> None:
        from tipdesk.core.library import LibraryPaths

        self.paths = LibraryPaths(data_dir)

    def apply_synced(self, *_args: Any, **_kwargs: Any) -> Any:  # pragma: no cover
        raise RuntimeError("status and check never apply anything")


def _print_status(client: Any) -> int:
    status = client.status()
    if status.last_synced is None:
        print("Never synced.")
    else:
        print(
            f"Last synced {status.last_synced:%Y-%m-%d %H:%M} UTC from {status.source}: "
            f"release {status.release}, {status.documents} documents."
        )
    if status.expires is not None:
        state = "EXPIRED: sync again when you can" if status.stale else "valid"
        print(f"Publisher signature: {state} (until {status.expires:%Y-%m-%d %H:%M} UTC).")
    print(f"Sources: {', '.join(status.sources) or 'none configured'}; trust root: {status.trust}.")
    for change in status.whats_new[:20]:
        print(f"  {change.change:<8} {change.doc_id or change.path}  {change.title}")
    return 0


def _print_check(client: Any, sources: list[str] | None) -> int:
    check = client.check_updates(sources)
    if not check.reachable:
        print(f"tipdesk: {check.error}", file=sys.stderr)
        return 1
    if check.updates_available:
        print(
            f"Updates available from {check.source}: {check.added} new, {check.updated} "
            f"revised, {check.removed} withdrawn."
        )
    else:
        print(f"No updates: up to date with {check.source}.")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from tipdesk.sync.share import ShareServer

    server = ShareServer(_StateOnly(resolve_data_dir(args.data_dir)), args.host, args.port)
    server.start()
    print(f"Sharing this library's verified updates at {server.url}")
    print(f"Participants run:  tipdesk sync --from {server.url}")
    print("Press Ctrl+C to stop sharing.")
    stop = threading.Event()

    def request_stop(_signum: int, _frame: object) -> None:
        stop.set()

    # Handlers set here, not inherited: a shell that starts us in the background ignores SIGINT,
    # and a service manager stops us with SIGTERM.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    print(f"Stopped sharing after {server.requests} requests.")
    return 0


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from tipdesk.sync.share import export_bundle

    copied = export_bundle(_StateOnly(resolve_data_dir(args.data_dir)), args.target)
    print(
        f"Exported the verified updates to {args.target} ({copied} files copied). Other "
        f"computers sync from it with: tipdesk sync --from {args.target}"
    )
    return 0
