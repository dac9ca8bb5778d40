# TIPdesk. The two commands a newcomer needs: `make run` and `make test`.
.PHONY: run test lint bench screenshots package package-test bench-package clean demo-repo

run:
	@scripts/bootstrap.sh run
	.venv/bin/python -m tipdesk.gui

test:
	@scripts/bootstrap.sh package  # test + PyInstaller, Xvfb, debootstrap: tests/test_package.py
	.venv/bin/ruff check .
	.venv/bin/python -m tipdesk lint-content
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/run_tests.py

lint:
	@scripts/bootstrap.sh test
	.venv/bin/ruff check .
	.venv/bin/mypy tipdesk/core

bench:
	@scripts/bootstrap.sh test
	.venv/bin/python -m benchmarks.run

demo-repo:
	@scripts/bootstrap.sh test
	.venv/bin/python -m tipdesk publish-demo $(or $(REPO),/tmp/tipdesk-demo-repo)

screenshots:
	scripts/screenshots.sh docs/screenshots

package:
	@scripts/bootstrap.sh package
	scripts/package.sh

package-test:
	@scripts/bootstrap.sh package
	scripts/package-test.sh

bench-package:
	@scripts/bootstrap.sh package
	.venv/bin/python -m benchmarks.bench_package

clean:
	rm -rf .venv .pytest_cache .ruff_cache .mypy_cache dist .pyinstaller
