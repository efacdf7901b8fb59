#!/bin/sh
# Times the three drawings of Benchmarks/RENDER.md (small fixture, a few hundred nodes, the
# 10,055-node sister-city network) with the release build, and writes the PNG, SVG, PDF and
# DOT files to .build/render-bench/. Run from the package root:
#
#     Benchmarks/render-bench.sh [--only small|medium|large]
#
# The sister-city data is read from ../shared/datasets/wikidata-sister-cities (skipped with a
# message when absent).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product render-bench 2>&1 | grep -E "error|warning" || true
.build/release/render-bench --out .build/render-bench "$@"
