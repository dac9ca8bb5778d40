"""Where sync looks: sources (URLs or folders) and the trusted root, remembered per data folder."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tuf.api.metadata import Metadata, Root

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.resources import resource_path
from tipdesk.sync.errors import NotConfigured
from tipdesk.sync.fetcher import url_for_path
from tipdesk.sync.files import read_json, write_atomic
from tipdesk.sync.store import SyncStore


@dataclass(frozen=True)
class Source:
    """One mirror of the publisher's repository: a web address or a folder (USB stick)."""

    given: str  # what the user typed, shown in messages
    base_url: str

    @classmethod
    def parse(cls, text: str) -> Source:
        text = text.strip()
        scheme = urlsplit(text).scheme.lower()
        if scheme in ("http", "https", "file"):
            base = text
        elif len(scheme) <= 1:  # a plain path (a one-letter "scheme" is a Windows drive)
            base = url_for_path(text)
        else:
            raise NotConfigured(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "'{source}' is neither a web address (http, https) nor a folder"
                ),
                source=text,
            )
        return cls(text, base.rstrip("/") + "/")

    @property
    def metadata_url(self) -> str:
        return self.base_url + "metadata/"

    @property
    def targets_url(self) -> str:
        return self.base_url + "targets/"

    @property
    def is_folder(self) -> bool:
        return self.base_url.startswith("file:")


def shipped_sources() -> list[str]:
    """The publisher's addresses shipped with the app (``resources/trust/sources.json``)."""
    try:
        raw = read_json(resource_path("trust", "sources.json"))
    except (FileNotFoundError, ValueError):
        return []
    return [str(s) for s in raw.get("sources", [])] if isinstance(raw, dict) else []


def configured_sources(
    store: SyncStore, given: list[str] | None, remember: bool = True
) -> list[Source]:
    """``given`` (remembered for next time), else the remembered list, else the shipped one."""
    config = store.config()
    if given and not remember:
        texts = list(given)
    elif given:
        config["sources"] = list(given)
        store.write_config(config)
        texts = list(given)
    else:
        texts = list(config.get("sources") or shipped_sources())
    if not texts:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "no sync source is configured; give one with --from (a web address or a "
                "folder such as a USB stick)",
            )
        )
    return [Source.parse(t) for t in texts]


def _check_root(data: bytes, where: str) -> None:
    try:
        md = Metadata[Root].from_bytes(data)
    except Exception as exc:  # noqa: BLE001 - any parse failure means the same to the user
        raise NotConfigured(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} is not a TUF root metadata file"), file=where
        ) from exc
    if not isinstance(md.signed, Root):
        raise NotConfigured(
            QT_TRANSLATE_NOOP(CONTEXT, "{file} is not a TUF root metadata file"), file=where
        )


def remember_trust(store: SyncStore, root_file: str) -> None:
    """Use ``root_file`` as the trust root of this data folder from now on."""
    path = Path(root_file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(CONTEXT, "cannot read the trust root {file}: {reason}"),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    _check_root(data, str(path))
    store.dir.mkdir(parents=True, exist_ok=True)
    write_atomic(store.trusted_root_path, data)
    config = store.config()
    config["trust"] = {"file": str(path.resolve()), "sha256": hashlib.sha256(data).hexdigest()}
    store.write_config(config)


PLACEHOLDER_FIELD = "x-tipdesk-placeholder"


def is_placeholder(data: bytes) -> bool:
    """True for the development root in the source tree, whose keys were destroyed."""
    try:
        root = Metadata[Root].from_bytes(data).signed
    except Exception:  # noqa: BLE001
        return False
    return PLACEHOLDER_FIELD in root.unrecognized_fields


def shipped_root() -> bytes:
    """The publisher's root shipped in ``resources/trust/root.json``."""
    try:
        data = resource_path("trust", "root.json").read_bytes()
    except FileNotFoundError:
        data = b""
    if not data or is_placeholder(data):
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "this copy of TIPdesk has no publisher trust root yet; give the publisher's "
                "root file with --trust ROOT_JSON",
            )
        )
    return data


def trust_root(store: SyncStore) -> bytes:
    """The root bytes this data folder trusts; resets ngclient's state when the root changed."""
    data = (
        store.trusted_root_path.read_bytes() if store.trusted_root_path.exists() else shipped_root()
    )
    digest = hashlib.sha256(data).hexdigest()
    config = store.config()
    if config.get("tuf_state_for") != digest:
        if store.tuf_dir.exists():
            shutil.rmtree(store.tuf_dir)  # trust state of another publisher: start over
        config["tuf_state_for"] = digest
        store.write_config(config)
    return data


def trust_label(store: SyncStore) -> str:
    trust = store.config().get("trust")
    return (
        str(trust.get("file"))
        if isinstance(trust, dict) and store.trusted_root_path.exists()
        else "shipped"
    )
