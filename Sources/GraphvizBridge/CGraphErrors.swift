import CGraphviz
import Foundation
import Graph

/// Graphviz's messages, captured for our errors and warnings instead of printed on standard
/// error. Only used under `CGraphLock`.
///
/// Two ways: `capture()` keeps them in cgraph's buffer (error level `AGMAX`), of which
/// `lastMessage()` reads the last; `collecting(_:)` hands every message, warnings included,
/// to a function of ours, so that a parse can report each warning with its file and line.
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

    /// A message cgraph reported: an error or a warning, with the input line it names.
    struct Message: Equatable {
        var isError: Bool
        var text: String
        /// cgraph writes "... in line N ..." in its parse messages.
        var line: Int? {
            guard let range = text.range(of: "line ") else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
    }

    /// What cgraph has written through `collect` since `collecting` began; read under the lock.
    nonisolated(unsafe) private static var collected = ""

    /// cgraph calls this with each piece of a message ("Warning", ": ", then the text).
    private static let collect: agusererrf = { piece in
        if let piece { CGraphErrors.collected += String(cString: piece) }
        return 0
    }

    /// Runs `body` with every cgraph message, warnings included, collected; returns its result
    /// and the messages, one per report (continuation lines joined to their report).
    static func collecting<T>(_ body: () throws -> T) rethrows -> (result: T, messages: [Message]) {
        collected = ""
        let previousLevel = agseterr(AGWARN), previousFunction = agseterrf(collect)
        defer {
            _ = agseterrf(previousFunction)
            _ = agseterr(previousLevel)
        }
        let result = try body()
        return (result, messages())
    }

    /// The collected text split into reports, each starting with "Warning: " or "Error: ".
    static func messages() -> [Message] {
        var messages: [Message] = []
        for line in collected.split(whereSeparator: \.isNewline).map(String.init) {
            if line.hasPrefix("Warning: ") {
                messages.append(Message(isError: false, text: String(line.dropFirst(9)).trimmingWhitespace()))
            } else if line.hasPrefix("Error: ") {
                messages.append(Message(isError: true, text: String(line.dropFirst(7)).trimmingWhitespace()))
            } else if !messages.isEmpty {
                messages[messages.count - 1].text += " " + line.trimmingWhitespace()
            } else {
                messages.append(Message(isError: true, text: line.trimmingWhitespace()))
            }
        }
        return messages
    }
}
