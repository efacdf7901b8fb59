import Foundation

/// Colour-blind-safe categorical palettes.
///
/// - Okabe, M. & Ito, K. (2002), "Color Universal Design (CUD): how to make figures and
///   presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/
///   — eight colours distinguishable under every common colour-vision deficiency.
/// - Tol, P. (2021), "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2,
///   https://personal.sron.nl/~pault/ — the *muted* (9 colours) and *light* (9 colours)
///   qualitative schemes, and the *YlOrBr* sequential scheme.
public enum Palette {
    /// Okabe–Ito, black replaced by grey so that black labels stay readable on every fill.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                  "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    public static let tolMuted = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
                                  "#882255", "#44AA99", "#999933", "#AA4499"]
    public static let tolLight = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF",
                                  "#44BB99", "#BBCC33", "#AAAA00", "#DDDDDD"]
    /// Tol's YlOrBr sequential scheme, light to dark, for numeric attributes.
    public static let tolYlOrBr = ["#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29",
                                   "#EC7014", "#CC4C02", "#993404", "#662506"]
    /// Tol's colour for "no data": a pale grey that no palette uses.
    public static let missing = "#DDDDDD"
    /// A darker grey for categories beyond the palette ("other"), distinct from `missing`.
    public static let other = "#AAAAAA"

    /// The colours for `count` categories: Okabe–Ito up to eight, Tol muted for nine, then
    /// muted followed by light (18 colours; categories beyond share `missing` as "other").
    public static func categorical(count: Int) -> [String] {
        if count <= okabeIto.count { return okabeIto }
        if count <= tolMuted.count { return tolMuted }
        return tolMuted + tolLight.filter { $0 != missing }
    }
}
