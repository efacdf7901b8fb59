#!/usr/bin/env python3
"""Writes sister_cities_reference.json: networkx 3.6.1's answers on the Wikidata sister-city
graph of ../shared (the repository's sibling folder shared/), read as an undirected simple
graph (self-loops dropped) with nodes numbered in order of first appearance.

Exact all-pairs measures would take networkx minutes, so betweenness is taken from 50
sampled sources (networkx's own draw for seed 3, recorded) and closeness/harmonic for the
first 200 nodes; the other measures are complete.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(ROOT, "..", "shared", "datasets", "wikidata-sister-cities", "relations.tsv")


def main():
    index = {}
    G = nx.Graph()
    with open(DATA) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            u = index.setdefault(parts[0], len(index))
            v = index.setdefault(parts[1], len(index))
            G.add_node(u)
            G.add_node(v)
            if u != v:
                G.add_edge(u, v)
    nodes = sorted(G)
    k, seed = 50, 3
    sources = random.Random(seed).sample(list(G.nodes()), k)
    first = nodes[:200]
    closeness = {u: nx.closeness_centrality(G, u=u) for u in first}
    harmonic = nx.harmonic_centrality(G, nbunch=first)
    data = {
        "nodes": len(nodes),
        "edges": G.number_of_edges(),
        "sample_sources": sources,
        "betweenness_k": [v for _, v in sorted(nx.betweenness_centrality(G, k=k, seed=seed).items())],
        "closeness_first": [closeness[u] for u in first],
        "harmonic_first": [harmonic[u] for u in first],
        "pagerank": [v for _, v in sorted(nx.pagerank(G).items())],
        "core_number": [v for _, v in sorted(nx.core_number(G).items())],
        "clustering": [v for _, v in sorted(nx.clustering(G).items())],
        "transitivity": nx.transitivity(G),
        "components": nx.number_connected_components(G),
        "degree_assortativity": nx.degree_assortativity_coefficient(G),
        "louvain_modularity": nx.community.modularity(G, nx.community.louvain_communities(G, seed=1)),
    }
    with open(os.path.join(HERE, "sister_cities_reference.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
