"""``TIPdesk --self-test``: prove that this copy of TIPdesk works, without a display.

Run from a packaged bundle (``TIPdesk --self-test``) or a checkout (``python -m tipdesk.selftest``).
It opens the bundled library in a temporary data folder, searches in English, Spanish, French and
Portuguese, renders a document, renders page 1 of a freshly written PDF with QtPdf, loads the
interface translations, checks that fonts can draw accented text and verifies the sync trust root.
In a packaged bundle it also checks that nothing was written next to the program.

Prints one line per check and exits 0 when every check passed (skipped checks say why), 1 otherwise.
Qt is imported inside the checks, so a broken Qt install shows up as a failed check, not a crash.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tipdesk import __version__

SEARCHES: dict[str, str] = {
    "en": "trafficking in persons",
    "es": "trata de personas",
    "fr": "traite des personnes",
    "pt": "tráfico de pessoas",
}
ACCENTED_SAMPLE = "áéíóúñüçãõâêôàèœ¿¡«»€"
UI_LANGUAGES = ("en", "es", "fr", "pt")
QT_CATALOGUES = ("qtbase_es", "qtbase_fr", "qtbase_pt_BR")


class Skipped(Exception):  # noqa: N818 - it is a result, not an error
    """A check that cannot apply here; the message says why."""


class CheckFailed(Exception):  # noqa: N818 - the message is shown to the person running the test
    """A check that ran and found a problem."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # "ok", "FAILED" or "skipped"
    detail: str


@dataclass
class SelfTest:
    """What the checks share: a temporary folder, the opened library and the Qt application."""

    work_dir: Path
    library: Any = None  # tipdesk.Library once the "library" check has opened it
    app: Any = None  # QApplication once the "qt" check has made it
    first_hit: str | None = None
    notes: list[str] = field(default_factory=list)


# --- where the program lives ---------------------------------------------------------------------
def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder holding the executable (packaged) or the checkout (source)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    found: dict[str, tuple[int, int]] = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in [*files, *dirs]:
            path = Path(root, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


# --- checks without Qt ---------------------------------------------------------------------------
def check_library(test: SelfTest) -> str:
    from tipdesk import Library
    from tipdesk.resources import resource_path

    try:
        seed: Path | None = resource_path("seed")
    except FileNotFoundError:
        seed = None
    if is_frozen() and seed is None:
        raise CheckFailed("the bundle has no resources/seed: a first start would index everything")
    started = time.perf_counter()
    test.library = Library.open(test.work_dir / "data")
    took = time.perf_counter() - started
    info = test.library.info()
    if info.documents == 0:
        raise CheckFailed("the bundled library is empty")
    health = test.library.index_health
    if seed is not None and health.state != "ok":  # e.g. a seed built by older code
        raise CheckFailed(f"the seed was not usable, the first start re-indexed: {health.message}")
    origin = "from the seed" if seed else "indexed, no seed"
    return f"{info.documents} documents, {info.index.sections} sections, {origin}, {took:.2f} s"


def make_search_check(language: str) -> Callable[[SelfTest], str]:
    def check_search(test: SelfTest) -> str:
        if test.library is None:
            raise Skipped("the library did not open")
        query = SEARCHES[language]
        results = test.library.search(query, language=language)
        if not results.hits:
            raise CheckFailed(f"no hits for {query!r} in {language}")
        wrong = [hit.doc_id for hit in results.hits if hit.language != language]
        if wrong:
            raise CheckFailed(f"hits in another language for {query!r}: {', '.join(wrong)}")
        if test.first_hit is None:
            test.first_hit = results.hits[0].doc_id
        return f"{results.total} hits for {query!r}, first: {results.hits[0].title[:50]!r}"

    check_search.__name__ = f"check_search_{language}"
    return check_search


def check_render(test: SelfTest) -> str:
    if test.library is None or test.first_hit is None:
        raise Skipped("no search hit to render")
    html = test.library.render_html(test.first_hit)
    if len(html) < 200 or "<" not in html:
        raise CheckFailed(f"{test.first_hit} rendered to {len(html)} characters of HTML")
    return f"{test.first_hit}: {len(html)} characters of HTML"


def check_trust_root(_test: SelfTest) -> str:
    from tipdesk.resources import resource_path

    try:
        path = resource_path("trust", "root.json")
    except FileNotFoundError as exc:
        raise Skipped("no sync trust root is shipped yet (resources/trust/root.json)") from exc
    from tuf.api.metadata import Metadata, Root

    try:
        root = Metadata[Root].from_bytes(path.read_bytes())
        root.signed.verify_delegate(Root.type, root.signed_bytes, root.signatures)
    except Exception as exc:  # noqa: BLE001 - any problem with the file is the finding
        raise CheckFailed(f"{path.name}: {type(exc).__name__}: {exc}") from exc
    role = root.signed.roles[Root.type]
    expires = root.signed.expires.date().isoformat()
    return (
        f"version {root.signed.version}, {len(root.signatures)} signature(s), "
        f"threshold {role.threshold} met, expires {expires}"
    )


# --- checks with Qt ------------------------------------------------------------------------------
def check_qt(test: SelfTest) -> str:
    import PySide6.QtPrintSupport  # noqa: F401 - printing to PDF needs it
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    test.app = QApplication.instance() or QApplication(["TIPdesk", "--self-test"])
    platform = test.app.platformName()
    return f"Qt {qVersion()}, PySide6 {pyside_version}, platform {platform}"


def check_pdf_module(_test: SelfTest) -> str:
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
    except ImportError as exc:  # e.g. libgssapi_krb5.so.2 left out of the bundle
        raise CheckFailed(f"QtPdf cannot be imported, no PDF viewer: {exc}") from exc
    return "QtPdf and QtPdfWidgets import"


def check_fonts(test: SelfTest) -> str:
    if test.app is None:
        raise Skipped("Qt did not start")
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    families = QFontDatabase.families()
    real = [f for f in families if f.lower() not in {"sans-serif", "serif", "monospace"}]
    if not real:
        raise CheckFailed("no fonts: text would be drawn as boxes (install fonts-dejavu-core)")
    metrics = QFontMetrics(test.app.font())
    missing = [c for c in ACCENTED_SAMPLE if not metrics.inFontUcs4(ord(c))]
    if missing:
        raise CheckFailed(f"the default font {test.app.font().family()!r} lacks {''.join(missing)}")
    return f"{len(real)} families, default {test.app.font().family()!r} draws {ACCENTED_SAMPLE}"


def check_translations(test: SelfTest) -> str:
    if test.app is None:
        raise Skipped("Qt did not start")
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from tipdesk.resources import resource_path

    try:
        own_dir = str(resource_path("ui", "translations"))
    except FileNotFoundError as exc:
        raise CheckFailed("ui/translations is missing") from exc
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"tipdesk_{lang}", own_dir) for lang in UI_LANGUAGES]
    wanted += [(name, qt_dir) for name in QT_CATALOGUES]
    failed = [name for name, folder in wanted if not QTranslator().load(name, folder)]
    if failed:
        raise CheckFailed(f"cannot load {', '.join(failed)}")
    return f"{len(wanted)} catalogues load ({', '.join(name for name, _ in wanted)})"


def write_sample_pdf(path: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(150)
    painter = QPainter(writer)
    try:
        painter.setFont(QFont("DejaVu Sans", 20))
        painter.drawText(QPointF(60, 150), "TIPdesk self-test")
        painter.drawText(QPointF(60, 250), "Tráfico — ação, señal, traité")
        painter.fillRect(60, 320, 400, 120, painter.pen().color())
    finally:
        painter.end()


def check_pdf_render(test: SelfTest) -> str:
    if test.app is None:
        raise Skipped("Qt did not start")
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        raise Skipped("QtPdf cannot be imported (see pdf-module)") from exc
    from PySide6.QtCore import QSize

    pdf = test.work_dir / "sample.pdf"
    write_sample_pdf(pdf)
    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise CheckFailed(f"QtPdf could not open the sample PDF: {error}")
    image = document.render(0, QSize(300, 420))
    document.close()
    if image.isNull():
        raise CheckFailed("page 1 rendered to a null image")
    inked = sum(  # QtPdf leaves the paper transparent: ink is opaque and dark
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 128
    )
    share = inked / ((image.width() // 2) * (image.height() // 2))
    if share < 0.01:
        raise CheckFailed(f"page 1 rendered blank ({share:.2%} dark pixels)")
    return f"page 1 of {pdf.name} rendered {image.width()}x{image.height()}, {share:.1%} dark"


# --- running -------------------------------------------------------------------------------------
CHECKS: list[tuple[str, Callable[[SelfTest], str]]] = [
    ("qt", check_qt),
    ("pdf-module", check_pdf_module),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("library", check_library),
    *[(f"search-{lang}", make_search_check(lang)) for lang in SEARCHES],
    ("render", check_render),
    ("pdf-render", check_pdf_render),
    ("trust-root", check_trust_root),
]


def run_check(name: str, check: Callable[[SelfTest], str], test: SelfTest) -> CheckResult:
    try:
        return CheckResult(name, "ok", check(test))
    except Skipped as exc:
        return CheckResult(name, "skipped", str(exc))
    except CheckFailed as exc:
        return CheckResult(name, "FAILED", str(exc))
    except Exception as exc:  # noqa: BLE001 - the self-test reports every failure as a line
        return CheckResult(name, "FAILED", f"{type(exc).__name__}: {exc}")


def program_folder_result(before: dict[str, tuple[int, int]], folder: Path) -> CheckResult:
    """Packaged only: the self-test must not have written next to the program."""
    from tipdesk.paths import default_data_dir

    name = "program-folder"
    if not is_frozen():
        return CheckResult(name, "skipped", "not a packaged copy (running from source)")
    after = snapshot(folder)
    changed = sorted(set(before.items()) ^ set(after.items()))
    if changed:
        paths = sorted({path for path, _ in changed})
        return CheckResult(name, "FAILED", f"files changed next to the program: {paths[:5]}")
    user_dir = default_data_dir().resolve()
    if user_dir.is_relative_to(folder):
        return CheckResult(name, "FAILED", f"the user data folder {user_dir} is inside {folder}")
    return CheckResult(name, "ok", f"{len(after)} entries unchanged; user data in {user_dir}")


def use_offscreen_without_display() -> None:
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextmanager
def self_test_folder() -> Iterator[SelfTest]:
    with tempfile.TemporaryDirectory(prefix="tipdesk-selftest-") as work:
        test = SelfTest(Path(work))
        try:
            yield test
        finally:
            if test.library is not None:
                test.library.close()


def run_self_test(print_line: Callable[[str], None] = print) -> list[CheckResult]:
    use_offscreen_without_display()
    folder = program_dir()
    before = snapshot(folder) if is_frozen() else {}
    results: list[CheckResult] = []
    print_line(f"TIPdesk {__version__} self-test ({'packaged' if is_frozen() else 'source'})")
    with self_test_folder() as test:
        for name, check in CHECKS:
            result = run_check(name, check, test)
            results.append(result)
            print_line(f"{result.status:<8} {result.name:<15} {result.detail}")
    result = program_folder_result(before, folder)
    results.append(result)
    print_line(f"{result.status:<8} {result.name:<15} {result.detail}")
    return results


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--version" in args:
        print(f"TIPdesk {__version__}")
        return 0
    results = run_self_test(lambda line: print(line, flush=True))
    failed = [r.name for r in results if r.status == "FAILED"]
    skipped = [r.name for r in results if r.status == "skipped"]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}")
        return 1
    print(f"self-test passed: {len(results) - len(skipped)} ok, {len(skipped)} skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
