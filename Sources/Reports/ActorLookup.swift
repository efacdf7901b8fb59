import Graph

/// Finds the actor an option names: by id, else by label (the first node that has it).
public enum ActorLookup {
    /// The index of the actor named `name`, or nil.
    public static func index(of name: String, in dataset: Dataset) -> Int? {
        dataset.nodes.firstIndex { $0.id == name } ?? dataset.nodes.firstIndex { $0.label == name }
    }

    /// The id of the actor named `name`; `name` itself when no actor has it (so that the
    /// measure that reads it reports it missing).
    public static func id(of name: String, in dataset: Dataset) -> String {
        index(of: name, in: dataset).map { dataset.nodes[$0].id } ?? name
    }
}
