"""The content check that guards the starter library and any publisher's folder."""

from __future__ import annotations

from pathlib import Path

from tipdesk.core.lint import lint_folder
from tipdesk.resources import resource_path


def test_the_bundled_library_passes() -> None:
    problems, count = lint_folder(resource_path("library"))
    assert count > 0
    assert problems == []


def test_lint_finds_each_kind_of_problem(write_doc, tmp_path: Path) -> None:
    write_doc("a-en", "# A\n\n## One {#one}\n\nText [b](doc:b-en#nowhere) [c](doc:missing).\n\n"
              "## Two {#one}\n\nMore text. TODO write this.\n\n## Empty {#empty}\n",
              group="a", language="en")
    write_doc("b-en", "# B\n\nText.\n", group="a", language="en")
    (tmp_path / "content" / "no-front.md").write_text("# Loose\n\nJust text in English here.\n")
    problems, count = lint_folder(tmp_path / "content")
    text = "\n".join(problems)
    assert count == 3
    assert "anchor 'one' is used twice" in text
    assert "placeholder text 'TODO'" in text
    assert "section 'empty' is empty" in text
    assert "b-en#nowhere" in text
    assert "does not exist: missing" in text
    assert "no front matter" in text
    assert "group 'a': more than one document in 'en'" in text
