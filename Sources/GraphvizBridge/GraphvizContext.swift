import CGraphviz

/// The process's Graphviz context (`gvContext`), made on first use and kept for the life of
/// the process, as the `dot` program keeps one for all its input graphs.
///
/// A context per drawing is not safe in Graphviz 2.42: the pango text-layout plugin caches a
/// pointer to the last font name it measured, a string owned by the context, so after
/// `gvFreeContext` the next drawing compares against freed memory (valgrind: invalid reads; in
/// tests, drawings that differ from run to run and an occasional crash). Keeping the context
/// also stops a leak in `gvFreeContext` (the plugin list gvconfig builds) and the reloading of
/// every plugin for each drawing.
enum GraphvizContext {
    /// Only touched under `CGraphLock`.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// The context, nil when Graphviz cannot make one. Call under `CGraphLock`.
    static func shared() -> OpaquePointer? {
        if context == nil { context = gvContext() }
        return context
    }
}
