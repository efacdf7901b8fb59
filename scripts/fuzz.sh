#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ (address sanitizer on) and runs each for a while.
#
#   scripts/fuzz.sh [--seconds N | --runs N | --replay] [--seed S] [--out DIR] [--keep-going] [harness ...]
#
# With no harness named, runs them all (FUZZ_HARNESS=list names them), one after another.
# Each run starts from Fuzz/Corpus/<harness> (kept read-only: new inputs go to
# DIR/corpus/<harness>) with Fuzz/Dictionaries/<format>.dict, and writes what it finds
# (crash-*, timeout-*, oom-*) to DIR/findings/<harness>/ and its log to DIR/logs/<harness>.log.
# DIR defaults to .build-fuzz/out. --keep-going lets writer harnesses save failing round trips
# to DIR/findings/roundtrip/ and go on instead of stopping at the first.
# --seed S fixes libFuzzer's -seed (the same inputs with --runs, but only for one exact binary:
# a change anywhere in the code can lead the mutations elsewhere).
# --replay runs every seed-corpus input once (every past finding is in the corpus) and mutates
# nothing: the repeatable check CI runs (Tests/CLITests/FuzzSmokeTests.swift).
# Scratch files (dataset folders, SQLite, written outputs) go to /dev/shm when it is writable:
# a tmpfs makes the fsyncs of the atomic writes free and the writer harnesses about twice as fast.
# Default: 60 seconds per harness. Exits 1 when anything was found, 2 on a usage or build error.
# Prints one line per harness: name, executions, seconds, cov, ft, findings.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=60 runs="" seed="" out="$root/.build-fuzz/out" keep_going="" harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --replay) runs=0; shift ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --keep-going) keep_going=1; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done

scratch="$root/.build-fuzz"
mkdir -p "$scratch"
echo "fuzz.sh: building Fuzz/ (release, -sanitize=fuzzer,address) into $scratch" >&2
if ! swift build --package-path "$root/Fuzz" -c release --scratch-path "$scratch" \
     -Xswiftc -sanitize=fuzzer,address >"$scratch/fuzz-build.log" 2>&1; then
  grep -E "error" "$scratch/fuzz-build.log" >&2 || tail -20 "$scratch/fuzz-build.log" >&2
  echo "fuzz.sh: build failed (log: $scratch/fuzz-build.log)" >&2
  exit 2
fi
binary="$scratch/release/twinning-fuzz"

if [ ${#harnesses[@]} -eq 0 ]; then
  mapfile -t harnesses < <(FUZZ_HARNESS=list "$binary")
fi

# The dictionary of a harness: its format's (writers: the format written).
dictionary() {
  local format="${1#write-}"
  case "$format" in
    tsv|gephi) format=csv ;;
    neo4j) format=json ;;
  esac
  echo "$root/Fuzz/Dictionaries/$format.dict"
}

[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
export SWIFT_BACKTRACE=enable=no          # let libFuzzer report the crash and save the input
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
[ -n "$keep_going" ] && export FUZZ_KEEP_GOING="$out/findings/roundtrip"

status=0
printf 'harness\texecutions\tseconds\tcov\tft\tfindings\n'
for harness in "${harnesses[@]}"; do
  corpus="$out/corpus/$harness" findings="$out/findings/$harness" log="$out/logs/$harness.log"
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  [ -n "$seed" ] && limit+=(-seed="$seed")
  case "$harness" in
    dot|write-dot) max_len=2048 ;;     # modest: the DOT syntax check's limits are issue 12 item 3
    sqlite) max_len=32768 ;;           # a database is pages of 512 bytes or more
    *) max_len=8192 ;;
  esac
  # Pajek may declare up to a million unlisted vertices in a few bytes (InputLimits): linear
  # work, but writing and reading back a million vertices under the sanitizer takes tens of seconds.
  timeout=10
  case "$harness" in pajek|write-pajek) timeout=60 ;; esac
  seeds=()
  [ -d "$root/Fuzz/Corpus/$harness" ] && seeds=("$root/Fuzz/Corpus/$harness")
  start=$(date +%s)
  FUZZ_HARNESS="$harness" "$binary" "${limit[@]}" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2048 \
    -dict="$(dictionary "$harness")" -artifact_prefix="$findings/" -print_final_stats=1 \
    "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=1
  elapsed=$(( $(date +%s) - start ))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)
  coverage=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+).*/\1\t\2/' || true)
  # slow-unit-* only marks the slowest input so far: not a finding.
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  [ "$found" -gt 0 ] && status=1
  printf '%s\t%s\t%s\t%s\t%s\n' "$harness" "${executions:-?}" "$elapsed" "${coverage:-?	?}" "$found"
done
if [ -n "$keep_going" ] && [ -d "$out/findings/roundtrip" ] && [ -n "$(ls -A "$out/findings/roundtrip")" ]; then
  echo "fuzz.sh: round-trip failures saved in $out/findings/roundtrip" >&2
  status=1
fi
[ $status -ne 0 ] && echo "fuzz.sh: findings (see $out/findings, logs in $out/logs)" >&2
exit $status
