/// The network as it stood at the end of a year (`--as-of YEAR` on every command).
///
/// Rule: an agreement belongs to the network as of YEAR when
/// - it is dated, and its date falls in or before YEAR (a partial date counts by its year:
///   `2015-06` is in the network as of 2015); undated agreements are left out, since nothing
///   says they existed by then;
/// - and no end date says it had ended before YEAR: the field `end_date` (or, in files written
///   before it was a field, an attribute `ended` read as a partial date or an integer year)
///   removes the agreement from
///   every year after the end's year. An agreement that ended during YEAR was in force for part
///   of YEAR and is kept. A status `ended` without an end date, or `ended=true`, cannot be
///   placed in time, so it removes nothing; `valid_until` is a stated validity, often renewed,
///   and is not read as an end.
///
/// Nodes are all kept (a node may exist before its first agreement); planned agreements are
/// kept like signed ones (filter by status for signed ones only).
extension Dataset {
    /// The dataset with only the agreements in force as of the end of `year` (see the rule
    /// above); every node, source and origin of a kept record is kept. The metadata gains
    /// `as_of` = `year`.
    public func asOf(year: Int) -> Dataset {
        var result = keepingAgreements { agreements[$0].isInNetwork(asOf: year) }
        result.metadata["as_of"] = .integer(year)
        return result
    }
}

extension Agreement {
    /// Attribute keys read as the date an agreement ended when the `end_date` field is empty.
    public static let endDateKeys = ["end_date", "ended"]

    /// The year the agreement ended: its `end_date`, else an `end_date`/`ended` attribute.
    public var endYear: Int? {
        if let endDate { return endDate.year }
        for key in Agreement.endDateKeys {
            switch attributes[key] {
            case .string(let text)?:
                if let date = PartialDate(text) { return date.year }
            case .integer(let year)?:
                return year
            case .double(let year)? where year == year.rounded() && abs(year) < 1e6:
                return Int(year)
            default:
                continue
            }
        }
        return nil
    }

    /// True when the agreement is dated in or before `year` and has not ended before it.
    public func isInNetwork(asOf year: Int) -> Bool {
        guard let date, date.year <= year else { return false }
        if let end = endYear, end < year { return false }
        return true
    }
}
