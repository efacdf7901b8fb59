import CGraphviz
import Graph

/// DOT text parsed by Graphviz's own parser, cgraph (`agmemread`), so whatever Graphviz
/// accepts is read; registered as Graph's DOT parser by `Graphviz.register()`.
///
/// The text is checked by `DOTSyntax` first (cgraph must never see text it cannot parse), and
/// cgraph runs under `CGraphLock`. Syntax errors are located by line (and column, from the
/// check); cgraph's warnings are handed over with their line, and become warnings located
/// at the file and line. The graph is handed over as names and attribute text (`DOTGraph`); `DOTFormat`
/// gives them their meaning.
enum DOTParser {
    static func parse(_ text: String, file: String, limits: InputLimits = .default) throws -> DOTGraph {
        // cgraph's scanner keeps its line count across parses and counts what it did not
        // consume: trailing whitespace would shift the next parse's error lines.
        var text = text
        while let last = text.last, last.isWhitespace { text.removeLast() }
        try DOTSyntax.check(text, file: file, limits: limits)
        return try CGraphLock.withLock {
            let (parsed, messages) = CGraphErrors.collecting { agmemread(text) }
            guard let graph = parsed else {
                let message = (messages.last(where: \.isError) ?? messages.last)?.text ?? ""
                throw InputError(SourceLocation(file: file, line: messages.last(where: \.isError)?.line),
                                 "expected a DOT graph: \(message.isEmpty ? "Graphviz could not parse it" : message)")
            }
            defer { agclose(graph) }
            var result = read(graph)
            result.warnings = messages.filter { !$0.isError }.map { DOTGraph.Warning(line: $0.line, message: $0.text) }
            return result
        }
    }

    private static func read(_ graph: UnsafeMutablePointer<Agraph_t>) -> DOTGraph {
        var result = DOTGraph(directed: agisdirected(graph) != 0)
        let nodeSymbols = symbols(graph, kind: AGNODE), edgeSymbols = symbols(graph, kind: AGEDGE)
        result.attributes = attributeValues(of: UnsafeMutableRawPointer(graph), symbols(graph, kind: AGRAPH))
        var node = agfstnode(graph)
        while let n = node {
            result.nodes.append(DOTGraph.Node(name: name(of: UnsafeMutableRawPointer(n)),
                                              attributes: attributeValues(of: UnsafeMutableRawPointer(n), nodeSymbols)))
            node = agnxtnode(graph, n)
        }
        var tail = agfstnode(graph)
        while let t = tail {
            var edge = agfstout(graph, t)
            while let e = edge {
                // cgraph keeps an edge's `key` as its name.
                let edgeName = agnameof(UnsafeMutableRawPointer(e)).map { String(cString: $0) } ?? ""
                result.edges.append(DOTGraph.Edge(tail: name(of: UnsafeMutableRawPointer(twinning_edge_tail(e))),
                                                  head: name(of: UnsafeMutableRawPointer(twinning_edge_head(e))),
                                                  name: edgeName,
                                                  attributes: attributeValues(of: UnsafeMutableRawPointer(e), edgeSymbols)))
                edge = agnxtout(graph, e)
            }
            tail = agnxtnode(graph, t)
        }
        return result
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        String(cString: agnameof(object))
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let s = symbol {
            result.append((String(cString: s.pointee.name), s))
            symbol = agnxtattr(graph, kind, s)
        }
        return result
    }

    /// The object's attributes that are set (non-empty), in declaration order.
    private static func attributeValues(of object: UnsafeMutableRawPointer,
                                        _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)]) -> [(name: String, value: String)] {
        var values: [(name: String, value: String)] = []
        for (name, symbol) in symbols {
            guard let raw = agxget(object, symbol) else { continue }
            let value = String(cString: raw)
            if !value.isEmpty { values.append((name, value)) }
        }
        return values
    }
}
