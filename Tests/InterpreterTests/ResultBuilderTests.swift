import Interpreter
import XCTest

/// Result builders as `check` sees them: a builder declared in one cell transforms bodies in the
/// next, and errors inside a transformed body are reported at their own line and column.
final class ResultBuilderTests: XCTestCase {
    let builder = """
        @resultBuilder
        struct Words {
            static func buildBlock(_ parts: String...) -> String { parts.joined(separator: " ") }
            static func buildOptional(_ part: String?) -> String { part ?? "" }
        }
        """

    func testCheckReportsAnUnknownNameInsideABuilderClosureAtItsPosition() {
        let s = Session()
        XCTAssertEqual(s.check(CellSource(text: builder, path: "nb.md", firstLine: 1)).count, 0)
        let cell = """
            func say(@Words _ make: () -> String) -> String { make() }
            print(say {
                "hello"
                if true {
                    missingName
                }
            })
            """
        let errors = s.check(CellSource(text: cell, path: "nb.md", firstLine: 10))
        XCTAssertEqual(errors.count, 1, errors.map(\.rendered).joined())
        XCTAssertEqual(errors.first?.line, 14, errors.map(\.rendered).joined())
        XCTAssertEqual(errors.first?.column, 9, errors.map(\.rendered).joined())
        XCTAssertTrue(errors.first?.message.contains("missingName") == true, errors.map(\.rendered).joined())
    }

    func testRunTimeErrorInABuilderGetterPointsAtItsLine() {
        let s = Session()
        s.output = Recorder()
        guard case .success = s.run(CellSource(text: builder, path: "nb.md", firstLine: 1)) else { return XCTFail("builder cell failed") }
        let cell = """
            struct Label {
                var parts: [String]
                @Words var text: String {
                    "label:"
                    if parts.count < 5 {
                        parts[3]
                    }
                }
            }
            print(Label(parts: ["a"]).text)
            """
        guard case .failure(let e) = s.run(CellSource(text: cell, path: "nb.md", firstLine: 20)) else { return XCTFail("expected failure") }
        XCTAssertEqual(e.line, 25, e.rendered)
        XCTAssertEqual(e.column, 13, e.rendered)
        XCTAssertTrue(e.message.contains("Index out of range"), e.rendered)
    }
}
