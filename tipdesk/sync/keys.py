"""The publisher's key folder: Ed25519 keys for the four TUF roles.

Layout of ``KEYDIR`` (created by ``tipdesk keys init``)::

    root.pem        root key, PKCS#8 PEM encrypted with the root passphrase (keep offline)
    targets.pem     plain PEM, 0600 (the editor's key)
    snapshot.pem    plain PEM, 0600 (online)
    timestamp.pem   plain PEM, 0600 (online, used by the daily cron job)
    public.json     {role: {"keyid": ..., "key": {...}}} public keys, safe to share
    1.root.json     the first signed root: the trust root to ship with the app
    retired/        keys replaced by ``tipdesk keys rotate`` (kept, never used again)
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from securesystemslib.signer import CryptoSigner, Key, SSlibKey

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import KeyStoreError
from tipdesk.sync.files import SECRET_FILE_MODE, json_bytes, read_json, write_atomic

ROLES: tuple[str, ...] = ("root", "targets", "snapshot", "timestamp")
PASSPHRASE_ENV = "TIPDESK_ROOT_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8

PassphraseSource = Callable[[bool], bytes]
"""Returns the root passphrase; the argument says whether a new one is being chosen."""


@dataclass(frozen=True)
class GeneratedKey:
    role: str
    private_key: Ed25519PrivateKey
    signer: CryptoSigner

    @property
    def keyid(self) -> str:
        return self.signer.public_key.keyid


def passphrase_source(passphrase_file: str | None) -> PassphraseSource:
    """Passphrase from a file, else ``$TIPDESK_ROOT_PASSPHRASE``, else a terminal prompt."""

    def get(new: bool) -> bytes:
        if passphrase_file:
            try:
                text = Path(passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise KeyStoreError(
                    QT_TRANSLATE_NOOP(CONTEXT, "cannot read the passphrase file {file}: {reason}"),
                    file=passphrase_file,
                    reason=exc.strerror or str(exc),
                ) from exc
        elif os.environ.get(PASSPHRASE_ENV):
            text = os.environ[PASSPHRASE_ENV]
        elif sys.stdin.isatty():
            text = getpass.getpass("Root key passphrase: ")
            if new and getpass.getpass("Repeat the passphrase: ") != text:
                raise KeyStoreError(QT_TRANSLATE_NOOP(CONTEXT, "the passphrases do not match"))
        else:
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "the root key needs a passphrase: use --passphrase-file or set {env}"
                ),
                env=PASSPHRASE_ENV,
            )
        if new and len(text) < MIN_PASSPHRASE_LENGTH:
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(CONTEXT, "the root passphrase must have at least {n} characters"),
                n=MIN_PASSPHRASE_LENGTH,
            )
        return text.encode("utf-8")

    return get


def generate(role: str) -> GeneratedKey:
    private = Ed25519PrivateKey.generate()
    return GeneratedKey(role, private, CryptoSigner(private))


class KeyStore:
    """A folder of role keys. Private keys never leave it; ``public.json`` lists the public keys."""

    def __init__(self, directory: Path, passphrase: PassphraseSource | None = None) -> None:
        self.directory = directory
        self._passphrase = passphrase or passphrase_source(None)

    # -- creating -------------------------------------------------------------------------
    def create(self) -> dict[str, GeneratedKey]:
        """Generate all four keys in an empty (or new) folder."""
        if (self.directory / "public.json").exists():
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(CONTEXT, "{dir} already holds keys; refusing to overwrite them"),
                dir=str(self.directory),
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(self.directory, 0o700)
        keys = {role: generate(role) for role in ROLES}
        for key in keys.values():
            self.save(key)
        return keys

    def save(self, key: GeneratedKey) -> None:
        """Write ``key`` as ``<role>.pem`` and record its public half in ``public.json``."""
        write_atomic(self.directory / f"{key.role}.pem", self._pem(key), mode=SECRET_FILE_MODE)
        self._record_public(key)

    def stage(self, key: GeneratedKey) -> Path:
        """Save a replacement key as ``pending-<role>.pem`` (before the root names it)."""
        path = self.directory / f"pending-{key.role}.pem"
        write_atomic(path, self._pem(key), mode=SECRET_FILE_MODE)
        return path

    def commit(self, key: GeneratedKey) -> None:
        """Make a staged key current; the old one moves to ``retired/``."""
        self.retire(key.role)
        os.replace(self.directory / f"pending-{key.role}.pem", self.directory / f"{key.role}.pem")
        self._record_public(key)

    def _pem(self, key: GeneratedKey) -> bytes:
        if key.role == "root":
            encryption: BestAvailableEncryption | NoEncryption = BestAvailableEncryption(
                self._passphrase(True)
            )
        else:
            encryption = NoEncryption()
        return key.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, encryption)

    def _record_public(self, key: GeneratedKey) -> None:
        public = self.public_keys_raw()
        public[key.role] = {"keyid": key.keyid, "key": key.signer.public_key.to_dict()}
        write_atomic(self.directory / "public.json", json_bytes(public))

    def retire(self, role: str) -> None:
        """Move the current ``<role>.pem`` into ``retired/``."""
        current = self.directory / f"{role}.pem"
        if not current.exists():
            return
        keyid = self.public_key(role).keyid
        retired = self.directory / "retired"
        retired.mkdir(exist_ok=True)
        os.replace(current, retired / f"{role}-{keyid[:16]}.pem")

    # -- reading --------------------------------------------------------------------------
    def public_keys_raw(self) -> dict[str, dict]:
        path = self.directory / "public.json"
        return dict(read_json(path)) if path.exists() else {}

    def public_key(self, role: str) -> Key:
        entry = self.public_keys_raw().get(role)
        if entry is None:
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "{dir} has no {role} key (create one with 'tipdesk keys init')"
                ),
                dir=str(self.directory),
                role=role,
            )
        return SSlibKey.from_dict(entry["keyid"], dict(entry["key"]))

    def signer(self, role: str) -> CryptoSigner:
        """Load the private key of ``role`` (asks for the passphrase for root)."""
        path = self.directory / f"{role}.pem"
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(CONTEXT, "cannot read the {role} key {file}: {reason}"),
                role=role,
                file=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        password = self._passphrase(False) if role == "root" else None
        try:
            private = load_pem_private_key(pem, password)
        except (ValueError, TypeError) as exc:
            raise KeyStoreError(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "cannot open the {role} key {file}: wrong passphrase or damaged file"
                ),
                role=role,
                file=str(path),
            ) from exc
        return CryptoSigner(private, self.public_key(role))  # type: ignore[arg-type]
