"""Draw the application icon files from ``ui/icons/tipdesk.svg`` with Qt.

    python build/make_icons.py        # writes ui/icons/tipdesk.png, tipdesk.ico, tipdesk.icns

The PNG is for the Linux ``.desktop`` file and the window, the ICO for the Windows recipe and the
ICNS for the macOS recipe in ``build/tipdesk.spec``. They are committed; run this again after
changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "ui" / "icons"
FORMATS = {"tipdesk.png": ("png", 256), "tipdesk.ico": ("ico", 256), "tipdesk.icns": ("icns", 512)}


def render(svg: Path, size: int) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ICONS / "tipdesk.svg"
    for name, (fmt, size) in FORMATS.items():
        writer = QImageWriter(str(ICONS / name), fmt.encode())
        if not writer.write(render(svg, size)):
            print(f"{name}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(ICONS / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
