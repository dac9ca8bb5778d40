"""The themes are readable: WCAG contrast of every colour pair, and no pixel font sizes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tipdesk.gui import theme

AA_TEXT = 4.5
AA_NON_TEXT = 3.0


def test_contrast_ratio_matches_known_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # #767676 on white is the classic "just passes AA" grey
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#777777", "#ffffff") < AA_TEXT


@pytest.mark.parametrize("name", theme.THEMES)
def test_every_text_pair_meets_wcag_aa(name: str) -> None:
    failing = {
        label: round(theme.contrast_ratio(fg, bg), 2)
        for label, (fg, bg) in theme.text_pairs(name).items()
        if theme.contrast_ratio(fg, bg) < AA_TEXT
    }
    assert failing == {}


@pytest.mark.parametrize("name", theme.THEMES)
def test_focus_and_borders_meet_non_text_contrast(name: str) -> None:
    failing = {
        label: round(theme.contrast_ratio(fg, bg), 2)
        for label, (fg, bg) in theme.non_text_pairs(name).items()
        if theme.contrast_ratio(fg, bg) < AA_NON_TEXT
    }
    assert failing == {}


def test_high_contrast_body_text_reaches_aaa() -> None:
    for fg, bg in theme.text_pairs(theme.HIGH_CONTRAST).values():
        assert theme.contrast_ratio(fg, bg) >= 7.0, (fg, bg)


@pytest.mark.parametrize("name", theme.THEMES)
def test_no_pixel_font_sizes(name: str) -> None:
    for css in (theme.app_stylesheet(name), theme.reader_css(name, 12)):
        assert not re.search(r"font(-size)?\s*:[^;]*\d+px", css)


def test_reader_css_scales_with_the_reader_font_size() -> None:
    small, large = theme.reader_css(theme.LIGHT, 10), theme.reader_css(theme.LIGHT, 20)
    assert "font-size: 10.0pt" in small and "font-size: 20.0pt" in large
    assert "h1 { color: #173a6b; font-size: 34.0pt; }" in large


def test_apply_theme_sets_palette_and_remembers_the_name(qapp: QApplication) -> None:
    try:
        theme.apply_theme(qapp, theme.DARK)
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == theme.COLOURS["dark"].base
        assert theme.current_theme(qapp) == theme.DARK
        assert theme.COLOURS["dark"].focus in qapp.styleSheet()
    finally:
        theme.apply_theme(qapp, theme.LIGHT)
