import Foundation
import NotebookModel
import XCTest

/// Whole-file replacement shared by the runner's reports and the renderer's site.
final class AtomicFileTests: XCTestCase {
    func testReplacesContentsLeavingNoTemporaryFileAndNamesThePathOnFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deep/report.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        try AtomicFile.write(Data("two".utf8), to: file)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "two")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path), ["report.json"])

        let underAFile = file.appendingPathComponent("child.txt")
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: underAFile)) { error in
            XCTAssertEqual((error as? AtomicFile.Failure)?.path, underAFile.path)
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "two", "a failed write leaves the old file")
    }
}
