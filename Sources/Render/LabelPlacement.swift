/// Where the names of a large drawing go once its nodes are placed: each name a box beside its
/// node, clear of the other names, with a leader line when it had to move away.
///
/// Greedy candidate placement (the approach of Christensen, Marks & Shieber 1995, "An empirical
/// study of algorithms for point-feature label placement", in its simplest, greedy form): names
/// are placed in order of importance; each tries eight positions around its node (right,
/// above, left, below, then the four diagonals) on rings of growing distance, and takes the
/// first whose box overlaps no box already placed and covers no other named node. When every
/// candidate of every ring is taken, the first of the outermost ring is used (overlap accepted;
/// with the dozens of names a large drawing carries, this does not happen on the sister-city
/// network). O(L² · 8 · rings) for L names: microseconds for the 30–60 names drawn, where
/// removing overlaps among all 10,000 nodes (Graphviz's prism) took most of a minute.
struct LabelPlacement {
    /// A name to place: its node's centre and the box's size, in points.
    struct Request {
        var x: Double, y: Double
        var width: Double, height: Double
    }

    /// Where one name went: its box's centre, and whether it sits away from its node (draw a leader).
    struct Placed: Equatable {
        var x: Double, y: Double
        var needsLeader: Bool
    }

    /// Rings of candidates tried around each node.
    static let rings = 8

    /// `requests` in order of importance (the first gets the best place); `radius` is the drawn
    /// nodes' radius and `gap` the space kept between boxes, in points.
    static func place(_ requests: [Request], radius: Double, gap: Double) -> [Placed] {
        var boxes: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        var placed: [Placed] = []
        for (i, r) in requests.enumerated() {
            var chosen: Placed?
            ringLoop: for ring in 0..<rings {
                for direction in directions {
                    let candidate = position(r, ring: ring, direction: direction, radius: radius, gap: gap)
                    let box = bounds(candidate, r, padding: gap / 2)
                    let clear = !boxes.contains { overlaps($0, box) }
                        && !requests.indices.contains { j in j != i && inside(requests[j].x, requests[j].y, box, margin: radius) }
                    if clear { chosen = candidate; break ringLoop }
                }
            }
            let result = chosen ?? position(r, ring: rings - 1, direction: directions[0], radius: radius, gap: gap)
            placed.append(result)
            boxes.append(bounds(result, r, padding: gap / 2))
        }
        return placed
    }

    /// Right, above, left, below, then the diagonals (y up, as Graphviz positions are).
    static let directions: [(Double, Double)] = [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]

    /// The candidate on `ring` to the side `direction`: the box touches the ring, at
    /// `radius + gap + ring·(height + gap)` from the node.
    private static func position(_ r: Request, ring: Int, direction: (Double, Double), radius: Double, gap: Double) -> Placed {
        let d = radius + gap + Double(ring) * (r.height + gap)
        return Placed(x: r.x + direction.0 * (d + r.width / 2), y: r.y + direction.1 * (d + r.height / 2), needsLeader: ring > 0)
    }

    private static func bounds(_ p: Placed, _ r: Request, padding: Double) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        (p.x - r.width / 2 - padding, p.y - r.height / 2 - padding, p.x + r.width / 2 + padding, p.y + r.height / 2 + padding)
    }

    private static func overlaps(_ a: (x0: Double, y0: Double, x1: Double, y1: Double),
                                 _ b: (x0: Double, y0: Double, x1: Double, y1: Double)) -> Bool {
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
    }

    private static func inside(_ x: Double, _ y: Double, _ box: (x0: Double, y0: Double, x1: Double, y1: Double), margin: Double) -> Bool {
        x > box.x0 - margin && x < box.x1 + margin && y > box.y0 - margin && y < box.y1 + margin
    }
}
