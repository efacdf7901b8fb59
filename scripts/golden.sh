#!/usr/bin/env bash
# Runs every twinning command on the bundled dataset (and the analyses on the sister-city
# network, when ../shared is beside the repository) and keeps each command's standard output,
# standard error, exit status and written files in OUT, so that two builds can be compared
# byte for byte: scripts/golden.sh BIN_A /tmp/a && scripts/golden.sh BIN_B /tmp/b && diff -r /tmp/a /tmp/b
#
# usage: scripts/golden.sh TWINNING_BINARY OUT_DIR
set -uo pipefail
bin=$(realpath "$1"); out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out" && mkdir -p "$out"
out=$(realpath "$out")
# Inputs are reached by the same relative paths in every run, so that messages naming them
# compare equal: in/ holds links to the bundled dataset, the malformed fixtures and the
# sister-city network (read in place).
mkdir -p "$out/in"
ln -sfn "$root/graphs/belarus-asia" "$out/in/belarus-asia"
ln -sfn "$root/Tests/GraphTests/Fixtures/malformed" "$out/in/malformed"
ba=in/belarus-asia
sc_file="$root/../shared/datasets/wikidata-sister-cities/sister-cities.graphml"
[ -f "$sc_file" ] && ln -sfn "$(realpath "$sc_file")" "$out/in/sister-cities.graphml"
sc=in/sister-cities.graphml
n=0
run() {  # run NAME ARGS...: runs in OUT, so relative -o paths land there
    local name=$1; shift
    n=$((n + 1))
    (cd "$out" && "$bin" "$@" >"$name.stdout" 2>"$name.stderr"; echo $? >"$name.status")
}
for format in text csv json; do
    run "stats-$format" stats "$ba" --format "$format"
    run "centrality-$format" centrality "$ba" --format "$format"
    run "clustering-$format" clustering "$ba" --format "$format"
    run "communities-$format" communities "$ba" --seed 1 --format "$format"
    run "timeline-$format" timeline "$ba" --format "$format"
    run "brokerage-$format" brokerage "$ba" --format "$format"
    run "homophily-$format" homophily "$ba" --groups type --format "$format"
    run "ego-$format" ego "$ba" minsk --format "$format"
done
run validate validate "$ba" --strict
for bad in "$out"/in/malformed/*; do
    run "validate-bad-$(basename "$bad")" validate "in/malformed/$(basename "$bad")"
done
run centrality-all centrality "$ba" --measures degree,betweenness,closeness,harmonic,eigenvector,pagerank,katz,hits_hub,hits_authority --format csv
run centrality-weighted centrality "$ba" --weight agreements --format csv
run centrality-asof centrality "$ba" --as-of 2015 --format csv
run centrality-kind centrality "$ba" --kind twinning,friendship --format csv
run communities-leiden communities "$ba" --algorithm leiden --seed 3 --format csv
run communities-lp communities "$ba" --algorithm label-propagation --seed 3 --format csv
run path path "$ba" minsk harbin
run path-json path "$ba" minsk harbin --format json
run rollup-region rollup "$ba" --level region -o rollup-region.graphml
run rollup-country rollup "$ba" --level country -o "rollup-country.json"
run homophily-country homophily "$ba" --groups country --format csv
for ext in graphml gexf json gml net csv edgelist dot sqlite; do
    run "convert-$ext" convert "$ba" -o "ba.$ext"
done
run convert-folder convert "$ba" -o "ba-folder"
run convert-annotate convert "$ba" --type country,region -o "annotated.json" --annotate degree,pagerank,community --seed 2
run layout layout "$ba" --type country --layout neato --seed 2 -o "laid.json"
run render-svg render "$ba" -o "ba.svg" --quiet
run render-dot render "$ba" --size-by degree -o "ba-render.dot" --quiet
# Not compared: `--cluster-by` drawings. Graphviz 2.42's cgraph orders subgraphs by the
# address of their interned name, so dot places clusters differently from run to run.
run report-md report "$ba" -o "report.md" --quiet
run report-json report "$ba" -o "report.json" --quiet
run report-html report "$ba" -o "report.html" --quiet
if [ -f "$out/$sc" ]; then
    run sc-stats stats "$sc" --format csv
    run sc-centrality centrality "$sc" --measures degree,pagerank,eigenvector --format csv
    run sc-communities communities "$sc" --seed 1 --format csv
    run sc-clustering clustering "$sc" --format csv
fi
echo "$n commands; outputs in $out" >&2
