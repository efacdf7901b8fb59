import Graph
import Tables

/// The fill colour of every node, and the legend entries that explain them.
struct NodeColoring {
    /// Parallel to `dataset.nodes`.
    let colors: [String]
    /// What the colours mean, in legend order: (name, colour).
    let legend: [(name: String, color: String)]
    /// The legend's heading ("country", "community"...); nil when colours follow node types,
    /// which the node-type section already explains.
    let heading: String?

    /// The leading actor (highest `rank`) of each community with a colour of its own, in legend
    /// order; empty unless coloured by community. Large drawings name them.
    let leaders: [Int]

    /// Categories beyond the palette share one grey (`Palette.other`), listed last as "other (N)".
    /// `rank` orders the nodes within a community (`NodeSizing.rank`): the first is its leader,
    /// after whom the legend names it ("Paris (1,203)").
    init(_ dataset: Dataset, by colorBy: ColorBy, communities: [Int]?, theme: Theme, rank: [Double] = []) {
        switch colorBy {
        case .type:
            self.init(colors: dataset.nodes.map { theme.look(of: $0.type).color }, legend: [], heading: nil)
        case .country:
            self.init(categories: dataset.nodes.map(\.country), heading: "country", theme: theme)
        case .community:
            let keys = dataset.nodes.indices.map { i in communities.flatMap { i < $0.count ? $0[i] : nil } }
            var leader: [Int: Int] = [:]
            var size: [Int: Int] = [:]
            for (i, key) in keys.enumerated() {
                guard let key else { continue }
                size[key, default: 0] += 1
                let score = { (j: Int) in j < rank.count ? rank[j] : 0 }
                if let l = leader[key], score(l) >= score(i) { continue }
                leader[key] = i
            }
            var names: [String: String] = [:]
            for (key, l) in leader { names["community \(key)"] = "\(dataset.nodes[l].label) (\(size[key] ?? 0))" }
            self.init(categories: keys.map { $0.map { "community \($0)" } }, heading: "community (its leading actor)", theme: theme,
                      limit: ColorBy.communityColors, names: names)
            let leaders = leader.values.filter { colors[$0] != Palette.other && colors[$0] != Palette.missing }
            self.init(colors: colors, legend: legend, heading: heading,
                      leaders: leaders.sorted { (size[keys[$0]!] ?? 0, -$0) > (size[keys[$1]!] ?? 0, -$1) })
        case .attribute(let name):
            let values = dataset.nodes.map { $0.attributes[name] }
            let numbers = values.compactMap { $0?.numericValue }.filter(\.isFinite)
            if !numbers.isEmpty, numbers.count == values.compactMap({ $0 }).count {
                self.init(numeric: values.map { $0?.numericValue }, heading: name)
            } else {
                self.init(categories: values.map { $0?.description }, heading: name, theme: theme)
            }
        }
    }

    /// The most frequent categories get the palette's colours (ties by name, so the
    /// assignment is deterministic); nil means "unknown" and is drawn in `Palette.missing`.
    private init(categories: [String?], heading: String, theme: Theme, limit: Int? = nil, names: [String: String] = [:]) {
        var counts: [String: Int] = [:]
        for case let c? in categories { counts[c, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let palette = Array(theme.categoricalColors(count: ranked.count).prefix(limit ?? .max))
        let shown = min(ranked.count, palette.count)
        var colorOf: [String: String] = [:]
        var legend: [(name: String, color: String)] = []
        for (i, name) in ranked.prefix(shown).enumerated() {
            colorOf[name] = palette[i]
            legend.append((names[name] ?? name, palette[i]))
        }
        let others = ranked.count - shown
        let otherColor = Palette.other
        if others > 0 { legend.append(("other (\(others))", otherColor)) }
        if categories.contains(where: { $0 == nil }) { legend.append(("unknown", Palette.missing)) }
        self.init(colors: categories.map { $0.flatMap { colorOf[$0] } ?? ($0 == nil ? Palette.missing : otherColor) },
                  legend: legend, heading: heading)
    }

    /// Numbers on Tol's YlOrBr ramp from the smallest to the largest value.
    private init(numeric values: [Double?], heading: String) {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 0
        let span = high - low
        // The first two YlOrBr colours are nearly white: start at the third so every value shows.
        let ramp = Array(Palette.tolYlOrBr.dropFirst(2))
        let colors = values.map { v in
            guard let v, v.isFinite else { return Palette.missing }
            return ColorMath.interpolate(ramp, at: span > 0 ? (v - low) / span : 0.5)
        }
        var legend: [(name: String, color: String)] = [
            (low.formatted, ramp[0]), (high.formatted, ramp[ramp.count - 1]),
        ]
        if values.contains(where: { $0 == nil }) { legend.append(("unknown", Palette.missing)) }
        self.init(colors: colors, legend: span > 0 ? legend : Array(legend.dropFirst()), heading: heading)
    }

    private init(colors: [String], legend: [(name: String, color: String)], heading: String?, leaders: [Int] = []) {
        self.colors = colors
        self.legend = legend
        self.heading = heading
        self.leaders = leaders
    }
}
