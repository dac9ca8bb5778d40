"""YAML front matter of Markdown documents: split, parse and validate into a DocumentMeta."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from tipdesk.core.errors import ContentError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.model import KINDS, LANGUAGES, DocumentMeta

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
REQUIRED = (
    "id",
    "title",
    "language",
    "kind",
    "topics",
    "publisher",
    "source_url",
    "published",
    "version",
    "summary",
)
LIST_FIELDS = ("topics", "regions", "countries", "audience")
KNOWN = frozenset(REQUIRED + LIST_FIELDS + ("group", "translation_of", "review"))

# libyaml's safe loader when PyYAML was built with it: several times faster than pure Python.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (yaml text or None, body). A document that starts with '---' must close it."""
    if not text.startswith("---"):
        return None, text
    match = _FENCE.match(text)
    if match is None:
        return "", text  # opened but never closed: reported by parse_meta
    return match.group(1), text[match.end() :]


def _error(path: Path, template: str, **params: Any) -> ContentError:
    return ContentError(template, file=path.name, **params)


def load_yaml(path: Path, raw: str) -> dict[str, Any]:
    """Parse the front matter YAML into a mapping, or raise ContentError naming the file."""
    if raw == "":
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: the front matter is not closed with a line '---'"),
        )
    try:
        data = yaml.load(raw, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: the front matter is not valid YAML{where}"),
            where=where,
        ) from exc
    if not isinstance(data, dict):
        raise _error(
            path,
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: the front matter must be a list of 'field: value' lines"
            ),
        )
    return data


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value).strip()


def _as_list(path: Path, name: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: '{field}' must be a list of words"),
            field=name,
        )
    return tuple(str(v).strip() for v in value if str(v).strip())


def meta_from_mapping(path: Path, data: dict[str, Any]) -> DocumentMeta:
    """Validate front matter fields and build the document's metadata."""
    missing = [name for name in REQUIRED if _text(data.get(name)) == "" and name != "topics"]
    if not _as_list(path, "topics", data.get("topics")):
        missing.append("topics")
    if missing:
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: missing field(s) in the front matter: {fields}"),
            fields=", ".join(missing),
        )
    doc_id = _text(data["id"])
    if not ID_RE.match(doc_id):
        raise _error(
            path,
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: the id '{id}' may only use lower case letters, digits and '-'"
            ),
            id=doc_id,
        )
    language = _text(data["language"]).lower()
    if language not in LANGUAGES:
        raise _error(
            path,
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: unknown language '{language}' (use en, es, fr or pt)"
            ),
            language=language,
        )
    kind = _text(data["kind"]).lower()
    if kind not in KINDS:
        raise _error(path, QT_TRANSLATE_NOOP(CONTEXT, "{file}: unknown kind '{kind}'"), kind=kind)
    published = _text(data["published"])
    if not DATE_RE.match(published):
        raise _error(
            path,
            QT_TRANSLATE_NOOP(
                CONTEXT, "{file}: 'published' must be a date like 2000-11-15, 2000-11 or 2000"
            ),
        )
    source = _text(data["source_url"])
    if not source.startswith(("https://", "http://")):
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: 'source_url' must be a web address (https://…)"),
        )
    countries = tuple(c.upper() for c in _as_list(path, "countries", data.get("countries")))
    bad = [c for c in countries if not COUNTRY_RE.match(c)]
    if bad:
        raise _error(
            path,
            QT_TRANSLATE_NOOP(CONTEXT, "{file}: not an ISO country code: {codes}"),
            codes=", ".join(bad),
        )
    group = _text(data.get("group")) or _text(data.get("translation_of")) or None
    return DocumentMeta(
        id=doc_id,
        title=_text(data["title"]),
        language=language,
        kind=kind,
        group=group,
        topics=tuple(t.lower() for t in _as_list(path, "topics", data.get("topics"))),
        regions=tuple(r.lower() for r in _as_list(path, "regions", data.get("regions"))),
        countries=countries,
        audience=_as_list(path, "audience", data.get("audience")),
        publisher=_text(data["publisher"]),
        source_url=source,
        published=published,
        version=_text(data["version"]),
        summary=" ".join(_text(data["summary"]).split()),
        review=_text(data.get("review")),
        fmt="md",
    )
