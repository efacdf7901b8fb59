import CGraphviz
import Foundation
import Graph

/// Graphviz's messages, captured for our errors instead of printed on standard error: cgraph
/// keeps them in a buffer while the error level is `AGMAX`. Only used under `CGraphLock`.
enum CGraphErrors {
    /// Sends messages to the buffer, emptied; returns the level to restore afterwards.
    static func capture() -> agerrlevel_t {
        let previous = agseterr(AGMAX)
        _ = agreseterrors()
        return previous
    }

    /// The buffer's last message on one line, "" when there is none. `aglasterr` returns a
    /// copy made with malloc: freed here.
    static func lastMessage() -> String {
        guard let raw = aglasterr() else { return "" }
        defer { free(raw) }
        return String(cString: raw).split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
    }
}
