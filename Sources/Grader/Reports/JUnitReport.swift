import NotebookModel
/// JUnit XML: one `<testsuite>` per submission and one `<testcase>` per test, so CI systems show
/// every test; a missing or failed exercise cell fails its tests with the reason.
public enum JUnitReport {
    /// Text and attribute values of the report (XML-only, so `&apos;`).
    static func escaped(_ s: String) -> String { XMLEscaping.attribute(s, apostrophe: "&apos;") }

    public static func xml(_ document: GradeDocument) -> String {
        let reports = document.submissions
        let all = reports.flatMap { $0.exercises.flatMap(\.tests) }
        let failures = all.filter { $0.outcome == .failed || $0.outcome == .notRun }.count
        let errors = all.filter { $0.outcome == .error }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"nbrun grade\" tests=\"\(all.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
        out += " time=\"\(ScoreFormat.seconds(reports.reduce(0) { $0 + $1.seconds }))\">\n"
        for report in reports { out += suite(report) }
        out += "</testsuites>\n"
        return out
    }

    static func suite(_ report: SubmissionReport) -> String {
        let tests = report.exercises.flatMap(\.tests)
        let failures = tests.filter { $0.outcome == .failed || $0.outcome == .notRun }.count
        let errors = tests.filter { $0.outcome == .error }.count
        var out = "  <testsuite name=\"\(JUnitReport.escaped(report.submission))\" tests=\"\(tests.count)\""
        out += " failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(ScoreFormat.seconds(report.seconds))\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"score\" value=\"\(ScoreFormat.text(report.score))\"/>\n"
        out += "      <property name=\"maxScore\" value=\"\(ScoreFormat.text(report.maxScore))\"/>\n"
        out += "    </properties>\n"
        for exercise in report.exercises {
            for test in exercise.tests { out += testcase(test, exercise: exercise, submission: report.submission) }
        }
        if let error = report.error {
            out += "    <system-err>\(JUnitReport.escaped(error))</system-err>\n"
        }
        out += "  </testsuite>\n"
        return out
    }

    static func testcase(_ test: TestReport, exercise: ExerciseReport, submission: String) -> String {
        let classname = JUnitReport.escaped("\(submission).\(exercise.id)")
        let name = JUnitReport.escaped(test.id + (test.hidden ? " (hidden)" : ""))
        let open = "    <testcase classname=\"\(classname)\" name=\"\(name)\" time=\"\(ScoreFormat.seconds(test.seconds))\""
        switch test.outcome {
        case .passed:
            return open + "/>\n"
        case .failed:
            return open + ">\n      <failure message=\"\(JUnitReport.escaped(test.message))\" type=\"check\"/>\n    </testcase>\n"
        case .error:
            return open + ">\n      <error message=\"\(JUnitReport.escaped(test.message))\" type=\"error\"/>\n    </testcase>\n"
        case .notRun:
            let why = exercise.reason ?? test.message
            return open + ">\n      <failure message=\"\(JUnitReport.escaped("not run: " + why))\" type=\"\(exercise.status.rawValue)\"/>\n    </testcase>\n"
        }
    }
}
