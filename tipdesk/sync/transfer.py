"""Transfer policy and accounting shared by the fetchers: timeouts, minimum speed, counters."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tuf.api.exceptions import SlowRetrievalError

from tipdesk.core.progress import CancelToken


@dataclass(frozen=True)
class TransferPolicy:
    """When a source counts as too slow or dead.

    ``read_timeout`` catches a server that stops sending; ``min_rate`` over ``rate_window``
    catches a slow-drip server that sends a byte now and then to dodge the read timeout.
    """

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    min_rate: int = 2048  # bytes per second, averaged over rate_window
    rate_window: float = 30.0
    retries: int = 4  # consecutive attempts that gain nothing before giving up on a file
    max_attempts: int = 40  # attempts per file in all (a server that cuts every few bytes)
    backoff: float = 0.25  # seconds before the first retry, doubled each time
    chunk_size: int = 32 * 1024


@dataclass
class TransferMeter:
    """Counts what a sync transferred; calls ``on_bytes`` as data arrives (from one thread)."""

    on_bytes: Callable[[int], None] | None = None
    requests: int = 0
    bytes_received: int = 0
    started: float = field(default_factory=time.monotonic)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def request(self) -> None:
        with self._lock:
            self.requests += 1

    def received(self, count: int) -> None:
        with self._lock:
            self.bytes_received += count
        if self.on_bytes is not None:
            self.on_bytes(count)

    def speed(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.bytes_received / elapsed if elapsed > 0 else 0.0


class TooSlow(SlowRetrievalError):
    """Data arrives, but slower than the policy's minimum speed (a slow-drip source)."""


class RateGuard:
    """Raises SlowRetrievalError when less than ``min_rate`` bytes/s arrive over a window."""

    def __init__(self, policy: TransferPolicy, what: str) -> None:
        self._policy = policy
        self._what = what
        self._window_start = time.monotonic()
        self._window_bytes = 0

    def feed(self, count: int) -> None:
        self._window_bytes += count
        now = time.monotonic()
        elapsed = now - self._window_start
        if elapsed < self._policy.rate_window:
            return
        if self._window_bytes < self._policy.min_rate * elapsed:
            raise TooSlow(
                f"{self._what}: only {self._window_bytes} bytes in {elapsed:.0f} s "
                f"(less than {self._policy.min_rate} bytes/s)"
            )
        self._window_start = now
        self._window_bytes = 0


def check_cancel(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()


def pause(seconds: float, cancel: CancelToken | None) -> None:
    """Wait before a retry, waking up early when the user cancels."""
    deadline = time.monotonic() + seconds
    while True:
        check_cancel(cancel)
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.05))
