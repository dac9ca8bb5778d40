"""What the bundle leaves out and what it must keep (used by ``tipdesk.spec``; tested on its own).

PyInstaller 6.22 has no switch for Qt plugins or translations, so the spec filters the collected
files by their destination path with :func:`wanted`. The numbers behind each rule are in
``shared/notes/qt-packaging.md`` §4.3.
"""

from __future__ import annotations

import os
import re

DROP: tuple[str, ...] = (
    r"PySide6/Qt/plugins/platformthemes/libqgtk3\.so",  # GTK3 theme: pulls in all of GTK
    r"PySide6/Qt/plugins/printsupport/",  # CUPS: saving as PDF works without it
    r"PySide6/Qt/plugins/tls/",  # an offline app
    r"PySide6/Qt/plugins/networkinformation/",
    r"PySide6/Qt/plugins/egldeviceintegrations/",
    r"PySide6/Qt/plugins/generic/",
    r"PySide6/Qt/plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so",
    r"libQt6EglFSDeviceIntegration",
    r"libQt6EglFsKmsSupport",
    r"PySide6/Qt/plugins/sqldrivers/",  # SQLite goes through Python, not QtSql
    r"PySide6/Qt/plugins/qmltooling/",
    r"PySide6/Qt/plugins/imageformats/libq(icns|tga|tiff|wbmp)\.so",  # png/jpeg/gif/svg/webp stay
    r"^lib(atk-1\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|gdk_pixbuf-2\.0"
    r"|harfbuzz|thai|datrie|fribidi|graphite2|pixman-1|Xrender)\.so",
    # CUPS's own libraries. NOT krb5/gssapi: libQt6Network needs libgssapi_krb5.so.2 and
    # libQt6Pdf needs libQt6Network, so dropping them silently removes the PDF viewer.
    r"^lib(cups|avahi-client|avahi-common|gnutls|gmp|hogweed|nettle|idn2|unistring|p11-kit"
    r"|tasn1)\.so",
    # Wayland: on Wayland desktops the window runs through XWayland.
    r"PySide6/Qt/plugins/wayland-",
    r"PySide6/Qt/plugins/platforms/libqwayland",
    r"libQt6WaylandClient",
    r"libQt6WlShellIntegration",
    r"libQt6WaylandEglClientHwIntegration",
)
TRANSLATIONS = re.compile(r"PySide6/(Qt/)?translations/")
# Qt's own catalogues: qtbase for es, fr and pt_BR (Portuguese uses pt_BR: there is no qtbase_pt).
# The qt_xx.qm meta catalogues also need the Addons wheel's catalogues and do not load: left out.
KEEP_TRANSLATION = re.compile(r"PySide6/(Qt/)?translations/qtbase_(es|fr|pt_BR)\.qm$")

# Linux: what users must NOT need to install, so the bundle must carry it. PyInstaller copies these
# from the build machine, or only warns "Library not found" when the build machine lacks them.
REQUIRED_ON_LINUX: tuple[str, ...] = (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0", "libxcb-keysyms.so.1",
    "libxcb-render-util.so.0", "libxcb-shape.so.0", "libxcb-util.so.1", "libxcb-xkb.so.1",
    "libxkbcommon.so.0", "libxkbcommon-x11.so.0", "libfontconfig.so.1", "libfreetype.so.6",
    "libgssapi_krb5.so.2", "libQt6Pdf.so.6", "libqxcb.so", "libqoffscreen.so",
)


def wanted(dest: str) -> bool:
    """Whether the file PyInstaller would put at ``dest`` (relative to ``_internal``) ships."""
    path = dest.replace(os.sep, "/")
    if TRANSLATIONS.search(path):
        return bool(KEEP_TRANSLATION.search(path))
    return not any(re.search(pattern, path) for pattern in DROP)


def missing_on_linux(destinations: list[str]) -> list[str]:
    """The required libraries that are not among ``destinations``."""
    names = {dest.replace(os.sep, "/").rsplit("/", 1)[-1] for dest in destinations}
    return [name for name in REQUIRED_ON_LINUX if name not in names]
