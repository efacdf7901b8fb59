#!/bin/sh
# Leak check for the Graphviz bridge: builds render-bench and runs its `leak-check` mode
# (the fixture drawn in every layout and format, plus the error paths, several times) under
# valgrind. Passes when valgrind reports no memory error (invalid read, write or free) and
# no "definitely lost" block from our code. Leaks
# inside Graphviz 2.42 and the font libraries are suppressed by graphviz-2.42.supp (each
# entry explained there; the count is printed); blocks still reachable at exit (plugin
# tables, font caches, cgraph's error file) are one-time allocations and are not counted.
#
#     Tests/RenderTests/leak-check.sh [iterations]     (run from the package root)
set -eu
iterations="${1:-3}"
cd "$(dirname "$0")/../.."
swift build --product render-bench 2>&1 | grep -E "error" || true
log="$(mktemp)"
valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --suppressions=Tests/RenderTests/graphviz-2.42.supp \
    --num-callers=30 --log-file="$log" \
    .build/debug/render-bench leak-check --iterations "$iterations"
summary="$(grep -E "definitely lost:|indirectly lost:|suppressed:|ERROR SUMMARY" "$log" || true)"
echo "$summary"
if grep -q "definitely lost: [1-9]" "$log" || grep -q "ERROR SUMMARY: [1-9]" "$log"; then
    echo "leak-check: FAILED: definitely lost blocks or memory errors (valgrind log: $log)"
    grep -A12 -E "Invalid (read|write|free)|uninitialised" "$log" | head -60
    grep -A30 "definitely lost in" "$log" | head -120
    exit 1
fi
echo "leak-check: no definitely lost blocks and no memory errors (valgrind log: $log)"
