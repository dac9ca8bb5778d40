"""Run the whole test suite: everything but the window tests in one pytest process, then each
window test module in a pytest process of its own.

Why: PySide6 6.12 on Python 3.11 occasionally crashes the interpreter (a segmentation fault, not
a failing test) late in a long-lived QApplication that has hosted many windows; see the closing
notes. Each window module gets a fresh QApplication, and a module whose process is killed by a
signal is run once more; the crash and the rerun are reported, never hidden. A test that fails is
never rerun. Ends with one line of totals.

    python scripts/run_tests.py [extra pytest arguments]
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")


def run_pytest(args: list[str]) -> tuple[int, Counter[str]]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    last = ""
    assert process.stdout is not None
    for line in process.stdout:
        sys.stdout.write(line)
        if line.strip():
            last = line
    code = process.wait()
    totals: Counter[str] = Counter()
    for number, word in COUNTS.findall(last):
        totals["error" if word.startswith("error") else word] += int(number)
    return code, totals


def main(extra: list[str]) -> int:
    totals: Counter[str] = Counter()
    problems: list[str] = []
    window_modules = sorted((ROOT / "tests" / "gui").glob("test_*.py"))
    runs = [["tests", "--ignore=tests/gui", *extra]]
    runs += [[str(module.relative_to(ROOT)), *extra] for module in window_modules]
    for args in runs:
        code, counts = run_pytest(args)
        if code < 0:  # killed by a signal: a crash of the process, not a failing test
            problems.append(f"{args[0]}: the test process crashed (signal {-code}); run again")
            print(f"\n*** {args[0]}: the test process crashed (signal {-code}); running it again\n",
                  flush=True)
            code, counts = run_pytest(args)
        totals.update(counts)
        if code not in (0, 5):
            problems.append(f"{args[0]}: pytest exited with {code}")
    for problem in problems:
        print(f"note: {problem}")
    failed = totals["failed"] + totals["error"]
    skipped = f", {totals['skipped']} skipped" if totals["skipped"] else ""
    print(f"tests: {totals['passed']} passed, {failed} failed{skipped}")
    hard = [p for p in problems if "exited with" in p]
    return 1 if hard or failed or not totals["passed"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
