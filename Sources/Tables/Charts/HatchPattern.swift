import Graph

/// A fill pattern for a stacked bar's series: with its fill colour, what tells two series
/// apart in greyscale print. Every pattern repeats on a tile of `tile` SVG units, drawn in the
/// style's ink over its fill; `solid` is the fill alone.
public enum HatchPattern: String, Sendable, CaseIterable {
    case solid, diagonal, backDiagonal, horizontal, vertical, crosshatch, grid, dots

    /// The side of the repeated tile, in SVG units.
    public static let tile = 6.0

    /// A `<pattern>` element with this id for `fill` and `ink` (nil for `solid`, which needs none).
    func definition(id: String, fill: String, ink: String) -> String? {
        let t = SVGNumber.f(HatchPattern.tile), h = SVGNumber.f(HatchPattern.tile / 2)
        let vertical = "M\(h) 0V\(t)", horizontal = "M0 \(h)H\(t)"
        let marks: String, rotation: String?
        switch self {
        case .solid: return nil
        case .diagonal: (marks, rotation) = (lines(vertical), "45")
        case .backDiagonal: (marks, rotation) = (lines(vertical), "-45")
        case .horizontal: (marks, rotation) = (lines(horizontal), nil)
        case .vertical: (marks, rotation) = (lines(vertical), nil)
        case .crosshatch: (marks, rotation) = (lines(vertical + horizontal), "45")
        case .grid: (marks, rotation) = (lines(vertical + horizontal), nil)
        case .dots: (marks, rotation) = ("<circle cx=\"\(h)\" cy=\"\(h)\" r=\"1.4\" fill=\"INK\"/>", nil)
        }
        let transform = rotation.map { " patternTransform=\"rotate(\($0))\"" } ?? ""
        return "<pattern id=\"\(XMLText.escaped(id))\" patternUnits=\"userSpaceOnUse\" width=\"\(t)\" height=\"\(t)\"\(transform)>"
            + "<rect width=\"\(t)\" height=\"\(t)\" fill=\"\(XMLText.escaped(fill))\"/>"
            + marks.replacingOccurrences(of: "INK", with: XMLText.escaped(ink)) + "</pattern>"
    }

    private func lines(_ d: String) -> String { "<path d=\"\(d)\" stroke=\"INK\" stroke-width=\"1.3\"/>" }
}
