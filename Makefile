# Everyday tasks. `make test` is what CI runs (through .ci/run).
.PHONY: install test lint pdfs bench

install:
	python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'

test:
	.venv/bin/python -m pytest -q

lint:
	.venv/bin/ruff check src cli tests benchmarks fixtures

pdfs:  ## re-render the fixture PDFs from their texts
	.venv/bin/python fixtures/make_pdfs.py

bench:
	.venv/bin/python benchmarks/honest.py
