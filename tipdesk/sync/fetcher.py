"""Downloads for ngclient from folders (USB sticks) and HTTP(S), with resumable targets.

``SchemeFetcher`` is the one ``FetcherInterface`` TIPdesk gives ngclient:

- ``file:`` URLs read a repository folder; a missing file is a 404, as ngclient expects when it
  probes for the next root version.
- ``http(s):`` URLs use urllib3 with a connect timeout, a read timeout and a minimum speed.
  Metadata and the index (``.json``) are fetched whole and may arrive gzipped. Documents
  (hash-prefixed, immutable) are downloaded into ``partial/<sha256>.part`` and resumed with
  ``Range`` after a broken connection or a later run; the partial is keyed by the content hash,
  so a download started from one source can be finished from another. ngclient verifies length
  and hash of the finished file; the partial is deleted either way, so a poisoned partial costs
  one retry, never a bad file.
- Every transport failure becomes a ``tuf.api.exceptions.DownloadError`` (pitfall P5).
"""

from __future__ import annotations

import contextlib
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import urllib3
from tuf.api.exceptions import (
    DownloadError,
    DownloadHTTPError,
    DownloadLengthMismatchError,
    SlowRetrievalError,
)
from tuf.ngclient.fetcher import FetcherInterface

from tipdesk.core.progress import CancelToken
from tipdesk.sync.naming import split_hashed_name
from tipdesk.sync.transfer import (
    RateGuard,
    TooSlow,
    TransferMeter,
    TransferPolicy,
    check_cancel,
    pause,
)

_NETWORK_ERRORS = (urllib3.exceptions.HTTPError, OSError)


def _pool(user_agent: str) -> urllib3.PoolManager:
    headers = {"User-Agent": user_agent}
    proxies = urllib.request.getproxies()
    proxy = proxies.get("https") or proxies.get("http")
    if proxy:
        return urllib3.ProxyManager(proxy, headers=headers, num_pools=4, maxsize=2)
    return urllib3.PoolManager(headers=headers, num_pools=4, maxsize=2)


class SchemeFetcher(FetcherInterface):
    """One fetcher per sync attempt; not thread-safe (neither is ngclient's Updater)."""

    def __init__(
        self,
        partial_dir: Path,
        *,
        policy: TransferPolicy | None = None,
        meter: TransferMeter | None = None,
        cancel: CancelToken | None = None,
        user_agent: str = "TIPdesk",
    ) -> None:
        self.partial_dir = partial_dir
        self.policy = policy or TransferPolicy()
        self.meter = meter or TransferMeter()
        self.cancel = cancel
        self._user_agent = user_agent
        self._http: urllib3.PoolManager | None = None

    # -- FetcherInterface -----------------------------------------------------------------
    def _fetch(self, url: str) -> Iterator[bytes]:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            return self._file_chunks(url)
        if scheme in ("http", "https"):
            return self._http_chunks(url)
        raise DownloadError(f"unsupported address {url!r} (use http, https or a folder)")

    @contextlib.contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        parts = urlsplit(url)
        hashed = split_hashed_name(parts.path.rpartition("/")[2])
        resumable = (
            parts.scheme.lower() in ("http", "https")
            and hashed is not None
            and not parts.path.endswith(".json")
        )
        if not resumable:
            with super().download_file(url, max_length) as handle:
                yield handle
            return
        assert hashed is not None
        part = self.partial_dir / f"{hashed[0]}.part"
        self._download_resumable(url, part, max_length)  # on failure the partial stays
        try:
            with open(part, "rb") as handle:
                yield handle
        finally:
            part.unlink(missing_ok=True)  # complete: verified or refused, never reused

    def close(self) -> None:
        if self._http is not None:
            self._http.clear()
            self._http = None

    # -- folders ----------------------------------------------------------------------------
    def _file_chunks(self, url: str) -> Iterator[bytes]:
        path = Path(urllib.request.url2pathname(urlsplit(url).path))
        self.meter.request()
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed in the generator
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
            raise DownloadHTTPError(f"{path} does not exist", 404) from exc
        except OSError as exc:
            raise DownloadError(f"cannot read {path}: {exc.strerror or exc}") from exc
        return self._read_file(handle, path)

    def _read_file(self, handle: IO[bytes], path: Path) -> Iterator[bytes]:
        with handle:
            while True:
                check_cancel(self.cancel)
                try:
                    chunk = handle.read(self.policy.chunk_size * 8)
                except OSError as exc:
                    raise DownloadError(f"cannot read {path}: {exc.strerror or exc}") from exc
                if not chunk:
                    return
                self.meter.received(len(chunk))
                yield chunk

    # -- HTTP -------------------------------------------------------------------------------
    def _pool(self) -> urllib3.PoolManager:
        if self._http is None:
            self._http = _pool(self._user_agent)
        return self._http

    def _open(self, url: str, headers: dict[str, str]) -> urllib3.BaseHTTPResponse:
        check_cancel(self.cancel)
        self.meter.request()
        timeout = urllib3.Timeout(
            connect=self.policy.connect_timeout, read=self.policy.read_timeout
        )
        try:
            response = self._pool().request(
                "GET",
                url,
                headers=headers,
                preload_content=False,
                decode_content=False,
                timeout=timeout,
                retries=False,
                redirect=True,
            )
        except urllib3.exceptions.TimeoutError as exc:
            raise SlowRetrievalError(f"no answer from {urlsplit(url).netloc} in time") from exc
        except _NETWORK_ERRORS as exc:
            raise DownloadError(f"cannot connect to {urlsplit(url).netloc}: {exc}") from exc
        return response

    def _http_chunks(self, url: str) -> Iterator[bytes]:
        """A whole small file (metadata, index); gzip accepted and decoded (pitfall P8)."""
        response = self._open(url, {"Accept-Encoding": "gzip"})
        if response.status >= 400:
            _discard(response)
            raise DownloadHTTPError(f"HTTP error {response.status} for {url}", response.status)
        return self._body(response, url, decode=True)

    def _body(self, response: urllib3.BaseHTTPResponse, url: str, decode: bool) -> Iterator[bytes]:
        guard = RateGuard(self.policy, url)
        complete = False
        try:
            while True:
                check_cancel(self.cancel)
                chunk = response.read1(self.policy.chunk_size, decode_content=decode)
                if not chunk:
                    complete = True
                    return
                self.meter.received(len(chunk))
                guard.feed(len(chunk))
                yield chunk
        except urllib3.exceptions.TimeoutError as exc:
            raise SlowRetrievalError(f"{url}: the source stopped sending") from exc
        except _NETWORK_ERRORS as exc:
            raise DownloadError(f"{url}: the connection broke ({exc})") from exc
        finally:
            if complete:
                response.release_conn()
            else:
                _discard(response)

    def _download_resumable(self, url: str, part: Path, max_length: int) -> None:
        """Fill ``part`` up to the end of the file, resuming with Range after failures."""
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        fruitless = 0
        for _attempt in range(self.policy.max_attempts):
            have = part.stat().st_size if part.exists() else 0
            if have > max_length:
                part.unlink()
                have = 0
            before = have
            try:
                if self._transfer(url, part, have, max_length):
                    return
            except (DownloadError, OSError) as exc:
                if isinstance(exc, DownloadHTTPError | DownloadLengthMismatchError | TooSlow):
                    raise
                if isinstance(exc, OSError) and not isinstance(exc, ConnectionError):
                    raise  # a local write failed (disk full): not the network's fault
                gained = (part.stat().st_size if part.exists() else 0) - before
                fruitless = 0 if gained > 0 else fruitless + 1
                if fruitless >= self.policy.retries:
                    raise
                pause(self.policy.backoff * 2 ** max(fruitless - 1, 0), self.cancel)
        raise DownloadError(f"{url}: the connection broke {self.policy.max_attempts} times")

    def _transfer(self, url: str, part: Path, have: int, max_length: int) -> bool:
        """One request; True when ``part`` holds the whole body."""
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        response = self._open(url, headers)
        status = response.status
        if status == 416 and have == max_length:
            _discard(response)
            return True  # the partial is already complete; ngclient will verify it
        if status == 206 and not _range_starts_at(response, have):
            status = 0  # unusable range answer: start over
        if status not in (200, 206):
            _discard(response)
            if status >= 400 and status != 416:
                raise DownloadHTTPError(f"HTTP error {status} for {url}", status)
            part.unlink(missing_ok=True)
            raise DownloadError(f"{url}: unusable answer to a resumed download; starting over")
        mode = "ab" if status == 206 else "wb"
        received = have if status == 206 else 0
        with open(part, mode) as out:
            for chunk in self._body(response, url, decode=False):
                received += len(chunk)
                if received > max_length:
                    out.close()
                    part.unlink(missing_ok=True)
                    raise DownloadLengthMismatchError(
                        f"{url}: the source sent more than the {max_length} bytes the "
                        "publisher signed"
                    )
                out.write(chunk)
                out.flush()
        return True


def _discard(response: urllib3.BaseHTTPResponse) -> None:
    """Drop an answer we do not read: drain a short body to reuse the connection, else close
    the connection (never hand a half-read connection back to the pool)."""
    remaining = response.length_remaining
    try:
        if remaining is not None and remaining <= 65536:
            response.drain_conn()
        else:
            response.close()
            if response.connection is not None:
                response.connection.close()
    except _NETWORK_ERRORS:
        response.close()
    finally:
        response.release_conn()


def _range_starts_at(response: urllib3.BaseHTTPResponse, offset: int) -> bool:
    value = response.headers.get("Content-Range", "")
    unit, _, spec = value.partition(" ")
    start = spec.partition("-")[0]
    return unit.strip().lower() == "bytes" and start.isdigit() and int(start) == offset


def url_for_path(path: str | os.PathLike[str]) -> str:
    """A folder as a ``file:`` URL (``E:\\repo`` -> ``file:///E:/repo``)."""
    return Path(path).expanduser().resolve().as_uri()
