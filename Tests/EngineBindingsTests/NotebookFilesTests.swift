import EngineBindings
import Foundation
import Interpreter
import NotebookModel
import XCTest

/// The files folder on disk: what cells write lands inside it, and links planted in it (by
/// anyone) never lead a write outside.
final class NotebookFilesTests: XCTestCase {
    var root: URL!
    var folder: URL { root.appendingPathComponent("site/lesson/files") }
    var outside: URL { root.appendingPathComponent("outside") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("out"), withDestinationURL: outside)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("target.keras"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.keras"),
                                                   withDestinationURL: outside.appendingPathComponent("target.keras"))
    }

    override func tearDown() { try? FileManager.default.removeItem(at: root) }

    /// Runs a cell with the folder as the notebook's files; returns its error and outputs.
    func run(_ source: String) -> (InterpreterError?, [CellOutput]) {
        var outputs: [CellOutput] = []
        let session = Session(limits: Limits(seconds: 30), seed: 1)
        EngineBindings.install(into: session, context: BindingContext(
            readableDirectories: [], emit: { outputs.append($0) }, writableDirectory: folder.path, writableLink: "lesson/files/"))
        if case .failure(let error) = session.run(CellSource(text: source)) { return (error, outputs) }
        return (nil, outputs)
    }

    let model = "let model = Sequential([Dense(1, inputShape: [2])])\n"

    func testWritesLandInTheFolderAndAreLinked() throws {
        let (error, outputs) = run(model + "model.save(\"sub/m.keras\")")
        XCTAssertNil(error)
        let written = try XCTUnwrap(FileManager.default.contents(atPath: folder.appendingPathComponent("sub/m.keras").path))
        XCTAssertEqual(outputs, [.file(WrittenFile(name: "sub/m.keras", bytes: written.count, href: "lesson/files/sub/m.keras"))])
        XCTAssertEqual(Array(written.prefix(2)), [0x50, 0x4b], "a zip archive")
    }

    func testALinkedFolderLeadingOutIsRefused() {
        let (error, _) = run(model + "model.save(\"out/m.keras\")")
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("cannot write 'out/m.keras': its folder is a link that leads out of the notebook's files folder") == true,
                      error?.message ?? "no error")
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.appendingPathComponent("m.keras").path))
    }

    func testALinkedFileIsNeverWrittenThrough() throws {
        let (error, _) = run(model + "model.save(\"link.keras\")")
        XCTAssertTrue(error?.message.contains("cannot write 'link.keras': it exists and is not a regular file") == true, error?.message ?? "no error")
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("target.keras"), encoding: .utf8), "keep")
    }

    func testReadsSeeOnlyWhatThisSessionWrote() {
        // A file already in the folder (from an earlier run or planted) is not this run's output.
        let (error, _) = run("let m = loadModel(\"link.keras\")")
        XCTAssertTrue(error?.message.contains("file not found: 'link.keras'") == true, error?.message ?? "no error")
    }
}
