"""``tipdesk publish-demo``: a repository of the starter library signed with demo keys.

The demo keys live next to the repository (``REPO_DIR.demo-keys`` by default) with their
passphrase in a file beside them: they protect nothing and exist only so a newcomer can try
``tipdesk sync`` in one command, and re-run the demo after editing the content to see a re-sync.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.resources import resource_path
from tipdesk.sync.errors import PublishError
from tipdesk.sync.files import SECRET_FILE_MODE, write_atomic
from tipdesk.sync.keyops import init_keys
from tipdesk.sync.keys import KeyStore, passphrase_source
from tipdesk.sync.publisher import PublishReport, publish

PASSPHRASE_FILE = "DEMO-ONLY-passphrase.txt"


@dataclass(frozen=True)
class DemoRepository:
    repo: Path
    keys: Path
    root: Path  # the trust root to pass to ``tipdesk sync --trust``
    report: PublishReport


def publish_demo(
    repo: Path, content: Path | None = None, keys_dir: Path | None = None
) -> DemoRepository:
    repo = repo.expanduser().resolve()
    keys_dir = (keys_dir or repo.with_name(repo.name + ".demo-keys")).expanduser().resolve()
    if keys_dir == repo or keys_dir.is_relative_to(repo):
        raise PublishError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "the demo keys must not be inside the repository folder {dir}"
            ),
            dir=str(repo),
        )
    passphrase_file = keys_dir / PASSPHRASE_FILE
    if not (keys_dir / "public.json").exists():
        if repo.exists() and any(repo.iterdir()):
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{dir} is not empty and was not made by publish-demo; choose a new folder",
                ),
                dir=str(repo),
            )
        keys_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(passphrase_file, secrets.token_urlsafe(18).encode(), mode=SECRET_FILE_MODE)
    keys = KeyStore(keys_dir, passphrase_source(str(passphrase_file)))
    if not (keys_dir / "public.json").exists():
        init_keys(keys)
    report = publish(content or resource_path("library"), repo, keys)
    return DemoRepository(repo, keys_dir, repo / "metadata" / "1.root.json", report)
