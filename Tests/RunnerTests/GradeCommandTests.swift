import Foundation
import XCTest
@testable import Runner

/// `nbrun assign` and `nbrun grade` through the runner: the key's solutions pass, the stripped
/// student version fails, and the reports are written.
final class GradeCommandTests: XCTestCase {
    func testAssignedVersionFailsAndSolutionsPass() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GraderTests/Fixtures")
        let key = fixtures.appendingPathComponent("key.md").path
        let out = NSTemporaryDirectory() + "nbrun-grade-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let student = out + "/student.md"
        XCTAssertEqual(Runner.assign(instructorPath: key, outPath: student), 0)
        XCTAssertEqual(Runner.assign(instructorPath: key, outPath: key), 2, "refuses to overwrite the key")

        let request = GradeRequest(submissions: [key, student], keyPath: key, jsonPath: out + "/grades.json",
                                   junitPath: out + "/grades.xml", failUnder: 0.5)
        XCTAssertEqual(Runner.grade(request), 1, "the stripped version scores under half")
        let json = try String(contentsOfFile: out + "/grades.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"score\" : 7") || json.contains("\"score\": 7"), json)
        XCTAssertTrue(json.contains("\"score\" : 0") || json.contains("\"score\": 0"), json)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/grades.xml"))
    }

    func testSubmissionsCannotRedeclareEngineNamesTheTestsDoNotUse() throws {
        let out = NSTemporaryDirectory() + "nbrun-grade-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let key = "```swift exercise=e points=1\n// BEGIN SOLUTION\nlet n = 2\n// END SOLUTION\n```\n\n```swift test=e\ncheck(n == 2, \"n is 2\")\n```\n"
        try key.write(toFile: out + "/key.md", atomically: true, encoding: .utf8)
        for (name, declaration) in [("dropout", "struct Dropout { var rate = 0.5 }"),
                                    ("lineplot", "func linePlot(x: [Double]) {}"),
                                    ("categorical", "func toCategorical(_ x: Int) -> Int { return x }")] {
            let submission = "```swift exercise=e\n\(declaration)\nlet n = 2\n```\n"
            try submission.write(toFile: out + "/\(name).md", atomically: true, encoding: .utf8)
        }
        let request = GradeRequest(submissions: ["dropout", "lineplot", "categorical"].map { out + "/\($0).md" },
                                   keyPath: out + "/key.md", jsonPath: out + "/grades.json")
        XCTAssertEqual(Runner.grade(request), 0)
        let json = try String(contentsOfFile: out + "/grades.json", encoding: .utf8)
        for name in ["Dropout", "linePlot", "toCategorical"] {
            XCTAssertTrue(json.contains("'\(name)' is provided by the notebook and cannot be redeclared"), "\(name): \(json)")
        }
        XCTAssertFalse(json.contains("\"score\" : 1"), json)
    }

    /// What a submission writes stays in its session's memory: nothing appears on disk, the
    /// submission reads back its own file, and an escaping name is refused at its line.
    func testSubmissionFilesStayInMemory() throws {
        let out = NSTemporaryDirectory() + "nbrun-grade-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let key = "```swift exercise=e points=1\n// BEGIN SOLUTION\nlet n = 2\n// END SOLUTION\n```\n\n```swift test=e\ncheck(n == 2, \"n is 2\")\n```\n"
        try key.write(toFile: out + "/key.md", atomically: true, encoding: .utf8)
        let saves = "let model = Sequential([Dense(1, inputShape: [1])])\nmodel.save(\"m.keras\")\nlet n = loadModel(\"m.keras\").layers.count + 1\n"
        try "```swift exercise=e\n\(saves)```\n".write(toFile: out + "/saves.md", atomically: true, encoding: .utf8)
        try "```swift exercise=e\nlet n = 2\nSequential([Dense(1, inputShape: [1])]).save(\"../escape.keras\")\n```\n"
            .write(toFile: out + "/escapes.md", atomically: true, encoding: .utf8)
        let request = GradeRequest(submissions: [out + "/saves.md", out + "/escapes.md"], keyPath: out + "/key.md", jsonPath: out + "/grades.json")
        _ = Runner.grade(request)
        let json = try String(contentsOfFile: out + "/grades.json", encoding: .utf8)
        XCTAssertTrue(json.contains("'..' would leave the notebook's files folder"), json)
        let left = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.hasSuffix(".keras") }
        XCTAssertEqual(left, [], "nothing a submission wrote reaches the disk")
        XCTAssertFalse(FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "escape.keras"))
        XCTAssertTrue(json.contains("\"score\" : 1") || json.contains("\"score\": 1"), "the saving submission read its own file back: \(json)")
    }
}
