/// The bounds on what reading a graph may cost: the one home of every input limit, shared by
/// the readers (Graph), the DOT syntax check (GraphvizBridge) and the DOT writer, which
/// refuses to write what the DOT reader would refuse.
///
/// - `maxAgreements` (default 10,000,000; `--max-agreements N` on every command that reads a
///   graph): the most agreements one input may create. A real graph with a million edges
///   passes. DOT counts them in its syntax check, before Graphviz expands anything: each node
///   a subgraph names counts once per mention (an upper bound of what cgraph creates). Every
///   other reader creates at most one agreement per record, so it is held to the limit when
///   it has read them: the error names the first agreement past the limit.
/// - `maxDOTProductAgreements` (default 1,000,000; `--max-agreements N`, when given, sets it to
///   N too): the most agreements DOT edge products (`{a b} -> {c d}`, a subgraph on either
///   side of an edge operator) may create together. A plain edge list in DOT creates one
///   agreement per edge operator and is bounded by its own size; a product multiplies, and a
///   30 KB file (`{a0 … a1999} -> {b0 … b1999}`) would otherwise create 4,000,000 agreements
///   (1.5 GB) from nothing.
/// - `maxDOTNesting` (256): the deepest DOT subgraph nesting (`{ { … } }`, `a -> {{…}}`),
///   so that no file drives the syntax check's recursion deep.
/// - `maxDOTStringBytes` (65,536): the longest DOT ID as written between its delimiters (a
///   quoted string's content with its escapes, an HTML string, a name or a numeral), and the
///   longest string joined with `+`. Graphviz's scanner is quadratic in a token's length
///   past its 16 KiB buffer (measured with cgraph 2.42: 64 KiB 0.04 s, 256 KiB 0.5 s, 1 MiB
///   8.6 s): the longest allowed reads in well under a second. The DOT writer refuses a value
///   longer than this, so that `convert -o x.dot` never writes what cannot be read back.
/// - `maxDOTStringPieces` (256): the most quoted strings joined with `+` into one ID (cgraph
///   copies the whole string for each piece: 16,384 one-byte pieces take 0.35 s).
/// - `maxDeclaredVertices(fileSize:)`: the most vertices a Pajek `*Vertices n` line may
///   declare: a million, or one per byte of the file when it is larger. Pajek lets vertices go
///   unlisted (igraph writes none), so without a bound a 45-byte file asked for 4 billion
///   nodes (a fuzz finding).
///
/// Lines are not limited: cgraph reads a 1 MB line of short tokens in linear time.
public struct InputLimits: Sendable, Equatable {
    /// The most agreements one input may create.
    public var maxAgreements: Int
    /// The most agreements DOT edge products may create together.
    public var maxDOTProductAgreements: Int

    public static let defaultMaxAgreements = 10_000_000
    public static let defaultMaxDOTProductAgreements = 1_000_000
    public static let maxDOTNesting = 256
    public static let maxDOTStringBytes = 65_536
    public static let maxDOTStringPieces = 256

    /// The most vertices a Pajek `*Vertices n` line may declare in a file of `fileSize` bytes.
    public static func maxDeclaredVertices(fileSize: Int) -> Int { max(1_000_000, fileSize) }

    public init(maxAgreements: Int = InputLimits.defaultMaxAgreements,
                maxDOTProductAgreements: Int = InputLimits.defaultMaxDOTProductAgreements) {
        self.maxAgreements = maxAgreements
        self.maxDOTProductAgreements = maxDOTProductAgreements
    }

    public static let `default` = InputLimits()

    /// The error for an input that would create more agreements than the limit, at `location`.
    public func tooManyAgreements(_ count: Int, at location: SourceLocation) -> InputError {
        InputError(location, "expected at most \(maxAgreements) agreements (the limit set by --max-agreements), found \(count)")
    }

    /// The error for DOT edge products that would create `count` agreements, more than
    /// `maxDOTProductAgreements`, at `location`.
    public func tooManyProductAgreements(_ count: Int, at location: SourceLocation) -> InputError {
        InputError(location, "expected edge products (a subgraph beside '--' or '->') to create at most \(maxDOTProductAgreements) agreements (the DOT edge-product limit; --max-agreements N raises it), found \(count)")
    }

    /// Throws when `dataset` holds more agreements than the limit, naming the first one past it.
    public func check(_ dataset: Dataset, file: String) throws {
        guard dataset.agreements.count > maxAgreements else { return }
        let location = dataset.origin(ofAgreement: maxAgreements) ?? SourceLocation(file: file)
        throw tooManyAgreements(dataset.agreements.count, at: location)
    }

    /// The error for a DOT ID of `length` bytes, longer than `maxDOTStringBytes`.
    public static func dotStringTooLong(_ length: Int) -> String {
        "expected a DOT string or name of at most \(maxDOTStringBytes) bytes (the DOT string length limit), found \(length) bytes"
    }
}
