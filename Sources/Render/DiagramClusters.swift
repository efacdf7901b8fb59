import Graph
import Tables

/// `cluster_` subgraphs: boxes around the nodes of one country, one community, or one
/// `within` parent (with the parent). Parents nest (a city's box inside its region's box inside its country's)
/// when the parent is itself a node with a parent; a cycle of `within` links is cut where it
/// closes. Clusters come in order of their key, so the text is deterministic.
struct DiagramClusters {
    let dataset: Dataset
    let by: ClusterBy
    let communities: [Int]?
    let scale: DiagramScale
    /// Each box's bounds when the nodes are pinned (`ClusterLayout.packed`), by key.
    var bounds: [String: ClusterBounds]? = nil

    /// The cluster subgraphs. Each node written inside a cluster has its entry in `nodeText`
    /// emptied, so the caller writes the rest at the top level.
    func write(nodeText: inout [String]) -> String {
        let (members, index, nestedKeys) = grouping()
        var out = ""
        var written = Set<String>()
        for key in members.keys.sorted() where !nestedKeys.contains(key) {
            out += cluster(key, members: members, index: index, depth: 1, nodeText: &nodeText, written: &written)
        }
        // Keys left unwritten sit on a cycle of `within` links: each becomes a top-level box.
        for key in members.keys.sorted() where !written.contains(key) {
            out += cluster(key, members: members, index: index, depth: 1, nodeText: &nodeText, written: &written)
        }
        return out
    }

    /// The boxes as items for `ClusterPacking`: top-level boxes with most members first (ties by
    /// key), then the nodes outside every box in `order`; inside a box, the `within` parent
    /// first, its members in `order`, then its nested boxes. `size` gives a node's cell, `title`
    /// the height a box's title takes.
    /// Nodes `isPoint` accepts gather in one block after a box's other members.
    func items(size: (Int) -> (width: Double, height: Double), title: Double, titleWidth: (String) -> Double,
               order byLabel: @escaping (Int, Int) -> Bool, isPoint: (Int) -> Bool) -> [ClusterPacking.Item] {
        let (members, index, nested) = grouping()
        var placed = Set<Int>()
        var visiting = Set<String>()
        func node(_ i: Int) -> ClusterPacking.Item {
            placed.insert(i)
            let s = size(i)
            return .node(index: i, width: s.width, height: s.height)
        }
        func box(_ key: String) -> ClusterPacking.Item? {
            guard visiting.insert(key).inserted else { return nil }
            var children: [ClusterPacking.Item] = []
            if by == .within, let p = index[key], !placed.contains(p) {
                children.append(node(p))
            }
            var boxes: [ClusterPacking.Item] = []
            var points: [ClusterPacking.Item] = []
            for i in (members[key] ?? []).sorted(by: byLabel) where !placed.contains(i) {
                let id = dataset.nodes[i].id
                if by == .within, members[id] != nil, index[id] == i, let inner = box(id) {
                    boxes.append(inner)
                } else if !placed.contains(i) {
                    if isPoint(i) { points.append(node(i)) } else { children.append(node(i)) }
                }
            }
            return .box(key: key, label: title, minWidth: titleWidth(self.title(of: key, index: index)), children: children + (points.isEmpty ? [] : [.group(points)]) + boxes)
        }
        let roots = members.keys.filter { !nested.contains($0) }.sorted {
            (members[$0]?.count ?? 0, $1) > (members[$1]?.count ?? 0, $0)
        }
        var items = roots.compactMap(box)
        // Keys on a cycle of `within` links, never reached from a root, become top-level boxes.
        items += members.keys.sorted().filter { !visiting.contains($0) }.compactMap(box)
        items += dataset.nodes.indices.filter { !placed.contains($0) }.sorted(by: byLabel).map(node)
        return items
    }

    /// Each key's members (in node order), the node index, and the keys whose box nests inside
    /// another: with `within`, a key that is a boxed node's id nests inside that node's own box.
    private func grouping() -> (members: [String: [Int]], index: [String: Int], nested: Set<String>) {
        var members: [String: [Int]] = [:]
        for i in dataset.nodes.indices {
            if let key = key(of: i) { members[key, default: []].append(i) }
        }
        let index = dataset.nodeIndex()
        let nested: Set<String> = by == .within ? Set(members.keys.filter { index[$0].flatMap(key(of:)) != nil }) : []
        return (members, index, nested)
    }

    private func key(of i: Int) -> String? {
        switch by {
        case .country: return dataset.nodes[i].country
        case .type: return dataset.nodes[i].type?.rawValue
        case .within: return dataset.nodes[i].within
        case .attribute(let name):
            guard let text = dataset.nodes[i].attributes[name]?.description, !text.isEmpty else { return nil }
            return text
        case .community:
            guard let communities, i < communities.count else { return nil }
            return String(communities[i])
        }
    }

    private func cluster(_ key: String, members: [String: [Int]], index: [String: Int], depth: Int,
                         nodeText: inout [String], written: inout Set<String>) -> String {
        guard written.insert(key).inserted else { return "" }
        let indent = String(repeating: "  ", count: depth)
        // Numbered, not named after the key: Graphviz writes the name raw (controls and all) into
        // the SVG's <title>, and a key ending in a backslash would end the quoted name early.
        var out = indent + "subgraph cluster_\(written.count) {\n"
        out += indent + "  graph" + DiagramDOTWriter.attributeList(attributes(key, index: index)) + ";\n"
        // A `within` box holds its parent node too: "Hubei" and everything within Hubei.
        if by == .within, let p = index[key], !nodeText[p].isEmpty {
            out += indent + "  " + nodeText[p]
            nodeText[p] = ""
        }
        for i in members[key] ?? [] {
            let id = dataset.nodes[i].id
            if by == .within, members[id] != nil, index[id] == i, !written.contains(id) {
                out += cluster(id, members: members, index: index, depth: depth + 1, nodeText: &nodeText, written: &written)
            } else if !nodeText[i].isEmpty {
                out += indent + "  " + nodeText[i]
                nodeText[i] = ""
            }
        }
        return out + indent + "}\n"
    }

    /// The title written at the top of `key`'s box.
    func title(of key: String, index: [String: Int]) -> String {
        let label: String
        switch by {
        case .country: label = key
        case .type: label = key.replacingOccurrences(of: "_", with: " ")
        case .attribute(let name): label = "\(name): \(key)"
        case .community: label = "community \(key)"
        // The parent node sits inside its box and names it; a parent that is not a node
        // (a bare id) labels the box instead.
        case .within: label = index[key] == nil ? key : ""
        }
        return label
    }

    private func attributes(_ key: String, index: [String: Int]) -> [(String, String)] {
        let label = title(of: key, index: index)
        let bb = bounds?[key].map { b in [("bb", "\(b.x0.formatted),\(b.y0.formatted),\(b.x1.formatted),\(b.y1.formatted)")] } ?? []
        return bb + [("label", label), ("style", "rounded,filled"), ("fillcolor", "#F2F2F280"), ("color", "#AAAAAA"),
                ("fontcolor", "#444444"), ("fontsize", (11 * scale.pageFontFactor).formatted), ("labeljust", "l"),
                ("labelloc", "t"), ("id", "cluster-" + DOMName.sanitised(key)), ("class", "cluster-" + DOMName.className(by.name))]
    }
}
