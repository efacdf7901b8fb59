#!/usr/bin/env python3
"""Reading and writing a million agreements: twinning beside igraph and networkx.

Called by Benchmarks/formats.sh. Every step runs in its own process; the parent measures its
wall time and its peak resident memory (os.wait4's ru_maxrss), so the numbers include
starting the program and, for Python, the interpreter. Steps:

- load:     read the 1M-edge edge list `u v weight` (twinning: `validate edges.txt`, which
            reads, builds the dataset and validates it; igraph: Read_Ncol; networkx:
            read_edgelist into a MultiGraph); twinning also loads the CSV with id, kind, date
            and weight columns that the conversions start from (their "write only" times
            subtract that load).
- write X:  read the edge list and write format X (twinning: `convert edges.csv -o OUT`;
            igraph / networkx: read the edge list, then their writer). The write alone is the
            step's time less the load time, shown as "write only".
- read X:   read the file just written (twinning: `validate OUT`; igraph / networkx: their reader).

Formats: SQLite (twinning's schema; the reference is Python's sqlite3 module inserting the
same rows in one transaction with executemany, then selecting them), GML, gzipped GraphML.
The graph is seeded (100,000 actors, 1,000,000 agreements with kind, date and integer
weight) and written to Benchmarks/out/ (gitignored).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out", "formats")

KINDS = ["twinning", "friendship", "cooperation", "memorandum", "investment"]


def generate(path_csv, path_plain, nodes, edges, seed):
    rng = random.Random(seed)
    with open(path_csv, "w") as csv, open(path_plain, "w") as plain:
        csv.write("source,target,id,kind,date,weight\n")
        for i in range(edges):
            u = rng.randrange(nodes)
            v = rng.randrange(nodes - 1)
            if v >= u:
                v += 1
            kind = KINDS[rng.randrange(len(KINDS))]
            date = f"{rng.randrange(1990, 2025)}-{rng.randrange(1, 13):02d}"
            weight = rng.randrange(1, 10)
            csv.write(f"n{u},n{v},e{i},{kind},{date},{weight}\n")
            plain.write(f"n{u} n{v} {weight}\n")


PY_STEP = r'''
import sys, json
tool, step, src, dst = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
if tool == "igraph":
    import igraph
    if step == "load":
        g = igraph.Graph.Read_Ncol(src, names=True, weights=True, directed=False)
    elif step.startswith("write"):
        g = igraph.Graph.Read_Ncol(src, names=True, weights=True, directed=False)
        fmt = step.split(":")[1]
        if fmt == "gml": g.write_gml(dst)
        elif fmt == "graphml.gz": g.write_graphmlz(dst)
    else:
        fmt = step.split(":")[1]
        g = igraph.Graph.Read_GML(src) if fmt == "gml" else igraph.Graph.Read_GraphMLz(src)
    print(json.dumps({"edges": g.ecount()}))
elif tool == "networkx":
    import networkx as nx
    def load():
        return nx.read_edgelist(src, create_using=nx.MultiGraph, data=[("weight", int)])
    if step == "load":
        g = load()
    elif step.startswith("write"):
        g = load()
        fmt = step.split(":")[1]
        if fmt == "gml": nx.write_gml(g, dst)
        elif fmt == "graphml.gz": nx.write_graphml(g, dst)
    else:
        fmt = step.split(":")[1]
        g = nx.read_gml(src) if fmt == "gml" else nx.read_graphml(src)
    print(json.dumps({"edges": g.number_of_edges()}))
elif tool == "sqlite3":
    import sqlite3, csv, os
    if step.startswith("write"):
        if os.path.exists(dst): os.remove(dst)
        db = sqlite3.connect(dst)
        db.execute("create table agreements (id text primary key, from_id text, to_id text, kind text, date text, weight integer)")
        with open(src) as f:
            rows = csv.reader(f); next(rows)
            with db:
                db.executemany("insert into agreements values (?,?,?,?,?,?)", ((r[2], r[0], r[1], r[3], r[4], int(r[5])) for r in rows))
        db.execute("create index agreements_from on agreements(from_id)")
        db.execute("create index agreements_to on agreements(to_id)")
        db.commit()
        n = db.execute("select count(*) from agreements").fetchone()[0]
    else:
        db = sqlite3.connect(src)
        n = len(db.execute("select * from agreements").fetchall())
    print(json.dumps({"edges": n}))
'''


def run(command):
    """Wall seconds, peak resident MB and stdout of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, out


def best(command, repeat):
    runs = [run(command) for _ in range(repeat)]
    return min(runs, key=lambda r: r[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-networkx", action="store_true")
    args = parser.parse_args()

    os.makedirs(OUT, exist_ok=True)
    csv_path = os.path.join(OUT, "edges.csv")
    plain_path = os.path.join(OUT, "edges.txt")
    if not os.path.exists(csv_path):
        generate(csv_path, plain_path, args.nodes, args.edges, seed=20261203)

    tw = args.twinning
    py = [args.python, "-c", PY_STEP]
    tools = ["igraph"] + ([] if args.skip_networkx else ["networkx"])
    rows = []

    def record(step, tool, result, repeat_note=""):
        seconds, mb, _ = result
        rows.append((step, tool, seconds, mb))
        print(f"{step:22} {tool:9} {seconds:8.2f} s {mb:8.0f} MB{repeat_note}", file=sys.stderr, flush=True)

    # The same whitespace edge list (`u v weight`) for the three tools; then the CSV with
    # id, kind, date and weight columns that the conversions below start from.
    record("load edge list", "twinning", best([tw, "validate", plain_path, "--quiet"], args.repeat))
    load = best([tw, "validate", csv_path, "--quiet"], args.repeat)
    record("load CSV with fields", "twinning", load)
    loads = {"twinning": load[0]}
    for tool in tools:
        r = best(py + [tool, "load", plain_path, "-"], args.repeat if tool == "igraph" else 1)
        loads[tool] = r[0]
        record("load edge list", tool, r)

    for fmt, ext, references in [("SQLite", "sqlite", ["sqlite3"]), ("GML", "gml", tools),
                                 ("GraphML gzip", "graphml.gz", tools)]:
        target = os.path.join(OUT, "agreements." + ext)
        r = best([tw, "convert", csv_path, "-o", target, "--quiet"], args.repeat)
        record(f"write {fmt}", "twinning", r)
        rows.append((f"write {fmt} only", "twinning", r[0] - loads["twinning"], r[1]))
        r = best([tw, "validate", target, "--quiet"], args.repeat)
        record(f"read {fmt}", "twinning", r)
        for tool in references:
            ref_target = os.path.join(OUT, f"{tool}." + ext)
            source = csv_path if tool == "sqlite3" else plain_path
            repeat = args.repeat if tool != "networkx" else 1
            r = best(py + [tool, f"write:{ext}", source, ref_target], repeat)
            record(f"write {fmt}", tool, r)
            if tool in loads:
                rows.append((f"write {fmt} only", tool, r[0] - loads[tool], r[1]))
            r = best(py + [tool, f"read:{ext}", ref_target, "-"], repeat)
            record(f"read {fmt}", tool, r)

    print("| step | tool | seconds | peak MB | twinning / tool |")
    print("|---|---|---:|---:|---:|")
    ours = {step: s for step, tool, s, _ in rows if tool == "twinning"}
    for step, tool, seconds, mb in rows:
        ratio = "" if tool == "twinning" else f"{ours[step] / seconds:.2f}" if seconds > 0 and step in ours else ""
        print(f"| {step} | {tool} | {seconds:.2f} | {mb:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
