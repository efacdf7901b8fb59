/// A calendar date known to the year, the month or the day.
///
/// Sources often say only "in 2009" or "in March 2017"; such dates keep their precision and
/// are never padded into a fake first day. Text form is ISO 8601's reduced precision:
/// `2009`, `2017-03`, `2017-03-14`.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
    }

    // Compact storage (8 bytes): a dataset holds one date per agreement, millions at times.
    private let storedYear: Int16
    private let storedMonth: UInt8  // 0 when unknown
    private let storedDay: UInt8    // 0 when unknown

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// Builds a date, or nil when the month or day does not exist (2023-02-29).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.storedYear = Int16(year)
        self.storedMonth = UInt8(month ?? 0)
        self.storedDay = UInt8(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                  day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day the date may denote, as (year, month, day).
    public var earliestDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// The last day the date may denote.
    public var latestDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// The earliest day as a full ISO date, for formats that need one (GEXF spells).
    public var earliestISODay: String {
        let (y, m, d) = earliestDay
        return String(y).leftPadded(to: 4) + "-" + String(m).leftPadded(to: 2) + "-" + String(d).leftPadded(to: 2)
    }

    /// True when every day this date may denote is before every day `other` may denote.
    public func isEntirelyBefore(_ other: PartialDate) -> Bool {
        let a = latestDay, b = other.earliestDay
        return (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension PartialDate: Comparable {
    /// Orders by earliest day, then the less precise date first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        let x = a.earliestDay, y = b.earliestDay
        if (x.year, x.month, x.day) != (y.year, y.month, y.day) {
            return (x.year, x.month, x.day) < (y.year, y.month, y.day)
        }
        return a.precision < b.precision
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
