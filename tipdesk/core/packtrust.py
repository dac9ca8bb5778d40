"""Is a document in a pack the publisher's own? Evidence on export, verification on import.

On the sending machine, a sync has verified the publisher's signed targets metadata and kept it
(``sync/meta/``, named in ``sync/manifest.json``). A pack carries that metadata (the root chain and
the targets file) and, for each synced document, its target path.

On the receiving machine a document counts as the publisher's when:

1. the receiver's own library already holds it from the publisher (bundled or synced) with the
   same SHA-256, or its own last sync verified a file with that SHA-256; or
2. the pack's targets metadata is signed by the targets keys of the root this machine trusts
   (walking forward through root versions the pack carries, each signed by its predecessor), and
   lists the document's target path with the same SHA-256 and length.

Expiry dates are not checked: the question is who wrote the text, not whether it is the latest
release. Anything that fails is "shared by a colleague", never an error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PUBLISHER_ORIGINS = frozenset({"bundled", "synced", "verified"})


@dataclass(frozen=True)
class PublisherEvidence:
    """What the sender can hand on: {sha256: target path} and the signed metadata files."""

    targets_by_hash: dict[str, str] = field(default_factory=dict)
    roots: dict[str, bytes] = field(default_factory=dict)  # "2.root.json" -> bytes
    targets: bytes = b""


def _sync_store(sync_dir: Path) -> Any | None:
    try:
        from tipdesk.sync.store import SyncStore
    except ImportError:  # a build without sync
        return None
    return SyncStore(sync_dir)


def gather_evidence(sync_dir: Path) -> PublisherEvidence:
    """The sender's verified sync state, or empty evidence when it never synced."""
    store = _sync_store(sync_dir)
    if store is None:
        return PublisherEvidence()
    try:
        manifest = store.manifest()
        roots: dict[str, bytes] = {}
        targets = b""
        for name, digest in manifest.metadata.items():
            data = (store.meta_dir / f"{digest}.json").read_bytes()
            if name.endswith(".root.json"):
                roots[name] = data
            elif name.endswith(".targets.json"):
                targets = data
    except (OSError, ValueError, KeyError, TypeError):
        return PublisherEvidence()
    by_hash = {entry.sha256: path for path, entry in manifest.files.items()}
    return PublisherEvidence(by_hash, roots, targets) if targets else PublisherEvidence()


def synced_object(sync_dir: Path, target_path: str, sha256: str) -> Path:
    """Where this machine's sync keeps the verified copy of a target."""
    store = _sync_store(sync_dir)
    if store is None:
        return sync_dir / "objects" / sha256
    return Path(store.object_path(target_path, sha256))


def locally_verified_hashes(sync_dir: Path) -> set[str]:
    """SHA-256 of every document this machine's own last sync verified."""
    store = _sync_store(sync_dir)
    if store is None:
        return set()
    try:
        return {entry.sha256 for entry in store.manifest().files.values()}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def trusted_root_bytes(sync_dir: Path) -> bytes | None:
    """The newest root this machine trusts, read without changing any sync state."""
    store = _sync_store(sync_dir)
    if store is None:
        return None
    base: bytes | None = None
    if store.trusted_root_path.exists():
        base = store.trusted_root_path.read_bytes()
    else:
        from tipdesk.resources import resource_path

        try:
            base = resource_path("trust", "root.json").read_bytes()
        except (FileNotFoundError, OSError):
            return None
    current = store.tuf_dir / "root.json"  # ngclient's newest root, reached from ``base``
    if current.exists() and store.config().get("tuf_state_for") == hashlib.sha256(base).hexdigest():
        return current.read_bytes()
    return base


def signed_targets(
    trusted_root: bytes, roots: Iterable[bytes], targets: bytes
) -> Mapping[str, tuple[str, int]] | None:
    """{target path: (sha256, length)} when ``targets`` is signed by the trusted publisher."""
    try:
        from tuf.api.metadata import Metadata, Root, Targets

        root_md = Metadata[Root].from_bytes(trusted_root)
        root = root_md.signed
        chain = sorted(
            (Metadata[Root].from_bytes(data) for data in roots), key=lambda m: m.signed.version
        )
        for newer in chain:
            if newer.signed.version != root.version + 1:
                continue
            root.verify_delegate(Root.type, newer.signed_bytes, newer.signatures)
            newer.signed.verify_delegate(Root.type, newer.signed_bytes, newer.signatures)
            root = newer.signed
        targets_md = Metadata[Targets].from_bytes(targets)
        root.verify_delegate(Targets.type, targets_md.signed_bytes, targets_md.signatures)
    except Exception:  # noqa: BLE001 - any failure means "not verified", never a crash
        return None
    out: dict[str, tuple[str, int]] = {}
    for path, info in targets_md.signed.targets.items():
        digest = info.hashes.get("sha256")
        if digest:
            out[path] = (digest, info.length)
    return out


@dataclass
class Verifier:
    """Decides, per document of one pack, whether it is the publisher's."""

    known_hashes: set[str]
    signed: Mapping[str, tuple[str, int]] | None

    @classmethod
    def for_library(
        cls,
        sync_dir: Path,
        library_publisher_hashes: set[str],
        roots: Iterable[bytes],
        targets: bytes,
    ) -> Verifier:
        known = library_publisher_hashes | locally_verified_hashes(sync_dir)
        signed = None
        trusted = trusted_root_bytes(sync_dir) if targets else None
        if trusted is not None:
            signed = signed_targets(trusted, roots, targets)
        return cls(known, signed)

    def is_publishers(self, sha256: str, length: int, target: str) -> bool:
        if sha256 in self.known_hashes:
            return True
        if self.signed is None or not target:
            return False
        return self.signed.get(target) == (sha256, length)
