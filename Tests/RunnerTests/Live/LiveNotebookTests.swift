import Foundation
import NotebookModel
import XCTest
@testable import Runner

/// A live notebook's incremental updates give exactly what a fresh run of the same text gives.
final class LiveNotebookTests: XCTestCase {
    static let notebooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks").path

    /// The results as bytes, without wall-clock times.
    static func bytes(_ notebook: Notebook, _ run: NotebookRun) -> String {
        var run = run
        for i in run.cells.indices { run.cells[i].seconds = 0 }
        run.filesRead = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(run)) ?? Data()
        return String(decoding: data, as: UTF8.self) + JSONReport.document(for: notebook, run: run).text
    }

    static func fresh(_ notebook: Notebook) -> NotebookRun {
        Runner.execute(notebook, seed: nil, keepGoing: false, progress: SilentProgress())
    }

    static func parse(_ text: String, _ path: String) throws -> Notebook { try NotebookParser.parse(text: text, path: path) }

    /// `notebook` with `line` appended to cell `index`.
    static func editing(_ notebook: Notebook, cell index: Int, adding line: String) -> Notebook {
        replacing(notebook, cell: index) { $0 + "\n" + line }
    }

    static func replacing(_ notebook: Notebook, cell index: Int, _ change: (String) -> String) -> Notebook {
        var edited = notebook
        edited.blocks = notebook.blocks.map { block in
            guard case .cell(var cell) = block, cell.index == index else { return block }
            cell.source = change(cell.source)
            return .cell(cell)
        }
        return edited
    }

    /// Applies the edits in order; after each, the live update must equal a fresh run.
    func checkSequence(_ path: String, edits: [(Notebook) -> Notebook], checkFirst: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        var notebook = try Self.parse(try String(contentsOfFile: path, encoding: .utf8), path)
        let live = LiveNotebook()
        let first = live.update(notebook)
        XCTAssertEqual(first.fullRunReason, "first run", file: file, line: line)
        if checkFirst {
            XCTAssertEqual(Self.bytes(notebook, first.run), Self.bytes(notebook, Self.fresh(notebook)), "\(path): first run", file: file, line: line)
        }
        var reusedSome = false
        for (k, edit) in edits.enumerated() {
            notebook = edit(notebook)
            let update = live.update(notebook)
            reusedSome = reusedSome || update.freshness.contains(.reused)
            if ProcessInfo.processInfo.environment["NBRUN_LIVE_TRACE"] != nil {
                print("\(path) edit \(k + 1): \(update.fullRunReason ?? "re-ran \(update.rerunCount) of \(update.freshness.count)") in \(update.seconds) s")
            }
            let expected = Self.bytes(notebook, Self.fresh(notebook))
            let got = Self.bytes(notebook, update.run)
            if got != expected {
                XCTFail("\(path), edit \(k + 1): incremental differs from a full run (re-ran \(update.freshness.enumerated().filter { $0.element == .reran }.map { $0.offset + 1 }), reason \(update.fullRunReason ?? "none"))", file: file, line: line)
            }
        }
        XCTAssertTrue(reusedSome, "\(path): some update reused cells", file: file, line: line)
    }

    /// Edits for a course notebook: below the training, the training itself, and early on.
    static func courseEdits(_ notebook: Notebook, few: Bool) -> [(Notebook) -> Notebook] {
        let cells = notebook.cells.filter { !$0.attributes.skip }
        let training = cells.last { $0.source.contains(".fit(") }?.index
        let last = cells.last { $0.attributes.test == nil }?.index ?? cells.count - 1
        var edits: [(Notebook) -> Notebook] = [{ editing($0, cell: last, adding: "print(\"edited last\")") }]
        if let training { edits.append { editing($0, cell: training, adding: "print(\"edited training\")") } }
        if !few {
            let middle = cells[cells.count / 2].index
            edits.append { editing($0, cell: middle, adding: "print(\"edited middle\")") }
            edits.append { editing($0, cell: last, adding: "print(\"edited last again\")") }
        }
        return edits
    }

    func testEveryCourseNotebookMatchesAFullRunAfterEdits() throws {
        let paths = try FileManager.default.contentsOfDirectory(atPath: Self.notebooks).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(paths.count, 10)
        // The three longest trainings (04-06: 3-7 s each in debug) get one edit, below the
        // training, and skip comparing the first run (the same code path as the others').
        let slow: Set<String> = ["04-deep-mlp.md", "05-overfitting-and-regularization.md", "06-optimizers-and-tuning.md"]
        // 09 trains a convnet on all 60,000 images (~33 s in debug): comparing even one edit here
        // costs three trainings. testLesson09MatchesTheCourseBuildAfterEdits compares it with the
        // run scripts/check-course's course build already made, at the cost of one training.
        let tooSlow: Set<String> = ["09-convolutional-networks.md"]
        for name in paths where !tooSlow.contains(name) {
            let path = Self.notebooks + "/" + name
            let notebook = try Self.parse(try String(contentsOfFile: path, encoding: .utf8), path)
            let edits = Self.courseEdits(notebook, few: slow.contains(name))
            try checkSequence(path, edits: slow.contains(name) ? [edits[0]] : edits, checkFirst: !slow.contains(name))
        }
    }

    /// Lesson 09, against the course build's own run of it (its execution cache): a live
    /// notebook first runs the lesson with two cells below the training edited, then goes back
    /// to the text as written, re-running only those cells; the result must equal, byte for
    /// byte, what `nbrun build` (child processes, as CI builds the course) got from a full run.
    /// Run by scripts/check-course, which sets NBRUN_COURSE_CACHE (the build's cache folder)
    /// and NBRUN_COURSE_NOTEBOOK (the path the build read it at); skipped otherwise.
    func testLesson09MatchesTheCourseBuildAfterEdits() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let cacheFolder = environment["NBRUN_COURSE_CACHE"], let path = environment["NBRUN_COURSE_NOTEBOOK"] else {
            throw XCTSkip("needs the course build's cache: run by scripts/check-course")
        }
        let original = try Self.parse(try String(contentsOfFile: path, encoding: .utf8), path)
        let key = ExecutionCache.key(for: original, seed: original.frontMatter.seed ?? 0, keepGoing: false)
        let built = try XCTUnwrap(ExecutionCache(directory: cacheFolder).lookup(name: FilePath.stem(of: path), key: key),
                                  "the course build's run of \(path) is in \(cacheFolder) for this very text")
        let cells = original.cells
        let training = try XCTUnwrap(cells.last { $0.source.contains(".fit(") }).index
        let below = cells.filter { $0.index > training && !$0.attributes.skip && $0.attributes.test == nil }.map(\.index)
        XCTAssertGreaterThanOrEqual(below.count, 2, "cells below the training to edit")
        var edited = original
        for i in below.suffix(2) { edited = Self.editing(edited, cell: i, adding: "print(\"edited \(i)\")") }
        let live = LiveNotebook()
        XCTAssertEqual(live.update(edited).fullRunReason, "first run")
        let update = live.update(original)
        XCTAssertNil(update.fullRunReason)
        XCTAssertEqual(update.freshness[training], .reused, "the training is not run again")
        XCTAssertEqual(Set(update.freshness.indices.filter { update.freshness[$0] == .reran }), Set(below.suffix(2)),
                       "only the two edited cells re-ran")
        XCTAssertFalse(built.failed)
        XCTAssertTrue(Self.bytes(original, update.run) == Self.bytes(original, built),
                      "\(path): the incremental result differs from the course build's full run")
    }

    func writeTemp(_ text: String) throws -> String {
        let dir = NSTemporaryDirectory() + "nbrun-live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/nb.md"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return path
    }

    static func notebookText(_ cells: [String]) -> String {
        cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\nText.\n\n")
    }

    func testReferenceMutationsReRunTheirDefiningCell() throws {
        let cells = ["class Acc { var total = 0 }", "let acc = Acc()", "acc.total += 5\nprint(acc.total)",
                     "var log: [String] = []", "log.append(\"a\")\nprint(log)", "print(Int.random(in: 0..<1000))"]
        let path = try writeTemp(Self.notebookText(cells))
        let edits: [(Notebook) -> Notebook] = [
            { Self.editing($0, cell: 2, adding: "print(\"again\")") },
            { Self.editing($0, cell: 4, adding: "log.append(\"b\")") },
            { Self.editing($0, cell: 5, adding: "print(Int.random(in: 0..<1000))") },
            { Self.editing($0, cell: 0, adding: "// a comment") },
        ]
        try checkSequence(path, edits: edits)
        let notebook = try Self.parse(Self.notebookText(cells), path)
        let live = LiveNotebook()
        _ = live.update(notebook)
        let update = live.update(Self.editing(notebook, cell: 2, adding: "print(\"again\")"))
        XCTAssertNil(update.fullRunReason)
        XCTAssertEqual(update.freshness, [.reused, .reran, .reran, .reused, .reused, .reused])
    }

    func testAlwaysAndFreezeAndRemovedNames() throws {
        let cells = ["let a = 1", "```swift freeze\nlet b = a * 10", "print(b)", "print(\"tick\")"]
        var text = Self.notebookText(cells).replacingOccurrences(of: "```swift\n```swift freeze", with: "```swift freeze")
        text = text.replacingOccurrences(of: "```swift\nprint(\"tick\")", with: "```swift always\nprint(\"tick\")")
        let path = try writeTemp(text)
        let notebook = try Self.parse(text, path)
        XCTAssertTrue(notebook.cells[1].attributes.freeze)
        XCTAssertTrue(notebook.cells[3].attributes.always)
        let live = LiveNotebook()
        _ = live.update(notebook)
        let same = live.update(notebook)
        XCTAssertEqual(same.freshness, [.reused, .reused, .reused, .reran])
        let edited = Self.replacing(notebook, cell: 0) { _ in "let a = 2" }
        let frozen = live.update(edited)
        XCTAssertEqual(frozen.freshness, [.reran, .stale, .reused, .reran])
        XCTAssertTrue(Self.bytes(edited, frozen.run).contains("10"), "the frozen cell keeps b = 10")
    }

    func testARemovedNameForcesAFullRun() throws {
        let text = Self.notebookText(["let a = 1", "print(a)", "print(\"other\")"])
        let path = try writeTemp(text)
        let notebook = try Self.parse(text, path)
        try checkSequence(path, edits: [{ Self.replacing($0, cell: 2) { _ in "print(\"changed\")" } },
                                        { Self.replacing($0, cell: 0) { _ in "let c = 2" } }])
        let live = LiveNotebook()
        _ = live.update(notebook)
        let update = live.update(Self.replacing(notebook, cell: 0) { _ in "let c = 2" })
        XCTAssertNotNil(update.fullRunReason, "a name another cell needs is gone: everything runs")
        XCTAssertEqual(update.run.cells[1].status, .failed)
    }
}
