"""Every visible text can be translated, every translation exists, and switching works live."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import compile_catalogue
from tests.sync.helpers import TestPublisher, expired_lifetimes
from tipdesk import Library
from tipdesk.gui.i18n import InterfaceLanguage, user_error_text
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import SourceExpired

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "tipdesk" / "gui"
TRANSLATIONS = ROOT / "ui" / "translations"
LANGS = ("es", "fr", "pt")

# Qt calls whose string arguments are shown to the user, and which arguments those are.
TEXT_SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "addItem": (0,),
    "addItems": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addButton": (0,),
    "showMessage": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setHeaderLabels": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QDockWidget": (0,),
    "QMessageBox": (1, 2),
    "about": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
}
UNTRANSLATED_OK = {"TIPdesk"}  # the product's name


def needs_translation(text: str) -> bool:
    text = re.sub(r"<[^>]*>", "", text)  # markup is not text
    for name in UNTRANSLATED_OK:
        text = text.replace(name, "")
    return bool(re.search(r"[^\W\d_]{2,}", text))


def literal_texts(node: ast.expr) -> list[str]:
    """The user-visible literal text in an argument: a plain string, an f-string's fixed parts,
    the items of a list of strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for item in node.elts for t in literal_texts(item)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return literal_texts(node.left) + literal_texts(node.right)
    return []


def untranslated_literals(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        for position in TEXT_SETTERS.get(name, ()):
            if position < len(node.args):
                for text in literal_texts(node.args[position]):
                    if needs_translation(text):
                        found.append(f"{filename}:{node.lineno}: {name}({text!r})")
    return found


def test_the_scanner_catches_plain_strings_and_accepts_tr() -> None:
    bad = """
label = QLabel("Search")
button.setText("Open")
self.setWindowTitle(f"{title} - Reader")
menu.addAction("Quit")
edit.setPlaceholderText("Type here")
widget.setToolTip("Close the tab")
box = QMessageBox(QMessageBox.Icon.Warning, "Problem", "It broke")
"""
    good = """
label = QLabel(self.tr("Search"))
button.setText(QCoreApplication.translate("X", "Open"))
self.setWindowTitle(f"{title} — TIPdesk")
menu.addAction(action)
edit.setText(name)
edit.setText("")
edit.setText("…")
"""
    assert len(untranslated_literals(bad, "bad.py")) == 8
    assert untranslated_literals(good, "good.py") == []


def test_every_visible_string_in_the_gui_is_translatable() -> None:
    problems = []
    for path in sorted(GUI.glob("*.py")):
        problems += untranslated_literals(path.read_text(encoding="utf-8"), path.name)
    assert problems == []


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"tipdesk_{lang}.ts"


@pytest.mark.parametrize("lang", (*LANGS, "en"))  # English: the plural forms only
def test_every_message_is_translated(lang: str) -> None:
    tree = ET.parse(ts_path(lang))
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None:
                missing.append(f"{context_name}: {source}")
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if translation.get("type") == "unfinished":
                    missing.append(f"{context_name}: {source} (unfinished)")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if not all(t and t.strip() for t in texts):
                missing.append(f"{context_name}: {source} (empty)")
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders(lang: str) -> None:
    """ "{path}" or "%n" in the English text must survive in the translation."""
    tree = ET.parse(ts_path(lang))
    broken = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        wanted = set(re.findall(r"\{\w+\}", source))
        for text in texts:
            if set(re.findall(r"\{\w+\}", text)) != wanted:
                broken.append(f"{source!r} -> {text!r}")
    assert broken == []


def test_the_catalogues_list_every_message_of_the_sources(tmp_path: Path) -> None:
    """Running lupdate now finds nothing that the committed .ts files lack."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "tipdesk" / "gui").glob("*.py"))]
    sources.append(str(TRANSLATIONS / "core_messages.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
            if (
                m.find("translation") is None
                or m.find("translation").get("type") not in ("vanished", "obsolete")
            )
        }

    new = messages(fresh) - messages(ts_path("es"))
    assert sorted(new) == []


def test_the_core_messages_file_is_up_to_date() -> None:
    """ui/translations/core_messages.py lists every QT_TRANSLATE_NOOP message of the core."""
    check = subprocess.run(
        [sys.executable, str(TRANSLATIONS / "extract_core.py"), "--check"], capture_output=True
    )
    assert check.returncode == 0, "run ui/translations/update.sh"


def test_core_messages_are_in_the_catalogue() -> None:
    root = ET.parse(ts_path("es")).getroot()
    tipdesk = [c for c in root.iter("context") if c.findtext("name") == "tipdesk"]
    sources = {m.findtext("source") for c in tipdesk for m in c.iter("message")}
    assert "Rebuilding the search index…" in sources
    assert "The library in {path} is in use by another TIPdesk window or command." in sources


def test_sync_messages_are_in_the_catalogue() -> None:
    root = ET.parse(ts_path("es")).getroot()
    sources = {m.findtext("source") for m in root.iter("message")}
    assert "another sync is already running for this library; wait for it to finish" in sources
    assert "cannot write the bundle to {dir}: {reason}" in sources


def test_a_real_sync_failure_reads_in_spanish(tmp_path: Path, qapp: QApplication) -> None:
    """A source whose signature expired, refused by a real sync, explained with the compiled
    Spanish catalogue the window uses."""
    publisher = TestPublisher(tmp_path / "publisher")
    publisher.write("doc-1")
    publisher.publish(expired_lifetimes())
    with Library.open(tmp_path / "data", bundled=False) as lib:
        client = SyncClient(lib)
        client.configure(trust=str(publisher.root_file))
        with pytest.raises(SourceExpired) as refused:
            client.sync([str(publisher.repo)])
    assert refused.value.message.startswith(f"the source {publisher.repo} is out of date")

    language = InterfaceLanguage(qapp)
    try:
        assert language.switch("es") == "es"
        text = user_error_text(refused.value)
    finally:
        language.uninstall()

    assert text.startswith(f"la fuente {publisher.repo} está desactualizada (su firma venció el ")
    assert f"el reloj de esta computadora indica {refused.value.params['clock']}" in text
    assert text.endswith("su biblioteca sigue funcionando sin conexión")
    assert "{" not in text


def compiled_from(ts: Path, folder: Path) -> bytes:
    """What lrelease makes of ``ts``, compiled on its own for comparison."""
    qm = folder / f"expected-{ts.stem}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm.read_bytes()


def assert_replaced_whole(qm: Path, reader_saw: bytes, old: bytes, new: bytes) -> None:
    """A reader that opened ``qm`` before the compile still has the complete old catalogue (the
    file was renamed over, not rewritten in place); the path now holds the new one; no temporary
    file is left behind."""
    assert reader_saw == old
    assert qm.read_bytes() == new
    assert sorted(p.name for p in qm.parent.iterdir() if ".tmp" in p.name) == []


def test_the_test_setup_replaces_a_catalogue_atomically(tmp_path: Path) -> None:
    work = tmp_path / "expected"
    work.mkdir()
    old, new = compiled_from(ts_path("fr"), work), compiled_from(ts_path("es"), work)
    folder = tmp_path / "translations"
    folder.mkdir()
    ts, qm = folder / "tipdesk_es.ts", folder / "tipdesk_es.qm"
    shutil.copy(ts_path("es"), ts)
    qm.write_bytes(old)
    with qm.open("rb") as reader:
        compile_catalogue(ts, qm)
        assert_replaced_whole(qm, reader.read(), old, new)


def test_compile_sh_replaces_a_stale_catalogue_atomically(tmp_path: Path) -> None:
    """ui/translations/compile.sh (run by bootstrap.sh and update.sh), in a copy of the layout."""
    work = tmp_path / "expected"
    work.mkdir()
    old, new = compiled_from(ts_path("fr"), work), compiled_from(ts_path("es"), work)
    checkout = tmp_path / "checkout"
    folder = checkout / "ui" / "translations"
    folder.mkdir(parents=True)
    (checkout / ".venv" / "bin").mkdir(parents=True)
    (checkout / ".venv" / "bin" / "pyside6-lrelease").symlink_to(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    shutil.copy(TRANSLATIONS / "compile.sh", folder / "compile.sh")
    ts, qm = folder / "tipdesk_es.ts", folder / "tipdesk_es.qm"
    shutil.copy(ts_path("es"), ts)
    qm.write_bytes(old)
    os.utime(qm, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))  # older than its .ts
    with qm.open("rb") as reader:
        subprocess.run(["bash", str(folder / "compile.sh")], check=True)
        assert_replaced_whole(qm, reader.read(), old, new)
