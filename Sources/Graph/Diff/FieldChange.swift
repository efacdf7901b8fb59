/// One field of a record that differs between two versions of a dataset, with its old and new
/// value as text (nil where the field is empty on that side).
///
/// Fields compared, in this order:
/// - actors: `label`, `type`, `country`, `within`, `aliases` (joined by `;`, order kept: a
///   reordering is a change), then every attribute key of either side, by name (`lat`, `lon`…);
/// - agreements: `from` and `to` (only when a directed agreement's ends are reversed: an
///   undirected agreement's ends may be listed in either order), `kind`, `date`, `end_date`,
///   `status`, `directed`, `weight`, the provenance `source`, `locator`, `quote`, `url`, then
///   every attribute key of either side, by name.
///
/// Values are compared as typed values: an attribute `1` (integer) against `1.0` (double) is
/// a change, shown as `1` → `1.0`; two NaNs of the same type are equal. The agreement id is not
/// a field: ids are often positional (`a0001`, `e0`) and differ between sources, so
/// ``DatasetDiff`` pairs agreements by what they are and says where the ids differ.
///
/// Complexity: O(fields + attributes) per record.
public struct FieldChange: Hashable, Sendable {
    public let field: String
    public let old: String?
    public let new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension FieldChange {
    /// The fields in which `old` and `new` (the same actor, by id) differ.
    public static func changes(from old: Node, to new: Node) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ a: String?, _ b: String?) {
            if a != b { changes.append(FieldChange(field: field, old: a, new: b)) }
        }
        compare("label", old.label, new.label)
        compare("type", old.type?.rawValue, new.type?.rawValue)
        compare("country", old.country, new.country)
        compare("within", old.within, new.within)
        compare("aliases", old.aliases.isEmpty ? nil : old.aliases.joined(separator: ";"),
                new.aliases.isEmpty ? nil : new.aliases.joined(separator: ";"))
        changes += attributeChanges(old.attributes, new.attributes)
        return changes
    }

    /// The fields in which two paired agreements differ (their ids aside).
    public static func changes(from old: Agreement, to new: Agreement) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ a: String?, _ b: String?) {
            if a != b { changes.append(FieldChange(field: field, old: a, new: b)) }
        }
        // Ends in another order matter only where an agreement has a direction.
        let sameOrder = old.from == new.from && old.to == new.to
        if !sameOrder && (old.directed || new.directed) {
            compare("from", old.from, new.from)
            compare("to", old.to, new.to)
        }
        compare("kind", old.kind?.rawValue, new.kind?.rawValue)
        compare("date", old.date?.description, new.date?.description)
        compare("end_date", old.endDate?.description, new.endDate?.description)
        compare("status", old.status?.rawValue, new.status?.rawValue)
        compare("directed", String(old.directed), String(new.directed))
        if !sameValue(old.weightValue, new.weightValue) {
            changes.append(FieldChange(field: "weight", old: old.weightValue?.description, new: new.weightValue?.description))
        }
        compare("source", old.provenance.source, new.provenance.source)
        compare("locator", old.provenance.locator, new.provenance.locator)
        compare("quote", old.provenance.quote, new.provenance.quote)
        compare("url", old.provenance.url, new.provenance.url)
        changes += attributeChanges(old.attributes, new.attributes)
        return changes
    }

    /// Every attribute key of either side whose value differs, by key name.
    static func attributeChanges(_ old: Attributes, _ new: Attributes) -> [FieldChange] {
        if old.isEmpty && new.isEmpty { return [] }
        var changes: [FieldChange] = []
        for key in Set(old.keys).union(new.keys).sorted() where !sameValue(old[key], new[key]) {
            changes.append(FieldChange(field: key, old: old[key]?.description, new: new[key]?.description))
        }
        return changes
    }

    /// Typed equality, except that NaN equals NaN (a value read twice is the same value): the
    /// one rule for whether two attribute values differ (`diff`'s changes, `merge`'s conflicts).
    static func sameValue(_ a: AttributeValue?, _ b: AttributeValue?) -> Bool {
        if a == b { return true }
        if case .double(let x)? = a, case .double(let y)? = b { return x.isNaN && y.isNaN }
        return false
    }
}
