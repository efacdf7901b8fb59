import Foundation
import Graph
import GraphvizBridge
import Tables
@testable import Render
import XCTest

final class ThemeTests: XCTestCase {
    func theme(_ json: String, file: String = "theme.json") throws -> Theme {
        try Theme.standard.overridden(byJSON: Data(json.utf8), file: file)
    }

    func assertThemeError(_ json: String, key: String, containing text: String, line: UInt = #line) {
        XCTAssertThrowsError(try theme(json, file: "my-theme.json"), line: line) { error in
            guard let error = error as? ThemeError else { return XCTFail("\(error)", line: line) }
            XCTAssertEqual(error.file, "my-theme.json", line: line)
            XCTAssertEqual(error.key, key, line: line)
            XCTAssertTrue(error.message.contains(text), error.message, line: line)
            XCTAssertTrue(error.description.hasPrefix("my-theme.json: error: key '\(key)'") || key.isEmpty, error.description, line: line)
        }
    }

    func testEveryKnownKindHasItsOwnLook() {
        let looks = AgreementKind.known.map { Theme.standard.look(of: $0) }
        for (kind, look) in zip(AgreementKind.known, looks) {
            XCTAssertNotNil(Theme.standard.agreementKinds[kind.rawValue], "\(kind.rawValue) falls back to the unknown-kind look")
            XCTAssertEqual(looks.filter { $0.color == look.color && $0.style == look.style }.count, 1,
                           "\(kind.rawValue) shares its colour and style with another kind")
        }
    }

    func testThemeOverridesAColourInTheDrawing() throws {
        let custom = try theme(##"{"nodeTypes": {"city": {"color": "#123456"}}, "agreementKinds": {"twinning": {"style": "dotted"}}}"##)
        XCTAssertEqual(custom.look(of: .city), Theme.NodeLook(shape: "ellipse", color: "#123456"))
        XCTAssertEqual(custom.look(of: .twinning).style, "dotted")
        let dataset = try smallFixture()
        let dot = try DiagramDOTWriter.dot(for: dataset, options: DiagramOptions(theme: custom))
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains("fill=\"#123456\""))
    }

    func testThemeSetsPaletteFontsSizesAndBackground() throws {
        let custom = try theme(##"{"palette": ["#111111", "#222222"], "font": "Liberation Sans", "fontSize": 14,"##
                               + ##""nodeSize": {"max": 2}, "background": "#FAFAFA", "edgeWidth": {"min": 0.5, "max": 3}}"##)
        XCTAssertEqual(custom.palette, ["#111111", "#222222"])
        XCTAssertEqual(custom.fontName, "Liberation Sans")
        XCTAssertEqual(custom.nodeSize, Theme.standard.nodeSize.lowerBound...2)
        XCTAssertEqual(custom.edgeWidth, 0.5...3)
        let dataset = try smallFixture()
        let dot = try DiagramDOTWriter.dot(for: dataset, options: DiagramOptions(colorBy: .country, theme: custom))
        XCTAssertTrue(dot.contains("bgcolor=\"#FAFAFA\""))
        XCTAssertTrue(dot.contains("fillcolor=\"#111111\""))
    }

    /// A theme built in code meets the same checks as a file's before anything is drawn: a
    /// font that Graphviz would copy raw into the SVG, a colour or a size out of bounds.
    func testAThemeBuiltInCodeIsCheckedBeforeDrawing() throws {
        XCTAssertNoThrow(try Theme.standard.check(), "the standard theme passes its own checks")
        let dataset = try smallFixture()
        var hostile = Theme.standard
        hostile.fontName = #"Sans" onload="alert(1)"#
        XCTAssertThrowsError(try DiagramDOTWriter.dot(for: dataset, options: DiagramOptions(theme: hostile))) { error in
            XCTAssertTrue("\(error)".hasPrefix("theme: error: key 'font': expected a font name"), "\(error)")
        }
        var huge = Theme.standard
        huge.nodeSize = 1...1e9
        XCTAssertThrowsError(try huge.check()) { XCTAssertTrue("\($0)".contains("nodeSize.max"), "\($0)") }
        var colour = Theme.standard
        colour.agreementKinds["twinning"]?.color = "#12345\""
        XCTAssertThrowsError(try colour.check()) { XCTAssertTrue("\($0)".contains("agreementKinds.twinning.color"), "\($0)") }
    }

    func testBadThemeFilesNameTheFileAndTheKey() {
        assertThemeError(##"{"nodeTypes": {"city": {"colour": "#123456"}}}"##, key: "nodeTypes.city.colour", containing: "unknown key")
        assertThemeError(##"{"nodeTypes": {"city": {"color": "not a colour"}}}"##, key: "nodeTypes.city.color", containing: "expected a colour")
        assertThemeError(##"{"agreementKinds": {"twinning": {"style": "wavy"}}}"##, key: "agreementKinds.twinning.style", containing: "edge style")
        assertThemeError(##"{"nodeTypes": {"city": {"shape": "blob"}}}"##, key: "nodeTypes.city.shape", containing: "node shape")
        assertThemeError(##"{"fontSize": "big"}"##, key: "fontSize", containing: "expected a number")
        assertThemeError(##"{"palette": ["#000000", 3]}"##, key: "palette[1]", containing: "expected a string")
        assertThemeError(##"{"nodeSize": {"min": 2, "max": 1}}"##, key: "nodeSize", containing: "min ≤ max")
        assertThemeError(##"{"backgrund": "white"}"##, key: "backgrund", containing: "unknown key")
        assertThemeError(##"{"palette": [}"##, key: "", containing: "expected valid JSON")
    }

    func testLoadingAMissingFileIsAnInputError() {
        XCTAssertThrowsError(try Theme.load(file: "/nonexistent/theme.json")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/theme.json"), "\(error)")
        }
    }

    func testLoadingAFile() throws {
        let path = NSTemporaryDirectory() + "twinning-theme-\(UUID().uuidString).json"
        try Data(##"{"background": "black"}"##.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try Theme.load(file: path).background, "black")
    }

    /// A theme file written to plant markup: every value is refused before it reaches Graphviz,
    /// naming the file and the key.
    func testHostileThemeValuesAreRefused() {
        assertThemeError(##"{"font": "\"/><script>alert(1)</script>"}"##, key: "font", containing: "expected a font name")
        assertThemeError(##"{"font": "Sans\u0001"}"##, key: "font", containing: "found 'Sans\\u{1}'")
        assertThemeError(##"{"font": "   "}"##, key: "font", containing: "expected a font name")
        assertThemeError(##"{"font": "a;b"}"##, key: "font", containing: "expected a font name")
        assertThemeError(##"{"background": "red\" onload=\"alert(1)"}"##, key: "background", containing: "expected a colour")
        assertThemeError(##"{"background": "javascript"}"##, key: "background", containing: "Graphviz colour name")
        assertThemeError(##"{"denseEdgeColor": "#12"}"##, key: "denseEdgeColor", containing: "expected a colour")
        assertThemeError(##"{"palette": ["#1234567"]}"##, key: "palette[0]", containing: "expected a colour")
        assertThemeError(##"{"nodeTypes": {"city": {"color": "gray101"}}}"##, key: "nodeTypes.city.color", containing: "expected a colour")
        assertThemeError(##"{"nodeTypes": {"city": {"color": "navy5"}}}"##, key: "nodeTypes.city.color", containing: "expected a colour")
        assertThemeError(##"{"nodeTypes": {"city": {"shape": "box\"];<script>"}}}"##, key: "nodeTypes.city.shape", containing: "node shape")
        assertThemeError(##"{"agreementKinds": {"x": {"style": "solid,setlinewidth(9)"}}}"##, key: "agreementKinds.x.style", containing: "edge style")
        assertThemeError(##"{"fontSize": 0}"##, key: "fontSize", containing: "positive number at most 144")
        assertThemeError(##"{"legendFontSize": 1e308}"##, key: "legendFontSize", containing: "at most 144")
        assertThemeError(##"{"nodeSize": {"max": 21}}"##, key: "nodeSize.max", containing: "at most 20")
        assertThemeError(##"{"edgeWidth": {"min": -1}}"##, key: "edgeWidth.min", containing: "positive number")
    }

    func testColourFormsAndNamesGraphvizKnows() throws {
        let custom = try theme(##"{"background": "#AbC", "denseEdgeColor": "LightBlue", "palette": ["gray40", "grey100", "firebrick3", "#11223344", "transparent"]}"##)
        XCTAssertEqual(custom.background, "#AAbbCC")
        XCTAssertEqual(custom.denseEdgeColor, "LightBlue")
        XCTAssertEqual(custom.palette, ["gray40", "grey100", "firebrick3", "#11223344", "transparent"])
        XCTAssertEqual(try theme(##"{"font": "Noto Sans CJK JP,DejaVu Sans:bold"}"##).fontName, "Noto Sans CJK JP,DejaVu Sans:bold")
    }
}
