#!/usr/bin/env python3
"""Writes largest_component_reference.json: for analytics fixtures and two hand-made graphs,
the largest connected component as networkx picks it (max(nx.connected_components(G),
key=len): the first largest in node order) and its diameter, radius and average shortest path
length (unweighted), with nx.is_connected for the whole graph.

Run with networkx 3.6.1 (scripts/requirements.txt): `python3 make_largest_component_reference.py`.
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = ["disconnected", "selfloops", "karate", "lesmis", "empty", "single", "star", "davis", "grid"]


def load(name):
    with open(os.path.join(HERE, name + ".json")) as f:
        data = json.load(f)
    G = nx.Graph()
    G.add_nodes_from(range(data["nodes"]))
    G.add_edges_from((u, v) for u, v, _ in data["edges"])
    return G, data["edges"]


def reference(G):
    if len(G) == 0:
        return {"connected": None, "component": [], "diameter": None, "radius": None,
                "average_shortest_path_length": None}
    largest = max(nx.connected_components(G), key=len)
    core = G.subgraph(largest)
    return {
        "connected": nx.is_connected(G),
        "component": sorted(largest),
        "diameter": nx.diameter(core),
        "radius": nx.radius(core),
        "average_shortest_path_length": nx.average_shortest_path_length(core),
    }


def main():
    out = {"networkx": nx.__version__, "graphs": {}}
    for name in FIXTURES:
        G, edges = load(name)
        out["graphs"][name] = {"nodes": len(G), "edges": [[u, v] for u, v, _ in edges], **reference(G)}
    # Two components of equal size: the one holding the earliest node wins (nodes 0..2 come
    # after 3..5 in edge order but first in node order).
    tie = nx.Graph()
    tie.add_nodes_from(range(7))
    tie.add_edges_from([(3, 4), (4, 5), (0, 1), (1, 2)])
    out["graphs"]["tie"] = {"nodes": 7, "edges": [[3, 4], [4, 5], [0, 1], [1, 2]], **reference(tie)}
    # A larger component listed second, with a self-loop and a path through it.
    later = nx.Graph([(0, 1), (2, 3), (3, 4), (4, 5), (5, 2), (4, 4), (5, 6)])
    later.add_nodes_from(range(8))
    out["graphs"]["later"] = {"nodes": 8, "edges": [[u, v] for u, v in later.edges()], **reference(later)}
    with open(os.path.join(HERE, "largest_component_reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
