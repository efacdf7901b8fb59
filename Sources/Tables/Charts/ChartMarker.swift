import Foundation
import Graph

/// The shape drawn at each point of a line chart and in its legend: with the dash pattern, what
/// tells two lines apart where colour does not (greyscale print, colour-vision deficiency).
/// Every shape fits in a square of side 2 · `size` centred on the point.
public enum ChartMarker: String, Sendable, CaseIterable {
    case circle, square, triangle, diamond, invertedTriangle, cross

    /// Half the side of the square every marker fits in, in SVG units.
    public static let size = 4.0

    /// The marker at (x, y) in `color`, with `tooltip` as its `<title>` when given (already escaped).
    func svg(x: Double, y: Double, color: String, tooltip: String? = nil) -> String {
        let s = ChartMarker.size, c = XMLText.escaped(color)
        let open: String
        switch self {
        case .circle:
            open = "<circle cx=\"\(SVGNumber.f(x))\" cy=\"\(SVGNumber.f(y))\" r=\"\(SVGNumber.f(s * 0.85))\" fill=\"\(c)\""
        case .square:
            open = "<rect x=\"\(SVGNumber.f(x - s * 0.8))\" y=\"\(SVGNumber.f(y - s * 0.8))\" width=\"\(SVGNumber.f(s * 1.6))\" height=\"\(SVGNumber.f(s * 1.6))\" fill=\"\(c)\""
        case .triangle:
            open = polygon([(x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8)], fill: c)
        case .invertedTriangle:
            open = polygon([(x, y + s), (x + s, y - s * 0.8), (x - s, y - s * 0.8)], fill: c)
        case .diamond:
            open = polygon([(x, y - s), (x + s, y), (x, y + s), (x - s, y)], fill: c)
        case .cross:
            let a = s * 0.9
            open = "<path d=\"M\(SVGNumber.f(x - a)) \(SVGNumber.f(y))H\(SVGNumber.f(x + a))M\(SVGNumber.f(x)) \(SVGNumber.f(y - a))V\(SVGNumber.f(y + a))\" stroke=\"\(c)\" stroke-width=\"2.2\" fill=\"none\""
        }
        let element = self == .circle ? "circle" : self == .square ? "rect" : self == .cross ? "path" : "polygon"
        guard let tooltip else { return open + "/>" }
        return open + "><title>\(tooltip)</title></\(element)>"
    }

    private func polygon(_ points: [(Double, Double)], fill: String) -> String {
        "<polygon points=\"" + points.map { "\(SVGNumber.f($0.0)),\(SVGNumber.f($0.1))" }.joined(separator: " ") + "\" fill=\"\(fill)\""
    }
}
