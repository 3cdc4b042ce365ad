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
}
