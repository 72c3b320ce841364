#!/usr/bin/env bash
# `make cluster-rehearsal [SHORT=1]`: bench/cluster.py within a time bound, and whatever
# happens to it (a failure, Ctrl-C, the bound), every process group it started is ended:
# it lists each one (nodes, nginx) in build/cluster/pgids as it starts it.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
if [ -n "${SHORT:-}" ]; then limit=300; args=(--short); else limit=1500; args=(); fi
mkdir -p build/cluster
pgids=build/cluster/pgids
: > "$pgids"

cleanup() {
    while read -r pgid; do
        [ -n "$pgid" ] && kill -KILL -- "-$pgid" 2>/dev/null
    done < "$pgids"
    : > "$pgids"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# SIGTERM first, so that the harness cleans up and reports; SIGKILL 30 s later.
timeout --signal=TERM --kill-after=30 "$limit" "$PYTHON" -m bench.cluster "${args[@]}" "$@"
