"""Key commands of the publisher: create keys and the first root, rotate, re-sign, status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tuf.api.metadata import Metadata, Root, Targets

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import KeyStoreError, PublishError
from tipdesk.sync.files import write_atomic
from tipdesk.sync.keys import ROLES, KeyStore, generate
from tipdesk.sync.repository import (
    DEFAULT_LIFETIMES,
    Lifetimes,
    RepositoryFiles,
    check_trusted,
    new_snapshot_and_timestamp,
    renew,
    resign_timestamp,
    sign,
    to_bytes,
    utc_now,
)

FIRST_ROOT = "1.root.json"


def init_keys(
    keys: KeyStore, lifetimes: Lifetimes = DEFAULT_LIFETIMES, now: dt.datetime | None = None
) -> Path:
    """Create the four keys and sign the first root; return the path of ``1.root.json``."""
    now = now or utc_now()
    generated = keys.create()
    root = Root(expires=now + lifetimes.root, consistent_snapshot=True)
    for role, key in generated.items():
        root.add_key(key.signer.public_key, role)
    md = Metadata(root)
    sign(md, generated["root"].signer)
    path = keys.directory / FIRST_ROOT
    write_atomic(path, to_bytes(md))
    return path


def install_first_root(repo: RepositoryFiles, keys: KeyStore) -> None:
    """A new repository starts from the key folder's ``1.root.json``."""
    source = keys.directory / FIRST_ROOT
    try:
        md = Metadata[Root].from_file(str(source))
    except Exception as exc:  # noqa: BLE001
        raise KeyStoreError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file} is missing or damaged; create keys with 'tipdesk keys init'"
            ),
            file=str(source),
        ) from exc
    repo.write_root(md)


def signers_for(keys: KeyStore, repo: RepositoryFiles, roles: tuple[str, ...]) -> dict:
    root = repo.root().signed
    signers = {}
    for role in roles:
        signer = keys.signer(role)
        check_trusted(root, role, signer)
        signers[role] = signer
    return signers


@dataclass(frozen=True)
class ResignReport:
    timestamp_version: int
    snapshot_version: int | None  # set when the snapshot was renewed too
    warnings: tuple[str, ...]


def resign(
    repo: RepositoryFiles,
    keys: KeyStore,
    lifetimes: Lifetimes = DEFAULT_LIFETIMES,
    now: dt.datetime | None = None,
) -> ResignReport:
    """Re-sign the timestamp (daily cron). The snapshot is renewed too when it would expire
    before the new timestamp; a soon-expiring targets role is only warned about (its key is
    meant to be offline)."""
    now = now or utc_now()
    snapshot = repo.snapshot()
    targets = repo.targets()
    if snapshot is None or targets is None:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{dir} has nothing published yet; run 'tipdesk publish' first"
            ),
            dir=str(repo.root_dir),
        )
    new_expiry = now + lifetimes.timestamp
    warnings = []
    if targets.signed.expires <= new_expiry:
        warnings.append(
            f"the targets signature expires on {targets.signed.expires:%Y-%m-%d}: "
            "publish again (or run 'tipdesk keys rotate targets') before then"
        )
    if snapshot.signed.expires <= new_expiry:
        signers = signers_for(keys, repo, ("snapshot", "timestamp"))
        snap_version, ts_version = new_snapshot_and_timestamp(repo, None, signers, lifetimes, now)
        return ResignReport(ts_version, snap_version, tuple(warnings))
    version = resign_timestamp(repo, keys.signer("timestamp"), lifetimes, now)
    return ResignReport(version, None, tuple(warnings))


def rotate(
    role: str,
    repo: RepositoryFiles,
    keys: KeyStore,
    lifetimes: Lifetimes = DEFAULT_LIFETIMES,
    now: dt.datetime | None = None,
) -> int:
    """Replace the key of ``role``; return the new root version.

    The new root is signed by the current root key (and by the new one when root itself is
    rotated). Metadata signed by the rotated role is re-signed at once, so clients can follow.
    The new private key is saved before the repository changes, so a crash never leaves a root
    that trusts a key nobody has.
    """
    if role not in ROLES:
        raise KeyStoreError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "unknown role '{role}'; choose root, targets, snapshot or timestamp"
            ),
            role=role,
        )
    now = now or utc_now()
    root_md = repo.root()
    old_root_signer = keys.signer("root")
    check_trusted(root_md.signed, "root", old_root_signer)
    downstream = {
        "targets": ("targets", "snapshot", "timestamp"),
        "snapshot": ("snapshot", "timestamp"),
    }.get(role, ("timestamp",))
    unchanged = tuple(r for r in downstream if r != role)
    other_signers = signers_for(keys, repo, unchanged)

    new_key = generate(role)
    keys.stage(new_key)

    root = root_md.signed
    for keyid in list(root.roles[role].keyids):
        root.revoke_key(keyid, role)
    root.add_key(new_key.signer.public_key, role)
    renew(root, lifetimes.root, now)
    signers = [old_root_signer, new_key.signer] if role == "root" else [old_root_signer]
    sign(root_md, *signers)
    repo.write_root(root_md)

    keys.commit(new_key)

    all_signers = {**other_signers, role: new_key.signer}
    _resign_downstream(role, repo, all_signers, lifetimes, now)
    return root.version


def _resign_downstream(
    role: str, repo: RepositoryFiles, signers: dict, lifetimes: Lifetimes, now: dt.datetime
) -> None:
    if repo.timestamp() is None:
        return  # nothing published yet
    targets_meta = None
    if role == "targets":
        targets: Metadata[Targets] | None = repo.targets()
        assert targets is not None
        renew(targets.signed, lifetimes.targets, now)
        sign(targets, signers["targets"])
        targets_meta = repo.write_versioned(targets)
    if role in ("targets", "snapshot"):
        new_snapshot_and_timestamp(repo, targets_meta, signers, lifetimes, now)
    else:
        resign_timestamp(repo, signers["timestamp"], lifetimes, now)


@dataclass(frozen=True)
class RoleStatus:
    role: str
    version: int
    expires: dt.datetime
    keyids: tuple[str, ...]

    def days_left(self, now: dt.datetime) -> float:
        return (self.expires - now).total_seconds() / 86400


@dataclass(frozen=True)
class RepositoryStatus:
    roles: tuple[RoleStatus, ...]
    documents: int


def status(repo: RepositoryFiles) -> RepositoryStatus:
    root = repo.root()
    roles = [
        RoleStatus(
            "root",
            root.signed.version,
            root.signed.expires,
            tuple(root.signed.roles["root"].keyids),
        )
    ]
    documents = 0
    for role, md in (
        ("targets", repo.targets()),
        ("snapshot", repo.snapshot()),
        ("timestamp", repo.timestamp()),
    ):
        if md is None:
            continue
        roles.append(
            RoleStatus(
                role, md.signed.version, md.signed.expires, tuple(root.signed.roles[role].keyids)
            )
        )
        if isinstance(md.signed, Targets):
            documents = sum(1 for p in md.signed.targets if p.startswith("docs/"))
    return RepositoryStatus(tuple(roles), documents)
