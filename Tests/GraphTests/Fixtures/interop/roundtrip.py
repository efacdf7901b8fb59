#!/usr/bin/env python3
"""Round trips through networkx and igraph for the interop tests of issue 9.

    roundtrip.py rewrite TOOL FORMAT INPUT OUTPUT
        Reads INPUT, a file Twinning wrote, with TOOL's reader for FORMAT, and writes OUTPUT
        with TOOL's own writer, as a user of that tool would. Prints what the tool saw as
        JSON ({"nodes", "edges", "directed", "multigraph"}).
        networkx formats: graphml, gexf, json (node-link), gml, pajek, edgelist
        (read_edgelist/write_edgelist with data, as a MultiDiGraph so that endpoint order holds).
        igraph formats: graphml, gml, pajek, ncol (reads Twinning's TSV edge table through
        Graph.TupleList, writes NCOL names and weights).

    roundtrip.py scenario DATASET GRAPHML JSON GEXF
        The networkx user of issue 9 on a dataset folder (DATASET, the reference: its
        agreements.csv) and the GraphML, node-link JSON and GEXF files Twinning wrote of it.
        For GraphML and JSON: read, build the directed view (an undirected agreement counts
        both ways), count strongly connected components, and count directed agreements whose
        endpoints come back reversed or not at all. For GEXF: whether nx.read_gexf accepts it.

    roundtrip.py versions

Used by Tests/GraphTests/InteropRoundTripTests.swift and
Tests/CLITests/NetworkxScenarioTests.swift. Written for networkx 3.6.1 and igraph 1.0.0
(scripts/setup.sh installs these versions).
"""
import csv
import json
import sys

import networkx as nx


def summary(nodes, edges, directed, multigraph):
    return {"nodes": nodes, "edges": edges, "directed": directed, "multigraph": multigraph}


def networkx_read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f), edges="edges")
    if fmt == "gml":
        return nx.read_gml(path)
    if fmt == "pajek":
        return nx.read_pajek(path)
    if fmt == "edgelist":
        return nx.read_edgelist(path, create_using=nx.MultiDiGraph, data=True)
    raise SystemExit(f"networkx: unknown format {fmt}")


def networkx_write(fmt, graph, path):
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "json":
        with open(path, "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(graph, edges="edges"), f, ensure_ascii=False)
    elif fmt == "gml":
        nx.write_gml(graph, path)
    elif fmt == "pajek":
        nx.write_pajek(graph, path)
    elif fmt == "edgelist":
        nx.write_edgelist(graph, path, data=True)
    else:
        raise SystemExit(f"networkx: unknown format {fmt}")


def networkx_rewrite(fmt, source, target):
    graph = networkx_read(fmt, source)
    networkx_write(fmt, graph, target)
    return summary(graph.number_of_nodes(), graph.number_of_edges(), graph.is_directed(), graph.is_multigraph())


def igraph_edge_table(path):
    """Twinning's TSV edge table (header row, RFC 4180 quoting) as igraph's TupleList builds it."""
    import igraph as ig
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header, body = rows[0], rows[1:]
    names = [name.split(":")[0] for name in header[2:]]
    return ig.Graph.TupleList(body, directed=True, edge_attrs=names)


def igraph_rewrite(fmt, source, target):
    import igraph as ig
    if fmt == "graphml":
        graph = ig.Graph.Read_GraphML(source)
        graph.write_graphml(target)
    elif fmt == "gml":
        graph = ig.Graph.Read_GML(source)
        graph.write_gml(target)
    elif fmt == "pajek":
        graph = ig.Graph.Read_Pajek(source)
        graph.write_pajek(target)
    elif fmt == "ncol":
        graph = igraph_edge_table(source)
        weights = "weight" if "weight" in graph.es.attributes() else None
        graph.write_ncol(target, names="name", weights=weights)
    else:
        raise SystemExit(f"igraph: unknown format {fmt}")
    return summary(graph.vcount(), graph.ecount(), graph.is_directed(), graph.has_multiple())


def reference_agreements(folder):
    """(id, from, to) of the directed agreements in a dataset folder's agreements.csv."""
    with open(f"{folder}/agreements.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(row["id"], row["from"], row["to"]) for row in rows
            if row.get("directed", "").strip().lower() == "true"]


def directed_view(graph):
    view = nx.DiGraph()
    view.add_nodes_from(graph)
    for u, v, data in graph.edges(data=True):
        view.add_edge(u, v)
        if not data.get("directed", graph.is_directed()):
            view.add_edge(v, u)
    return view


def endpoints_by_id(graph):
    found = {}
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            found[str(data.get("id", key))] = (u, v)
    else:
        for u, v, data in graph.edges(data=True):
            if "id" in data:
                found[str(data["id"])] = (u, v)
    return found


def user_scenario(graph, reference):
    found = endpoints_by_id(graph)
    reversed_ids = [i for i, a, b in reference if a != b and found.get(i) == (b, a)]
    missing_ids = [i for i, a, b in reference if found.get(i) not in ((a, b), (b, a))]
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "directed": graph.is_directed(),
            "strong_components": nx.number_strongly_connected_components(directed_view(graph)),
            "reversed": len(reversed_ids), "reversed_examples": reversed_ids[:3],
            "missing": len(missing_ids), "missing_examples": missing_ids[:3]}


def scenario(folder, graphml, node_link, gexf):
    reference = reference_agreements(folder)
    result = {"directed_agreements": len(reference)}
    for name, fmt, path in [("graphml", "graphml", graphml), ("json", "json", node_link)]:
        result[name] = user_scenario(networkx_read(fmt, path), reference)
    try:
        graph = nx.read_gexf(gexf)
        result["gexf"] = {"accepted": True, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    except Exception as error:  # the scenario reports the refusal itself
        result["gexf"] = {"accepted": False, "error": f"{type(error).__name__}: {error}"}
    return result


def versions():
    found = {"networkx": nx.__version__}
    try:
        import igraph
        found["igraph"] = igraph.__version__
    except ImportError:
        found["igraph"] = None
    return found


def main(argv):
    if len(argv) == 2 and argv[1] == "versions":
        print(json.dumps(versions()))
    elif len(argv) == 6 and argv[1] == "rewrite":
        tool, fmt, source, target = argv[2:]
        rewrite = {"networkx": networkx_rewrite, "igraph": igraph_rewrite}[tool]
        print(json.dumps(rewrite(fmt, source, target)))
    elif len(argv) == 6 and argv[1] == "scenario":
        print(json.dumps(scenario(*argv[2:]), ensure_ascii=False))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
