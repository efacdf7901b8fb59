import XCTest
@testable import Graph

final class CSVReaderTests: XCTestCase {
    private func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [[String]] {
        var reader = CSVReader(bytes: Array(text.utf8), file: "t.csv", delimiter: delimiter)
        var out: [[String]] = []
        while try reader.next() { out.append(reader.fields) }
        return out
    }

    func testQuotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let rows = try records("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,z\n")
        XCTAssertEqual(rows, [["a", "b,c", "say \"hi\""], ["x\ny", "", "z"]])
    }

    func testBlankLinesSkippedAndTrailingDelimiterMeansEmptyField() throws {
        XCTAssertEqual(try records("a,b\n\n\nc,\n"), [["a", "b"], ["c", ""]])
        XCTAssertEqual(try records("a,"), [["a", ""]])
    }

    func testQuoteInsideUnquotedFieldIsText() throws {
        XCTAssertEqual(try records("5\" disk,b\n"), [["5\" disk", "b"]])
    }

    func testTabDelimiter() throws {
        XCTAssertEqual(try records("a\tb,c\n", delimiter: 9), [["a", "b,c"]])
    }

    func testUnterminatedQuoteNamesTheOpeningPlace() {
        XCTAssertThrowsError(try records("id,label\nn1,\"open\nmore\n")) { error in
            let e = error as! InputError
            XCTAssertEqual(e.location.line, 2)
            XCTAssertEqual(e.location.column, 4)
            XCTAssertTrue(e.message.contains("closing quote"), e.message)
        }
    }

    func testTextAfterClosingQuoteIsAnError() {
        XCTAssertThrowsError(try records("\"a\"b,c\n")) { error in
            XCTAssertTrue((error as! InputError).description.hasPrefix("t.csv:1:4: error:"), "\(error)")
        }
    }

    func testRecordLinesCountQuotedLineBreaks() throws {
        var reader = CSVReader(bytes: Array("a\n\"b\nc\"\nd\n".utf8), file: "t.csv")
        var lines: [Int] = []
        while try reader.next() { lines.append(reader.recordLine) }
        XCTAssertEqual(lines, [1, 2, 4])
    }

    func testWriterQuotesOnlyWhatNeedsIt() {
        var writer = CSVWriter()
        writer.write(["plain", "a,b", "say \"x\"", "two\nlines", " pad", "Гомель"])
        XCTAssertEqual(writer.text, "plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\" pad\",Гомель\n")
    }
}
