import Graph
import XCTest
@testable import Analytics

final class TimelineTests: XCTestCase {
    /// a–b twinning 2001, b–c memorandum 2001-05, d–e twinning 2002 ended 2002, a–b cooperation
    /// 2003, a–d undated. By hand:
    /// 2001: a, b, c active; 2 agreements, 2 edges, density 2/3, one component of 3; b first.
    /// 2002: d–e joins: 5 active, 3 edges, density 3/10, two components, the largest 3.
    /// 2003: d–e ended in 2002, gone; a–b twice: 3 agreements, 2 edges, density 2/3.
    func testHandCountedYears() {
        let dataset = Dataset(
            nodes: ["a", "b", "c", "d", "e"].map { Node(id: $0) },
            agreements: [
                Agreement(id: "1", from: "a", to: "b", kind: .twinning, date: PartialDate("2001")),
                Agreement(id: "2", from: "b", to: "c", kind: .memorandum, date: PartialDate("2001-05")),
                Agreement(id: "3", from: "d", to: "e", kind: .twinning, date: PartialDate("2002"),
                          attributes: ["end_date": .string("2002")]),
                Agreement(id: "4", from: "a", to: "b", kind: .cooperation, date: PartialDate("2003")),
                Agreement(id: "5", from: "a", to: "d", kind: .twinning),
            ])
        let timeline = Timeline(dataset, topActors: 2)
        XCTAssertEqual(timeline.years.map(\.year), [2001, 2002, 2003])
        XCTAssertEqual(timeline.kinds, ["twinning", "cooperation", "memorandum"])
        XCTAssertEqual(timeline.undatedAgreements, 1)
        XCTAssertEqual(timeline.years.map(\.newByKind), [["twinning": 1, "memorandum": 1], ["twinning": 1], ["cooperation": 1]])
        XCTAssertEqual(timeline.years.map(\.activeActors), [3, 5, 3])
        XCTAssertEqual(timeline.years.map(\.agreements), [2, 3, 3])
        XCTAssertEqual(timeline.years.map(\.edges), [2, 3, 2])
        XCTAssertEqual(timeline.years.map(\.density), [2.0 / 3, 0.3, 2.0 / 3])
        XCTAssertEqual(timeline.years.map(\.components), [1, 2, 1])
        XCTAssertEqual(timeline.years.map(\.largestComponent), [3, 3, 3])
        XCTAssertEqual(timeline.years[0].topActors, [Timeline.Actor(id: "b", label: "b", degree: 2, agreements: 2),
                                                     Timeline.Actor(id: "a", label: "a", degree: 1, agreements: 1)])
        XCTAssertEqual(timeline.years[2].topActors.map(\.agreements), [3, 2])
    }

    func testEmptyWithoutDates() {
        let timeline = Timeline(Dataset(nodes: [Node(id: "a")], agreements: [Agreement(id: "1", from: "a", to: "a")]))
        XCTAssertTrue(timeline.years.isEmpty)
        XCTAssertEqual(timeline.undatedAgreements, 1)
    }

    /// Each year of belarus-asia agrees with the summary of `asOf(year:)`.
    func testBelarusAsiaAgreesWithAsOf() throws {
        let dataset = try NativeFolder.read(folder: belarusAsiaFolder)
        let timeline = Timeline(dataset)
        XCTAssertEqual(timeline.years.reduce(0) { $0 + $1.newAgreements } + timeline.undatedAgreements, dataset.agreements.count)
        for year in timeline.years where year.year % 5 == 0 || year.year == timeline.years.last!.year {
            let summary = NetworkSummary(dataset.asOf(year: year.year))
            XCTAssertEqual(year.agreements, summary.agreements, "\(year.year)")
            XCTAssertEqual(year.edges, summary.edges, "\(year.year)")
            XCTAssertEqual(year.activeActors, summary.nodes - summary.isolates, "\(year.year)")
            XCTAssertEqual(year.components, summary.components - summary.isolates, "\(year.year)")
            XCTAssertEqual(year.largestComponent, summary.largestComponent, "\(year.year)")
        }
        let last = try XCTUnwrap(timeline.years.last)
        let graph = IndexedNetwork(dataset.asOf(year: last.year)).graph
        let partners = (0..<graph.nodeCount).map { v in graph.neighbours(of: v).filter { Int($0) != v }.count }
        XCTAssertEqual(last.topActors.map(\.degree), Array(partners.sorted(by: >).prefix(5)))
    }
}
