/// Articulation points (cut vertices) and bridges (cut edges) of an undirected graph.
///
/// Definitions: an articulation point is a node whose removal increases the number of
/// connected components; a bridge is an edge whose removal does.
///
/// Paper: J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 1973 (depth-first search with low
/// points), iterative here.
///
/// Complexity: O(n + m).
///
/// networkx conventions (`articulation_points`, `bridges`): undirected graphs; a directed
/// graph is read through its undirected view; self-loops are never bridges. Results are
/// sorted by node index (bridges as (u, v) with u < v).
public enum Biconnectivity {
    /// Articulation points, in increasing node order.
    public static func articulationPoints(of graph: CompactGraph) -> [Int] {
        var isCut = [Bool](repeating: false, count: graph.nodeCount)
        search(graph.undirected(), onCutVertex: { isCut[$0] = true }, onBridge: { _, _ in })
        return isCut.indices.filter { isCut[$0] }
    }

    /// Bridges as (u, v) with u < v, sorted.
    public static func bridges(of graph: CompactGraph) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        search(graph.undirected(), onCutVertex: { _ in }, onBridge: { result.append((min($0, $1), max($0, $1))) })
        return result.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// One depth-first search over every component, reporting cut vertices (possibly more
    /// than once) and bridges.
    static func search(_ g: CompactGraph, onCutVertex: (Int) -> Void, onBridge: (Int, Int) -> Void) {
        let n = g.nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var frames: [(v: Int, parent: Int, next: Int)] = []
        var time: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            frames.append((root, -1, g.offsets[root]))
            var rootChildren = 0
            while !frames.isEmpty {
                let (v, parent, next) = frames[frames.count - 1]
                if next < g.offsets[v + 1] {
                    frames[frames.count - 1].next += 1
                    let w = Int(g.neighbours[next])
                    if w == v || w == parent { continue }  // simple graph: one edge to the parent
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        frames.append((w, v, g.offsets[w]))
                        if v == root { rootChildren += 1 }
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                frames.removeLast()
                guard parent >= 0 else { continue }
                low[parent] = min(low[parent], low[v])
                if low[v] > discovery[parent] { onBridge(parent, v) }
                if parent != root && low[v] >= discovery[parent] { onCutVertex(parent) }
            }
            if rootChildren > 1 { onCutVertex(root) }
        }
    }
}
