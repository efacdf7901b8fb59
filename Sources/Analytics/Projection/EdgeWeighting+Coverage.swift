import Graph

/// How far `--weight NAME` is covered by the agreements: the agreements that carry no value
/// for it, which weigh 1 (networkx's `G[u][v].get(weight, 1)`), and how many there are in all.
public struct WeightCoverage: Sendable, Equatable {
    public let name: String
    public let missing: Int
    public let total: Int

    /// The warning a command prints when some agreements have no value; nil when all have one.
    public var warning: String? {
        guard missing > 0 else { return nil }
        return "--weight \(name): \(missing) of \(total) agreements have no \(name); each of them weighs 1 (networkx's default for an edge without the weight attribute)"
    }
}

/// `--weight NAME` naming an attribute no agreement has, or one that holds something other
/// than numbers: a usage error, listing the attributes that would do.
public struct WeightOptionError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension EdgeWeighting {
    /// The agreement attributes `--weight` can name in `dataset`: `weight` when some agreement
    /// has a weight, then every free attribute whose values are all numbers (integers or
    /// decimals), sorted. O(m·a) for a attributes per agreement.
    public static func numericAttributes(in dataset: Dataset) -> [String] {
        var numeric: [String: Bool] = [:]
        var hasWeight = false
        for agreement in dataset.agreements {
            if agreement.weight != nil { hasWeight = true }
            for (key, value) in agreement.attributes {
                numeric[key] = (numeric[key] ?? true) && value.numericValue != nil
            }
        }
        if numeric["weight"] == true { hasWeight = true }
        let free = numeric.filter { $0.value && $0.key != "weight" }.keys.sorted()
        return (hasWeight ? ["weight"] : []) + free
    }

    /// For an attribute weighting, how many agreements lack the attribute; nil for ``unit``
    /// and ``agreementCount``. Throws when no agreement has the attribute, or when one holds a
    /// value that is not a number (text, true/false): the weight would silently be 1 there.
    /// A dataset without agreements has nothing to weigh and is not refused. O(m).
    public func coverage(in dataset: Dataset) throws -> WeightCoverage? {
        guard case .attribute(let name) = self else { return nil }
        var missing = 0
        for agreement in dataset.agreements {
            let value = name == "weight" ? agreement.weightValue ?? agreement.attributes[name] : agreement.attributes[name]
            guard let value else {
                missing += 1
                continue
            }
            if value.numericValue == nil {
                throw WeightOptionError(description: "--weight \(name): agreement '\(agreement.id)' (\(agreement.from) – \(agreement.to)) has '\(value.description.abbreviated())' there, not a number; \(Self.choices(in: dataset))")
            }
        }
        if missing == dataset.agreements.count && missing > 0 {
            throw WeightOptionError(description: "--weight \(name): no agreement has an attribute '\(name)'; \(Self.choices(in: dataset))")
        }
        return WeightCoverage(name: name, missing: missing, total: dataset.agreements.count)
    }

    /// What `--weight` can name instead, for the errors above.
    private static func choices(in dataset: Dataset) -> String {
        let numeric = numericAttributes(in: dataset)
        let listed = numeric.isEmpty ? "the agreements have no numeric attribute" : "numeric agreement attributes: " + numeric.joined(separator: ", ")
        return listed + " (or 'agreements': the number of agreements between two actors)"
    }
}
