import Graph

/// The one door to the Graphviz C library (module `CGraphviz`): no other target imports it.
///
/// Behind it: the process's Graphviz context (`GraphvizContext`), the lock that serialises
/// every call into Graphviz (`CGraphLock`), the capture of Graphviz's messages
/// (`CGraphErrors`), the syntax check that keeps bad text away from cgraph (`DOTSyntax`), DOT
/// reading (`DOTParser`), and layout and rendering (`GraphvizRenderer`).
///
/// The model target (Graph) does not link Graphviz, so it cannot read DOT alone: a program that
/// reads DOT calls `register()` once at startup, which installs cgraph as `DOTFormat.parser`.
///
///     Graphviz.register()
///     let dataset = try DatasetIO.read("network.dot")
public enum Graphviz {
    /// Installs cgraph as Graph's DOT parser. Calling it again changes nothing.
    public static func register() {
        DOTFormat.parser = { text, file, limits in try DOTParser.parse(text, file: file, limits: limits) }
    }
}
