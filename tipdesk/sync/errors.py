"""Errors of the sync feature, each with a message written for a person.

Every class is a :class:`~tipdesk.core.errors.UserError`: the CLI prints it as one line and exits
non-zero, the GUI shows it in a dialog. Templates are marked for translation.
"""

from __future__ import annotations

from tipdesk.core.errors import UserError


class SyncError(UserError):
    """Syncing failed; the library is unchanged and still works offline."""


class SourceUnavailable(SyncError):
    """A source could not be reached, was too slow, or lacks a file."""


class SourceExpired(SyncError):
    """The source's signed metadata has expired (a frozen or stale copy)."""


class SourceOutdated(SyncError):
    """The source holds an older release than this computer already has (rollback)."""


class VerificationFailed(SyncError):
    """The source sent data that is not what the publisher signed."""


class NotConfigured(SyncError):
    """No source or no trusted root is known for this data folder."""


class SyncBusy(SyncError):
    """Another sync is running on the same data folder."""


class DiskFull(SyncError):
    """The disk is full or refused a write during sync."""


class PublishError(UserError):
    """The publisher's tools refused to run (bad content, missing keys, broken repository)."""


class KeyStoreError(PublishError):
    """A key folder is missing, incomplete, or its passphrase is wrong."""
