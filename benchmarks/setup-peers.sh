#!/usr/bin/env bash
# Creates (or reuses) the Python virtual environment with the peer that `backbone bench pipeline`
# runs beside Backbone: DuckDB, for extract + aggregate. Not part of the Swift build or tests.
# usage: benchmarks/setup-peers.sh [VENV_DIR]   (default: .peers-venv, which git ignores)
# Splink, for `backbone bench link`, comes from ../shared/bench/setup-peers.sh into the same folder.
set -eu
venv=${1:-.peers-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q "duckdb==2.0.1"
echo "DuckDB $("$venv/bin/python" -c 'import duckdb; print(duckdb.__version__)') ready in $venv"
