import XCTest
@testable import Tables

final class TextExtentTests: XCTestCase {
    func testWidthFollowsTheDocumentedClasses() {
        XCTAssertEqual(TextExtent.width("memorandum", fontSize: 10), 72, accuracy: 1e-9, "3 m at 1 em, 7 letters at 0.6 em")
        XCTAssertEqual(TextExtent.width("2024", fontSize: 11), 4 * 0.6 * 11, accuracy: 1e-9)
        XCTAssertEqual(TextExtent.width("AB", fontSize: 10), 16, accuracy: 1e-9)
        XCTAssertEqual(TextExtent.width("中国", fontSize: 10), 20, accuracy: 1e-9, "wide characters take 1 em")
        XCTAssertEqual(TextExtent.width("e\u{301}", fontSize: 10), 6, accuracy: 1e-9, "a combining accent takes no room")
        XCTAssertEqual(TextExtent.width("ab", fontSize: 10, bold: true), 2 * 0.6 * 10 * 1.1, accuracy: 1e-9)
    }

    func testNoCharacterIsEstimatedNarrowerThanTheTestsAverage() {
        // SVGTextBounds (the tests' own estimate) takes 0.6 em per character: the charts must never assume less.
        for scalar in (0x20...0x7E).compactMap(Unicode.Scalar.init) {
            XCTAssertGreaterThanOrEqual(TextExtent.advance(scalar), 0.6, String(scalar))
        }
        for text in ["Ж", "ü", "\u{FFFD}", "😀", "\u{01}"] {
            XCTAssertGreaterThanOrEqual(TextExtent.width(text, fontSize: 1), 0.6, text)
        }
    }

    func testWrappingKeepsEveryCharacterAndFits() {
        let name = "memorandum of understanding"
        let lines = TextExtent.wrapped(name, toWidth: 100, fontSize: 11)
        XCTAssertEqual(lines, ["memorandum of", "understanding"])
        XCTAssertEqual(TextExtent.wrapped("joint_commission_on_trade", toWidth: 90, fontSize: 11), ["joint_", "commission_", "on_trade"])
        let long = String(repeating: "x", count: 50)
        let broken = TextExtent.wrapped(long, toWidth: 66, fontSize: 11)
        XCTAssertEqual(broken.joined(), long, "a word wider than a line is broken between characters")
        XCTAssertEqual(broken.count, 5)
        for line in broken + lines { XCTAssertLessThanOrEqual(TextExtent.width(line, fontSize: 11), 100) }
        XCTAssertEqual(TextExtent.wrapped("", toWidth: 10, fontSize: 11), [""])
    }

    func testTooManyLinesEndInAnEllipsisThatFits() {
        let lines = TextExtent.wrapped(String(repeating: "word ", count: 40), toWidth: 60, fontSize: 11, maxLines: 3)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[2].hasSuffix("…"))
        for line in lines { XCTAssertLessThanOrEqual(TextExtent.width(line, fontSize: 11), 60) }
        let short = TextExtent.shortened("a long axis label", toWidth: 50, fontSize: 11)
        XCTAssertTrue(short.hasSuffix("…"))
        XCTAssertTrue("a long axis label".hasPrefix(short.dropLast()))
        XCTAssertLessThanOrEqual(TextExtent.width(short, fontSize: 11), 50)
        XCTAssertEqual(TextExtent.shortened("fits", toWidth: 50, fontSize: 11), "fits")
    }
}
