#!/usr/bin/env bash
# Runs twinning, igraph and networkx side by side and prints times, ratios and peak memory.
#
#   Benchmarks/run.sh [--quick] [--skip-networkx]
#
# Creates Benchmarks/.venv (gitignored) with python-igraph, networkx, numpy and scipy from
# PyPI, builds twinning-bench in release mode, generates the 1-million-edge graph under
# Benchmarks/out/ (gitignored) and runs Benchmarks/run.py. Needs ../shared/datasets (the
# sister-city graph); without it only the generated graph is measured.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check igraph networkx numpy scipy
(cd "$root" && swift build -c release --product twinning-bench 2>&1 | tail -1)
exec "$venv/bin/python" "$here/run.py" --bench "$root/.build/release/twinning-bench" "$@"
