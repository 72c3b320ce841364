# Dossier: `make run` serves the API, `make test` checks everything.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2

# .venv is installed from uv.lock, the exact versions (and hashes) that pyproject.toml's ranges
# resolved to when `make lock` last ran. uv itself is pinned here and fetched with the
# machine's pip into build/, so that a fresh clone needs only Python 3.11+ and make.
UV_VERSION := 0.13.8
UV_DIR := build/uv-$(UV_VERSION)
UV := $(UV_DIR)/bin/uv
# uv's project environment is $(VENV), on this machine's Python (never one uv downloads).
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
# --locked: refuse a uv.lock that is not current with pyproject.toml (`make lock` makes it so).
SYNC := $(UV) sync --locked --python $(PYTHON)
# Installed packages come compiled to bytecode, and Python keeps what it compiles of ours (and
# pytest its rewritten test modules) whatever the shell says: with PYTHONDONTWRITEBYTECODE,
# every process of `make test` (each worker, each server it starts) compiled every import again.
export UV_COMPILE_BYTECODE := 1
unexport PYTHONDONTWRITEBYTECODE
# Stamps: the runtime (what `make run` and a node need) and the dev stack (runtime + dev extra).
RUNTIME := $(VENV)/.runtime
DEV := $(VENV)/.dev

.PHONY: install dev lock lock-check run snapshot test lint openapi download-doc doc-examples check-data types clean lint-openapi python-client orval-client orval-deps mutation

$(UV):
	$(PYTHON) -m pip install --quiet --quiet --root-user-action=ignore --target $(UV_DIR) uv==$(UV_VERSION)

# --inexact: what is installed beyond the runtime (the dev stack, after `make test`) stays.
$(RUNTIME): uv.lock pyproject.toml | $(UV)
	$(SYNC) --inexact
	touch $@

$(DEV): uv.lock pyproject.toml | $(UV)
	$(SYNC) --extra dev
	touch $@ $(RUNTIME)

# The runtime only: what `make run` serves with, and what a node installs.
install: $(RUNTIME)

# The runtime and the dev extra: linters, pytest, benchmarks, mutmut.
dev: $(DEV)

# Re-resolve pyproject.toml's ranges into uv.lock (`make lock UPGRADE=1`: newest in range);
# `make lint` fails while uv.lock is not current with pyproject.toml.
lock: | $(UV)
	$(UV) lock --python $(PYTHON) $(if $(UPGRADE),--upgrade)

# Granian, 2 workers x 2 threads, the fastest server measured (bench/results.md), forked from a
# process that has built the app once, serving it over RSGI (api/serve.py, api/rsgi.py); one
# JSON access log line per request on stdout, GET /metrics for Prometheus.
run: snapshot
	$(BIN)/python -m api.serve --host $(HOST) --port $(PORT) --workers $(WORKERS) --threads 2 --access-log

# The read-only SQLite snapshot of $$FLASK_DATA_DIR (default data/), built when missing or stale
# (keyed on the content of the data files and of the code), under build/snapshots/.
snapshot: $(RUNTIME)
	$(BIN)/flask --app api build-snapshot

# What lint runs is .pre-commit-config.yaml's list: uv.lock current, ruff check, ruff format
# --check, mypy --strict (ruff's and mypy's settings are pyproject.toml's).
lint: $(DEV)
	$(BIN)/pre-commit run --all-files

lock-check: | $(UV)
	$(UV) lock --check --python $(PYTHON)

# Randomized order (pytest-randomly; the seed is printed) across both cores (pytest-xdist),
# a worker that runs out of tests taking some of the other's (worksteal): a long test drawn
# late no longer leaves one core idle for its length.
test: lint
	$(BIN)/pytest -n 2 --dist worksteal

# Mutation testing (mutmut, pinned in the dev extra; [tool.mutmut] in pyproject.toml) over api/
# and schemas/ with the suite: not part of `make test`. Prints the score per area, writes
# docs/mutation.json and the survivors to build/mutation/. Builds run in the test process, so
# that mutmut sees the code they run. Incremental: mutants/ keeps every judgement, and a
# changed function's mutants are judged again. Every mutant is a night on 2 cores (about
# 7 s each); MUTATION_SAMPLE=N judges N more of the targeted areas, drawn with MUTATION_SEED.
# The tooling is tools/mutation/: a pytest plugin that only mutmut loads, the sample, the report.
MUTATION_SAMPLE ?= all
mutation: $(DEV)
	mkdir -p build
	DOSSIER_BUILD_IN_PROCESS=1 $(BIN)/mutmut run --max-children 2 \
		$$($(BIN)/python -m tools.mutation.sample $(MUTATION_SAMPLE)) > build/mutation-run.log 2>&1 \
		|| { tail -c 3000 build/mutation-run.log; exit 1; }
	$(BIN)/python -m tools.mutation.report

openapi: $(RUNTIME)
	$(BIN)/flask --app api openapi write --format=yaml openapi.yaml

# The table reference of docs/download.md, read from the snapshot of data/ (tools/download_doc.py).
download-doc: $(RUNTIME)
	$(BIN)/python -m tools.download_doc

# The responses README.md and docs/*.md show after each `$ curl` line, rewritten from the app
# (tools/doc_examples.py; docs/contributing.md, "Examples that cannot drift"): never edit one
# by hand. tests/test_doc_examples.py fails while any of them is not what the app answers.
doc-examples: $(RUNTIME)
	$(BIN)/python -m tools.doc_examples

check-data: $(RUNTIME)
	$(BIN)/flask --app api check-data --sources $${DOSSIER_SOURCES:-../shared/sources}

# Benchmarks (bench/, results in bench/results.md): not part of `make test`; loopback only.
.PHONY: bench bench-smoke bench-servers bench-scale bench-exports bench-profile bench-budget bench-abuse bench-observability bench-compression wrk
wrk:
	command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install -y wrk"; exit 1; }

bench: $(DEV) wrk
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.servers
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.exports

bench-smoke: $(DEV) wrk
	$(BIN)/python -m bench.run --smoke

bench-servers: $(DEV) wrk
	$(BIN)/python -m bench.servers

bench-scale: $(DEV) wrk
	$(BIN)/python -m bench.scale

bench-exports: $(DEV)
	$(BIN)/python -m bench.exports

bench-profile: $(DEV)
	$(BIN)/python -m bench.profile

# What any request costs at 10,000x (bench/budget.py): the aggregates counted at build and
# 320 generated requests of every operation and parameter, against a fresh `make run` server
# with its cache off; BEFORE=dir runs them against a checkout of the code before, side by side.
bench-budget: $(DEV)
	$(BIN)/python -m bench.budget $(if $(BEFORE),--before $(BEFORE)) $(if $(SCALE),--scale $(SCALE))

# Clients that would hold a node (bench/abuse.py): stalled readers, silent and slow connections,
# concurrent first exports, SIGTERM meanwhile. ABUSE_DATA=dir serves a corpus already built
# (else a 1000x synthetic one is made); BEFORE=dir runs the same on another checkout, side by
# side; WRITE=1 writes bench/results.md. SHORT=1: about a minute, small and quick (CI runs it).
bench-abuse: $(DEV)
	$(BIN)/python -m bench.abuse $(if $(SHORT),--short) $(if $(ABUSE_DATA),--data $(ABUSE_DATA)) \
		$(if $(BEFORE),--before $(BEFORE)) $(if $(WRITE),--write)

# What observing each request costs on the cached path (bench/observability.py): the code
# before (where this branch left main, BEFORE=dir for another checkout), now, and now with
# --access-log, side by side; writes bench/results.md. SMOKE=1: 1 s, one round, no results.md.
bench-observability: $(DEV) wrk
	$(BIN)/python -m bench.observability $(if $(BEFORE),--before $(BEFORE)) $(if $(SMOKE),--smoke)

# What compression costs the cached path and saves in bytes (bench/compression.py): the code
# before it (6caaab2, BEFORE=dir for another checkout), the commit that added it and now, each
# as `make run` starts it, wrk on the cached /v1/statements?limit=100 with no Accept-Encoding,
# gzip and br, side by side; the bytes of the page, openapi.yaml, the CSV export and the
# download in each coding; writes bench/results.md. SMOKE=1: 1 s, one round, no results.md.
bench-compression: $(DEV) wrk
	$(BIN)/python -m bench.compression $(if $(BEFORE),--before $(BEFORE)) $(if $(SMOKE),--smoke)

# Several nodes behind nginx, rehearsed on loopback (bench/cluster.py, deploy/nginx/): a
# rolling dataset update, a node killed, a graceful stop, a rate limit, the cache, a soak;
# judged from what Prometheus scraped too (deploy/prometheus/). Not part of `make test`.
# SHORT=1: a few seconds per scenario, the soak 30 s (what CI runs).
.PHONY: cluster-rehearsal nginx prometheus
nginx:
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || { echo "needs nginx: apt-get install -y nginx"; exit 1; }

prometheus:
	test -x /usr/bin/prometheus && test -x /usr/bin/prometheus-nginx-exporter || { echo "needs Prometheus: apt-get install -y prometheus prometheus-nginx-exporter"; exit 1; }

cluster-rehearsal: $(DEV) wrk nginx prometheus
	SHORT=$(SHORT) PYTHON=$(BIN)/python bench/cluster-rehearsal.sh

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache clients/typescript/node_modules \
		clients/a11y/node_modules clients/orval/node_modules clients/orval/build

# Typed TypeScript client: types generated from the committed contract, then the example
# client type-checked against them. Versions are pinned in clients/typescript/package-lock.json.
TS_CLIENT := clients/typescript

types:
	cd $(TS_CLIENT) && npm ci --no-audit --no-fund
	cd $(TS_CLIENT) && npm run --silent generate
	cd $(TS_CLIENT) && npm run --silent check

# The contract's linters: Redocly CLI (recommended ruleset, strict) and Spectral (spectral:oas),
# pinned in clients/lint/package-lock.json. Any error or warning of either fails.
LINT_CLIENTS := clients/lint

lint-openapi:
	cd $(LINT_CLIENTS) && npm ci --no-audit --no-fund
	cd $(LINT_CLIENTS) && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npm run --silent redocly
	cd $(LINT_CLIENTS) && npm run --silent spectral

# A Python client generated from the committed contract by openapi-python-client (pinned in
# the dev extra) into build/, never committed; tests/test_python_client.py proves it live.
PYTHON_CLIENT := build/python-client

python-client: $(DEV)
	$(BIN)/openapi-python-client generate --path openapi.yaml --meta none --overwrite \
		--config clients/python/config.yaml --output-path $(PYTHON_CLIENT)/dossier_client

# An Orval 7 client (its fetch client), pinned with TypeScript in clients/orval/package-lock.json:
# generated from the committed contract into clients/orval/build/, never committed, and compiled
# in strict mode with check.ts, the program that uses it; tests/test_orval_client.py runs that
# program against the app served on loopback (`node clients/orval/build/js/check.js BASE_URL`).
# Its packages are installed again only when package-lock.json changes (npm ci takes 10 s).
ORVAL_CLIENT := clients/orval
ORVAL_PACKAGES := $(ORVAL_CLIENT)/node_modules/.installed

$(ORVAL_PACKAGES): $(ORVAL_CLIENT)/package-lock.json
	cd $(ORVAL_CLIENT) && npm ci --no-audit --no-fund
	touch $@

# Its packages alone (CI installs them with the browser's, ahead of `make test`).
orval-deps: $(ORVAL_PACKAGES)

orval-client: $(ORVAL_PACKAGES)
	cd $(ORVAL_CLIENT) && npm run --silent generate
	cd $(ORVAL_CLIENT) && npm run --silent build

# What the browser tests need: Debian's Chromium (Playwright's own browser download does not
# work here), and axe-core, pinned in clients/a11y/package-lock.json, which the accessibility
# tests run in it (they are skipped without it).
A11Y_CLIENTS := clients/a11y

.PHONY: browser-deps
browser-deps:
	test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; }
	cd $(A11Y_CLIENTS) && npm ci --no-audit --no-fund
