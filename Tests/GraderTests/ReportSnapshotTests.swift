import Foundation
import Grader
import TestHelpers
import XCTest

/// Whole reports for a few adversarial submissions, as golden files (timings zeroed), so a
/// reviewer can read exactly what teaching staff and students get. `NBRUN_RECORD=1` re-records.
final class ReportSnapshotTests: XCTestCase {
    func testReportsForSampleSubmissions() throws {
        // A generous clock so loops always stop at the step limit: the snapshot must not depend on load.
        var limits = GraderFixtures.limits
        limits.seconds = 60
        let grader = try Grader(key: GraderFixtures.key(), limits: limits,
                                makeSession: GraderFixtures.makeSession)
        let names = ["correct", "wrong", "infinite-loop", "cheat-operators", "cheat-fake-sequential", "unparseable"]
        let reports = try names.map { name -> SubmissionReport in
            let url = GraderFixtures.submissionsDirectory.appendingPathComponent("\(name).md")
            return Self.withoutTimings(grader.grade(text: try GraderFixtures.text(url), path: "submissions/\(name).md"))
        }
        let document = GradeDocument(key: "key.md", submissions: reports)
        let directory = GraderFixtures.directory.appendingPathComponent("reports")
        let outputs = [
            ("grades.json", document.jsonText()),
            ("grades.xml", JUnitReport.xml(document)),
            ("gradebook.csv", GradebookCSV.csv(document)),
            ("summary.txt", GradeSummary.text(document)),
            ("feedback-wrong.html", FeedbackPage.html(reports[1])),
        ]
        for (name, text) in outputs {
            if let problem = Snapshot.check(text, named: name, in: directory) { XCTFail(problem) }
        }
    }

    static func withoutTimings(_ report: SubmissionReport) -> SubmissionReport {
        var report = report
        report.seconds = 0
        for e in report.exercises.indices {
            report.exercises[e].seconds = 0
            for t in report.exercises[e].tests.indices { report.exercises[e].tests[t].seconds = 0 }
        }
        return report
    }
}
