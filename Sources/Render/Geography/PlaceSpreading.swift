import Foundation
import GraphvizBridge

/// Actors drawn at one place kept apart: a region drawn at its administrative centre sits on
/// the point of that city, and several bodies within one city share its place. Points closer
/// than `distance` points (single linkage, so chains of near points form one group) are moved
/// onto a small circle around their group's centre, in the order given (the caller's: the
/// dataset's order), so that each stays visible and its name can be placed beside it
/// (`LabelPlacement`). Neighbours on the circle sit `distance` points apart: two points
/// `distance` apart, twelve on a circle of about 1.9·distance radius.
///
/// Complexity: O(n log n) expected, with a grid of cells `distance` wide (points are compared
/// with the points of their own and neighbouring cells only).
enum PlaceSpreading {
    /// `distance` is both the link (closer points form a group) and the spacing on the circle;
    /// `link`, when given, is a smaller link distance: only points that near share a circle.
    static func spread(_ points: [NodePosition], distance: Double, link: Double? = nil) -> [NodePosition] {
        let near = min(link ?? distance, distance)
        guard points.count > 1, distance > 0 else { return points }
        // Union–find over pairs closer than `distance`, found through a grid.
        var parent = Array(points.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        struct Cell: Hashable { var x: Int, y: Int }
        func cell(_ p: NodePosition) -> Cell { Cell(x: Int((p.x / distance).rounded(.down)), y: Int((p.y / distance).rounded(.down))) }
        var grid: [Cell: [Int]] = [:]
        for (i, p) in points.enumerated() { grid[cell(p), default: []].append(i) }
        for (i, p) in points.enumerated() {
            let c = cell(p)
            for dx in -1...1 { for dy in -1...1 {
                for j in grid[Cell(x: c.x + dx, y: c.y + dy)] ?? [] where j > i {
                    let (ex, ey) = (points[j].x - p.x, points[j].y - p.y)
                    if ex * ex + ey * ey < near * near {
                        let (a, b) = (root(i), root(j))
                        if a != b { parent[max(a, b)] = min(a, b) }
                    }
                }
            } }
        }
        var groups: [Int: [Int]] = [:]
        for i in points.indices { groups[root(i), default: []].append(i) }
        var spread = points
        for members in groups.values where members.count > 1 {
            let cx = members.map { points[$0].x }.reduce(0, +) / Double(members.count)
            let cy = members.map { points[$0].y }.reduce(0, +) / Double(members.count)
            // Neighbours on the circle `distance` apart: the chord of an angle 2π/k.
            let radius = distance / (2 * sin(Double.pi / Double(members.count)))
            for (k, i) in members.sorted().enumerated() {
                // The first member at the top, then clockwise.
                let angle = Double.pi / 2 - 2 * Double.pi * Double(k) / Double(members.count)
                spread[i] = NodePosition(x: cx + radius * cos(angle), y: cy + radius * sin(angle))
            }
        }
        return spread
    }
}
