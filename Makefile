# Dossier: `make run` serves the API, `make test` checks everything.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: install run test lint openapi check-data bench types clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/gunicorn --bind $(HOST):$(PORT) --workers $(WORKERS) --worker-class gthread --threads 4 \
		--access-logfile - 'api:create_app()'

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy api schemas

test: lint
	$(BIN)/pytest

openapi: $(STAMP)
	$(BIN)/flask --app api openapi write --format=yaml openapi.yaml

check-data: $(STAMP)
	$(BIN)/flask --app api check-data --sources $${DOSSIER_SOURCES:-../shared/sources}

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
