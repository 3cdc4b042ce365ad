import Foundation
import Grader
import XCTest

/// Grades every submission in Fixtures/submissions against Fixtures/key.md and compares with its
/// `.expected.json` (score, per-exercise status, the failing cells' kinds and messages, notes and
/// test messages). The expectations are written by hand: they are the specification.
final class AdversarialSuiteTests: XCTestCase {
    struct Expected: Decodable {
        var score: Double
        var exercises: [String: ExerciseReport.Status]
        /// Per failing cell, in order: a substring of "kind: message" ("" matches any).
        var cellErrors: [String]?
        /// Exercise ID → a substring of one of its notes.
        var notes: [String: String]?
        /// Test ID → a substring of its message.
        var testMessages: [String: String]?
    }

    func testEverySubmissionIsGradedAsExpected() throws {
        let grader = try GraderFixtures.grader()
        let submissions = try GraderFixtures.submissions()
        XCTAssertGreaterThanOrEqual(submissions.count, 20)
        for url in submissions {
            let name = url.deletingPathExtension().lastPathComponent
            let expectedURL = url.deletingPathExtension().appendingPathExtension("expected.json")
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let report = grader.grade(text: try GraderFixtures.text(url), path: "submissions/\(name).md")
            check(report, against: expected, name: name)
        }
    }

    func check(_ report: SubmissionReport, against expected: Expected, name: String) {
        XCTAssertEqual(report.score, expected.score, accuracy: 1e-9, "\(name): score")
        XCTAssertEqual(report.maxScore, 7, "\(name): maxScore")
        var statuses: [String: ExerciseReport.Status] = [:]
        for exercise in report.exercises { statuses[exercise.id] = exercise.status }
        XCTAssertEqual(statuses, expected.exercises, "\(name): exercise statuses")
        XCTAssertEqual(report.exercises.map(\.id), ["relu", "mean", "distance", "model"], "\(name): key order")
        XCTAssertLessThan(report.seconds, 20, "\(name): grading took too long")
        if let cellErrors = expected.cellErrors {
            let actual = report.cellErrors.map { "\($0.kind): \($0.message)" }
            XCTAssertEqual(actual.count, cellErrors.count, "\(name): failing cells \(actual)")
            for (want, got) in zip(cellErrors, actual) where !want.isEmpty {
                let (kind, text) = want.firstIndex(of: ":").map { (String(want[..<$0]), String(want[want.index($0, offsetBy: 2)...])) } ?? (want, "")
                XCTAssertTrue(got.hasPrefix(kind + ":") && (text.isEmpty || got.contains(text)), "\(name): expected a cell error like '\(want)', got '\(got)'")
            }
        }
        for (id, note) in expected.notes ?? [:] {
            let notes = report.exercises.first { $0.id == id }?.notes ?? []
            XCTAssertTrue(notes.contains { $0.contains(note) }, "\(name): exercise \(id) should note '\(note)', has \(notes)")
        }
        let tests = report.exercises.flatMap(\.tests)
        for (id, message) in expected.testMessages ?? [:] {
            let test = tests.first { $0.id == id }
            XCTAssertNotNil(test, "\(name): no test \(id)")
            XCTAssertTrue(test?.message.contains(message) == true, "\(name): test \(id) message '\(test?.message ?? "")' should contain '\(message)'")
        }
        for exercise in report.exercises {
            let passed = exercise.tests.filter { $0.outcome == .passed }.count
            XCTAssertEqual(exercise.score, exercise.maxScore * Double(passed) / Double(exercise.tests.count), accuracy: 1e-9,
                           "\(name): \(exercise.id) partial credit")
            if exercise.status == .error || exercise.status == .missing {
                XCTAssertNotNil(exercise.reason, "\(name): \(exercise.id) needs a reason")
                XCTAssertTrue(exercise.tests.allSatisfy { $0.outcome == .notRun })
            }
        }
    }

    func testParallelGradingMatchesSequentialInInputOrder() throws {
        let grader = try GraderFixtures.grader()
        let paths = try GraderFixtures.submissions().map(\.path)
        let parallel = grader.gradeAll(files: paths, jobs: 3)
        XCTAssertEqual(parallel.map(\.submission), paths)
        for (report, path) in zip(parallel, paths) {
            let alone = grader.grade(file: path)
            XCTAssertEqual(report.score, alone.score, "\(path)")
            XCTAssertEqual(report.exercises.map(\.status), alone.exercises.map(\.status), "\(path)")
            // Outcomes, not messages: under load a loop may hit the time limit before the step limit.
            XCTAssertEqual(report.exercises.flatMap(\.tests).map(\.outcome), alone.exercises.flatMap(\.tests).map(\.outcome), "\(path)")
        }
    }

    func testMissingFileIsUnreadableNotFatal() throws {
        let grader = try GraderFixtures.grader()
        let reports = grader.gradeAll(files: ["/nonexistent/alice.md", GraderFixtures.submissionsDirectory.appendingPathComponent("correct.md").path], jobs: 2)
        XCTAssertEqual(reports[0].status, .unreadable)
        XCTAssertEqual(reports[0].score, 0)
        XCTAssertEqual(reports[1].score, 7)
    }
}
