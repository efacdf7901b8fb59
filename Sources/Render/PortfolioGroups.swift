import Graph

/// How one side of a portfolio drawing is grouped: by country, then by region within the
/// country, by the rule `twinning rollup` uses (`Hierarchy`): an actor's region is the first
/// node of type region along its `within` chain (a region heads its own group; a capital
/// within the country itself, such as Minsk, heads its own; a country node is its own), its
/// country the first country node on the chain or its `country` field. Actors with no region
/// share their country's "no region" group; actors with no country share "no country".
///
/// The order here is only the starting one (countries, regions and actors by name, each
/// region's own node first); `PortfolioOrder` reorders to reduce crossings. Complexity:
/// O(n·h + n log n), h the depth of `within`.
struct PortfolioGroups {
    struct Group: Hashable {
        /// The region's name ("no region" for the actors without one).
        let title: String
        /// The region's own node, when it is on this side (drawn first in its group).
        let head: Int?
        /// Node indices, the head first.
        var members: [Int]

        /// A group is labelled with its region's name only when no name in it says it
        /// already: not when the region's own node is drawn first in the group, nor for
        /// country nodes alone.
        func showsTitle(in dataset: Dataset) -> Bool {
            head == nil && !members.allSatisfy { dataset.nodes[$0].type == .country }
        }
    }

    struct Block: Hashable {
        /// The country's name ("no country" for actors without one).
        let country: String
        var groups: [Group]

        /// A country's heading is left out when its only actors are country nodes (the
        /// country itself), which their names name.
        func showsHeading(in dataset: Dataset) -> Bool {
            !groups.allSatisfy { $0.members.allSatisfy { dataset.nodes[$0].type == .country } }
        }
    }

    static let noRegion = "no region"
    static let noCountry = "no country"

    var blocks: [Block]

    /// Every node index in drawing order.
    var order: [Int] { blocks.flatMap { $0.groups.flatMap(\.members) } }

    /// The groups of the nodes `members` (indices into `dataset.nodes`).
    init(members: [Int], dataset: Dataset, hierarchy: Hierarchy) {
        let onSide = Set(members)
        // Keyed by the hierarchy's groups, not their names: two regions may share a name.
        var countries: [Hierarchy.Group?: (name: String, regions: [Hierarchy.Group?: Group])] = [:]
        for i in members {
            let country = hierarchy.country(of: i)
            let region = hierarchy.region(of: i)
            var head: Int?
            if case .node(let r)? = region, onSide.contains(r) { head = r }
            let title = PortfolioGroups.name(region, in: dataset) ?? PortfolioGroups.noRegion
            if countries[country] == nil {
                countries[country] = (PortfolioGroups.name(country, in: dataset) ?? PortfolioGroups.noCountry, [:])
            }
            countries[country]!.regions[region, default: Group(title: title, head: head, members: [])].members.append(i)
        }
        blocks = countries.values.map { country in
            let groups = country.regions.values.map { group in
                var sorted = group
                sorted.members = group.members.sorted { PortfolioGroups.byLabel($0, $1, head: group.head, in: dataset) }
                return sorted
            }
            return Block(country: country.name, groups: groups.sorted(by: PortfolioGroups.byTitle))
        }.sorted(by: PortfolioGroups.byCountry)
    }

    init(blocks: [Block]) { self.blocks = blocks }

    private static func name(_ group: Hierarchy.Group?, in dataset: Dataset) -> String? {
        switch group {
        case .node(let v)?: return dataset.nodes[v].label
        case .synthetic(let name)?: return name
        case nil: return nil
        }
    }

    /// Names in alphabetical order without regard to case, then as written (deterministic).
    static func byName(_ x: String, _ y: String) -> Bool {
        let (fx, fy) = (x.lowercased(), y.lowercased())
        return fx != fy ? fx < fy : x < y
    }

    /// Blocks by country name, then by their first member (deterministic when names repeat).
    static func byCountry(_ x: Block, _ y: Block) -> Bool {
        x.country != y.country ? byName(x.country, y.country) : first(x) < first(y)
    }

    static func first(_ block: Block) -> Int { block.groups.first?.members.first ?? 0 }

    /// Groups by title, then by their first member (deterministic when titles repeat).
    static func byTitle(_ x: Group, _ y: Group) -> Bool {
        x.title != y.title ? byName(x.title, y.title) : (x.members.first ?? 0) < (y.members.first ?? 0)
    }

    /// The head first, then by label, then by index.
    static func byLabel(_ u: Int, _ v: Int, head: Int?, in dataset: Dataset) -> Bool {
        if u == head || v == head { return u == head && v != head }
        let (x, y) = (dataset.nodes[u].label, dataset.nodes[v].label)
        return x != y ? byName(x, y) : u < v
    }
}
