import Foundation
import XCTest
@testable import NotebookModel

final class NotebookParserTests: XCTestCase {
    let sample = """
    ---
    title: "Neurons"
    description: A first lesson.
    seed: 7
    author: Ada
    ---
    # Neurons

    Some prose with $x_1 * w_1$ math.

    ```swift id=first hide
    let x = 1
    print(x)
    ```

    ```text
    not a cell
    ```

    ```swift exercise=ex1 points=2
    // BEGIN SOLUTION
    let y = 2
    // END SOLUTION
    ```
    ```swift test=ex1 hidden
    check(y == 2, "y is 2")
    ```
    Tail prose.
    """

    func testFrontMatterCellsAndLines() throws {
        let notebook = try NotebookParser.parse(text: sample, path: "nb/01.md")
        XCTAssertEqual(notebook.frontMatter.title, "Neurons")
        XCTAssertEqual(notebook.frontMatter.description, "A first lesson.")
        XCTAssertEqual(notebook.frontMatter.seed, 7)
        XCTAssertEqual(notebook.frontMatter.extra.map(\.key), ["author"])
        XCTAssertEqual(notebook.title, "Neurons")

        let cells = notebook.cells
        XCTAssertEqual(cells.map(\.id), ["first", "cell-2", "cell-3"])
        XCTAssertEqual(cells[0].source, "let x = 1\nprint(x)")
        XCTAssertEqual(cells[0].fenceLine, 11)
        XCTAssertEqual(cells[0].firstLine, 12)
        XCTAssertTrue(cells[0].attributes.hide)
        XCTAssertEqual(cells[1].attributes.exercise, "ex1")
        XCTAssertEqual(cells[1].attributes.points, 2)
        XCTAssertEqual(cells[2].attributes.test, "ex1")
        XCTAssertTrue(cells[2].attributes.hidden)
        XCTAssertEqual(cells[2].firstLine, 26)

        // Prose keeps the non-Swift fence and everything between cells, with its lines.
        guard case .prose(let first) = notebook.blocks[0], case .prose(let middle) = notebook.blocks[2],
              case .prose(let tail) = notebook.blocks.last else { return XCTFail("expected prose blocks") }
        XCTAssertEqual(first.firstLine, 7)
        XCTAssertTrue(middle.markdown.contains("not a cell"))
        XCTAssertEqual(tail.markdown.trimmingCharacters(in: .whitespacesAndNewlines), "Tail prose.")
    }

    func testNoFrontMatterTitleFallsBackToHeadingThenFileName() throws {
        XCTAssertEqual(try NotebookParser.parse(text: "# Hello\n", path: "a/b.md").title, "Hello")
        XCTAssertEqual(try NotebookParser.parse(text: "text\n", path: "a/03-loss.md").title, "03-loss")
    }

    func testErrorsNameLineAndColumn() {
        func error(_ text: String) -> NotebookError? {
            do { _ = try NotebookParser.parse(text: text, path: "x.md"); return nil } catch { return error as? NotebookError }
        }
        let badYAML = error("---\ntitle: ok\nseed: [1,\n---\n")
        XCTAssertEqual(badYAML?.path, "x.md")
        XCTAssertGreaterThanOrEqual(badYAML?.line ?? 0, 3)
        XCTAssertTrue(badYAML?.message.contains("YAML") ?? false)

        XCTAssertEqual(error("---\nseed: -1\n---\n")?.line, 2)
        XCTAssertEqual(error("---\ntitle: x\n")?.message.contains("closing"), true)
        let duplicate = error("```swift id=a\n1\n```\n\n```swift id=a\n2\n```\n")
        XCTAssertEqual(duplicate?.line, 5)
        XCTAssertEqual(duplicate?.message.contains("duplicate cell id 'a'"), true)
        XCTAssertEqual(error("```swift points=lots\n```\n")?.message.contains("points"), true)
        // Found by the trap audit: inf points and a memory: the runner's MB → bytes overflowed on.
        XCTAssertEqual(error("```swift points=inf\n```\n")?.message.contains("points"), true)
        XCTAssertEqual(error("---\nmemory: 9999999999999999\n---\n")?.message.contains("at most 1048576"), true)
        XCTAssertEqual(error("```swift id=\"open\n```\n")?.message.contains("unterminated"), true)
    }

    func testIndentedCodeAndNestedFencesAreProse() throws {
        let text = "Intro\n\n    let indented = 1\n\n- item\n\n  ```swift\n  nested()\n  ```\n"
        XCTAssertTrue(try NotebookParser.parse(text: text, path: "x.md").cells.isEmpty)
    }

    func testCRLFAndUnclosedFence() throws {
        let notebook = try NotebookParser.parse(text: "a\r\n\r\n```swift\r\nprint(1)\r\n", path: "x.md")
        XCTAssertEqual(notebook.cells.first?.source, "print(1)")
        XCTAssertEqual(notebook.cells.first?.firstLine, 4)
    }

    func testQuotedAttributeValues() throws {
        let parsed = try InfoStringParser.parse("swift id='a b' skip expect-error custom=1")
        XCTAssertEqual(parsed.language, "swift")
        XCTAssertEqual(parsed.attributes.id, "a b")
        XCTAssertTrue(parsed.attributes.skip)
        XCTAssertTrue(parsed.attributes.expectError)
        XCTAssertEqual(parsed.attributes.raw.last?.key, "custom")
    }

    func testCaptionAndLabelAttributes() throws {
        let parsed = try InfoStringParser.parse("swift caption=\"Loss per epoch: \u{201C}train\u{201D}\" label=fig-loss")
        XCTAssertEqual(parsed.attributes.caption, "Loss per epoch: \u{201C}train\u{201D}")
        XCTAssertEqual(parsed.attributes.label, "fig-loss")
        XCTAssertThrowsError(try InfoStringParser.parse("swift caption"), "a caption needs its text")
    }
}
