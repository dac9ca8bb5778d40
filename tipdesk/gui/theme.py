"""Colour themes: light, dark and high contrast, for the widgets and for the reader's HTML.

A theme is a small set of named colours (:class:`ThemeColours`). From it come the application's
``QPalette`` (Fusion style, so the colours look the same on every desktop), a short Qt stylesheet
for what the palette cannot say (visible keyboard focus, tooltips), and the CSS the reader puts
around a document for ``QTextBrowser``. No font size here is in pixels: the interface follows the
system font, and the reader's sizes are derived from the reader font size in points.

The high-contrast theme meets WCAG 2.x AA (at least 4.5:1 for text, 3:1 for focus and borders);
``tests/gui/test_theme.py`` computes every pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
THEMES: tuple[str, ...] = (LIGHT, DARK, HIGH_CONTRAST)
DEFAULT_READER_POINTS = 11.0


@dataclass(frozen=True)
class ThemeColours:
    """The colours one theme is made of (``#rrggbb``)."""

    window: str  # panels, menus, dialogs
    window_text: str
    base: str  # text fields, lists, the reader's page
    text: str
    muted_text: str  # secondary lines: kind, language, section
    link: str
    highlight: str  # selection background
    highlighted_text: str
    button: str
    border: str
    focus: str  # keyboard focus ring
    heading: str
    code_background: str
    table_header: str
    mark: str  # search term highlight in snippets (text colour on base)
    warning: str  # review warnings in the reader


COLOURS: dict[str, ThemeColours] = {
    LIGHT: ThemeColours(
        window="#f3f3f3",
        window_text="#1b1b1b",
        base="#ffffff",
        text="#1b1b1b",
        muted_text="#505050",
        link="#0a53be",
        highlight="#0a53be",
        highlighted_text="#ffffff",
        button="#e9e9e9",
        border="#8a8a8a",
        focus="#0a53be",
        heading="#173a6b",
        code_background="#f0f0f0",
        table_header="#e6e9ee",
        mark="#7a2e00",
        warning="#8a4b00",
    ),
    DARK: ThemeColours(
        window="#202124",
        window_text="#e8e8e8",
        base="#2a2b2f",
        text="#e8e8e8",
        muted_text="#b4b4b4",
        link="#8cb8ff",
        highlight="#3f6fb5",
        highlighted_text="#ffffff",
        button="#34363a",
        border="#80848c",
        focus="#8cb8ff",
        heading="#a9c8ff",
        code_background="#35373c",
        table_header="#3a3d44",
        mark="#ffc46b",
        warning="#ffb86b",
    ),
    HIGH_CONTRAST: ThemeColours(
        window="#000000",
        window_text="#ffffff",
        base="#000000",
        text="#ffffff",
        muted_text="#e6e6e6",
        link="#ffff00",
        highlight="#ffff00",
        highlighted_text="#000000",
        button="#000000",
        border="#ffffff",
        focus="#00ffff",
        heading="#ffffff",
        code_background="#1a1a1a",
        table_header="#262626",
        mark="#00ffff",
        warning="#ffb000",
    ),
}


def colours(theme: str) -> ThemeColours:
    """The colours of ``theme``; an unknown name gives the light theme."""
    return COLOURS.get(theme, COLOURS[LIGHT])


def system_theme() -> str:
    """Dark when the desktop says it prefers dark, otherwise light."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        from PySide6.QtCore import Qt

        if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
            return DARK
    return LIGHT


# --- contrast (WCAG 2.x) --------------------------------------------------------------------------
def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def text_pairs(theme: str) -> dict[str, tuple[str, str]]:
    """Every (foreground, background) pair a theme shows text in, by name."""
    c = colours(theme)
    return {
        "text on base": (c.text, c.base),
        "window text on window": (c.window_text, c.window),
        "muted text on base": (c.muted_text, c.base),
        "muted text on window": (c.muted_text, c.window),
        "link on base": (c.link, c.base),
        "link on window": (c.link, c.window),  # the source link in the reader header
        "warning on window": (c.warning, c.window),  # its review notice
        "selected text": (c.highlighted_text, c.highlight),
        "button text": (c.window_text, c.button),
        "heading on base": (c.heading, c.base),
        "code on code background": (c.text, c.code_background),
        "table header text": (c.text, c.table_header),
        "search mark on base": (c.mark, c.base),
        "warning on base": (c.warning, c.base),
    }


def non_text_pairs(theme: str) -> dict[str, tuple[str, str]]:
    """Focus ring and borders against what they sit on (WCAG 1.4.11 asks 3:1)."""
    c = colours(theme)
    return {
        "focus on base": (c.focus, c.base),
        "focus on window": (c.focus, c.window),
        "border on base": (c.border, c.base),
    }


# --- Qt -----------------------------------------------------------------------------------------
def make_palette(theme: str) -> QPalette:
    c = colours(theme)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.window_text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.code_background,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted_text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.window_text,
        QPalette.ColorRole.BrightText: c.warning,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(c.muted_text)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def app_stylesheet(theme: str) -> str:
    """What the palette cannot say: a clearly visible keyboard focus, borders, tooltips."""
    c = colours(theme)
    focus_width = 3 if theme == HIGH_CONTRAST else 2
    return f"""
QToolTip {{ color: {c.text}; background-color: {c.base}; border: 1px solid {c.border}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QAbstractItemView, QComboBox, QSpinBox {{
    border: 1px solid {c.border};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus,
QAbstractItemView:focus, QComboBox:focus, QSpinBox:focus {{
    border: {focus_width}px solid {c.focus};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    outline: {focus_width}px solid {c.focus};
}}
QTabBar::tab:focus {{ text-decoration: underline; }}
QLabel[role="muted"] {{ color: {c.muted_text}; }}
"""


def reader_css(theme: str, points: float = DEFAULT_READER_POINTS) -> str:
    """CSS for a document in ``QTextBrowser`` (sizes in pt: QTextBrowser ignores ``em``)."""
    c = colours(theme)
    size = max(6.0, float(points))

    def pt(scale: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
body {{ color: {c.text}; background-color: {c.base}; font-size: {pt(1)}; line-height: 140%; }}
a {{ color: {c.link}; }}
h1 {{ color: {c.heading}; font-size: {pt(1.7)}; }}
h2 {{ color: {c.heading}; font-size: {pt(1.35)}; margin-top: 14px; }}
h3 {{ color: {c.heading}; font-size: {pt(1.15)}; }}
h4, h5, h6 {{ color: {c.heading}; font-size: {pt(1)}; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid {c.border}; padding: 4px; }}
th {{ background-color: {c.table_header}; }}
code, pre {{ font-family: 'DejaVu Sans Mono', monospace; background-color: {c.code_background}; }}
blockquote {{ color: {c.muted_text}; }}
.review, .warning {{ color: {c.warning}; }}
.muted {{ color: {c.muted_text}; }}
b.hit, span.hit {{ color: {c.mark}; }}
"""


def apply_theme(app: QApplication, theme: str) -> None:
    """Give the whole application ``theme``: Fusion style, palette and stylesheet."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    app.setPalette(make_palette(theme))
    app.setStyleSheet(app_stylesheet(theme))
    app.setProperty("tipdeskTheme", theme if theme in THEMES else LIGHT)


def current_theme(app: QApplication | None = None) -> str:
    """The theme last applied with :func:`apply_theme` (light before that)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    value = app.property("tipdeskTheme") if app is not None else None
    return value if isinstance(value, str) and value in THEMES else LIGHT
