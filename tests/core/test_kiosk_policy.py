"""Kiosk policy without Qt: the deployed configuration, the PIN hash, what a visitor may do."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tipdesk.cli import main
from tipdesk.core.kiosk import (
    CONFIG_ENV,
    LOCKOUT_SECONDS,
    MAX_ATTEMPTS,
    KioskConfig,
    KioskConfigError,
    KioskPolicy,
    PinGuard,
    config_candidates,
    hash_pin,
    load_config,
    policy_for,
    verify_pin,
)


def test_the_pin_is_stored_only_as_a_salted_hash() -> None:
    first, second = hash_pin("4711"), hash_pin("4711")
    assert first.salt != second.salt and first.hash != second.hash
    assert "4711" not in json.dumps(first.to_dict())
    assert verify_pin(first, "4711") and verify_pin(second, "4711")
    assert not verify_pin(first, "4712")
    assert not verify_pin(first, "")
    assert not verify_pin(None, "4711")
    with pytest.raises(KioskConfigError, match="4 to 64"):
        hash_pin("12")


def test_a_visitor_may_only_search_and_read() -> None:
    policy = KioskPolicy(True, KioskConfig())
    for action in ("search", "read", "browse", "zoom", "find", "present"):
        assert policy.allows(action), action
    for action in (
        "import",
        "settings",
        "sync",
        "file-dialogs",
        "external-links",
        "export",
        "save-pdf",
        "packs",
        "notes",
        "quit",
        "print",
        "search-history",
        "something-new",
    ):
        assert not policy.allows(action), action
    assert not policy.keeps_search_history
    assert KioskPolicy(True, KioskConfig(allow_printing=True)).allows("print")
    assert KioskPolicy(True, KioskConfig(privacy=False)).keeps_search_history
    relaxed = policy.unlocked()
    assert not relaxed.active and relaxed.allows("import") and relaxed.allows("settings")
    assert KioskPolicy().allows("import") and KioskPolicy().keeps_search_history


def test_the_configuration_is_found_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    env = {CONFIG_ENV: str(path)}
    assert config_candidates(env) == [path]
    assert load_config(env) == KioskConfig()  # no file: defaults, no PIN
    pin = hash_pin("2468")
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "enabled": True,
                "pin": pin.to_dict(),
                "idle_seconds": 60,
                "allow_printing": True,
                "home_document": "suspected-case-checklist-en",
            }
        )
    )
    config = load_config(env)
    assert config.enabled and config.idle_seconds == 60 and config.allow_printing
    assert config.privacy and config.home_document == "suspected-case-checklist-en"
    assert verify_pin(config.pin, "2468")
    assert policy_for(False, config).active
    assert not policy_for(False, KioskConfig()).active
    assert policy_for(True, KioskConfig()).active


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": 2}', "format 1"),
        ('{"pin": "2468"}', "scrypt hash"),
        ('{"pin": {"algorithm": "scrypt", "salt": "zz", "hash": "00"}}', "fromhex|non-hex"),
        (
            '{"pin": {"algorithm": "scrypt", "salt": "'
            + "0" * 32
            + '", "hash": "'
            + "0" * 64
            + '", "n": 2}}',
            "not acceptable",
        ),
        ('{"idle_seconds": 2}', "idle_seconds"),
        ('{"enabled": "yes"}', "'enabled'"),
        ('{"home_document": 5}', "home_document"),
    ],
)
def test_a_broken_configuration_is_reported(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(content)
    with pytest.raises(KioskConfigError, match=match):
        load_config({CONFIG_ENV: str(path)})


def test_wrong_pins_in_a_row_lock_the_prompt_for_a_while() -> None:
    guard = PinGuard(hash_pin("1357", n=1 << 10))
    for attempt in range(MAX_ATTEMPTS):
        assert not guard.try_pin("0000", now=float(attempt))
    assert guard.seconds_locked(now=MAX_ATTEMPTS) > 0
    assert not guard.try_pin("1357", now=MAX_ATTEMPTS)  # even the right PIN waits
    assert guard.try_pin("1357", now=MAX_ATTEMPTS + LOCKOUT_SECONDS)


def test_kiosk_pin_command_writes_a_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "etc" / "kiosk.json"
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert (
        main(
            [
                "kiosk-pin",
                "--pin-stdin",
                "--write",
                str(path),
                "--enable",
                "--idle-seconds",
                "90",
                "--home",
                "checklist-en",
            ]
        )
        == 0
    )
    config = load_config({CONFIG_ENV: str(path)})
    assert config.enabled and config.idle_seconds == 90 and config.home_document == "checklist-en"
    assert verify_pin(config.pin, "8642")
    assert "8642" not in path.read_text()

    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))  # a new PIN keeps the settings
    assert main(["kiosk-pin", "--pin-stdin", "--write", str(path)]) == 0
    config = load_config({CONFIG_ENV: str(path)})
    assert config.enabled and config.idle_seconds == 90
    assert verify_pin(config.pin, "9753") and not verify_pin(config.pin, "8642")

    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["kiosk-pin", "--pin-stdin"]) == 1
    assert "4 to 64" in capsys.readouterr().err
