#!/usr/bin/env python3
"""Mutation campaign for Twinning's writers (issue 12): every readable format is mutated,
each mutant the reader accepts is converted to every writable format by the release
`twinning convert`, and each output is read back and compared with the mutant (`--writers-per-mutant K`: K
writable formats chosen at random per mutant, for a quicker campaign).

Seeds: the test fixtures (Tests/*/Fixtures, every file or dataset folder a reader takes) and
small conversions of graphs/belarus-asia (its first agreements and their actors) into every
format. Mutations: byte flips, deletions, duplications and swaps of lines or ranges, and
insertions of hostile tokens (quotes, backslashes, tabs, newlines, carriage returns, commas,
`#`, braces, control characters, RTL marks, a BOM, reserved words, numeric-looking ids). A
dataset folder is mutated one of its CSV files at a time.

For each mutant: `twinning convert MUTANT -o - --to json` gives the baseline (node ids,
agreement ids, counts); a refusal there is the reader's verdict and ends the mutant. Then for
each writable format: `convert MUTANT -o OUT`, and `convert OUT -o - --to json` reads it back.
Neo4j's folder (write only) is checked by reading its CSVs here. What counts as a failure:
- crash: a process ended by a signal (any command);
- hang: a process that ran longer than the timeout (10 s);
- refused-output: a writer exit 1 whose message is not a clear located refusal;
- unreadable: an output that Twinning cannot read back;
- different: read back with other node ids, agreement ids or counts than the format carries
  (edge lists carry only the endpoints; Pajek not the agreement ids).
A clear refusal (exit 1 with `error:` naming the output) is counted, not a failure.

Each failing mutant is saved in --failures (default /tmp/twinning-mutants) with a .txt saying
what happened. Usage:

    swift build -c release
    scripts/mutation_campaign.py --seed 1 --mutants 2000 [--jobs 2] [--binary .build/release/twinning]
"""
import argparse
import concurrent.futures
import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 10

# Output formats: (name, file name or folder, what the read-back must keep).
# keeps: "all" ids and counts; "edges" endpoints' ids and agreement ids/count; "pajek" node ids
# and agreement count; "neo4j" checked from its CSVs.
WRITERS = [
    ("native", "out-folder", "all"),
    ("graphml", "out.graphml", "all"),
    ("json", "out.json", "all"),
    ("gexf", "out.gexf", "all"),
    ("gml", "out.gml", "all"),
    ("sqlite", "out.sqlite", "all"),
    ("dot", "out.dot", "all"),
    ("csv", "out.csv", "edges"),
    ("tsv", "out.tsv", "edges"),
    ("edgelist", "out.edgelist", "edges"),
    ("gephi", "out-gephi.csv", "gephi"),
    ("pajek", "out.net", "pajek"),
    ("neo4j", "out-neo4j", "neo4j"),
]

SEED_EXTENSIONS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".csv": "csv", ".tsv": "tsv",
                   ".edgelist": "edgelist", ".dot": "dot", ".gml": "gml", ".net": "pajek", ".sqlite": "sqlite"}

TOKENS = [b'"', b"'", b"\\", b"\\\"", b"\t", b"\n", b"\r", b"\r\n", b" ", b",", b";", b"#", b"{", b"}", b"[", b"]",
          b"<", b">", b"&", b"&amp;", b"]]>", b"--", b"->", b"=", b":", b":int", b":double", b":bool", b"\x01", b"\x1b",
          b"\x1f", "\u200f".encode(), "\u202e".encode(), "\ufeff".encode(), "\u00a0".encode(), b"from", b"to", b"id",
          b"label", b"kind", b"date", b"weight", b"directed", b"graph", b"node", b"edge", b"strict", b"digraph",
          b"subgraph", b"key", b"type", b"source", b"target", b"1", b"01", b"1.0", b"-0", b"1e3", b"nan", b"inf",
          b"None", b"True", b"null", b"\"\"", b"*Vertices", b"2019-02-30", b"0000", b"-1"]


def run(args, timeout=TIMEOUT):
    """(kind, returncode, stdout, stderr): kind is ok, exit, crash or hang."""
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", None, b"", b""
    if p.returncode < 0:
        return "crash", p.returncode, p.stdout, p.stderr
    return ("ok" if p.returncode == 0 else "exit"), p.returncode, p.stdout, p.stderr


def summary_of_json(data):
    """Node ids, agreement ids (as a multiset) from node-link JSON text."""
    graph = json.loads(data)
    nodes = [str(n.get("id")) for n in graph.get("nodes", [])]
    links = graph.get("links", graph.get("edges", []))
    ids = [str(l.get("id", l.get("key", ""))) for l in links]
    ends = [(str(l.get("source")), str(l.get("target"))) for l in links]
    return {"nodes": nodes, "agreements": ids, "ends": ends}


def compare(base, back, keeps):
    """A difference as text, or None."""
    if keeps in ("all", "gephi", "pajek"):
        if sorted(base["nodes"]) != sorted(back["nodes"]):
            return f"node ids differ: {len(base['nodes'])} in, {len(back['nodes'])} back"
    else:
        endpoints = sorted({x for e in base["ends"] for x in e})
        if endpoints != sorted(back["nodes"]):
            return f"endpoint ids differ: {len(endpoints)} in, {len(back['nodes'])} back"
    if len(base["agreements"]) != len(back["agreements"]):
        return f"agreement count differs: {len(base['agreements'])} in, {len(back['agreements'])} back"
    if keeps != "pajek" and sorted(base["agreements"]) != sorted(back["agreements"]):
        return "agreement ids differ"
    if Counter(map(frozenset, base["ends"])) != Counter(map(frozenset, back["ends"])):
        return "agreement endpoints differ"
    return None


def check_neo4j(folder, base):
    try:
        with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
            actors = list(csv.reader(f))[1:]
        with open(os.path.join(folder, "agreements.csv"), newline="", encoding="utf-8") as f:
            agreements = list(csv.reader(f))[1:]
    except Exception as error:  # noqa: BLE001 - any failure to read is the finding
        return f"Neo4j CSVs do not read: {error}"
    if sorted(r[0] for r in actors) != sorted(base["nodes"]):
        return f"Neo4j actors differ: {len(base['nodes'])} in, {len(actors)} written"
    if len(agreements) != len(base["agreements"]):
        return f"Neo4j agreements differ: {len(base['agreements'])} in, {len(agreements)} written"
    return None


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        op = rng.randrange(7)
        pos = rng.randrange(len(data) + 1) if data else 0
        if op == 0 and data:  # flip a byte
            data[min(pos, len(data) - 1)] = rng.randrange(1, 256)
        elif op <= 2:  # insert a hostile token
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 3 and data:  # delete a range
            data[pos:pos + rng.randrange(1, 8)] = b""
        elif op == 4 and data:  # duplicate a line
            lines = bytes(data).split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            data = bytearray(b"\n".join(lines))
        elif op == 5 and data:  # swap two lines
            lines = bytes(data).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
        elif data:  # replace a token of the line with a hostile one
            end = pos
            while end < len(data) and data[end:end + 1] not in (b",", b"\t", b" ", b"\n", b'"', b"<", b">"):
                end += 1
            data[pos:end] = rng.choice(TOKENS)
    return bytes(data).replace(b"\x00", b"\x01")


def make_seeds(binary, work):
    """(path, format) of every seed: fixtures, then belarus-asia conversions."""
    seeds = []
    for root in [os.path.join(REPO, "Tests")]:
        for folder, dirs, files in os.walk(root):
            if "nodes.csv" in files and "agreements.csv" in files:
                seeds.append((folder, "native"))
                dirs[:] = []
                continue
            for name in files:
                ext = os.path.splitext(name)[1]
                if ext in SEED_EXTENSIONS and os.path.getsize(os.path.join(folder, name)) < 200_000:
                    seeds.append((os.path.join(folder, name), SEED_EXTENSIONS[ext]))
    small = os.path.join(work, "seed-belarus")
    os.makedirs(small, exist_ok=True)
    source = os.path.join(REPO, "graphs", "belarus-asia")
    with open(os.path.join(source, "agreements.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, agreements = rows[0], rows[1:41]
    ends = {r[header.index("from")] for r in agreements} | {r[header.index("to")] for r in agreements}
    with open(os.path.join(source, "nodes.csv"), newline="", encoding="utf-8") as f:
        nrows = list(csv.reader(f))
    nheader = nrows[0]
    nodes = [r for r in nrows[1:] if r[0] in ends]
    kept = {r[0] for r in nodes}
    within = nheader.index("within")
    for r in nodes:
        if r[within] not in kept:
            r[within] = ""
    for name, table in [("nodes.csv", [nheader] + nodes), ("agreements.csv", [header] + agreements)]:
        with open(os.path.join(small, name), "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(table)
    for extra in ["sources.csv", "metadata.csv"]:
        if os.path.exists(os.path.join(source, extra)):
            shutil.copy(os.path.join(source, extra), small)
    seeds.append((small, "native"))
    for name, out, _ in WRITERS:
        if name in ("native", "neo4j"):
            continue
        path = os.path.join(work, "seed-belarus-" + out)
        kind, *_ = run([binary, "convert", small, "-o", path, "--to", name, "--quiet"])
        if kind == "ok":
            seeds.append((path, "csv" if name == "gephi" else name))
    return seeds


def baseline(binary, path, fmt):
    kind, code, out, err = run([binary, "convert", path, "--from", fmt, "-o", "-", "--to", "json", "--quiet"])
    if kind != "ok":
        return kind, err
    try:
        return "ok", summary_of_json(out)
    except ValueError as error:
        return "bad-json", str(error).encode()


def one_mutant(task):
    """Runs every conversion of one mutant; returns (stats Counter, [(class, text)])."""
    binary, seed_path, fmt, index, rng_seed, root, per_mutant = task
    rng = random.Random(rng_seed)
    work = tempfile.mkdtemp(dir=root, prefix=f"m{index}-")
    stats, failures = Counter(), []
    try:
        if os.path.isdir(seed_path):
            mutant = os.path.join(work, "in-folder")
            shutil.copytree(seed_path, mutant)
            files = [f for f in sorted(os.listdir(mutant)) if f.endswith(".csv")]
            target = os.path.join(mutant, rng.choice(files))
            with open(target, "rb") as f:
                data = f.read()
            with open(target, "wb") as f:
                f.write(mutate(data, rng))
        else:
            mutant = os.path.join(work, "in" + os.path.splitext(seed_path)[1])
            with open(seed_path, "rb") as f:
                data = f.read()
            with open(mutant, "wb") as f:
                f.write(mutate(data, rng))
        kind, base = baseline(binary, mutant, fmt)
        stats["mutants"] += 1
        if kind in ("crash", "hang"):
            failures.append((kind, f"reading the mutant ({fmt}): {kind}"))
            return stats, failures, mutant, work
        if kind != "ok":
            stats["refused by reader"] += 1
            return stats, failures, mutant, work
        stats["accepted"] += 1
        writers = WRITERS if per_mutant >= len(WRITERS) else rng.sample(WRITERS, per_mutant)
        for name, out, keeps in writers:
            output = os.path.join(work, out)
            stats["conversions"] += 1
            kind, code, _, err = run([binary, "convert", mutant, "--from", fmt, "-o", output, "--to", name, "--quiet"])
            if kind in ("crash", "hang"):
                failures.append((kind, f"convert to {name}: {kind} {code}"))
                continue
            if kind == "exit":
                text = err.decode("utf-8", "replace")
                if "error:" in text and os.path.splitext(out)[0] in text:  # Gephi names its nodes table
                    stats["refused by writer"] += 1
                else:
                    failures.append(("refused-output", f"convert to {name} exit {code}: {text.strip()[:300]}"))
                continue
            if keeps == "neo4j":
                problem = check_neo4j(output, base)
                if problem:
                    failures.append(("different", f"{name}: {problem}"))
                continue
            back_format = "gephi" if name == "gephi" else name
            kind, back = baseline(binary, output, back_format)
            if kind in ("crash", "hang"):
                failures.append((kind, f"reading back {name}: {kind}"))
            elif kind != "ok":
                failures.append(("unreadable", f"{name} output does not read back: {back.decode('utf-8', 'replace').strip()[:300]}"))
            else:
                problem = compare(base, back, keeps)
                if problem:
                    failures.append(("different", f"{name}: {problem}"))
        return stats, failures, mutant, work
    except Exception as error:  # noqa: BLE001 - a campaign bug must not stop the campaign
        failures.append(("campaign-error", repr(error)))
        return stats, failures, None, work


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutants", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build", "release", "twinning"))
    parser.add_argument("--failures", default="/tmp/twinning-mutants")
    parser.add_argument("--writers-per-mutant", type=int, default=len(WRITERS),
                        help="convert each mutant to this many writable formats, chosen at random (default: all)")
    parser.add_argument("--formats", default="", help="only seeds of these input formats (comma-separated)")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"no twinning binary at {args.binary}: run `swift build -c release` first")
    root = tempfile.mkdtemp(prefix="twinning-campaign-")
    os.makedirs(args.failures, exist_ok=True)
    seeds = make_seeds(args.binary, root)
    if args.formats:
        wanted = set(args.formats.split(","))
        seeds = [s for s in seeds if s[1] in wanted]
    # Seeds the reader accepts get nine mutants in ten; malformed fixtures the rest.
    readable = [s for s in seeds if baseline(args.binary, s[0], s[1])[0] == "ok"]
    refused = [s for s in seeds if s not in readable]
    print(f"{len(readable)} readable seeds ({dict(Counter(f for _, f in readable))}), {len(refused)} malformed", flush=True)
    rng = random.Random(args.seed)
    tasks = []
    for index in range(args.mutants):
        pool = refused if refused and (not readable or rng.random() < 0.1) else readable
        path, fmt = rng.choice(pool)
        tasks.append((args.binary, path, fmt, index, rng.getrandbits(64), root, args.writers_per_mutant))
    totals, classes, by_format = Counter(), Counter(), Counter()
    print(f"seed {args.seed}: {len(seeds)} seed files, {args.mutants} mutants, {args.jobs} jobs", flush=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for done, (task, (stats, failures, mutant, work)) in enumerate(zip(tasks, pool.map(one_mutant, tasks)), 1):
            totals.update(stats)
            by_format[task[2]] += 1
            if failures and mutant:
                name = f"seed{args.seed}-m{task[3]}-{task[2]}-" + os.path.basename(mutant)
                destination = os.path.join(args.failures, name)
                (shutil.copytree if os.path.isdir(mutant) else shutil.copy)(mutant, destination)
                with open(destination.rstrip("/") + ".txt", "w", encoding="utf-8") as f:
                    f.write(f"from seed {task[1]}\n" + "\n".join(f"{c}: {t}" for c, t in failures) + "\n")
            for kind, text in failures:
                classes[kind] += 1
                print(f"  mutant {task[3]} ({task[2]}, from {os.path.relpath(task[1], REPO) if task[1].startswith(REPO) else os.path.basename(task[1])}): {kind}: {text}", flush=True)
            shutil.rmtree(work, ignore_errors=True)
            if done % 100 == 0:
                print(f"{done} mutants, {totals['conversions']} conversions, {sum(classes.values())} failures", flush=True)
    shutil.rmtree(root, ignore_errors=True)
    print(f"\nseed {args.seed}: {totals['mutants']} mutants ({dict(sorted(by_format.items()))})")
    print(f"  {totals['accepted']} read, {totals['refused by reader']} refused by the reader")
    print(f"  {totals['conversions']} conversions, {totals['refused by writer']} clear writer refusals")
    print(f"  failures: {dict(classes) if classes else 'none'}")
    sys.exit(1 if classes else 0)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    main()
