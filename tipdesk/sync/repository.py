"""The publisher's static repository on disk: reading and writing signed TUF metadata.

Layout (consistent snapshots, see docs/sync.md)::

    metadata/1.root.json 2.root.json …   root chain (kept forever)
    metadata/root.json                   copy of the newest root
    metadata/N.targets.json              one file per version (immutable)
    metadata/N.snapshot.json             one file per version (immutable)
    metadata/timestamp.json              the only mutable file: never cache it
    targets/<dir>/<sha256>.<name>        content-addressed blobs (immutable)

Only the stable ``tuf.api.metadata`` API is used (``tuf.repository`` is not stable, pitfall P11).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from securesystemslib.signer import Signer
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Signed,
    Snapshot,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import KeyStoreError, PublishError
from tipdesk.sync.files import write_atomic

T = TypeVar("T", Root, Timestamp, Snapshot, Targets)
_VERSIONED = re.compile(r"^(\d+)\.(root|targets|snapshot)\.json$")
_SERIALIZER = JSONSerializer(compact=True)


@dataclass(frozen=True)
class Lifetimes:
    """How long each role's signature stays valid (docs/sync.md, "Key management")."""

    root: dt.timedelta = dt.timedelta(days=365)
    targets: dt.timedelta = dt.timedelta(days=180)
    snapshot: dt.timedelta = dt.timedelta(days=60)
    timestamp: dt.timedelta = dt.timedelta(days=30)

    def of(self, role: str) -> dt.timedelta:
        return getattr(self, role)  # type: ignore[no-any-return]


DEFAULT_LIFETIMES = Lifetimes()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_bytes(md: Metadata) -> bytes:
    return md.to_bytes(_SERIALIZER)


def sign(md: Metadata, *signers: Signer) -> None:
    """Replace the signatures of ``md`` by fresh ones from ``signers``."""
    md.signatures.clear()
    for signer in signers:
        md.sign(signer, append=True)


def check_trusted(root: Root, role: str, signer: Signer) -> None:
    """Refuse to sign with a key the repository's root does not list for ``role``."""
    keyid = signer.public_key.keyid
    if keyid not in root.roles[role].keyids:
        raise KeyStoreError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the {role} key in the key folder ({keyid}…) is not the one this "
                "repository's root (version {version}) trusts; use the key folder that "
                "made this repository",
            ),
            role=role,
            keyid=keyid[:12],
            version=root.version,
        )


def renew(signed: Signed, lifetime: dt.timedelta, now: dt.datetime) -> None:
    """Next version, new expiry."""
    signed.version += 1
    signed.expires = now + lifetime


def next_version(
    old: Metadata[T] | None, first: T, lifetime: dt.timedelta, now: dt.datetime
) -> Metadata[T]:
    """``old`` renewed, or ``first`` (version 1) when there is no old version."""
    if old is None:
        first.expires = now + lifetime
        return Metadata(first)
    renew(old.signed, lifetime, now)
    return old


class RepositoryFiles:
    """Signed metadata and target blobs of one repository folder."""

    def __init__(self, root_dir: Path) -> None:
        self.root_dir = root_dir
        self.metadata_dir = root_dir / "metadata"
        self.targets_dir = root_dir / "targets"

    # -- reading --------------------------------------------------------------------------
    def versions(self, role: str) -> list[int]:
        if not self.metadata_dir.is_dir():
            return []
        found = []
        for entry in self.metadata_dir.iterdir():
            match = _VERSIONED.match(entry.name)
            if match and match.group(2) == role:
                found.append(int(match.group(1)))
        return sorted(found)

    def exists(self) -> bool:
        return bool(self.versions("root"))

    def _load(self, name: str, kind: type[T]) -> Metadata[T]:
        path = self.metadata_dir / name
        try:
            md: Metadata[T] = Metadata.from_file(str(path))
        except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same message
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "the repository file {file} is missing or damaged: {reason}"
                ),
                file=str(path),
                reason=str(exc),
            ) from exc
        if not isinstance(md.signed, kind):
            raise PublishError(
                QT_TRANSLATE_NOOP(CONTEXT, "the repository file {file} is not {kind} metadata"),
                file=str(path),
                kind=kind.type,
            )
        return md

    def root(self) -> Metadata[Root]:
        versions = self.versions("root")
        if not versions:
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "{dir} is not a TIPdesk repository (no metadata/1.root.json)"
                ),
                dir=str(self.root_dir),
            )
        return self._load(f"{versions[-1]}.root.json", Root)

    def timestamp(self) -> Metadata[Timestamp] | None:
        if not (self.metadata_dir / "timestamp.json").exists():
            return None
        return self._load("timestamp.json", Timestamp)

    def snapshot(self) -> Metadata[Snapshot] | None:
        timestamp = self.timestamp()
        if timestamp is None:
            return None
        version = timestamp.signed.snapshot_meta.version
        return self._load(f"{version}.snapshot.json", Snapshot)

    def targets(self) -> Metadata[Targets] | None:
        snapshot = self.snapshot()
        if snapshot is None:
            return None
        version = snapshot.signed.meta["targets.json"].version
        return self._load(f"{version}.targets.json", Targets)

    # -- writing (callers keep the order: blobs, targets, snapshot, timestamp last) -------
    def write_root(self, md: Metadata[Root]) -> None:
        data = to_bytes(md)
        write_atomic(self.metadata_dir / f"{md.signed.version}.root.json", data)
        write_atomic(self.metadata_dir / "root.json", data)

    def write_versioned(self, md: Metadata[Targets] | Metadata[Snapshot]) -> MetaFile:
        """Write ``N.<role>.json``; return the MetaFile (version, length, hash) naming it."""
        data = to_bytes(md)
        write_atomic(self.metadata_dir / f"{md.signed.version}.{md.signed.type}.json", data)
        return meta_file_for(md.signed.version, data)

    def write_timestamp(self, md: Metadata[Timestamp]) -> None:
        write_atomic(self.metadata_dir / "timestamp.json", to_bytes(md))


def meta_file_for(version: int, data: bytes) -> MetaFile:
    """Version, length and sha256 of a metadata file (lengths avoid pitfall P7)."""
    return MetaFile(
        version=version, length=len(data), hashes={"sha256": hashlib.sha256(data).hexdigest()}
    )


def new_snapshot_and_timestamp(
    repo: RepositoryFiles,
    targets_meta: MetaFile | None,
    signers: dict[str, Signer],
    lifetimes: Lifetimes,
    now: dt.datetime,
) -> tuple[int, int]:
    """Sign and write the next snapshot (pointing at ``targets_meta`` when given) and timestamp.

    Returns (snapshot version, timestamp version).
    """
    root = repo.root().signed
    snapshot = next_version(repo.snapshot(), Snapshot(), lifetimes.snapshot, now)
    if targets_meta is not None:
        snapshot.signed.meta["targets.json"] = targets_meta
    check_trusted(root, "snapshot", signers["snapshot"])
    sign(snapshot, signers["snapshot"])
    snapshot_meta = repo.write_versioned(snapshot)
    timestamp_version = resign_timestamp(
        repo, signers["timestamp"], lifetimes, now, snapshot_meta=snapshot_meta
    )
    return snapshot.signed.version, timestamp_version


def resign_timestamp(
    repo: RepositoryFiles,
    signer: Signer,
    lifetimes: Lifetimes,
    now: dt.datetime,
    snapshot_meta: MetaFile | None = None,
) -> int:
    """Write the next timestamp (for a new snapshot, or the same one with a fresh expiry)."""
    old = repo.timestamp()
    if old is None and snapshot_meta is None:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "{dir} has nothing published yet; run 'tipdesk publish' first"
            ),
            dir=str(repo.root_dir),
        )
    timestamp = next_version(old, Timestamp(), lifetimes.timestamp, now)
    if snapshot_meta is not None:
        timestamp.signed.snapshot_meta = snapshot_meta
    check_trusted(repo.root().signed, "timestamp", signer)
    sign(timestamp, signer)
    repo.write_timestamp(timestamp)
    return timestamp.signed.version
