/// The terminal summary and the `--fail-under` rule.
public enum GradeSummary {
    /// One line per submission, then the class total:
    /// `alice.md  7.5/10  relu 2/2 ✓  softmax 0/3 error: …`.
    public static func text(_ document: GradeDocument) -> String {
        let width = document.submissions.map(\.submission.count).max() ?? 0
        var out = ""
        for report in document.submissions {
            let name = report.submission + String(repeating: " ", count: max(0, width - report.submission.count))
            var line = "\(name)  \(ScoreFormat.text(report.score))/\(ScoreFormat.text(report.maxScore))"
            if let error = report.error { line += "  \(report.status.rawValue): \(error)" }
            for exercise in report.exercises {
                line += "  \(exercise.id) \(ScoreFormat.text(exercise.score))/\(ScoreFormat.text(exercise.maxScore))"
                switch exercise.status {
                case .passed: line += " ✓"
                case .partial: line += " ~"
                case .failed: line += " ✗"
                case .error, .missing: line += " \(exercise.status.rawValue)"
                }
            }
            out += line + "\n"
        }
        let total = document.submissions.reduce(0) { $0 + $1.fraction }
        let count = document.submissions.count
        out += "\(count) submission\(count == 1 ? "" : "s") graded"
        if count > 0 { out += ", mean \(ScoreFormat.text(100 * total / Double(count)))%" }
        return out + "\n"
    }

    /// Submissions scoring below `threshold`: a fraction of the maximum when `threshold ≤ 1`
    /// (0.5 = half the points), otherwise a number of points.
    public static func failing(_ document: GradeDocument, under threshold: Double) -> [SubmissionReport] {
        document.submissions.filter { report in
            threshold <= 1 ? report.fraction < threshold - 1e-9 : report.score < threshold - 1e-9
        }
    }
}
