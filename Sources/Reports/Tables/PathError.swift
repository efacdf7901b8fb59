/// Why `PathTable` found no path: an actor no node is named after, or no chain joins the two.
public struct PathError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
