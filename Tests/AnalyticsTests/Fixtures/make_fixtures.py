#!/usr/bin/env python3
"""Writes the analytics fixtures: one JSON file per graph with networkx's answers.

Run from anywhere with networkx 3.6.1 (`python3 make_fixtures.py`); the files land beside
this script. Nodes are renumbered 0..n-1 in networkx's node order; each file holds the edge
list (with weights) and, per measure, the value networkx computes (or {"error": name} when
networkx raises). Non-finite numbers are written as null.
"""
import json
import math
import os
import random
import warnings

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(value):
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def safe(function):
    try:
        return clean(function())
    except Exception as error:  # networkx raises for undefined measures
        return {"error": type(error).__name__}


def by_node(G, mapping):
    return [mapping[v] for v in G]


def undirected_measures(G, weighted):
    M = {}
    w = "weight"
    M["degree"] = [d for _, d in G.degree()]
    M["strength"] = [d for _, d in G.degree(weight=w)]
    M["degree_centrality"] = safe(lambda: by_node(G, nx.degree_centrality(G)))
    M["betweenness"] = by_node(G, nx.betweenness_centrality(G))
    M["betweenness_raw"] = by_node(G, nx.betweenness_centrality(G, normalized=False))
    M["betweenness_endpoints"] = by_node(G, nx.betweenness_centrality(G, endpoints=True))
    M["betweenness_endpoints_raw"] = by_node(G, nx.betweenness_centrality(G, normalized=False, endpoints=True))
    M["betweenness_weighted"] = by_node(G, nx.betweenness_centrality(G, weight=w))
    M["edge_betweenness"] = [[u, v, b] for (u, v), b in nx.edge_betweenness_centrality(G).items()]
    M["edge_betweenness_weighted_raw"] = [[u, v, b] for (u, v), b in
                                          nx.edge_betweenness_centrality(G, weight=w, normalized=False).items()]
    M["closeness"] = by_node(G, nx.closeness_centrality(G))
    M["closeness_plain"] = by_node(G, nx.closeness_centrality(G, wf_improved=False))
    M["closeness_weighted"] = by_node(G, nx.closeness_centrality(G, distance=w))
    M["harmonic"] = by_node(G, nx.harmonic_centrality(G))
    M["harmonic_weighted"] = by_node(G, nx.harmonic_centrality(G, distance=w))
    M["pagerank"] = safe(lambda: by_node(G, nx.pagerank(G)))
    M["pagerank_unweighted"] = safe(lambda: by_node(G, nx.pagerank(G, weight=None, alpha=0.9)))
    if len(G) > 0:
        pers = {v: (i % 3) for i, v in enumerate(G)}
        M["pagerank_personalized_input"] = [pers[v] for v in G]
        M["pagerank_personalized"] = safe(lambda: by_node(G, nx.pagerank(G, personalization=pers)))
    M["eigenvector"] = safe(lambda: by_node(G, nx.eigenvector_centrality(G)))
    M["eigenvector_weighted"] = safe(lambda: by_node(G, nx.eigenvector_centrality(G, weight=w, max_iter=500)))
    M["katz"] = safe(lambda: by_node(G, nx.katz_centrality(G, alpha=0.05)))
    M["katz_weighted_raw"] = safe(lambda: by_node(G, nx.katz_centrality(G, alpha=0.02, beta=0.5, weight=w, normalized=False)))
    M["triangles"] = safe(lambda: by_node(G, nx.triangles(G)))
    M["clustering"] = by_node(G, nx.clustering(G))
    M["clustering_weighted"] = by_node(G, nx.clustering(G, weight=w))
    M["average_clustering"] = safe(lambda: nx.average_clustering(G))
    M["average_clustering_nonzero"] = safe(lambda: nx.average_clustering(G, count_zeros=False))
    M["transitivity"] = nx.transitivity(G)
    M["square_clustering"] = by_node(G, nx.square_clustering(G))
    M["core_number"] = safe(lambda: by_node(G, nx.core_number(G)))
    M["components"] = nx.number_connected_components(G) if len(G) else 0
    M["component_sizes"] = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
    M["articulation_points"] = sorted(nx.articulation_points(G))
    M["bridges"] = sorted(tuple(sorted(e)) for e in nx.bridges(G))
    M["eccentricity"] = safe(lambda: by_node(G, nx.eccentricity(G)))
    M["eccentricity_weighted"] = safe(lambda: by_node(G, nx.eccentricity(G, weight=w)))
    M["diameter"] = safe(lambda: nx.diameter(G))
    M["radius"] = safe(lambda: nx.radius(G))
    M["diameter_weighted"] = safe(lambda: nx.diameter(G, weight=w))
    M["average_shortest_path_length"] = safe(lambda: nx.average_shortest_path_length(G))
    M["average_shortest_path_length_weighted"] = safe(lambda: nx.average_shortest_path_length(G, weight=w))
    M["density"] = nx.density(G)
    M["degree_assortativity"] = safe(lambda: nx.degree_assortativity_coefficient(G))
    M["degree_assortativity_weighted"] = safe(lambda: nx.degree_assortativity_coefficient(G, weight=w))
    M["attribute_assortativity"] = safe(lambda: nx.attribute_assortativity_coefficient(G, "group"))
    M["group"] = [G.nodes[v]["group"] for v in G]
    if len(G) > 0:
        s = next(iter(G))
        M["distances_from_first"] = clean([nx.single_source_shortest_path_length(G, s).get(v, math.inf) for v in G])
        M["weighted_distances_from_first"] = clean(
            [nx.single_source_dijkstra_path_length(G, s, weight=w).get(v, math.inf) for v in G])
        last = list(G)[-1]
        M["path_first_last_length"] = safe(lambda: nx.shortest_path_length(G, s, last))
        M["path_first_last_weighted_length"] = safe(lambda: nx.shortest_path_length(G, s, last, weight=w))
    M["modularity_groups"] = safe(lambda: modularity_of_groups(G, 1.0, w))
    M["modularity_groups_unweighted_res2"] = safe(lambda: modularity_of_groups(G, 2.0, None))
    louvain = [nx.community.modularity(G, nx.community.louvain_communities(G, seed=seed), weight=w)
               for seed in range(5)] if G.number_of_edges() else []
    M["louvain_modularity_best"] = max(louvain) if louvain else None
    M["louvain_modularity_mean"] = sum(louvain) / len(louvain) if louvain else None
    return M


def modularity_of_groups(G, resolution, weight):
    groups = {}
    for v in G:
        groups.setdefault(G.nodes[v]["group"], set()).add(v)
    return nx.community.modularity(G, list(groups.values()), weight=weight, resolution=resolution)


def directed_measures(G):
    M = {}
    w = "weight"
    M["degree"] = [d for _, d in G.degree()]
    M["in_degree_centrality"] = by_node(G, nx.in_degree_centrality(G))
    M["out_degree_centrality"] = by_node(G, nx.out_degree_centrality(G))
    M["strength"] = [d for _, d in G.degree(weight=w)]
    M["betweenness"] = by_node(G, nx.betweenness_centrality(G))
    M["betweenness_raw"] = by_node(G, nx.betweenness_centrality(G, normalized=False))
    M["betweenness_weighted"] = by_node(G, nx.betweenness_centrality(G, weight=w))
    M["betweenness_endpoints"] = by_node(G, nx.betweenness_centrality(G, endpoints=True))
    M["edge_betweenness"] = [[u, v, b] for (u, v), b in nx.edge_betweenness_centrality(G).items()]
    M["edge_betweenness_weighted_raw"] = [[u, v, b] for (u, v), b in
                                          nx.edge_betweenness_centrality(G, weight=w, normalized=False).items()]
    M["closeness"] = by_node(G, nx.closeness_centrality(G))
    M["closeness_weighted"] = by_node(G, nx.closeness_centrality(G, distance=w))
    M["harmonic"] = by_node(G, nx.harmonic_centrality(G))
    M["core_number"] = safe(lambda: by_node(G, nx.core_number(G)))
    M["clustering"] = by_node(G, nx.clustering(G))
    M["clustering_weighted"] = by_node(G, nx.clustering(G, weight=w))
    M["average_clustering"] = nx.average_clustering(G)
    M["square_clustering"] = by_node(G, nx.square_clustering(G))
    dangling = {v: 1 + v % 2 for v in G}
    M["pagerank_dangling"] = safe(lambda: by_node(G, nx.pagerank(G, dangling=dangling)))
    M["closeness_weighted_plain"] = by_node(G, nx.closeness_centrality(G, distance=w, wf_improved=False))
    M["harmonic_weighted"] = by_node(G, nx.harmonic_centrality(G, distance=w))
    M["eccentricity"] = safe(lambda: by_node(G, nx.eccentricity(G)))
    M["diameter"] = safe(lambda: nx.diameter(G))
    M["average_shortest_path_length"] = safe(lambda: nx.average_shortest_path_length(G))
    M["modularity_groups"] = safe(lambda: modularity_of_groups(G, 1.0, w))
    M["group"] = [G.nodes[v]["group"] for v in G]
    M["attribute_assortativity"] = safe(lambda: nx.attribute_assortativity_coefficient(G, "group"))
    M["eccentricity_weighted"] = safe(lambda: by_node(G, nx.eccentricity(G, weight=w)))
    M["edge_betweenness_weighted_raw"] = [[u, v, b] for (u, v), b in
                                          nx.edge_betweenness_centrality(G, weight=w, normalized=False).items()]
    M["betweenness_weighted_endpoints_raw"] = by_node(G, nx.betweenness_centrality(G, weight=w, normalized=False,
                                                                                    endpoints=True))
    M["katz_weighted_raw"] = safe(lambda: by_node(G, nx.katz_centrality(G, alpha=0.02, beta=0.5, weight=w,
                                                                         normalized=False)))
    M["pagerank"] = safe(lambda: by_node(G, nx.pagerank(G)))
    M["pagerank_unweighted"] = safe(lambda: by_node(G, nx.pagerank(G, weight=None)))
    M["eigenvector"] = safe(lambda: by_node(G, nx.eigenvector_centrality(G, max_iter=1000)))
    M["katz"] = safe(lambda: by_node(G, nx.katz_centrality(G, alpha=0.1)))
    try:
        import numpy as np
        A = nx.to_numpy_array(G, weight="weight")
        singular = np.linalg.svd(A, compute_uv=False)
        if len(singular) > 1 and singular[1] > singular[0] * (1 - 1e-3):
            raise ValueError("degenerate")  # the leading singular vector is not unique
        hubs, authorities = nx.hits(G)
        M["hits_hub"] = clean(by_node(G, hubs))
        M["hits_authority"] = clean(by_node(G, authorities))
    except Exception as error:
        M["hits_hub"] = M["hits_authority"] = {"error": str(error) if isinstance(error, ValueError)
                                               else type(error).__name__}
    M["weak_components"] = nx.number_weakly_connected_components(G)
    M["strong_components"] = nx.number_strongly_connected_components(G)
    M["strong_component_sizes"] = sorted((len(c) for c in nx.strongly_connected_components(G)), reverse=True)
    M["density"] = nx.density(G)
    M["degree_assortativity"] = safe(lambda: nx.degree_assortativity_coefficient(G))
    M["distances_from_first"] = clean(
        [nx.single_source_shortest_path_length(G, 0).get(v, math.inf) for v in G])
    return M


def sampled_measures(G):
    """Betweenness from k sampled sources; the sources are those networkx draws for the seed."""
    M = {}
    if len(G) < 10:
        return M
    k, seed = 7, 5
    M["sample_sources"] = random.Random(seed).sample(list(G.nodes()), k)
    M["betweenness_k"] = by_node(G, nx.betweenness_centrality(G, k=k, seed=seed))
    M["betweenness_k_raw"] = by_node(G, nx.betweenness_centrality(G, k=k, seed=seed, normalized=False))
    M["betweenness_k_endpoints"] = by_node(G, nx.betweenness_centrality(G, k=k, seed=seed, endpoints=True))
    M["betweenness_k_weighted_raw_endpoints"] = by_node(
        G, nx.betweenness_centrality(G, k=k, seed=seed, weight="weight", normalized=False, endpoints=True))
    M["edge_betweenness_k"] = [[u, v, b] for (u, v), b in
                               nx.edge_betweenness_centrality(G, k=k, seed=seed).items()]
    return M


def write(name, G, description):
    G = nx.convert_node_labels_to_integers(G, ordering="default")
    rng = random.Random(len(G) * 7 + 3)
    for v in G:
        G.nodes[v].setdefault("group", rng.choice("abc"))
        G.nodes[v]["group"] = str(G.nodes[v]["group"])
    directed = G.is_directed()
    data = {
        "name": name,
        "description": description,
        "directed": directed,
        "nodes": len(G),
        "edges": [[u, v, d.get("weight", 1)] for u, v, d in G.edges(data=True)],
        "measures": directed_measures(G) if directed else undirected_measures(G, True),
    }
    data["measures"].update(sampled_measures(G))
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")


def write_multigraph():
    """Several agreements between the same pair and self-loops: networkx's MultiGraph
    answers, to compare with the default projection (weight = number of agreements)."""
    M = nx.MultiGraph()
    M.add_edges_from([(0, 1), (0, 1), (1, 2), (2, 0), (2, 3), (3, 3), (3, 3), (3, 4), (4, 5), (4, 5), (4, 5),
                      (5, 6), (6, 4), (1, 1), (7, 8)])
    M.add_node(9)
    groups = ["a", "a", "a", "b", "b", "b", "b", "c", "c", "c"]
    measures = {
        "group": groups,
        "degree": [d for _, d in M.degree()],
        "pagerank": by_node(M, nx.pagerank(M)),
        "betweenness": by_node(M, nx.betweenness_centrality(M)),
        "closeness": by_node(M, nx.closeness_centrality(M)),
        "modularity_groups": nx.community.modularity(
            M, [{v for v in M if groups[v] == g} for g in "abc"]),
        "louvain_modularity_best": max(nx.community.modularity(M, nx.community.louvain_communities(M, seed=s))
                                       for s in range(5)),
    }
    W = nx.MultiGraph()
    W.add_nodes_from(M)
    for i, (u, v) in enumerate(M.edges()):
        W.add_edge(u, v, weight=1 + (3 * i) % 5)
    measures["weights"] = [d["weight"] for _, _, d in W.edges(data=True)]
    measures["closeness_weighted"] = by_node(W, nx.closeness_centrality(W, distance="weight"))
    measures["betweenness_weighted"] = by_node(W, nx.betweenness_centrality(W, weight="weight"))
    measures["strength_weighted"] = [d for _, d in W.degree(weight="weight")]
    data = {"name": "multigraph", "description": "a multigraph: parallel agreements, self-loops, an isolated node",
            "directed": False, "nodes": len(M), "edges": [[u, v, 1] for u, v in M.edges()], "measures": measures}
    with open(os.path.join(HERE, "multigraph.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


def main():
    write_multigraph()
    warnings.simplefilter("ignore")  # numpy warns on the 0/0 that networkx returns as nan
    karate = nx.karate_club_graph()
    for v in karate:
        karate.nodes[v]["group"] = karate.nodes[v]["club"]
    write("karate", karate, "Zachary's karate club (weighted by interactions; group = club)")
    write("lesmis", nx.les_miserables_graph(), "Les Misérables co-appearances (weighted)")
    write("florentine", nx.florentine_families_graph(), "Padgett's Florentine families (marriages)")
    davis = nx.davis_southern_women_graph()
    for v in davis:
        davis.nodes[v]["group"] = davis.nodes[v]["bipartite"]
    write("davis", davis, "Davis's southern women (bipartite; group = side)")
    rng = random.Random(42)
    g = nx.gnm_random_graph(60, 150, seed=1)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 4)
    write("random_int_weights", g, "G(60, 150) with integer weights 1..4 (many tied paths)")
    g = nx.gnm_random_graph(50, 110, seed=2)
    for u, v in g.edges:
        g[u][v]["weight"] = round(rng.uniform(0.1, 3.0), 3)
    write("random_float_weights", g, "G(50, 110) with real weights")
    g = nx.disjoint_union_all([nx.gnm_random_graph(12, 20, seed=3), nx.path_graph(4),
                               nx.complete_graph(5), nx.empty_graph(2)])
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 3)
    write("disconnected", g, "four components and two isolated nodes, integer weights")
    write("star", nx.star_graph(7), "a star with 7 leaves")
    write("path", nx.path_graph(9), "a path of 9 nodes")
    write("empty", nx.empty_graph(5), "5 nodes, no edges")
    write("null", nx.empty_graph(0), "no nodes")
    write("single", nx.empty_graph(1), "a single node")
    g = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 3), (1, 1), (3, 4)])
    for u, v in g.edges:
        g[u][v]["weight"] = 1 + (u + v) % 3
    write("selfloops", g, "a triangle with a tail and two self-loops")
    write("grid", nx.grid_2d_graph(5, 6), "a 5x6 grid (squares, no triangles)")
    d = nx.gnp_random_graph(40, 0.08, seed=5, directed=True)
    for u, v in d.edges:
        d[u][v]["weight"] = rng.randint(1, 5)
    write("directed_random", d, "directed G(40, 0.08) with integer weights")
    d = nx.DiGraph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 4), (1, 1), (0, 2), (3, 1)])
    for u, v in d.edges:
        d[u][v]["weight"] = 1 + (2 * u + v) % 4
    write("directed_small", d, "a directed cycle with chords feeding a 2-cycle, a source and a self-loop")
    d = nx.DiGraph(nx.cycle_graph(6, create_using=nx.DiGraph))
    d.add_edges_from([(0, 3), (3, 0), (1, 4)])
    write("directed_strong", d, "a strongly connected directed graph: a 6-cycle with chords")
    g = nx.planted_partition_graph(4, 40, 0.3, 0.01, seed=7)
    write("planted", g, "planted partition: 4 groups of 40, p_in 0.3, p_out 0.01")
    g = nx.gnm_random_graph(45, 70, seed=21)
    g.add_edges_from([(3, 3), (10, 10), (44, 44)])
    g.add_nodes_from([45, 46])
    for u, v in g.edges:
        g[u][v]["weight"] = round(rng.uniform(0.05, 2.0), 2)
    write("fuzz_selfloops_float", g, "sparse G(45, 70) with self-loops, isolated nodes and real weights")
    d = nx.gnp_random_graph(35, 0.05, seed=22, directed=True)
    d.add_edges_from([(1, 1), (2, 5), (5, 2)])
    for u, v in d.edges:
        d[u][v]["weight"] = round(rng.uniform(0.1, 3.0), 1)
    write("fuzz_directed_sparse", d, "sparse directed G(35, 0.05) with real weights, a self-loop, a 2-cycle")
    lfr = nx.LFR_benchmark_graph(300, 3, 1.5, 0.1, average_degree=8, min_community=20, max_community=60,
                                 seed=11)
    lfr.remove_edges_from(nx.selfloop_edges(lfr))
    planted = {}
    for v in lfr:
        planted.setdefault(frozenset(lfr.nodes[v]["community"]), len(planted))
    for v in lfr:
        lfr.nodes[v]["group"] = str(planted[frozenset(lfr.nodes[v]["community"])])
        del lfr.nodes[v]["community"]
    write("lfr", lfr, "LFR benchmark: 300 nodes, mixing 0.1, communities of 20 to 60 (group = planted)")


if __name__ == "__main__":
    main()
