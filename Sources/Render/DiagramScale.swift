import Foundation
import GraphvizBridge

/// How big a drawing comes out, and how much fonts and pens must grow to stay legible.
///
/// Graphviz draws in points and then shrinks the whole drawing to the `size` attribute, so a
/// 10-point label in a drawing shrunk fourfold prints at 2.5 points. Large drawings therefore
/// get page-relative sizes: every font, pen and point is multiplied by `factor`, the expected
/// shrink. The drawing's extent is estimated before layout from sfdp's behaviour: the side of
/// the layout grows as √n, about 0.3 inch per √node with its default spring length (measured
/// on the 10,055-node sister-city graph: 26 inches for 0.05-inch points, more as points grow).
public struct DiagramScale {
    /// Above this many nodes, nodes are drawn as points and only the top ones are labelled:
    /// beyond it, shapes with names inside cover each other whatever the layout.
    static let denseThreshold = 150
    /// The page side in inches for dense drawings: 1,152 pixels at 72 dpi, which keeps a PNG
    /// of 10,000 nodes and 17,000 translucent lines near 1.3 MB.
    static let pageInches = 16.0

    /// Up to this many nodes a dense drawing is *medium*: a few hundred actors, the size of a
    /// study's main figure. It gets a larger page, larger points, a longer spring length and
    /// more names, since every actor can still be seen.
    static let mediumLimit = 2_000
    /// The page side of medium drawings: 1,728 pixels at 72 dpi, names legible at 100%.
    static let mediumPageInches = 24.0

    let isDense: Bool
    let isMedium: Bool
    /// Expected shrink from drawing to page; 1 for drawings printed at natural size.
    let factor: Double

    /// `extent`, the longer side in points of a layout already made (pinned positions), replaces
    /// the estimate from the node count.
    init(nodeCount: Int, extent: Double? = nil) {
        isDense = nodeCount > DiagramScale.denseThreshold
        isMedium = isDense && nodeCount <= DiagramScale.mediumLimit
        let side = isMedium ? DiagramScale.mediumPageInches : DiagramScale.pageInches
        let inches = extent.map { $0 / 72 } ?? DiagramScale.expectedExtent(nodeCount: nodeCount) / 72
        factor = isDense ? max(1, inches / side) : 1
    }

    /// A map's scale (`render --layout geo`): its actors drawn as points, as in a medium
    /// drawing, at natural size (the frame, `GeoMapFrame.longSide`, fits the medium page).
    init(map nodeCount: Int) {
        isDense = true
        isMedium = true
        factor = 1
    }

    /// A dense drawing beyond the medium size: laid out without overlap removal, its names
    /// placed afterwards (`LabelPlacement`).
    var isLarge: Bool { isDense && !isMedium }

    /// Whether a drawing of `nodeCount` nodes is large (`isLarge`).
    public static func isLarge(nodeCount: Int) -> Bool { DiagramScale(nodeCount: nodeCount).isLarge }

    /// The longer side in points that sfdp's layout of `nodeCount` nodes takes with overlaps
    /// removed: 0.36 inch per √node (module comment).
    public static func expectedExtent(nodeCount: Int) -> Double { 0.36 * Double(nodeCount).squareRoot() * 72 }

    /// `positions` stretched about their corner so that their longer side is `extent` points:
    /// a layout made without overlap removal comes out tighter than one with it (the sister-city
    /// network a third as wide), and is spread to the size its names and points were scaled for.
    public static func spread(_ positions: [NodePosition], toExtent extent: Double) -> [NodePosition] {
        guard let current = self.extent(of: positions), current > 0 else { return positions }
        let k = extent / current
        let minX = positions.map(\.x).min() ?? 0, minY = positions.map(\.y).min() ?? 0
        return positions.map { NodePosition(x: ($0.x - minX) * k, y: ($0.y - minY) * k) }
    }

    /// The longer side in points of `positions`' bounding box; nil for fewer than two positions.
    static func extent(of positions: [NodePosition]) -> Double? {
        guard positions.count > 1, let minX = positions.map(\.x).min(), let maxX = positions.map(\.x).max(),
              let minY = positions.map(\.y).min(), let maxY = positions.map(\.y).max() else { return nil }
        return max(maxX - minX, maxY - minY)
    }

    /// The page side in inches of a dense drawing.
    var pageSide: Double { isMedium ? DiagramScale.mediumPageInches : DiagramScale.pageInches }

    /// What the theme's point sizes are multiplied by: medium drawings show their actors as
    /// dots large enough to tell colours apart.
    var pointBoost: Double { isMedium ? 1.6 : 1 }

    /// sfdp's spring length `K` (inches; Graphviz's default is 0.3): medium drawings spread
    /// out to fill their larger page, leaving room for their names.
    var springLength: Double? { isMedium ? 0.75 : nil }

    /// Fonts in dense drawings are set larger than the theme's sizes: a 20-inch page is
    /// viewed shrunk to a screen's width, about half, where 10-point names would be unreadable.
    static let denseFontBoost = 1.5

    /// What a font size in the theme (points on the page) is multiplied by in the DOT text.
    var pageFontFactor: Double { isDense ? factor * DiagramScale.denseFontBoost : factor }

    /// The `size` attribute: dense drawings fit the page; others keep their natural size.
    var sizeAttribute: String? {
        isDense ? "\(pageSide.formatted),\(pageSide.formatted)" : nil
    }

    /// How many nodes `LabelMode.auto` labels: all in sparse drawings; in medium ones 2√n
    /// between 15 and 60 (51 for 648 nodes); in larger ones a number that grows slowly with
    /// size (30 from 8,100 nodes, where a 16-inch page holds no more names).
    func autoLabelCount(nodeCount: Int) -> Int {
        let root = Double(nodeCount).squareRoot()
        if !isDense { return nodeCount }
        if isMedium { return min(60, max(15, Int((2 * root).rounded()))) }
        return min(30, max(15, Int((root / 3).rounded())))
    }
}

extension Double {
    /// A short decimal for DOT attributes: at most three decimals, no trailing zeros.
    var formatted: String {
        var text = String(format: "%.3f", self)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
