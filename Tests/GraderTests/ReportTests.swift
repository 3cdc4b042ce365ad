import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Grader
import XCTest

/// The report formats: JSON shape, JUnit well-formedness, CSV quoting, HTML without test source,
/// merge and the summary.
final class ReportTests: XCTestCase {
    /// A report with awkward text everywhere a student controls it.
    func sample(_ name: String = "students/a,\"b\"\n.md", score: Double = 1.5) -> SubmissionReport {
        let nasty = "expected <1> & \"2\" ]]> \u{01}\u{0}\u{FFFE} 'quoted'\nsecond line"
        let relu = ExerciseReport.scored(id: "relu", points: 2, tests: [
            TestReport(id: "relu-test-1", hidden: false, outcome: .passed, seconds: 0.001),
            TestReport(id: "relu-test-2", hidden: true, outcome: .failed, message: nasty, seconds: 0.002),
        ], seconds: 0.01)
        let mean = ExerciseReport(id: "mean", maxScore: 3, status: .error, reason: "the exercise cell failed: x.md:3:1: boom <b>",
                                  tests: [TestReport(id: "mean-test-1", hidden: false, outcome: .notRun)])
        let model = ExerciseReport.scored(id: "model", points: 1, tests: [
            TestReport(id: "model-test-1", hidden: false, outcome: .error, message: "runtime error: <script>alert(1)</script>"),
        ])
        var report = SubmissionReport(submission: name, exercises: [relu, mean, model],
                                      cellErrors: [CellFailure(cell: "cell-2", kind: "runtime", message: "x.md:4:2: index out of range")],
                                      notes: ["a note"], seconds: 0.5)
        report.score = score
        return report
    }

    /// Whole scores past Int's range (`points=1e300` in a key) print instead of trapping.
    func testScoreFormatHandlesHugeAndFractionalScores() {
        XCTAssertEqual(ScoreFormat.text(2), "2")
        XCTAssertEqual(ScoreFormat.text(1.5), "1.5")
        XCTAssertEqual(ScoreFormat.text(1e300).count, 301)
        XCTAssertEqual(ScoreFormat.text(.infinity), "0")
    }

    func testPartialCreditArithmetic() {
        let report = SubmissionReport(submission: "s.md", exercises: [
            ExerciseReport.scored(id: "a", points: 3, tests: [
                TestReport(id: "1", hidden: false, outcome: .passed), TestReport(id: "2", hidden: true, outcome: .error),
                TestReport(id: "3", hidden: true, outcome: .passed),
            ]),
            ExerciseReport(id: "b", maxScore: 2, status: .missing, reason: "gone", tests: []),
        ])
        XCTAssertEqual(report.exercises[0].score, 2)
        XCTAssertEqual(report.exercises[0].status, .partial)
        XCTAssertEqual(report.score, 2)
        XCTAssertEqual(report.maxScore, 5)
    }

    func testJSONShape() throws {
        let document = GradeDocument(key: "key.md", submissions: [sample()])
        let object = try JSONSerialization.jsonObject(with: Data(document.jsonText().utf8)) as? [String: Any]
        XCTAssertEqual(object?["format"] as? String, "nbrun-grades/1")
        XCTAssertEqual(object?["key"] as? String, "key.md")
        let submissions = object?["submissions"] as? [[String: Any]]
        let first = try XCTUnwrap(submissions?.first)
        XCTAssertEqual(first["score"] as? Double, 1.5)
        XCTAssertEqual(first["maxScore"] as? Double, 6)
        XCTAssertEqual(first["status"] as? String, "graded")
        let exercises = try XCTUnwrap(first["exercises"] as? [[String: Any]])
        XCTAssertEqual(exercises.map { $0["id"] as? String }, ["relu", "mean", "model"])
        XCTAssertEqual(exercises[0]["status"] as? String, "partial")
        XCTAssertEqual(exercises[1]["reason"] as? String, "the exercise cell failed: x.md:3:1: boom <b>")
        let tests = try XCTUnwrap(exercises[0]["tests"] as? [[String: Any]])
        XCTAssertEqual(Set(tests[1].keys), ["id", "hidden", "outcome", "message", "seconds"])
        XCTAssertEqual(tests[1]["outcome"] as? String, "failed")
        XCTAssertEqual(try GradeDocument.read(json: document.jsonText(), path: "r.json"), document)
        XCTAssertThrowsError(try GradeDocument.read(json: "{\"format\":\"other\",\"key\":\"k\",\"submissions\":[]}", path: "r.json"))
    }

    func testJUnitIsWellFormedWithOneTestcasePerTest() throws {
        let xml = JUnitReport.xml(GradeDocument(key: "key.md", submissions: [sample(), sample("b.md")]))
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") in\n\(xml)")
        XCTAssertEqual(counter.counts["testsuite"], 2)
        XCTAssertEqual(counter.counts["testcase"], 8)
        XCTAssertEqual(counter.counts["failure"], 4)
        XCTAssertEqual(counter.counts["error"], 2)
        XCTAssertTrue(counter.failureMessages.contains { $0.hasPrefix("expected <1> & \"2\" ]]>") })
        XCTAssertTrue(xml.contains("<testsuites name=\"nbrun grade\" tests=\"8\" failures=\"4\" errors=\"2\""))
    }

    func testCSVQuotesAndDefusesFormulas() {
        let csv = GradebookCSV.csv(GradeDocument(key: "k", submissions: [sample(), sample("=HYPERLINK(\"x\").md", score: 0)]))
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "submission,score,maxScore,relu,mean,model,status")
        XCTAssertEqual(lines[1], "\"'=HYPERLINK(\"\"x\"\").md\",0,6,1,0,0,graded")
        XCTAssertEqual(lines[2], "\"students/a,\"\"b\"\"\n.md\",1.5,6,1,0,0,graded")
        XCTAssertEqual(lines.last, "")
    }

    func testFeedbackShowsMessagesNeverTestSource() throws {
        let keyText = try GraderFixtures.text(URL(fileURLWithPath: GraderFixtures.keyPath))
        let grader = try GraderFixtures.grader()
        let url = GraderFixtures.submissionsDirectory.appendingPathComponent("wrong.md")
        let report = grader.grade(text: try GraderFixtures.text(url), path: "wrong.md")
        let html = FeedbackPage.html(report)
        XCTAssertTrue(html.contains("relu zeroes every negative value"))
        XCTAssertTrue(html.contains("Score: <strong>1 / 7</strong>"))
        let key = try GraderFixtures.key()
        for test in key.exercises.flatMap(\.tests) {
            for line in test.source.split(separator: "\n") where line.count > 3 {
                XCTAssertFalse(html.contains(String(line)), "feedback contains test source: \(line)")
                XCTAssertFalse(html.contains(HTMLEscapingProbe.escape(String(line))), "feedback contains test source: \(line)")
            }
        }
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http"), "feedback must be self-contained")
        XCTAssertTrue(keyText.contains("nearlyEqual"))
        XCTAssertFalse(FeedbackPage.html(sample()).contains("<script>alert"))
    }

    func testFeedbackFileNamesAreFlatAndDistinct() {
        XCTAssertEqual(FeedbackPage.fileName(for: "./hw/alice/nb.md"), "hw__alice__nb.html")
        XCTAssertEqual(FeedbackPage.fileName(for: "../x y.md"), "_..__x_y.html")
        XCTAssertNotEqual(FeedbackPage.fileName(for: "a/b.md"), FeedbackPage.fileName(for: "b/b.md"))
    }

    func testGradeFilesListsEveryRequestedOutput() {
        let document = GradeDocument(key: "k", submissions: [sample("hw/a.md"), sample("hw/b.md")])
        let files = GradeFiles.outputs(document, jsonPath: "g.json", junitPath: nil, csvPath: "g.csv", feedbackDirectory: "fb/")
        XCTAssertEqual(files.map(\.path), ["g.json", "g.csv", "fb/hw__a.html", "fb/hw__b.html"])
        XCTAssertEqual(files[0].contents, document.jsonText())
        XCTAssertEqual(GradeFiles.outputs(document, jsonPath: nil, junitPath: nil, csvPath: nil, feedbackDirectory: nil).count, 0)
    }

    func testShardsPartitionStably() throws {
        let paths = (1...10).map { "s\($0).md" }.shuffled() + ["s3.md"]
        let shards = try (1...3).map { try Shard(parse: "\($0)/3").select(paths) }
        XCTAssertEqual(shards[0], ["s1.md", "s3.md", "s6.md", "s9.md"])
        XCTAssertEqual(Set(shards.flatMap { $0 }).count, 10)
        XCTAssertEqual(shards.flatMap { $0 }.count, 10)
        for bad in ["0/3", "4/3", "1/0", "a/b", "2", "1/2/3"] {
            XCTAssertThrowsError(try Shard(parse: bad), bad)
        }
    }

    func testMergeSortsAndRejectsOverlapsAndOtherKeys() throws {
        let a = GradeDocument(key: "key.md", submissions: [sample("z.md")])
        let b = GradeDocument(key: "key.md", submissions: [sample("b.md"), sample("a.md")])
        let merged = try ReportMerge.merge([a, b])
        XCTAssertEqual(merged.submissions.map(\.submission), ["a.md", "b.md", "z.md"])
        XCTAssertThrowsError(try ReportMerge.merge([a, a]))
        XCTAssertThrowsError(try ReportMerge.merge([a, GradeDocument(key: "other.md", submissions: [])]))
        XCTAssertThrowsError(try ReportMerge.merge([]))
    }

    func testSummaryAndFailUnder() {
        let document = GradeDocument(key: "k", submissions: [sample("a.md", score: 1.5), sample("b.md", score: 6)])
        let summary = GradeSummary.text(document)
        XCTAssertTrue(summary.contains("a.md  1.5/6  relu 1/2 ~  mean 0/3 error  model 0/1 ✗"), summary)
        XCTAssertTrue(summary.hasSuffix("2 submissions graded, mean 62.5%\n"), summary)
        XCTAssertEqual(GradeSummary.failing(document, under: 0.5).map(\.submission), ["a.md"])
        XCTAssertEqual(GradeSummary.failing(document, under: 1).map(\.submission), ["a.md"])
        XCTAssertEqual(GradeSummary.failing(document, under: 6).map(\.submission), ["a.md"])
        XCTAssertEqual(GradeSummary.failing(document, under: 6.5).map(\.submission), ["a.md", "b.md"])
    }
}

/// Counts elements and collects `message` attributes of `<failure>`.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var failureMessages: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "failure", let message = attributes["message"] { failureMessages.append(message) }
    }
}

/// The HTML escaping the feedback page uses, to look for escaped test source too.
enum HTMLEscapingProbe {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
