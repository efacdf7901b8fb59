#!/usr/bin/env python3
"""Makes mixing.json: networkx's attribute_mixing_matrix (normalized=False and True) on
graphs that exercise its conventions: an undirected graph (each edge counted in [a][b] and
[b][a], a self-loop once), a directed one (each arc once, in [from][to]), a multigraph (each
parallel edge counted: the weighted variant, weight = number of agreements), nodes without
the attribute (networkx's None category, written last as null), and the bundled
belarus-asia dataset by node type and by country (simple undirected projection).

Categories are passed as `mapping`, sorted by name with None last, so rows and columns have
a fixed order. Run from this folder: python3 make_mixing.py (networkx 3.x).
"""
import csv
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.join(HERE, "..", "..", "..", "..", "graphs", "belarus-asia")


def random_graph(G, seed, n, m, values):
    rng = random.Random(seed)
    for v in range(n):
        value = rng.choice(values)
        if value is None:
            G.add_node(v)
        else:
            G.add_node(v, group=value)
    for _ in range(m):
        G.add_edge(rng.randrange(n), rng.randrange(n))  # self-loops and repeats included
    return G


def belarus_asia(attribute):
    G = nx.Graph()
    with open(os.path.join(DATASET, "nodes.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            value = row[attribute]
            G.add_node(row["id"], **({"group": value} if value else {}))
    with open(os.path.join(DATASET, "agreements.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_edge(row["from"], row["to"])
    return G


def record(name, G):
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    values = [G.nodes[v].get("group") for v in nodes]
    present = sorted({x for x in values if x is not None})
    categories = present + ([None] if None in values else [])
    mapping = {x: i for i, x in enumerate(categories)}
    edges = [[index[u], index[v]] for u, v in G.edges()]
    matrix = nx.attribute_mixing_matrix(G, "group", mapping=mapping, normalized=False)
    normalized = nx.attribute_mixing_matrix(G, "group", mapping=mapping, normalized=True)
    return {
        "name": name,
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "values": values,
        "categories": categories,
        "edges": edges,
        "matrix": matrix.tolist(),
        "normalized": normalized.tolist(),
    }


def main():
    values = ["city", "firm", "region", None]
    graphs = [
        record("undirected", random_graph(nx.Graph(), 1, 20, 45, values)),
        record("directed", random_graph(nx.DiGraph(), 2, 20, 45, values)),
        record("multigraph", random_graph(nx.MultiGraph(), 3, 15, 50, values)),
        record("belarus-asia-type", belarus_asia("type")),
        record("belarus-asia-country", belarus_asia("country")),
    ]
    with open(os.path.join(HERE, "mixing.json"), "w", encoding="utf-8") as f:
        json.dump({"networkx": nx.__version__, "graphs": graphs}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
