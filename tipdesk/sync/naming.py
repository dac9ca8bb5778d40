"""Rules for repository target paths (pitfall P6) and the hash-prefixed names on disk.

ngclient builds download URLs as ``<base><dir>/<sha256>.<name>`` without quoting, so ``#``, ``?``
and ``%`` would break a download; the client also stores objects as ``<sha256>.<name>``, so names
must be valid file names on Windows, macOS and Linux. Spaces and non-ASCII letters are fine.
"""

from __future__ import annotations

import re
import unicodedata

DOCS_PREFIX = "docs/"
INDEX_PATH = "index.json"
MAX_NAME_LENGTH = 150  # "<64 hex>.<name>" must stay under the usual 255-byte limit
MAX_PATH_LENGTH = 400
_FORBIDDEN = set('#?%\\<>:"|*') | {chr(c) for c in range(32)} | {"\x7f"}
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def target_path_problem(path: str) -> str | None:
    """Why ``path`` cannot be a target path, or None when it can."""
    if not path or len(path) > MAX_PATH_LENGTH:
        return f"the path must have 1 to {MAX_PATH_LENGTH} characters"
    if unicodedata.normalize("NFC", path) != path:
        return "the path is not in Unicode normal form C"
    bad = sorted({c for c in path if c in _FORBIDDEN})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        return f"the path contains characters that are not allowed in a target name: {shown}"
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return "the path has an empty, '.' or '..' part"
        if part.startswith("."):
            return "a part of the path starts with '.'"
        if part != part.strip() or part.endswith("."):
            return "a part of the path starts or ends with a space, or ends with '.'"
        if _WINDOWS_RESERVED.match(part):
            return f"'{part}' is a reserved file name on Windows"
        if len(part.encode("utf-8")) > MAX_NAME_LENGTH:
            return f"a part of the path is longer than {MAX_NAME_LENGTH} bytes"
    return None


def is_safe_target_path(path: str) -> bool:
    return target_path_problem(path) is None


def target_path_for(relative_posix: str) -> str:
    """The target path of a document at ``relative_posix`` inside the content folder."""
    return DOCS_PREFIX + unicodedata.normalize("NFC", relative_posix)


def hashed_name(path: str, sha256: str) -> str:
    """``docs/en/x.md`` + hash -> ``docs/en/<sha256>.x.md`` (the consistent-snapshot name)."""
    directory, sep, basename = path.rpartition("/")
    return f"{directory}{sep}{sha256}.{basename}"


def object_name(path: str, sha256: str) -> str:
    """The client's file name of a verified object: ``<sha256>.<basename>``."""
    return f"{sha256}.{path.rpartition('/')[2]}"


def split_hashed_name(name: str) -> tuple[str, str] | None:
    """``<sha256>.<rest>`` -> (sha256, rest), or None when ``name`` is not hash-prefixed."""
    head, dot, rest = name.partition(".")
    if dot and rest and _SHA256.match(head):
        return head, rest
    return None
