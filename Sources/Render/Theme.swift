import Graph
import Tables

/// Every styling choice a diagram makes, with the project's defaults. A theme file
/// (`ThemeFile`) overrides any part of it; `DiagramStyle` applies it. This is the one place
/// that maps node types to shapes and colours and agreement kinds to edge colours and styles.
public struct Theme: Sendable, Equatable {
    public struct NodeLook: Sendable, Equatable {
        /// A Graphviz node shape (`ellipse`, `box`, `hexagon`...).
        public var shape: String
        /// A fill colour, `#RRGGBB` or a Graphviz colour name.
        public var color: String
        public init(shape: String, color: String) { self.shape = shape; self.color = color }
    }

    public struct EdgeLook: Sendable, Equatable {
        public var color: String
        /// A Graphviz edge style: `solid`, `dashed`, `dotted`, `bold`.
        public var style: String
        public init(color: String, style: String) { self.color = color; self.style = style }
    }

    /// Node looks by node type (raw value, e.g. "city").
    public var nodeTypes: [String: NodeLook]
    /// The look of a node without a type, or of a type the theme does not name.
    public var otherNodeType: NodeLook
    /// Edge looks by agreement kind (raw value, e.g. "twinning").
    public var agreementKinds: [String: EdgeLook]
    public var otherAgreementKind: EdgeLook
    /// Colours for categories (countries, communities, attribute values); nil picks
    /// Okabe–Ito or Tol by the number of categories (`Palette.categorical`).
    public var palette: [String]?
    public var fontName: String
    /// Label size in points in small diagrams.
    public var fontSize: Double
    /// Legend text size in points as it should appear on the page.
    public var legendFontSize: Double
    /// Node diameter range in inches, for sizes by measure.
    public var nodeSize: ClosedRange<Double>
    /// Node diameter range in inches when nodes are drawn as points (large graphs).
    public var pointSize: ClosedRange<Double>
    /// Edge pen width range in points, for widths by weight.
    public var edgeWidth: ClosedRange<Double>
    public var background: String
    /// Edge colour in large graphs, where colours by kind would turn into noise.
    public var denseEdgeColor: String

    /// The project's defaults: Okabe–Ito colours (`Palette.okabeIto`); related types share a
    /// colour and differ by shape, so the eight colours cover ten types.
    public static let standard = Theme(
        nodeTypes: [
            NodeType.country.rawValue: NodeLook(shape: "doubleoctagon", color: "#0072B2"),
            NodeType.region.rawValue: NodeLook(shape: "hexagon", color: "#56B4E9"),
            NodeType.city.rawValue: NodeLook(shape: "ellipse", color: "#E69F00"),
            NodeType.district.rawValue: NodeLook(shape: "egg", color: "#F0E442"),
            NodeType.university.rawValue: NodeLook(shape: "house", color: "#009E73"),
            NodeType.researchInstitute.rawValue: NodeLook(shape: "invhouse", color: "#009E73"),
            NodeType.firm.rawValue: NodeLook(shape: "box", color: "#D55E00"),
            NodeType.industrialPark.rawValue: NodeLook(shape: "component", color: "#D55E00"),
            NodeType.governmentBody.rawValue: NodeLook(shape: "septagon", color: "#CC79A7"),
            NodeType.organisation.rawValue: NodeLook(shape: "diamond", color: "#999999"),
        ],
        otherNodeType: NodeLook(shape: "ellipse", color: Palette.missing),
        agreementKinds: [
            AgreementKind.twinning.rawValue: EdgeLook(color: "#0072B2", style: "solid"),
            AgreementKind.friendship.rawValue: EdgeLook(color: "#56B4E9", style: "dashed"),
            AgreementKind.cooperation.rawValue: EdgeLook(color: "#009E73", style: "solid"),
            AgreementKind.memorandum.rawValue: EdgeLook(color: "#009E73", style: "dashed"),
            AgreementKind.roadmap.rawValue: EdgeLook(color: "#009E73", style: "dotted"),
            AgreementKind.universityAgreement.rawValue: EdgeLook(color: "#E69F00", style: "solid"),
            AgreementKind.jointCentre.rawValue: EdgeLook(color: "#E69F00", style: "dashed"),
            AgreementKind.jointVenture.rawValue: EdgeLook(color: "#D55E00", style: "solid"),
            AgreementKind.investment.rawValue: EdgeLook(color: "#D55E00", style: "bold"),
            AgreementKind.tradeContract.rawValue: EdgeLook(color: "#D55E00", style: "dashed"),
            AgreementKind.parkResidency.rawValue: EdgeLook(color: "#CC79A7", style: "dotted"),
            AgreementKind.membership.rawValue: EdgeLook(color: "#999999", style: "dashed"),
            AgreementKind.parliamentary.rawValue: EdgeLook(color: "#CC79A7", style: "solid"),
            AgreementKind.treaty.rawValue: EdgeLook(color: "#332288", style: "solid"),
            AgreementKind.jointCommission.rawValue: EdgeLook(color: "#332288", style: "dashed"),
            AgreementKind.diplomaticRelations.rawValue: EdgeLook(color: "#332288", style: "dotted"),
            AgreementKind.representativeOffice.rawValue: EdgeLook(color: "#882255", style: "dotted"),
            AgreementKind.subsidiary.rawValue: EdgeLook(color: "#D55E00", style: "dotted"),
            AgreementKind.aid.rawValue: EdgeLook(color: "#117733", style: "bold"),
            AgreementKind.other.rawValue: EdgeLook(color: "#999999", style: "solid"),
        ],
        otherAgreementKind: EdgeLook(color: "#777777", style: "solid"),
        palette: nil,
        fontName: "DejaVu Sans",
        fontSize: 10,
        legendFontSize: 11,
        nodeSize: 0.3...1.2,
        pointSize: 0.03...0.3,
        edgeWidth: 1.5...6,
        background: "white",
        denseEdgeColor: "#4D4D4D"
    )

    public func look(of type: NodeType?) -> NodeLook {
        type.flatMap { nodeTypes[$0.rawValue] } ?? otherNodeType
    }

    public func look(of kind: AgreementKind?) -> EdgeLook {
        kind.flatMap { agreementKinds[$0.rawValue] } ?? otherAgreementKind
    }

    /// The colours for `count` categories: the theme's palette or the standard choice.
    public func categoricalColors(count: Int) -> [String] {
        palette ?? Palette.categorical(count: count)
    }
}
