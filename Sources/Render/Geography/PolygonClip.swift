/// A polygon cut to a rectangle: Sutherland–Hodgman clipping (Sutherland & Hodgman 1974,
/// "Reentrant polygon clipping", CACM 17(1)): the polygon is clipped against each of the
/// rectangle's four edges in turn, keeping the vertices inside and adding the crossing points.
/// The result of a convex clip region is exact; a polygon leaving and re-entering gives one
/// polygon with edges along the rectangle's border, which fills the same area.
///
/// Complexity: O(v) for v vertices.
enum PolygonClip {
    static func clip(_ polygon: [MapPoint], to box: ClusterBounds) -> [MapPoint] {
        var points = polygon
        let edges: [(inside: (MapPoint) -> Bool, cross: (MapPoint, MapPoint) -> MapPoint)] = [
            ({ $0.x >= box.x0 }, { a, b in at(x: box.x0, a, b) }),
            ({ $0.x <= box.x1 }, { a, b in at(x: box.x1, a, b) }),
            ({ $0.y >= box.y0 }, { a, b in at(y: box.y0, a, b) }),
            ({ $0.y <= box.y1 }, { a, b in at(y: box.y1, a, b) }),
        ]
        for edge in edges {
            guard !points.isEmpty else { return [] }
            var kept: [MapPoint] = []
            kept.reserveCapacity(points.count + 4)
            var previous = points[points.count - 1]
            for current in points {
                let (inNow, inBefore) = (edge.inside(current), edge.inside(previous))
                if inNow {
                    if !inBefore { kept.append(edge.cross(previous, current)) }
                    kept.append(current)
                } else if inBefore {
                    kept.append(edge.cross(previous, current))
                }
                previous = current
            }
            points = kept
        }
        return points.count >= 3 ? points : []
    }

    private static func at(x: Double, _ a: MapPoint, _ b: MapPoint) -> MapPoint {
        let t = (x - a.x) / (b.x - a.x)
        return MapPoint(x: x, y: a.y + t * (b.y - a.y))
    }

    private static func at(y: Double, _ a: MapPoint, _ b: MapPoint) -> MapPoint {
        let t = (y - a.y) / (b.y - a.y)
        return MapPoint(x: a.x + t * (b.x - a.x), y: y)
    }
}
