#!/usr/bin/env python3
"""Makes structural_holes.json: networkx's Burt constraint and effective size, weighted
(weight="weight") and unweighted (weight=None), on graphs that exercise every convention:
weighted undirected and directed graphs with self-loops, nodes with only a self-loop,
isolates, reciprocal arcs and sinks, Zachary's karate club (weighted), Les Misérables, and the
undirected projection of the bundled belarus-asia dataset (weight = number of agreements
between the pair).

The values come from networkx's node-by-node code path (`nodes=list(G)`), which follows the
definitions. In networkx 3.6 the default call (`nodes=None`, with scipy installed) takes a
vectorised path whose effective size divides by the wrong axis's maximum mutual weight, so
weighted and directed results differ from the definition (networkx pull request #8906), and
whose unweighted undirected effective size and NaN rules differ on self-loops.

Run from this folder: python3 make_structural_holes.py (networkx 3.x, standard library).
Deterministic: the random graphs use fixed seeds. NaN is written as null.
"""
import csv
import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.join(HERE, "..", "..", "..", "..", "graphs", "belarus-asia")


def random_graph(seed, n, m, directed, loops):
    rng = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    while G.number_of_edges() < m:
        u, v = rng.randrange(n - 1), rng.randrange(n - 1)  # node n-1 stays isolated
        if u == v:
            continue
        G.add_edge(u, v, weight=rng.randint(1, 4))
    for u in loops:
        G.add_edge(u, u, weight=2)
    G.add_edge(n, n, weight=1)  # a node whose only tie is a self-loop
    if directed:
        G.add_edge(0, n + 1, weight=1)  # a sink: in-arcs only
    return G


def belarus_asia():
    G = nx.Graph()
    with open(os.path.join(DATASET, "nodes.csv"), newline="", encoding="utf-8") as f:
        G.add_nodes_from(row["id"] for row in csv.DictReader(f))
    with open(os.path.join(DATASET, "agreements.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            u, v = row["from"], row["to"]
            w = G[u][v]["weight"] + 1 if G.has_edge(u, v) else 1
            G.add_edge(u, v, weight=w)
    return G


def clean(values, nodes):
    return [None if math.isnan(values[v]) else values[v] for v in nodes]


def record(name, G):
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [[index[u], index[v], d.get("weight", 1)] for u, v, d in G.edges(data=True)]
    return {
        "name": name,
        "directed": G.is_directed(),
        "nodes": [str(v) for v in nodes],
        "edges": edges,
        "constraint_weighted": clean(nx.constraint(G, nodes=nodes, weight="weight"), nodes),
        "constraint_unweighted": clean(nx.constraint(G, nodes=nodes), nodes),
        "effective_size_weighted": clean(nx.effective_size(G, nodes=nodes, weight="weight"), nodes),
        "effective_size_unweighted": clean(nx.effective_size(G, nodes=nodes), nodes),
    }


def main():
    graphs = [
        record("random-undirected", random_graph(1, 14, 30, False, loops=[2])),
        record("random-directed", random_graph(2, 12, 30, True, loops=[3])),
        record("sparse-directed", random_graph(3, 10, 12, True, loops=[])),
        record("karate", nx.karate_club_graph()),
        record("les-miserables", nx.les_miserables_graph()),
        record("belarus-asia", belarus_asia()),
    ]
    out = {"networkx": nx.__version__, "graphs": graphs}
    with open(os.path.join(HERE, "structural_holes.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
