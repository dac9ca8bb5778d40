"""A workaround for PySide6 6.12.0 on Python 3.11: it forgets to count references to None and True.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
nothing (``processEvents()``, ``setObjectName()``, ``QTimer.start()``, …) takes one reference from
``None``, and every ``Signal.emit()`` or ``connect()`` takes one from ``True``, without having given
it. After a few thousand calls the count reaches zero and CPython aborts with "Fatal Python error:
bool_dealloc: deallocating True or False" (or ``none_dealloc``), in the middle of a session or at
exit. PySide6 6.11.2 does not do this, and Python 3.12 is not hurt (these objects are immortal
there: their count is never checked).

The fix does what Python 3.12 does: it gives ``None``, ``True`` and ``False`` so many references
(2**40) that they can never run out. It is applied only when a probe shows the leak, so a fixed
PySide6 or a newer Python leaves everything untouched.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

HEADROOM = 1 << 40
_SINGLETONS = (None, True, False)
_applied = False


def _leaks_references() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    probe.fired.connect(lambda: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")
        probe.fired.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= 16 or lost_true >= 16


def protect_singletons() -> bool:
    """Apply the workaround if this PySide6 needs it; True when it was applied (now or before)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _leaks_references():
        return False
    for singleton in _SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += HEADROOM
    _applied = True
    log.info("PySide6 reference-count workaround applied (None, True, False)")
    return True
