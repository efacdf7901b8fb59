#!/usr/bin/env bash
# Reads and writes a million agreements with twinning, igraph and networkx side by side
# (SQLite, GML, gzipped GraphML, and loading an edge list) and prints a Markdown table of
# times, peak memory and ratios. See Benchmarks/formats.py.
#
#   Benchmarks/formats.sh [--skip-networkx] [--repeat N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check igraph==1.0.0 networkx==3.6.1
(cd "$root" && swift build -c release --product twinning 2>&1 | tail -1)
exec "$venv/bin/python" "$here/formats.py" --twinning "$root/.build/release/twinning" --python "$venv/bin/python" "$@"
