"""Kiosk mode policy (no Qt): the configuration file, the administrator PIN, what is allowed.

An installer deploys ``kiosk.json`` (format in ``docs/kiosk.md``; ``tipdesk kiosk-pin`` writes
it). It is looked for, in order, at ``$TIPDESK_KIOSK_CONFIG``, the machine-wide configuration
folder (``/etc/tipdesk``, ``%PROGRAMDATA%\\TIPdesk``, ``/Library/Application Support/TIPdesk``)
and the user's configuration folder. The PIN is only ever stored as a salted scrypt hash.

In kiosk mode everything is forbidden unless :data:`KIOSK_ALLOWED` names it (deny by default).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tipdesk.core.errors import UserError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP

CONFIG_ENV = "TIPDESK_KIOSK_CONFIG"
CONFIG_NAME = "kiosk.json"
CONFIG_FORMAT = 1
MIN_PIN = 4
MAX_PIN = 64
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 14, 8, 1
MAX_ATTEMPTS = 5  # wrong PINs in a row before a pause
LOCKOUT_SECONDS = 30.0

# What a visitor may do at a kiosk. Anything else (import, settings, sync, file dialogs,
# external links, exporting, editing packs and notes, quitting, …) is refused.
KIOSK_ALLOWED = frozenset({"search", "read", "browse", "zoom", "find", "translations", "present"})
PRINT = "print"  # allowed in kiosk mode only when the configuration says so
ACTIONS = frozenset(
    KIOSK_ALLOWED
    | {
        PRINT,
        "import",
        "settings",
        "sync",
        "file-dialogs",
        "external-links",
        "export",
        "save-pdf",
        "packs",
        "notes",
        "bookmarks",
        "quit",
        "search-history",
        "data-folder",
    }
)


class KioskConfigError(UserError):
    """The kiosk configuration file cannot be used."""


@dataclass(frozen=True)
class PinHash:
    """A salted scrypt hash of the administrator PIN."""

    salt: str  # hex
    hash: str  # hex
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": "scrypt",
            "salt": self.salt,
            "hash": self.hash,
            "n": self.n,
            "r": self.r,
            "p": self.p,
        }

    @classmethod
    def from_dict(cls, raw: Any) -> PinHash:
        if not isinstance(raw, dict) or raw.get("algorithm") != "scrypt":
            raise ValueError("the PIN must be a scrypt hash made by 'tipdesk kiosk-pin'")
        salt, digest = str(raw.get("salt", "")), str(raw.get("hash", ""))
        n, r, p = (
            int(raw.get(k, d)) for k, d in (("n", SCRYPT_N), ("r", SCRYPT_R), ("p", SCRYPT_P))
        )
        for text in (salt, digest):
            bytes.fromhex(text)  # raises ValueError when not hex
        if len(salt) < 32 or len(digest) < 32 or n < 1 << 10 or n > 1 << 20 or n & (n - 1):
            raise ValueError("the PIN hash or its parameters are not acceptable")
        if not (1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("the PIN hash parameters are not acceptable")
        return cls(salt, digest, n, r, p)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * 1024 * 1024
    )


def check_pin_text(pin: str) -> str:
    """The PIN an administrator chose, or a KioskConfigError saying why it is not acceptable."""
    if not MIN_PIN <= len(pin) <= MAX_PIN or pin != pin.strip():
        raise KioskConfigError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The PIN must have {min} to {max} characters, without spaces at the ends."
            ),
            min=MIN_PIN,
            max=MAX_PIN,
        )
    return pin


def hash_pin(pin: str, *, n: int = SCRYPT_N) -> PinHash:
    check_pin_text(pin)
    salt = secrets.token_bytes(16)
    return PinHash(
        salt.hex(), _scrypt(pin, salt, n, SCRYPT_R, SCRYPT_P).hex(), n, SCRYPT_R, SCRYPT_P
    )


def verify_pin(stored: PinHash | None, pin: str) -> bool:
    """True only when ``pin`` is the administrator PIN (constant-time comparison)."""
    if stored is None or not pin or len(pin) > MAX_PIN:
        return False
    digest = _scrypt(pin, bytes.fromhex(stored.salt), stored.n, stored.r, stored.p)
    return hmac.compare_digest(digest.hex(), stored.hash)


@dataclass(frozen=True)
class KioskConfig:
    """The deployed configuration; ``enabled`` starts TIPdesk in kiosk mode without ``--kiosk``."""

    enabled: bool = False
    pin: PinHash | None = None
    idle_seconds: int = 180
    allow_printing: bool = False
    privacy: bool = True  # no search history kept
    home_document: str = ""  # e.g. an awareness or checklist document shown on the home screen
    source: str = ""  # the file it was read from, for messages

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CONFIG_FORMAT,
            "enabled": self.enabled,
            "pin": self.pin.to_dict() if self.pin else None,
            "idle_seconds": self.idle_seconds,
            "allow_printing": self.allow_printing,
            "privacy": self.privacy,
            "home_document": self.home_document,
        }


def config_candidates(env: dict[str, str] | None = None) -> list[Path]:
    """Where the configuration is looked for, first match wins."""
    env = dict(os.environ) if env is None else env
    if env.get(CONFIG_ENV):
        return [Path(env[CONFIG_ENV])]
    import platformdirs

    if sys.platform.startswith("linux"):
        site = Path("/etc/tipdesk")
    else:
        site = Path(platformdirs.site_config_dir("TIPdesk", appauthor=False))
    return [
        site / CONFIG_NAME,
        Path(platformdirs.user_config_dir("TIPdesk", appauthor=False)) / CONFIG_NAME,
    ]


def _bad_config(path: Path, problem: str) -> KioskConfigError:
    return KioskConfigError(
        QT_TRANSLATE_NOOP(CONTEXT, "The kiosk configuration {file} cannot be used: {problem}"),
        file=str(path),
        problem=problem,
    )


def parse_config(raw: Any, path: Path) -> KioskConfig:
    if not isinstance(raw, dict) or raw.get("format", CONFIG_FORMAT) != CONFIG_FORMAT:
        raise _bad_config(path, "it is not a TIPdesk kiosk configuration (format 1)")
    try:
        pin = PinHash.from_dict(raw["pin"]) if raw.get("pin") is not None else None
    except (ValueError, TypeError) as exc:
        raise _bad_config(path, str(exc)) from exc
    idle = raw.get("idle_seconds", 180)
    if not isinstance(idle, int) or isinstance(idle, bool) or not 15 <= idle <= 24 * 3600:
        raise _bad_config(path, "'idle_seconds' must be a number of seconds from 15 to 86400")
    flags = {}
    for key, default in (("enabled", False), ("allow_printing", False), ("privacy", True)):
        value = raw.get(key, default)
        if not isinstance(value, bool):
            raise _bad_config(path, f"'{key}' must be true or false")
        flags[key] = value
    home = raw.get("home_document", "")
    if not isinstance(home, str) or len(home) > 80:
        raise _bad_config(path, "'home_document' must be a document id")
    return KioskConfig(pin=pin, idle_seconds=idle, home_document=home, source=str(path), **flags)


def load_config(env: dict[str, str] | None = None) -> KioskConfig:
    """The first configuration file found, or the defaults (no PIN) when there is none."""
    for path in config_candidates(env):
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise _bad_config(path, exc.strerror or str(exc)) from exc
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise _bad_config(path, "it is not valid JSON") from exc
        return parse_config(raw, path)
    return KioskConfig()


def write_config(config: KioskConfig, path: Path) -> None:
    """Write the configuration atomically (for ``tipdesk kiosk-pin --write``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(config.to_dict(), indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


@dataclass
class PinGuard:
    """Counts wrong PINs; after MAX_ATTEMPTS in a row, refuses every try for a while."""

    stored: PinHash | None
    failures: int = 0
    locked_until: float = 0.0

    def try_pin(self, pin: str, now: float) -> bool:
        if now < self.locked_until:
            return False
        if verify_pin(self.stored, pin):
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= MAX_ATTEMPTS:
            self.failures = 0
            self.locked_until = now + LOCKOUT_SECONDS
        return False

    def seconds_locked(self, now: float) -> float:
        return max(0.0, self.locked_until - now)


@dataclass(frozen=True)
class KioskPolicy:
    """What the GUI may offer. Outside kiosk mode everything is allowed."""

    active: bool = False
    config: KioskConfig = field(default_factory=KioskConfig)

    def allows(self, action: str) -> bool:
        if not self.active:
            return True
        if action == PRINT:
            return self.config.allow_printing
        return action in KIOSK_ALLOWED

    @property
    def keeps_search_history(self) -> bool:
        return not self.config.privacy if self.active else True

    @property
    def can_unlock(self) -> bool:
        return self.config.pin is not None

    def unlocked(self) -> KioskPolicy:
        return replace(self, active=False)


def policy_for(kiosk_flag: bool, config: KioskConfig) -> KioskPolicy:
    """Kiosk mode is on when asked for on the command line or enabled in the configuration."""
    return KioskPolicy(kiosk_flag or config.enabled, config)
