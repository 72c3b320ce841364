# Dossier: `make run` serves the API, `make test` checks everything.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: install run snapshot test lint openapi check-data types clean lint-openapi python-client mutation

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Granian, 2 workers x 2 threads, the fastest server measured (bench/results.md), forked from a
# process that has built the app once, serving it over RSGI (api/serve.py, api/rsgi.py).
run: snapshot
	$(BIN)/python -m api.serve --host $(HOST) --port $(PORT) --workers $(WORKERS) --threads 2

# The read-only SQLite snapshot of $$FLASK_DATA_DIR (default data/), built when missing or stale
# (keyed on the content of the data files and of the code), under build/snapshots/.
snapshot: $(STAMP)
	$(BIN)/flask --app api build-snapshot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy api schemas

# Randomized order (pytest-randomly; the seed is printed) across both cores (pytest-xdist).
test: lint
	$(BIN)/pytest -n 2

# Mutation testing (mutmut, pinned in the dev extra; [tool.mutmut] in pyproject.toml) over api/
# and schemas/ with the suite: not part of `make test`. Prints the score per area, writes
# docs/mutation.json and the survivors to build/mutation/. Builds run in the test process, so
# that mutmut sees the code they run. Incremental: mutants/ keeps every judgement, and a
# changed function's mutants are judged again. Every mutant is a night on 2 cores (about
# 7 s each); MUTATION_SAMPLE=N judges N more of the targeted areas, drawn with MUTATION_SEED.
MUTATION_SAMPLE ?= all
mutation: $(STAMP)
	mkdir -p build
	DOSSIER_BUILD_IN_PROCESS=1 $(BIN)/mutmut run --max-children 2 \
		$$($(BIN)/python -m tests.mutation_sample $(MUTATION_SAMPLE)) > build/mutation-run.log 2>&1 \
		|| { tail -c 3000 build/mutation-run.log; exit 1; }
	$(BIN)/python -m tests.mutation_report

openapi: $(STAMP)
	$(BIN)/flask --app api openapi write --format=yaml openapi.yaml

check-data: $(STAMP)
	$(BIN)/flask --app api check-data --sources $${DOSSIER_SOURCES:-../shared/sources}

# Benchmarks (bench/, results in bench/results.md): not part of `make test`; loopback only.
.PHONY: bench bench-smoke bench-servers bench-scale bench-exports bench-profile bench-abuse wrk
wrk:
	command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install -y wrk"; exit 1; }

bench: $(STAMP) wrk
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.servers
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.exports

bench-smoke: $(STAMP) wrk
	$(BIN)/python -m bench.run --smoke

bench-servers: $(STAMP) wrk
	$(BIN)/python -m bench.servers

bench-scale: $(STAMP) wrk
	$(BIN)/python -m bench.scale

bench-exports: $(STAMP)
	$(BIN)/python -m bench.exports

bench-profile: $(STAMP)
	$(BIN)/python -m bench.profile

# Clients that would hold a node (bench/abuse.py): stalled readers, silent and slow connections,
# concurrent first exports, SIGTERM meanwhile. ABUSE_DATA=dir serves a corpus already built
# (else a 1000x synthetic one is made); BEFORE=dir runs the same on another checkout, side by
# side; WRITE=1 writes bench/results.md. SHORT=1: about a minute, small and quick (CI runs it).
bench-abuse: $(STAMP)
	$(BIN)/python -m bench.abuse $(if $(SHORT),--short) $(if $(ABUSE_DATA),--data $(ABUSE_DATA)) \
		$(if $(BEFORE),--before $(BEFORE)) $(if $(WRITE),--write)

# Several nodes behind nginx, rehearsed on loopback (bench/cluster.py, deploy/nginx/): a
# rolling dataset update, a node killed, a graceful stop, a rate limit, the cache, a soak.
# Not part of `make test`. SHORT=1: a few seconds per scenario, the soak 30 s (what CI runs).
.PHONY: cluster-rehearsal nginx
nginx:
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || { echo "needs nginx: apt-get install -y nginx"; exit 1; }

cluster-rehearsal: $(STAMP) wrk nginx
	SHORT=$(SHORT) PYTHON=$(BIN)/python bench/cluster-rehearsal.sh

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache clients/typescript/node_modules

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

python-client: $(STAMP)
	$(BIN)/openapi-python-client generate --path openapi.yaml --meta none --overwrite \
		--config clients/python/config.yaml --output-path $(PYTHON_CLIENT)/dossier_client

# Debian's Chromium for the browser test (Playwright's own browser download does not work here).
.PHONY: browser-deps
browser-deps:
	test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; }
