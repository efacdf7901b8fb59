import Foundation

/// Gephi's spreadsheet tables (Data Laboratory's "Import spreadsheet" and "Export table"):
/// an edges table `Source,Target,Type,Id,Label,Weight,<attributes>` and a nodes table
/// `Id,Label,<attributes>`, both CSV.
///
/// Named with `--to gephi` / `--from gephi`: the edges table is the path given, the nodes
/// table sits beside it as `<name>-nodes.csv` (`net.csv` → `net-nodes.csv`; a name ending in
/// `-edges` drops it: `net-edges.csv` → `net-nodes.csv`). Reading takes the nodes table when
/// it exists (or the one `--names` gives).
///
/// Columns written: `Type` is `Directed` or `Undirected` per agreement; `Id` the agreement id;
/// `Label` the agreement's text attribute `label`; `Weight` its weight (empty when none, which
/// Gephi reads as 1); then `kind`, `date`, `end_date`, `status`, `source_id` (the provenance
/// source: `source` would name the origin here), `locator`, `quote`, `url` where in use, then
/// the free attributes by name (see `EdgeTable` for how their types survive). Read back by
/// Twinning (`EdgeTable`, `NodeTable`), every node and agreement field and attribute is equal;
/// sources and metadata are not carried.
public enum GephiTables {
    /// The nodes table beside the edges table at `path`.
    public static func nodesPath(besides path: String) -> String {
        let url = URL(fileURLWithPath: path)
        var stem = url.deletingPathExtension().lastPathComponent
        for suffix in ["-edges", "_edges"] where stem.hasSuffix(suffix) { stem.removeLast(suffix.count) }
        let name = stem + "-nodes.csv"
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Refuses what the two tables cannot carry: no agreement, and what `EdgeTable.check` and
    /// `CSVTable.checkAttributes` refuse in the edges and nodes tables (an empty label too).
    public static func check(_ dataset: Dataset, file: String) throws {
        try EdgeList.refuseEmpty(dataset, file: file)
        try EdgeTable.check(dataset, file: file)
        let nodesFile = nodesPath(besides: file)
        try CSVTable.checkAttributes(dataset.nodes.lazy.map { ("node '\($0.id.abbreviated())'", $0.attributes) },
                                     file: nodesFile, refusingEmptyText: true)
        if let node = dataset.nodes.first(where: { $0.label.isEmpty }) {
            throw OutputError(SourceLocation(file: nodesFile, element: "node '\(node.id.abbreviated())'"),
                              "expected a label, found an empty one, which the Label cell cannot tell from no label; choose a dataset folder, GraphML or JSON")
        }
    }

    public static func edgesText(_ dataset: Dataset) -> String {
        EdgeTable.write(dataset, delimiter: ",", style: .gephi)
    }

    public static func nodesText(_ dataset: Dataset) -> String {
        NodeTable.write(dataset)
    }

    /// Writes the edges table to `path` and the nodes table beside it. Both are written in full
    /// (and flushed to disk) before either replaces its file, then they are renamed into place
    /// back to back: a failure while writing (a full disk) changes neither table, and only a
    /// kill between the two renames could leave a new edges table beside the old nodes table.
    public static func write(_ dataset: Dataset, to path: String) throws {
        guard path != "-" else {
            throw InputError(SourceLocation(file: path), "expected a file path for Gephi's two tables (edges and nodes), found standard output")
        }
        guard !OutputTarget(path).isStream else {
            throw InputError(SourceLocation(file: path), "expected a file path for Gephi's two tables (edges and nodes), found a device or a pipe")
        }
        try check(dataset, file: path)
        let edges = edgesText(dataset), nodes = nodesText(dataset)
        // The nodes table goes to a temporary file first; the edges table replaces its file
        // inside, so the nodes rename follows the edges rename at once.
        try AtomicFile.replace(nodesPath(besides: path)) { temporary in
            try AtomicFile.write(nodes, to: temporary)
            try AtomicFile.write(edges, to: path)
        }
    }
}
