import Foundation
import NotebookModel
import XCTest
@testable import Runner

/// The guides under `docs/` are notebooks: every Swift cell runs (cells marked `expect-error`
/// must fail), and each `// expect: TEXT` comment matches the next line the cell printed.
final class DocsExamplesTests: XCTestCase {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs")

    func testEveryGuideWithSwiftCellsRunsAsDocumented() throws {
        let guides = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
            .filter { try String(contentsOf: Self.docs.appendingPathComponent($0), encoding: .utf8).contains("```swift") }
        XCTAssertTrue(Set(guides).isSuperset(of: ["authoring.md", "language.md", "notebook-api.md"]), "\(guides)")
        for guide in guides {
            let path = Self.docs.appendingPathComponent(guide).path
            let notebook = try NotebookParser.parse(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
            let run = Runner.execute(notebook, seed: nil, keepGoing: true, progress: SilentProgress())
            var expectations = 0
            for (cell, result) in zip(notebook.cells, run.cells) where !cell.attributes.skip {
                let place = "\(guide):\(cell.firstLine) (\(cell.id))"
                if cell.attributes.expectError {
                    XCTAssertNotNil(result.error, "\(place) should fail")
                } else {
                    XCTAssertEqual(result.status, .ok, "\(place): \(result.error?.message ?? "")")
                }
                let expected = Self.expectations(in: cell.source)
                guard !expected.isEmpty else { continue }
                expectations += expected.count
                XCTAssertEqual(Self.printedLines(result), expected, place)
            }
            if notebook.cells.contains(where: { !$0.attributes.skip }) && guide != "authoring.md" {
                XCTAssertGreaterThan(expectations, 0, "\(guide) has runnable examples but no `// expect:` lines")
            }
        }
    }

    /// The text after each `// expect: ` in the cell, in order.
    static func expectations(in source: String) -> [String] {
        source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            line.range(of: "// expect: ").map { String(line[$0.upperBound...]) }
        }
    }

    /// Everything the cell printed, split into lines.
    static func printedLines(_ run: CellRun) -> [String] {
        let text = run.outputs.compactMap { output -> String? in
            if case .text(let text) = output { return text }
            return nil
        }.joined()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
