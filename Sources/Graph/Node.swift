/// An actor of the network: a country, region, city, district, university, firm...
public struct Node: Hashable, Sendable {
    /// Stable identifier, unique in its dataset.
    public var id: String
    /// Human-readable name (a canonical English name in bundled datasets).
    public var label: String
    public var type: NodeType?
    public var country: String?
    /// The id of the node this one belongs to: city → region → country.
    public var within: String?
    /// Other spellings of the name.
    public var aliases: [String]
    public var attributes: Attributes

    public init(id: String, label: String? = nil, type: NodeType? = nil, country: String? = nil,
                within: String? = nil, aliases: [String] = [], attributes: Attributes = [:]) {
        self.id = id
        self.label = label ?? id
        self.type = type
        self.country = country
        self.within = within
        self.aliases = aliases
        self.attributes = attributes
    }
}

/// Where a fact comes from.
///
/// The four texts live in one shared, copy-on-write box, so an agreement without provenance
/// costs a single null reference (datasets of millions of edges mostly have none).
public struct Provenance: Hashable, Sendable {
    private final class Storage: @unchecked Sendable {
        var source: String?, locator: String?, quote: String?, url: String?
        init(_ source: String?, _ locator: String?, _ quote: String?, _ url: String?) {
            self.source = source; self.locator = locator; self.quote = quote; self.url = url
        }
        func copy() -> Storage { Storage(source, locator, quote, url) }
    }

    private var storage: Storage?

    public init(source: String? = nil, locator: String? = nil, quote: String? = nil, url: String? = nil) {
        if source != nil || locator != nil || quote != nil || url != nil {
            storage = Storage(source, locator, quote, url)
        }
    }

    private mutating func update(_ change: (Storage) -> Void) {
        if storage == nil {
            storage = Storage(nil, nil, nil, nil)
        } else if !isKnownUniquelyReferenced(&storage) {
            storage = storage!.copy()
        }
        change(storage!)
        if isEmpty { storage = nil }
    }

    /// The id of a record in the dataset's sources.
    public var source: String? {
        get { storage?.source }
        set { update { $0.source = newValue } }
    }
    /// Where in the source: a line, a page, a section.
    public var locator: String? {
        get { storage?.locator }
        set { update { $0.locator = newValue } }
    }
    /// The verbatim text that states the fact.
    public var quote: String? {
        get { storage?.quote }
        set { update { $0.quote = newValue } }
    }
    public var url: String? {
        get { storage?.url }
        set { update { $0.url = newValue } }
    }

    public var isEmpty: Bool { source == nil && locator == nil && quote == nil && url == nil }

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.source == b.source && a.locator == b.locator && a.quote == b.quote && a.url == b.url
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source); hasher.combine(locator); hasher.combine(quote); hasher.combine(url)
    }
}

/// An edge: one agreement between two actors. Several agreements between the same pair stay
/// separate edges (the network is a multigraph).
public struct Agreement: Hashable, Sendable {
    public var id: String
    /// The first party; for a directed agreement the origin (the investor of an investment).
    public var from: String
    /// The second party; for a directed agreement the destination.
    public var to: String
    public var kind: AgreementKind?
    public var date: PartialDate?
    /// When the agreement ended (or ends), at the precision the source gives.
    public var endDate: PartialDate?
    public var status: AgreementStatus?
    /// True when the agreement goes from `from` to `to` (an investment, a supply contract).
    public var directed: Bool
    /// The weight as it was read: `.integer` or `.double` (an integer weight stays an integer
    /// in every format that has integers). Readers refuse any other value.
    public var weightValue: AttributeValue?
    /// The weight as a number, for the measures; setting it stores a `.double`.
    public var weight: Double? {
        get { weightValue?.numericValue }
        set { weightValue = newValue.map(AttributeValue.double) }
    }
    public var provenance: Provenance
    public var attributes: Attributes

    public init(id: String, from: String, to: String, kind: AgreementKind? = nil,
                date: PartialDate? = nil, endDate: PartialDate? = nil, status: AgreementStatus? = nil,
                directed: Bool = false, weight: Double? = nil, provenance: Provenance = Provenance(),
                attributes: Attributes = [:]) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.date = date
        self.endDate = endDate
        self.status = status
        self.directed = directed
        self.weightValue = weight.map(AttributeValue.double)
        self.provenance = provenance
        self.attributes = attributes
    }

    public var isSelfLoop: Bool { from == to }

    /// The id a reader gives the agreement at 0-based `position` when its file names none
    /// (`e0`, `e1`, …; the dataset folder numbers its rows from 1 instead, as a spreadsheet does).
    public static func defaultID(_ position: Int) -> String { "e\(position)" }
}

/// A bibliographic record that agreements cite.
public struct SourceRecord: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var author: String?
    public var year: Int?
    public var publisher: String?
    /// ISBN, DOI, URL or a file name.
    public var identifier: String?
    public var attributes: Attributes

    public init(id: String, title: String? = nil, author: String? = nil, year: Int? = nil,
                publisher: String? = nil, identifier: String? = nil, attributes: Attributes = [:]) {
        self.id = id
        self.title = title
        self.author = author
        self.year = year
        self.publisher = publisher
        self.identifier = identifier
        self.attributes = attributes
    }
}
