"""Turning what ngclient and the network raise into messages for people.

Every message says which source failed and that nothing was changed; the library stays usable
offline whatever happens here.
"""

from __future__ import annotations

import datetime as dt
import errno

from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Timestamp

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import (
    DiskFull,
    SourceExpired,
    SourceOutdated,
    SourceUnavailable,
    SyncError,
    VerificationFailed,
)
from tipdesk.sync.fetcher import SchemeFetcher
from tipdesk.sync.naming import split_hashed_name
from tipdesk.sync.sources import Source
from tipdesk.sync.transfer import TooSlow

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _clock() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _expiry_of_source(source: Source, fetcher: SchemeFetcher) -> str | None:
    """When the source's timestamp expired (read without trusting it: only for the message)."""
    try:
        data = fetcher.download_bytes(source.metadata_url + "timestamp.json", 16384)
        expires = Metadata[Timestamp].from_bytes(data).signed.expires
    except Exception:  # noqa: BLE001 - the date is a courtesy; never fail because of it
        return None
    return expires.strftime("%Y-%m-%d %H:%M UTC")


def explain(exc: BaseException, source: Source, fetcher: SchemeFetcher) -> SyncError:
    """A SyncError for ``exc`` raised while syncing from ``source``."""
    where = source.given
    if isinstance(exc, SyncError):
        return exc
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        if "root" in str(exc):
            return SourceExpired(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "the publisher's root of trust has expired (this computer's clock says "
                    "{clock}); check the clock or install a newer TIPdesk; your library "
                    "still works offline",
                ),
                clock=_clock(),
            )
        expired = _expiry_of_source(source, fetcher) if "timestamp" in str(exc) else None
        return SourceExpired(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} is out of date (its signature expired on {date}; "
                "this computer's clock says {clock}); your library still works offline",
            ),
            source=where,
            date=expired or "an earlier date",
            clock=_clock(),
        )
    if isinstance(exc, tuf_errors.BadVersionNumberError):
        return SourceOutdated(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} holds an older release than this computer already "
                "has; nothing was changed (try a newer source)",
            ),
            source=where,
        )
    if isinstance(exc, tuf_errors.UnsignedMetadataError):
        return VerificationFailed(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} sent metadata that is not signed by the publisher's "
                "keys ({detail}); nothing was changed",
            ),
            source=where,
            detail=str(exc),
        )
    if isinstance(exc, tuf_errors.LengthOrHashMismatchError | tuf_errors.RepositoryError):
        return VerificationFailed(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} sent data that does not match what the publisher "
                "signed ({detail}); nothing was changed",
            ),
            source=where,
            detail=str(exc) or type(exc).__name__,
        )
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return VerificationFailed(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} sent more data than the publisher signed; nothing was changed",
            ),
            source=where,
        )
    if isinstance(exc, TooSlow):
        return SourceUnavailable(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} is too slow ({detail}); nothing was changed, and "
                "the next sync continues where this one stopped",
            ),
            source=where,
            detail=str(exc).rpartition(": ")[2],
        )
    if isinstance(exc, tuf_errors.SlowRetrievalError):
        return SourceUnavailable(
            QT_TRANSLATE_NOOP(
                CONTEXT, "the source {source} did not answer in time (timeout); nothing was changed"
            ),
            source=where,
        )
    if isinstance(exc, tuf_errors.DownloadHTTPError):
        return SourceUnavailable(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the source {source} does not have {file} (error {status}); nothing was changed "
                "(is it a complete TIPdesk repository?)",
            ),
            source=where,
            file=_missing_file(exc),
            status=exc.status_code,
        )
    if isinstance(exc, tuf_errors.DownloadError):
        return SourceUnavailable(
            QT_TRANSLATE_NOOP(
                CONTEXT, "could not get data from {source}: {detail}; nothing was changed"
            ),
            source=where,
            detail=_root_cause(exc),
        )
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "the disk is full ({detail}); nothing was changed; free some space and "
                "sync again (it continues where it stopped)",
            ),
            detail=exc.strerror or str(exc),
        )
    if isinstance(exc, OSError):
        return SyncError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "cannot write the sync files ({file}: {detail}); nothing was changed"
            ),
            file=exc.filename or "?",
            detail=exc.strerror or str(exc),
        )
    raise exc


def _missing_file(exc: BaseException) -> str:
    words = str(exc).split()
    named = [w for w in words if "/" in w]
    if not named:
        return "a file sync needs"
    name = named[0].rstrip("/").rpartition("/")[2]
    hashed = split_hashed_name(name)
    return hashed[1] if hashed else name


def _root_cause(exc: BaseException) -> str:
    seen = exc
    while seen.__cause__ is not None:
        seen = seen.__cause__
    text = str(seen) or type(seen).__name__
    if "Connection refused" in text or "NewConnectionError" in text:
        return "connection refused"
    return str(exc) or text


def combine(failures: list[tuple[Source, SyncError]]) -> SyncError:
    """One error for all sources: the only one, or a summary naming each source."""
    if len(failures) == 1:
        return failures[0][1]
    details = "; ".join(f"{err.message}" for _, err in failures)
    first = failures[0][1]
    kind = type(first) if all(type(e) is type(first) for _, e in failures) else SyncError
    return kind(QT_TRANSLATE_NOOP(CONTEXT, "no source could be used: {details}"), details=details)
