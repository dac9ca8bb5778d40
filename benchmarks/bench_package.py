"""The packaged TIPdesk against its budgets; writes ``docs/benchmarks-package.md``.

1. **Archive size**: the bytes of ``dist/TIPdesk-<version>-linux-x86_64.tar.gz``.
2. **Unpacked size**: the archive unpacked into a temporary folder, summed two ways: the files'
   own sizes, and the disk blocks they take (``du``).
3. **Start to a usable window**: the bundle's real window on an X server (Xvfb, 1280x800). The
   launcher writes the time into ``TIPDESK_START_TS`` just before it starts the process; the
   bundle's start-up probe (``build/probes.py``, ``TIPDESK_STARTUP_PROBE=1``) prints the seconds
   since then at the main window's first Expose event (the window appears only once the library is
   open, so it is usable: typing searches at once) and quits. *Cold*: before each run, as root,
   ``sync; echo 3 > /proc/sys/vm/drop_caches`` empties the page cache, so the bundle's 160 MB and
   the data folder come from disk. *Warm*: the same again without dropping caches. *First start*:
   an empty data folder each time (the seed is copied in, the user database created); *later
   start*: the data folder of a previous start.
4. **Memory**: the real window on a data folder opened before; the probe
   (``TIPDESK_MEMORY_PROBE=1``) runs ten searches in four languages through the search panel, each
   waiting for the panel to paint its answer, then reads ``VmRSS`` (and the peak, ``VmHWM``) from
   ``/proc/self/status``.

    python -m benchmarks.bench_package [--build] [--runs N]     (make bench-package)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.corpora import REPO_ROOT
from benchmarks.measure import machine_info

REPORT = REPO_ROOT / "docs" / "benchmarks-package.md"
BUNDLE = REPO_ROOT / "dist" / "TIPdesk" / "TIPdesk"
BUDGETS = {"archive_mb": 80.0, "unpacked_mb": 200.0, "start_s": 1.5, "rss_mb": 250.0}
MB = 1_000_000
MIB = 1024 * 1024


def log(message: str) -> None:
    print(f"[bench-package {time.strftime('%H:%M:%S')}] {message}", flush=True)


def archive_path() -> Path:
    import tipdesk

    return REPO_ROOT / "dist" / f"TIPdesk-{tipdesk.__version__}-linux-x86_64.tar.gz"


# --- sizes ---------------------------------------------------------------------------------------
def unpacked_sizes(archive: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="tipdesk-unpacked-") as folder:
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="tar")
        files = [p for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink()]
        apparent = sum(p.stat().st_size for p in files)
        du = subprocess.run(["du", "-sk", folder], capture_output=True, text=True, check=True)
        blocks = int(du.stdout.split()[0]) * 1024
    return {"apparent": apparent, "disk": blocks, "files": len(files)}


# --- start-up and memory -------------------------------------------------------------------------
@contextmanager
def xvfb() -> Iterator[str]:
    display = 90
    while Path(f"/tmp/.X11-unix/X{display}").exists() or Path(f"/tmp/.X{display}-lock").exists():
        display += 1
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def drop_caches() -> bool:
    if os.geteuid() != 0:
        return False
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    return True


def run_probe(display: str, data_dir: Path, probe: str) -> str:
    env = {
        **os.environ,
        "DISPLAY": display,
        "TIPDESK_DATA_DIR": str(data_dir),
        probe: "1",
        "LANG": os.environ.get("LANG", "C.UTF-8"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env["TIPDESK_START_TS"] = f"{time.time():.6f}"
    done = subprocess.run([str(BUNDLE)], env=env, capture_output=True, text=True, timeout=180)
    wanted = ("first-expose", "memory")
    lines = [line for line in done.stdout.splitlines() if line.startswith(wanted)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{probe} run failed ({done.returncode}): {done.stdout}{done.stderr}")
    return lines[-1]


def start_times(display: str, runs: int, *, cold: bool, first: bool) -> list[tuple[float, float]]:
    """(wall seconds to the first Expose, CPU seconds the process used until then) per run."""
    times = []
    with tempfile.TemporaryDirectory(prefix="tipdesk-bench-") as folder:
        later = Path(folder) / "later"
        if not first:
            run_probe(display, later, "TIPDESK_STARTUP_PROBE")  # make the data folder once
        for run in range(runs):
            data = Path(folder) / f"first-{run}" if first else later
            if cold and not drop_caches():
                raise PermissionError("dropping the page cache needs root")
            _, wall, cpu = run_probe(display, data, "TIPDESK_STARTUP_PROBE").split()
            times.append((float(wall), float(cpu)))
    return times


def memory_after_searches(display: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="tipdesk-bench-") as folder:
        data = Path(folder) / "data"
        run_probe(display, data, "TIPDESK_STARTUP_PROBE")
        _, rss, peak, searches, hits = run_probe(display, data, "TIPDESK_MEMORY_PROBE").split()
    return {"rss": float(rss), "peak": float(peak), "searches": int(searches), "hits": int(hits)}


def load_average() -> float:
    return os.getloadavg()[0]


def wait_for_quiet(limit: float, patience_s: float) -> float:
    """Wait (up to ``patience_s``) until the 1-minute load average is under ``limit``."""
    deadline = time.monotonic() + patience_s
    while load_average() >= limit and time.monotonic() < deadline:
        log(f"load average {load_average():.2f}: waiting for < {limit} (other work is running)")
        time.sleep(20)
    return load_average()


# --- the report ----------------------------------------------------------------------------------
def spread(runs: list[tuple[float, float]], load: float) -> str:
    walls = [wall for wall, _ in runs]
    cpu = statistics.median(cpu for _, cpu in runs)
    return (
        f"median **{statistics.median(walls):.2f} s** (min {min(walls):.2f}, max {max(walls):.2f}; "
        f"n={len(walls)}); CPU time used by then: median {cpu:.2f} s; load average {load:.2f}"
    )


def median_wall(runs: list[tuple[float, float]]) -> float:
    return statistics.median(wall for wall, _ in runs)


def verdict(value: float, budget: float) -> str:
    return "within budget" if value < budget else "**OVER BUDGET**"


def write_report(results: dict, machine: dict[str, str], build_s: float | None) -> None:
    archive, sizes, starts, memory = (
        results["archive"], results["sizes"], results["starts"], results["memory"]
    )
    archive_mb = archive["bytes"] / MB
    unpacked_mb = sizes["apparent"] / MB
    first_cold = starts.get("first start, cold")
    worst_start = max(wall for runs, _ in starts.values() for wall, _ in runs)
    rows = [
        ("Archive (`.tar.gz`)", f"{archive_mb:.1f} MB ({archive['bytes'] / MIB:.1f} MiB)",
         f"< {BUDGETS['archive_mb']:.0f} MB", verdict(archive_mb, BUDGETS["archive_mb"])),
        ("Unpacked bundle", f"{unpacked_mb:.1f} MB in {sizes['files']} files "
         f"({sizes['disk'] / MB:.1f} MB of disk blocks)",
         f"< {BUDGETS['unpacked_mb']:.0f} MB", verdict(unpacked_mb, BUDGETS["unpacked_mb"])),
        ("Cold start to a usable window (first start)",
         f"{median_wall(first_cold[0]):.2f} s median" if first_cold else "not measured",
         f"< {BUDGETS['start_s']} s",
         verdict(median_wall(first_cold[0]), BUDGETS["start_s"]) if first_cold else "–"),
        ("Memory after opening the library and ten searches", f"{memory['rss']:.0f} MiB RSS "
         f"(peak {memory['peak']:.0f} MiB)", f"< {BUDGETS['rss_mb']:.0f} MB",
         verdict(memory["rss"] * MIB / MB, BUDGETS["rss_mb"])),
    ]
    lines = [
        "# Package benchmarks",
        "",
        "Written by `python -m benchmarks.bench_package` (`make bench-package`); how each figure "
        "is measured is in that module's docstring and summarised below. Budgets from issue 6.",
        "",
        "| figure | measured | budget | |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        "## Start to a usable window",
        "",
        "The bundle's real window on Xvfb (1280x800, no window manager). Time from just before the "
        "process is started (`TIPDESK_START_TS`) to the first Expose event of the main window, "
        "which is created only after the library has opened; the probe then quits. Cold runs drop "
        "the page cache first (`sync; echo 3 > /proc/sys/vm/drop_caches`, as root).",
        "",
        *[f"- {case}: {spread(runs, load)}" for case, (runs, load) in starts.items()],
        f"- slowest single run of all: {worst_start:.2f} s",
        "",
        "## Memory",
        "",
        f"The real window on a data folder opened before; the probe typed nothing but called the "
        f"search panel's own `search_for()` for {memory['searches']} queries in four languages "
        f"({memory['hits']} hits in all), each time waiting for the panel's `searchFinished` "
        f"(emitted after the results are painted), then read `/proc/self/status`: VmRSS "
        f"{memory['rss']:.1f} MiB, VmHWM (peak) {memory['peak']:.1f} MiB.",
        "",
        "## Sizes",
        "",
        f"`{archive['name']}`: {archive['bytes']:,} bytes. Unpacked into a temporary folder: "
        f"{sizes['apparent']:,} bytes in {sizes['files']} files (sum of file sizes), "
        f"{sizes['disk']:,} bytes of disk blocks (`du -sk`).",
        *([f"Build time (`scripts/package.sh`, this run): {build_s:.0f} s."] if build_s else []),
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in machine.items()],
        "",
        "This machine is shared with other work. The benchmark waits (up to a limit) for the "
        "1-minute load average to drop before each start-up case and reports the load it ran "
        "at; the CPU time the process used until its window appeared is the part no other "
        "process can inflate.",
        "",
    ]
    REPORT.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build the package first")
    parser.add_argument("--runs", type=int, default=5, help="runs per start-up case")
    parser.add_argument("--quiet-load", type=float, default=1.5,
                        help="wait until the 1-minute load average is under this (default 1.5)")
    parser.add_argument("--patience", type=float, default=300, help="longest wait, seconds")
    args = parser.parse_args(argv)
    build_s = None
    if args.build or not BUNDLE.exists() or not archive_path().exists():
        log("building the package")
        started = time.perf_counter()
        subprocess.run([str(REPO_ROOT / "scripts" / "package.sh")], check=True)
        build_s = time.perf_counter() - started
    machine = machine_info(REPO_ROOT)
    archive = archive_path()
    results: dict = {"archive": {"name": archive.name, "bytes": archive.stat().st_size}}
    log("unpacking the archive to measure it")
    results["sizes"] = unpacked_sizes(archive)
    cases = [("first start", True), ("later start", False)]
    results["starts"] = {}
    with xvfb() as display:
        for temperature in ("cold", "warm"):
            for label, first in cases:
                name = f"{label}, {temperature}"
                load = wait_for_quiet(args.quiet_load, args.patience)
                log(f"start-up: {name} ({args.runs} runs, load average {load:.2f})")
                try:
                    runs = start_times(display, args.runs, cold=temperature == "cold", first=first)
                    results["starts"][name] = (runs, load)
                except PermissionError as exc:
                    log(f"{name}: skipped ({exc})")
        log("memory after ten searches")
        results["memory"] = memory_after_searches(display)
    write_report(results, machine, build_s)
    log(f"wrote {REPORT}")
    print(REPORT.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
