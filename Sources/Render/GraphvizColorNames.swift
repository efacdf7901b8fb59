/// The colour names a theme may use: those of Graphviz's default X11 scheme, which holds the
/// SVG/CSS names plus a few X11-only ones, numbered variants (`firebrick1` … `firebrick4`)
/// and the greys `gray0` … `gray100` (also spelt `grey`); and `transparent`, `none`, `invis`.
///
/// Names are matched as Graphviz matches them, ignoring case. A name outside these (which
/// Graphviz would draw black with a warning) is an error in the theme file.
enum GraphvizColorNames {
    static let base: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
        "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
        "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
        "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
        "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon",
        "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
        "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue", "firebrick",
        "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod",
        "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo",
        "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue",
        "lightcoral", "lightcyan", "lightgoldenrod", "lightgoldenrodyellow", "lightgray",
        "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue",
        "lightslateblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
        "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue",
        "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen",
        "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream", "mistyrose",
        "moccasin", "navajowhite", "navy", "navyblue", "oldlace", "olive", "olivedrab", "orange",
        "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred",
        "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple",
        "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen",
        "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow",
        "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet",
        "violetred", "webgray", "webgreen", "webgrey", "webmaroon", "webpurple", "wheat", "white",
        "whitesmoke", "x11gray", "x11green", "x11grey", "x11maroon", "x11purple", "yellow",
        "yellowgreen", "transparent", "none", "invis",
    ]

    static func isKnown(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.unicodeScalars.allSatisfy({ $0.isASCII }), !lower.isEmpty else { return false }
        if base.contains(lower) { return true }
        let stem = String(lower.prefix { !$0.isNumber })
        let digits = lower.dropFirst(stem.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 3, let n = Int(digits),
              String(n) == digits else { return false }
        if stem == "gray" || stem == "grey" { return n <= 100 }
        return (1...4).contains(n) && base.contains(stem)
    }
}
