"""The public API's promises and the command line's behaviour."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine

from tipdesk.core.migrate import HEADS, MIGRATIONS, current_revision
from tipdesk.resources import resource_path


def run_cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tipdesk", *args, "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=120)


def test_the_core_and_cli_never_load_qt() -> None:
    code = ("import sys, tipdesk, tipdesk.cli, tipdesk.cli.library, tipdesk.core.library, "
            "tipdesk.core.lint\n"
            "import pkgutil, importlib, tipdesk.core\n"
            "for m in pkgutil.walk_packages(tipdesk.core.__path__, 'tipdesk.core.'):\n"
            "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
            "tipdesk.cli.build_parser()\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_resources_are_found_from_the_checkout() -> None:
    library = resource_path("library")
    assert library.is_dir() and any(library.rglob("*.md"))


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tipdesk.core.catalogue import Catalogue
    from tipdesk.core.db import CatalogueBase, UserBase
    from tipdesk.core.userdata import UserData

    for name, opener, metadata in (("catalogue", Catalogue, CatalogueBase.metadata),
                                   ("user", UserData, UserBase.metadata)):
        store = opener(tmp_path / f"{name}.sqlite")
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], f"{name}: models differ from migrations: {diff}"
        assert current_revision(store.engine) == HEADS[name]
        store.close()


def test_known_heads_match_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    for name, head in HEADS.items():
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS / name))
        assert ScriptDirectory.from_config(config).get_current_head() == head


def test_user_database_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    from tipdesk.core.userdata import UserData

    path = tmp_path / "user.sqlite"
    store = UserData(path)
    store.add_note("doc", "keep me")
    store.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='u0000'")
    engine.dispose()
    # An unknown old revision cannot be migrated, but the backup is made before trying.
    with contextlib.suppress(Exception):  # alembic refuses the made-up revision
        UserData(path)
    backups = list(tmp_path.glob("user.before-*.bak"))
    assert len(backups) == 1
    restored = create_engine(f"sqlite:///{backups[0]}")
    with restored.connect() as conn:
        assert conn.exec_driver_sql("SELECT text FROM notes").scalar() == "keep me"


def test_cli_import_search_show_list_info(tmp_path: Path) -> None:
    data = tmp_path / "data"
    doc = tmp_path / "nota.md"
    doc.write_text("---\nid: nota-es\ntitle: Nota de campo\nlanguage: es\nkind: guide\n"
                   "topics: [protection]\npublisher: P\nsource_url: https://example.org\n"
                   "published: 2021\nversion: '1'\nsummary: Una nota.\n---\n\n# Nota\n\n"
                   "## Refugios {#refugios}\n\nLos refugios protegen a las víctimas.\n",
                   encoding="utf-8")
    assert run_cli("import", str(doc), data=data).returncode == 0
    result = run_cli("search", "refugio", "--json", "--lang", "es", data=data)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"query", "total", "suggestion", "facets", "hits"}
    assert payload["hits"][0]["id"] == "nota-es"
    assert payload["hits"][0]["section"] == "refugios"
    assert "<b>refugios</b>" in payload["hits"][0]["snippet"].lower()
    shown = run_cli("show", "nota-es", "--format", "html", data=data)
    assert 'id="refugios"' in shown.stdout
    listed = run_cli("list", "--lang", "es", "--json", data=data)
    assert any(d["id"] == "nota-es" for d in json.loads(listed.stdout))
    info = run_cli("info", data=data)
    assert "Documents:" in info.stdout and str(data) in info.stdout
    assert run_cli("reindex", data=data).returncode == 0


def test_cli_user_errors_are_one_line_with_exit_1(tmp_path: Path) -> None:
    result = run_cli("show", "no-such-document", data=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.strip() == "tipdesk: no document with the id 'no-such-document'"
    assert "Traceback" not in result.stderr
    bad = tmp_path / "bad.md"
    bad.write_text("---\nid: [x\n---\n")
    result = run_cli("import", str(bad), data=tmp_path / "data")
    assert result.returncode == 1 and "bad.md" in result.stderr and "Traceback" not in \
        result.stderr


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("search", "x", "--lang", "de", data=tmp_path / "d").returncode == 2
    result = subprocess.run([sys.executable, "-m", "tipdesk"], capture_output=True, text=True)
    assert result.returncode == 2


def test_the_progress_bar_draws_only_on_a_terminal(monkeypatch) -> None:
    import io

    from tipdesk.cli.progressbar import TerminalProgress
    from tipdesk.core.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    bar = TerminalProgress("Importing")  # no stream given: stderr, looked up now
    bar(Progress(2, 4, "guide.md"))
    bar.close()
    assert "Importing [###############---------------] 2/4 guide.md" in screen.getvalue()
    pipe = io.StringIO()
    TerminalProgress("Importing", pipe)(Progress(2, 4, "guide.md"))
    assert pipe.getvalue() == ""
