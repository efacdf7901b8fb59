/// How a table is printed.
public enum TableFormat: String, CaseIterable, Sendable {
    case text, json, csv
}
