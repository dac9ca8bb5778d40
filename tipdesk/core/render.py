"""Markdown to safe HTML for Qt's QTextBrowser, and to plain text.

Python-Markdown renders; nh3 (the Ammonia sanitiser) then keeps only a known set of tags and
attributes: no script, no event handlers, no remote images, no ``javascript:`` or ``file:`` links.
Links between documents use ``doc:ID#anchor`` and survive.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

from tipdesk.core.model import Section
from tipdesk.core.sections import HEADING_RE, heading_anchors

EXTENSIONS = [
    "tables",
    "footnotes",
    "toc",
    "def_list",
    "attr_list",
    "sane_lists",
    "abbr",
    "fenced_code",
]
ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "doc", "mailto"}
DEFAULT_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; line-height: 140%; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 14px; } h3 { font-size: 12pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #888; padding: 4px; }
th { background-color: #e8e8e8; } code, pre { font-family: 'DejaVu Sans Mono', monospace; }
"""


def _keep_attribute(tag: str, attr: str, value: str) -> str | None:
    if tag == "img" and attr == "src" and re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
        return None  # no remote or absolute images: the reader never loads anything by itself
    if tag == "a" and attr == "href" and value.lower().startswith(("javascript:", "file:")):
        return None
    return value


def sanitize(raw_html: str) -> str:
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_keep_attribute,
        link_rel=None,
        strip_comments=True,
    )


def with_explicit_anchors(body: str) -> str:
    """Give every heading the anchor its section has in the catalogue, so links agree."""
    anchors = heading_anchors(body)
    lines = body.splitlines()
    for number, anchor in anchors.items():
        match = HEADING_RE.match(lines[number])
        if match and "{#" not in match.group(2):
            lines[number] = f"{match.group(1)} {match.group(2)} {{#{anchor}}}"
    return "\n".join(lines)


def markdown_to_html(body: str) -> str:
    rendered = markdown.markdown(
        with_explicit_anchors(body), extensions=EXTENSIONS, output_format="html"
    )
    return sanitize(rendered)


def pages_to_html(title: str, sections: list[Section]) -> str:
    """A PDF's extracted text, page by page, for faces that cannot show the PDF itself."""
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for section in sections:
        parts.append(f'<h2 id="{html.escape(section.anchor)}">{html.escape(section.title)}</h2>')
        for paragraph in re.split(r"\n\s*\n", section.text):
            parts.append(f"<p>{html.escape(paragraph)}</p>")
    return "\n".join(parts)


def page(body_html: str, css: str = DEFAULT_CSS) -> str:
    return f"<html><head><style>{css}</style></head><body>{body_html}</body></html>"
