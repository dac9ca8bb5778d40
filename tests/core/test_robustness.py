"""Trouble: damaged or missing index, a killed import, a second writer, a full disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tipdesk import Library
from tipdesk.core.errors import LibraryInUse, StorageError


def _library_with_docs(data: Path, write_doc, n: int = 3) -> list[Path]:
    paths = [write_doc(f"doc-{i}", f"# Doc {i}\n\nText number {i} about shelters.\n")
             for i in range(n)]
    with Library.open(data, bundled=False) as lib:
        assert len(lib.import_paths(paths).added) == n
    return paths


@pytest.mark.parametrize("damaged", ["*.seg", "_sections_*.toc"])
def test_a_damaged_index_is_rebuilt_and_the_user_told(tmp_path: Path, write_doc,
                                                      damaged: str) -> None:
    data = tmp_path / "data"
    _library_with_docs(data, write_doc)
    files = list((data / "index").glob(damaged))
    assert files
    for path in files:
        path.write_bytes(b"\x00\x01 garbage " * 10)
    with Library.open(data, bundled=False) as lib:
        assert lib.index_health.state == "rebuilt"
        assert lib.search("shelters").total == 3
        assert "rebuilt" in lib.info().index.message


def test_a_missing_index_is_rebuilt(tmp_path: Path, write_doc) -> None:
    data = tmp_path / "data"
    _library_with_docs(data, write_doc)
    for item in (data / "index").iterdir():
        item.unlink()
    (data / "index").rmdir()
    with Library.open(data, bundled=False) as lib:
        assert lib.index_health.state == "rebuilt"
        assert lib.search("shelters").total == 3


def test_only_one_writer_per_data_folder(tmp_path: Path) -> None:
    with Library.open(tmp_path / "data", bundled=False), pytest.raises(LibraryInUse) as info:
        Library.open(tmp_path / "data", bundled=False)
    assert "in use" in info.value.message


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, sys
        from tipdesk import Library
        lib = Library.open({str(tmp_path / "data")!r}, bundled=False)
        print("open", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Library.open(tmp_path / "data", bundled=False) as lib:
        assert lib.info().documents == 0


KILLED_IMPORT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from tipdesk import Library
    data, content, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    def progress(p):
        if p.done == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    with Library.open(data, bundled=False) as lib:
        lib.import_paths([content], progress=progress)
""")


@pytest.mark.parametrize("kill_at", [1, 7, 13])
def test_an_import_killed_half_way_is_finished_by_the_next_run(tmp_path: Path, write_doc,
                                                              kill_at: int) -> None:
    paths = [write_doc(f"doc-{i:02d}", f"# Doc {i}\n\nAbout labour inspection {i}.\n")
             for i in range(16)]
    content = paths[0].parent
    result = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(tmp_path / "data"),
                             str(content), str(kill_at)], capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL, result.stderr
    with Library.open(tmp_path / "data", bundled=False) as lib:
        stored = set(lib.metadata())
        assert lib.search("labour inspection").total == len(stored)  # index agrees
        report = lib.import_paths([content])
        assert len(report.added) + len(report.unchanged) == 16
        assert lib.search("labour inspection").total == 16
        assert lib.catalogue.pending_index() == ([], [])


def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path, write_doc) -> None:
    """The catalogue refuses to grow past its size limit, as SQLite does on a full disk."""
    data = tmp_path / "data"
    paths = _library_with_docs(data, write_doc)
    with Library.open(data, bundled=False) as lib:
        with lib.catalogue.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        big = write_doc("big", "# Big\n\n" + ("lots of words about many things " * 20000))

        def limit(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

        from sqlalchemy import event

        lib.catalogue.engine.dispose()
        event.listen(lib.catalogue.engine, "connect", limit)
        with pytest.raises(StorageError) as info:
            lib.import_paths([big])
        assert "full" in info.value.message
    with Library.open(data, bundled=False) as lib:
        assert lib.search("shelters").total == len(paths)
        assert "big" not in lib.metadata()
