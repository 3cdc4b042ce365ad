import Foundation
import XCTest
@testable import Engine

final class CSVTests: XCTestCase {
    func testParsesHeaderAndNumbers() throws {
        let table = try CSV.parse("a,b,c\n1,2,3\n4.5,-1e2, 6 \n")
        XCTAssertEqual(table.columnNames, ["a", "b", "c"])
        XCTAssertEqual(table.values.shape, [2, 3])
        XCTAssertEqual(table.values.scalars, [1, 2, 3, 4.5, -100, 6])
        XCTAssertEqual(try table.column("b").scalars, [2, -100])
    }

    func testQuotedFieldsCRLFAndBlankLines() throws {
        let text = "\u{FEFF}\"x, the first\",\"say \"\"y\"\"\"\r\n\"1\",2\r\n\r\n3,\"4\"\r\n"
        let table = try CSV.parse(text)
        XCTAssertEqual(table.columnNames, ["x, the first", "say \"y\""])
        XCTAssertEqual(table.values.scalars, [1, 2, 3, 4])
    }

    func testColumnSelectionSkipsTextColumns() throws {
        let text = "name,height,weight\n\"Ann\",1.7,60\nBob,1.8,80\n"
        let table = try CSV.parse(text, columns: ["weight", "height"])
        XCTAssertEqual(table.columnNames, ["weight", "height"])
        XCTAssertEqual(table.values.shape, [2, 2])
        XCTAssertEqual(table.values.scalars, [60, 1.7, 80, 1.8])
        assertDataError(["<csv>:1", "no column named 'age'"]) { try CSV.parse(text, columns: ["age"]) }
    }

    func testErrorsNameTheLine() {
        assertDataError(["data.csv:3", "row has 2 fields, but the header has 3"]) {
            try CSV.parse("a,b,c\n1,2,3\n4,5\n", source: "data.csv")
        }
        assertDataError(["<csv>:2", "'abc' in column 'b' is not a number"]) { try CSV.parse("a,b\n1,abc\n") }
        assertDataError(["<csv>:4", "empty cell in column 'a'"]) { try CSV.parse("a,b\n1,2\n\n,3\n") }
        assertDataError(["<csv>:2", "never closed"]) { try CSV.parse("a,b\n\"1,2\n3,4\n") }
        assertDataError(["<csv>:1", "empty file"]) { try CSV.parse("") }
        assertDataError(["unexpected quote"]) { try CSV.parse("a\n1\"2\n") }
    }

    func testLineNumbersCountNewlinesInsideQuotes() {
        assertDataError(["<csv>:4"]) { try CSV.parse("\"a\nb\",c\n1,2\n3,x\n") }
    }

    func testOtherDelimiterAndFile() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeBytes(Array("p;q\n1;2\n".utf8), to: dir + "/t.csv")
        let table = try CSV.load(from: dir + "/t.csv", delimiter: ";")
        XCTAssertEqual(table.values.scalars, [1, 2])
        assertDataError(["not found"]) { try CSV.load(from: dir + "/missing.csv") }
    }

    func testHeaderOnlyGivesZeroRows() throws {
        let table = try CSV.parse("a,b\n")
        XCTAssertEqual(table.values.shape, [0, 2])
    }
}
