"""Opening a SQLite database and bringing its schema up to date with Alembic.

A fast path compares the stored revision with the known head, so a normal start does not load
Alembic at all. Before migrating a user database that already holds data, a backup copy is made.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

from tipdesk.core.db import CatalogueBase, UserBase

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEADS = {"catalogue": "c0001", "user": "u0001"}
_METADATA = {"catalogue": CatalogueBase.metadata, "user": UserBase.metadata}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    # One connection per thread at a time (the pool sees to that); the GUI's worker thread and
    # the thread that opened the library may differ.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def upgrade(engine: Engine, which: str, db_path: Path) -> str | None:
    """Migrate the database to the head revision; return the backup path's name if one was made."""
    revision = current_revision(engine)
    if revision == HEADS[which]:
        return None
    backup = None
    if revision is not None and which == "user":
        backup = db_path.with_name(f"{db_path.stem}.before-{HEADS[which]}.bak")
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db_path, backup)
    _run_alembic(engine, which)
    return backup.name if backup else None


def _run_alembic(engine: Engine, which: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS / which))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        config.attributes["target_metadata"] = _METADATA[which]
        command.upgrade(config, "head")
