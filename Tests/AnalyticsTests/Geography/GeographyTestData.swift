import Foundation
import Graph

/// Small placed networks for the geography tests (none depends on the bundled dataset).
enum GeographyTestData {
    /// Belarus and China: Minsk and Gomel, Harbin and Chongqing, a university within Minsk
    /// (placed through within), one within Harbin, Mogilev without a place (its agreement is
    /// left out), a self-loop at Minsk and a parallel pair Minsk–Harbin.
    static let smallNetwork = Dataset(
        nodes: [
            Node(id: "by", label: "Belarus", type: .country),
            Node(id: "cn", label: "China", type: .country),
            placed("minsk", "Minsk", within: "by", 53.9, 27.5667),
            placed("gomel", "Gomel", within: "by", 52.4345, 30.9754),
            Node(id: "bsu", label: "BSU", type: .university, within: "minsk"),
            placed("harbin", "Harbin", within: "cn", 45.75, 126.65),
            placed("chongqing", "Chongqing", within: "cn", 29.563, 106.5516),
            Node(id: "hit", label: "HIT", type: .university, within: "harbin"),
            Node(id: "mogilev", label: "Mogilev", type: .city, country: "Belarus"),
        ],
        agreements: [
            Agreement(id: "a1", from: "minsk", to: "harbin", kind: .twinning, date: PartialDate("1992")),
            Agreement(id: "a2", from: "minsk", to: "chongqing", kind: .friendship, date: PartialDate("2014-05")),
            Agreement(id: "a3", from: "gomel", to: "harbin", kind: .twinning, date: PartialDate("2011")),
            Agreement(id: "a4", from: "bsu", to: "hit", kind: .universityAgreement, date: PartialDate("2005")),
            Agreement(id: "a5", from: "minsk", to: "gomel", kind: .cooperation),
            Agreement(id: "a6", from: "mogilev", to: "chongqing", kind: .twinning, date: PartialDate("2016")),
            Agreement(id: "a7", from: "harbin", to: "minsk", kind: .memorandum, date: PartialDate("2019")),
            Agreement(id: "a8", from: "minsk", to: "minsk", kind: .cooperation, date: PartialDate("2001")),
        ])

    static func placed(_ id: String, _ label: String, within: String? = nil, _ lat: Double, _ lon: Double) -> Node {
        Node(id: id, label: label, type: .city, within: within, attributes: ["lat": .double(lat), "lon": .double(lon)])
    }

    /// Two far-apart clusters of `perCluster` cities each (around Minsk and around Harbin,
    /// within about 50 km), every agreement inside a cluster: partners are plainly nearer than
    /// random pairs of the same actors.
    static func plantedNearby(perCluster: Int = 10) -> Dataset {
        var nodes: [Node] = [], agreements: [Agreement] = []
        for (c, centre) in [(53.9, 27.5667), (45.75, 126.65)].enumerated() {
            for i in 0..<perCluster {
                let angle = Double(i) / Double(perCluster) * 2 * .pi
                nodes.append(placed("c\(c)-\(i)", "c\(c)-\(i)", centre.0 + 0.3 * sin(angle), centre.1 + 0.3 * cos(angle)))
            }
            for i in 0..<perCluster {
                for j in [1, 3] {
                    agreements.append(Agreement(id: "e\(c)-\(i)-\(j)", from: "c\(c)-\(i)", to: "c\(c)-\((i + j) % perCluster)", kind: .twinning))
                }
            }
        }
        return Dataset(nodes: nodes, agreements: agreements)
    }
}
