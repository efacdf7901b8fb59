import Foundation

/// Neo4j bulk-import CSVs (write only): a folder for `neo4j-admin database import full`.
///
/// Files (RFC 4180 CSV, UTF-8, header row in Neo4j's `name:type` form):
/// - `actors.csv`: `id:ID(Actor)`, `:LABEL` (`Actor`, plus the type in PascalCase:
///   `Actor;City`, `Actor;ResearchInstitute`), `label`, `type`, `country`, `within`,
///   `aliases:string[]` (`;`-separated), then one typed property per attribute key.
/// - `agreements.csv`: `:START_ID(Actor)` (from), `:END_ID(Actor)` (to), `:TYPE` (the kind in
///   upper case, other characters `_`: `TWINNING`, `UNIVERSITY_AGREEMENT`; `AGREEMENT` when
///   the agreement has no kind), `id`, `kind`, `date`, `end_date`, `status`,
///   `directed:boolean`, `weight:long` (every weight an integer) or `weight:double`, `source`,
///   `locator`, `quote`, `url`, then the attribute properties.
/// - `within.csv`: `:START_ID(Actor)`, `:END_ID(Actor)`, `:TYPE` = `WITHIN`, one relationship
///   from each actor to the actor it lies within (when that actor exists).
/// - `sources.csv`: `id:ID(Source)`, `:LABEL` (`Source`), `title`, `author`, `year:long`,
///   `publisher`, `identifier`, then the attribute properties. Agreements name their source
///   in the property `source` (relationships cannot point at nodes).
/// - `README.md`: the exact `neo4j-admin` command.
///
/// Conventions: every Neo4j relationship has a direction, so an undirected agreement is
/// stored from `from` to `to` with `directed` false (match it with `-[]-`). Dates stay strings
/// at their precision. Attribute types: int → `long` (64 bits), double → `double` (`Infinity`,
/// `NaN` as Java writes them), bool → `boolean`, string → `string`. A property name that
/// repeats a fixed one (Neo4j keys are case-sensitive) gets `_2`, and `:` in
/// a name becomes `_` (the header uses `:` for the type). An absent value is an empty field
/// (no property); an empty string is `""`. Multiline values are quoted, which needs
/// `--multiline-fields=true`. Not carried: dataset metadata; with mixed integer and double
/// weights, integer weights become doubles.
public enum Neo4jImport {
    /// The folder's files as (name, content); `write(_:to:)` stores them.
    public static func files(of dataset: Dataset) -> [(name: String, content: String)] {
        [("actors.csv", actorsCSV(dataset)), ("agreements.csv", agreementsCSV(dataset)),
         ("within.csv", withinCSV(dataset)), ("sources.csv", sourcesCSV(dataset)), ("README.md", readme)]
    }

    /// Every file name the writer writes: an existing folder is replaced only when it holds
    /// nothing else (`AtomicFolder`).
    public static let fileNames: Set<String> = ["actors.csv", "agreements.csv", "within.csv", "sources.csv", "README.md"]

    /// Writes the folder whole (`AtomicFolder`): built beside the target and swapped in. A
    /// folder holding anything but `fileNames` is refused.
    public static func write(_ dataset: Dataset, to path: String) throws {
        try AtomicFolder.write(files(of: dataset), to: path, writerFiles: fileNames, kind: "a Neo4j import folder")
    }

    /// The command that imports the folder into a new database `neo4j`, run inside the folder.
    public static let command = """
        neo4j-admin database import full --nodes=actors.csv --nodes=sources.csv \\
          --relationships=agreements.csv --relationships=within.csv \\
          --multiline-fields=true --array-delimiter=";" neo4j
        """

    static let readme = """
        # Neo4j bulk import, written by Twinning

        Stop Neo4j, then run inside this folder (add `--overwrite-destination=true` to replace an
        existing database `neo4j`):

        ```sh
        \(command)
        ```

        Actors are nodes labelled `Actor` (and their type: `City`, `Region`, …), keyed by `id`.
        Agreements are relationships typed by their kind (`TWINNING`, …; `AGREEMENT` without a
        kind); `directed` is false for an undirected agreement, stored from `from` to `to`.
        `WITHIN` links an actor to the actor it lies within. Sources are nodes labelled `Source`;
        an agreement's `source` property holds a source id. Dates are strings at their precision
        (`2009`, `2009-03`, `2009-03-14`).

        ```cypher
        MATCH (a:Actor)-[t:TWINNING]-(b:Actor) RETURN a.label, b.label, t.date LIMIT 10
        ```

        """

    // MARK: Files

    static func actorsCSV(_ dataset: Dataset) -> String {
        let fixed = ["id:ID(Actor)", ":LABEL", "label", "type", "country", "within", "aliases:string[]"]
        let columns = propertyColumns(dataset.nodeAttributeTypes, fixed: ["id", "label", "type", "country", "within", "aliases"])
        var csv = CSVWriter()
        csv.write(fixed + columns.map(\.header))
        for node in dataset.nodes {
            let labels = ["Actor"] + (node.type.map { pascalCase($0.rawValue) }.flatMap { $0.isEmpty || $0 == "Actor" ? nil : [$0] } ?? [])
            csv.write(optional: [node.id, labels.joined(separator: ";"), node.label, node.type?.rawValue, node.country,
                                 node.within, node.aliases.isEmpty ? nil : node.aliases.joined(separator: ";")]
                      + cells(node.attributes, columns))
        }
        return csv.text
    }

    static func agreementsCSV(_ dataset: Dataset) -> String {
        let integerWeights = RecordFields.weightType(of: dataset.agreements) == .integer
        let fixed = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "id", "kind", "date", "end_date", "status",
                     "directed:boolean", integerWeights ? "weight:long" : "weight:double", "source", "locator", "quote", "url"]
        let columns = propertyColumns(dataset.agreementAttributeTypes,
                                      fixed: ["id", "kind", "date", "end_date", "status", "directed", "weight", "source", "locator", "quote", "url"])
        var csv = CSVWriter()
        csv.write(fixed + columns.map(\.header))
        for a in dataset.agreements {
            let p = a.provenance
            csv.write(optional: [a.from, a.to, relationshipType(a.kind), a.id, a.kind?.rawValue, a.date?.description,
                                 a.endDate?.description, a.status?.rawValue, a.directed ? "true" : "false",
                                 a.weightValue.map { text($0, as: integerWeights ? .integer : .double) },
                                 p.source, p.locator, p.quote, p.url]
                      + cells(a.attributes, columns))
        }
        return csv.text
    }

    static func withinCSV(_ dataset: Dataset) -> String {
        let ids = Set(dataset.nodes.map(\.id))
        var csv = CSVWriter()
        csv.write([":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"])
        for node in dataset.nodes {
            if let parent = node.within, ids.contains(parent) { csv.write(optional: [node.id, parent, "WITHIN"]) }
        }
        return csv.text
    }

    static func sourcesCSV(_ dataset: Dataset) -> String {
        let fixed = ["id:ID(Source)", ":LABEL", "title", "author", "year:long", "publisher", "identifier"]
        let columns = propertyColumns(dataset.sourceAttributeTypes, fixed: ["id", "title", "author", "year", "publisher", "identifier"])
        var csv = CSVWriter()
        csv.write(fixed + columns.map(\.header))
        for s in dataset.sources {
            csv.write(optional: [s.id, "Source", s.title, s.author, s.year.map(String.init), s.publisher, s.identifier]
                      + cells(s.attributes, columns))
        }
        return csv.text
    }

    // MARK: Names and values

    /// A property column for an attribute key: its header (`name:type`) and how to write it.
    struct PropertyColumn {
        var key: String
        var header: String
        var type: AttributeType
    }

    /// One column per key; a name that repeats a fixed property or an earlier name gets `_2`,
    /// `_3`, …; `:` becomes `_`.
    static func propertyColumns(_ types: [(key: String, type: AttributeType)], fixed: [String]) -> [PropertyColumn] {
        var taken = Set(fixed)
        return types.map { key, type in
            let base = key.isEmpty ? "_" : key.replacingOccurrences(of: ":", with: "_")
            var name = base, suffix = 1
            while taken.contains(name) {
                suffix += 1
                name = base + "_\(suffix)"
            }
            taken.insert(name)
            return PropertyColumn(key: key, header: name + ":" + typeName(type), type: type)
        }
    }

    static func typeName(_ type: AttributeType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "long"
        case .double: return "double"
        case .boolean: return "boolean"
        }
    }

    static func cells(_ attributes: Attributes, _ columns: [PropertyColumn]) -> [String?] {
        columns.map { column in attributes[column.key].map { text($0, as: column.type) } }
    }

    /// A value as Neo4j's import reads a property of `type` (Java's number syntax).
    static func text(_ value: AttributeValue, as type: AttributeType) -> String {
        switch (value, type) {
        case (.integer(let i), .double): return javaDouble(Double(i))
        case (.double(let d), .double): return javaDouble(d)
        default: return value.columnText(as: type)
        }
    }

    static func javaDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }

    /// The relationship type of an agreement: its kind in upper case, any character other
    /// than a letter or digit as `_`; `AGREEMENT` without a kind.
    static func relationshipType(_ kind: AgreementKind?) -> String {
        guard let kind, !kind.rawValue.isEmpty else { return "AGREEMENT" }
        return String(kind.rawValue.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// A node label from a type: `research_institute` → `ResearchInstitute`.
    static func pascalCase(_ text: String) -> String {
        text.split { !($0.isLetter || $0.isNumber) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
