"""Rendering: Markdown to safe HTML for QTextBrowser, anchors that agree with the sections."""

from __future__ import annotations

from tipdesk import Library
from tipdesk.core.render import markdown_to_html


def test_rich_markdown_renders() -> None:
    html = markdown_to_html(
        "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: A note.\n\n"
        "Term\n:   Its definition.\n\n## Part two {#part-2}\n")
    assert "<table>" in html and "<td>1</td>" in html
    assert 'id="fn:1"' in html or "footnote" in html
    assert "<dl>" in html and "<dt>Term</dt>" in html
    assert 'id="part-2"' in html


def test_dangerous_content_is_removed() -> None:
    html = markdown_to_html(
        "# T\n\n<script>alert('x')</script>\n\n<p onclick=\"steal()\">Click</p>\n\n"
        "[bad](javascript:alert(1)) [local](file:///etc/passwd) [ok](https://example.org) "
        "[inside](doc:tip-protocol-en#art-3)\n\n![remote](https://tracker.example/pixel.png)\n\n"
        "<iframe src=\"https://evil.example\"></iframe>\n")
    assert "<script" not in html and "alert('x')" not in html
    assert "onclick" not in html and "steal" not in html
    assert "javascript:" not in html and "file:" not in html
    assert 'href="https://example.org"' in html
    assert 'href="doc:tip-protocol-en#art-3"' in html
    assert "tracker.example" not in html
    assert "<iframe" not in html


def test_heading_ids_match_section_anchors(empty_library: Library, write_doc) -> None:
    path = write_doc("anchors", "# Title\n\nIntro.\n\n## Víctimas y protección\n\nText.\n\n"
                     "## Víctimas y protección\n\nAgain.\n\n## Article 6 {#art-6}\n\nSix.\n")
    empty_library.import_paths([path])
    view = empty_library.get("anchors")
    html = empty_library.render_html("anchors")
    for section in view.sections:
        if section.anchor != "top":
            assert f'id="{section.anchor}"' in html
    assert [s.anchor for s in view.sections][1:] == ["victimas-y-proteccion",
                                                     "victimas-y-proteccion-1", "art-6"]


def test_text_rendering_has_no_markup(empty_library: Library, write_doc) -> None:
    path = write_doc("plain", "# Title\n\nSome **bold** and a [link](https://x.org).\n")
    empty_library.import_paths([path])
    text = empty_library.render_text("plain")
    assert "Some bold and a link." in text and "**" not in text
