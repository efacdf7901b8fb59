import CGraphviz
import Foundation
import Graph

/// Lays out and draws DOT text with the Graphviz C library (libgvc), in process: no `dot`
/// program is run.
///
/// Every handle has its release registered (`defer`) the moment it is obtained, so each is
/// freed on every path, errors included, in the order Graphviz needs: render data, layout,
/// graph. Graphviz keeps global state (the cgraph parser, error buffers, the random
/// generator of the force-directed layouts): one drawing at a time, under the lock the DOT
/// parser also takes (`CGraphLock`), with the process's one context (`GraphvizContext`).
public enum GraphvizRenderer {
    /// Seconds spent in each stage of one drawing.
    public struct Timings: Sendable {
        public var parse: Double
        public var layout: Double
        /// One entry per output format, in the order asked.
        public var render: [Double]
    }

    /// The drawing of `dot` laid out by `layout`, as the bytes of a `format` file.
    public static func render(dot: String, layout: Layout, format: OutputFormat) throws -> [UInt8] {
        try renderTimed(dot: dot, placement: .layout(layout), formats: [format]).outputs[0]
    }

    /// The drawing of `dot` with its nodes placed as `placement` says.
    public static func render(dot: String, placement: Placement, format: OutputFormat) throws -> [UInt8] {
        try renderTimed(dot: dot, placement: placement, formats: [format]).outputs[0]
    }

    /// The drawing of `dot`, with `graphAttributes` set on the root graph after the text is
    /// read and before the layout: for values too long for DOT text (a map's `_background`
    /// runs to 100 KB, past `InputLimits.maxDOTStringBytes`, and Graphviz's scanner is
    /// quadratic in a token's length), which the C API takes at no cost.
    public static func render(dot: String, placement: Placement, graphAttributes: [(name: String, value: String)],
                              formats: [OutputFormat]) throws -> [[UInt8]] {
        try renderTimed(dot: dot, placement: placement, graphAttributes: graphAttributes, formats: formats).outputs
    }

    /// One layout written in several formats (an SVG for the web and a PNG for print share
    /// the layout, which is most of the time): the bytes of each, in the order asked.
    public static func render(dot: String, layout: Layout, formats: [OutputFormat]) throws -> [[UInt8]] {
        try renderTimed(dot: dot, placement: .layout(layout), formats: formats).outputs
    }

    /// `render`, with the time each stage took (for benchmarks).
    public static func renderTimed(dot: String, layout: Layout, formats: [OutputFormat]) throws -> (outputs: [[UInt8]], timings: Timings) {
        try renderTimed(dot: dot, placement: .layout(layout), formats: formats)
    }

    public static func renderTimed(dot: String, placement: Placement, graphAttributes: [(name: String, value: String)] = [],
                                   formats: [OutputFormat]) throws -> (outputs: [[UInt8]], timings: Timings) {
        try laidOut(dot: dot, placement: placement, graphAttributes: graphAttributes) { context, graph, timings in
            let clock = ContinuousClock()
            var outputs: [[UInt8]] = []
            for format in formats {
                let start = clock.now
                outputs.append(try renderData(context, graph, format: format))
                timings.render.append(seconds(clock.now - start))
            }
            return (outputs, timings)
        }
    }

    /// Where `layout` places each node of `dot`: its position in points (y up, the drawing
    /// translated to start at the origin, as Graphviz's DOT output gives `pos`), keyed by the
    /// node's name in the DOT text. Read from the layout itself, at full precision.
    public static func positions(dot: String, layout: Layout) throws -> [String: NodePosition] {
        try laidOut(dot: dot, placement: .layout(layout)) { _, graph, _ in
            var positions: [String: NodePosition] = [:]
            var node = agfstnode(graph)
            while let current = node {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                positions[name] = NodePosition(x: twinning_node_x(current), y: twinning_node_y(current))
                node = agnxtnode(graph, current)
            }
            return positions
        }
    }

    /// The width and height in points of the drawing `layout` makes of `dot` (its bounding
    /// box, labels included, before any `size` scaling): for choosing between layouts by shape.
    public static func extent(dot: String, layout: Layout) throws -> (width: Double, height: Double) {
        try laidOut(dot: dot, placement: .layout(layout)) { _, graph, _ in
            (twinning_graph_width(graph), twinning_graph_height(graph))
        }
    }

    /// Parses `dot`, places its nodes and hands the laid-out graph to `body`, under the lock;
    /// every handle is released on every path.
    private static func laidOut<T>(dot: String, placement: Placement, graphAttributes: [(name: String, value: String)] = [],
                                   _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>, inout Timings) throws -> T) throws -> T {
        // cgraph must never see text it cannot parse: its error path can damage state that a
        // later parse in this process trips over (see DOTSyntax).
        do {
            try DOTSyntax.check(dot, file: "diagram")
        } catch let error as InputError {
            throw RenderError.parse("syntax error in line \(error.location.line ?? 0), column \(error.location.column ?? 0): \(error.message)")
        }
        return try CGraphLock.withLock {
            // Messages go to cgraph's buffer instead of stderr; we report them in the error.
            let previousLevel = CGraphErrors.capture()
            defer { _ = agseterr(previousLevel) }

            guard let context = GraphvizContext.shared() else { throw RenderError.noContext }

            let clock = ContinuousClock()
            var start = clock.now
            guard let graph = agmemread(dot) else { throw RenderError.parse(CGraphErrors.lastMessage()) }
            defer { agclose(graph) }
            var timings = Timings(parse: seconds(clock.now - start), layout: 0, render: [])
            for (name, value) in graphAttributes {
                // cgraph copies both strings into its own string pool.
                var name = Array(name.utf8CString), value = Array(value.utf8CString), empty: [CChar] = [0]
                _ = agsafeset(UnsafeMutableRawPointer(graph), &name, &value, &empty)
            }

            start = clock.now
            // sfdp's coarsening draws from the C library's generators before it seeds them
            // from `start`: reset them, so the drawing depends on the DOT text alone and not
            // on what ran before in the process.
            srand(1)
            srand48(1)
            guard gvLayout(context, graph, placement.engineName) == 0 else { throw RenderError.layout(placement.layout, CGraphErrors.lastMessage()) }
            defer { gvFreeLayout(context, graph) }
            timings.layout = seconds(clock.now - start)
            return try body(context, graph, &timings)
        }
    }

    private static func renderData(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>,
                                   format: OutputFormat) throws -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.graphvizName, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else { throw RenderError.render(format, CGraphErrors.lastMessage()) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    private static func seconds(_ d: Duration) -> Double {
        let (s, attoseconds) = d.components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
