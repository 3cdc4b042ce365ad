import NotebookModel

/// The student-facing HTML feedback page for one submission: self-contained (inline CSS, no
/// scripts, no external requests). It shows each test's outcome and message, never a test's source.
public enum FeedbackPage {
    public static func html(_ report: SubmissionReport, title: String? = nil) -> String {
        let heading = title ?? "Feedback: \(FilePath.stem(of: report.submission))"
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(heading))</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1{font-size:1.5rem}.total{font-size:1.25rem}
        section{border:1px solid #d0d0d5;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
        h2{font-size:1.1rem;margin:.3rem 0}.pts{float:right;font-weight:normal}
        ul{padding-left:1.2rem}li{margin:.2rem 0}
        .passed{color:#1a7f37}.failed,.error,.notRun,.missing{color:#b42318}.partial{color:#9a6700}
        .msg{display:block;color:#1d1d1f;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.9rem}
        .note{color:#57575c;font-size:.9rem}
        </style>
        </head>
        <body>
        <h1>\(e(heading))</h1>
        <p class="total">Score: <strong>\(ScoreFormat.text(report.score)) / \(ScoreFormat.text(report.maxScore))</strong></p>

        """
        if let error = report.error {
            out += "<p class=\"error\">This notebook could not be graded: \(e(error))</p>\n"
        }
        for exercise in report.exercises { out += section(exercise) }
        if !report.cellErrors.isEmpty {
            out += "<section>\n<h2>Cells that failed</h2>\n<ul>\n"
            for failure in report.cellErrors {
                out += "<li><span class=\"msg\">\(e(failure.message))</span></li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        for note in report.notes { out += "<p class=\"note\">\(e(note))</p>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    static func section(_ exercise: ExerciseReport) -> String {
        var out = "<section>\n<h2>Exercise \(e(exercise.id)) <span class=\"pts \(exercise.status.rawValue)\">"
        out += "\(ScoreFormat.text(exercise.score)) / \(ScoreFormat.text(exercise.maxScore)) · \(label(exercise.status))</span></h2>\n"
        if let reason = exercise.reason { out += "<p class=\"\(exercise.status.rawValue)\">\(e(reason))</p>\n" }
        for note in exercise.notes { out += "<p class=\"note\">\(e(note))</p>\n" }
        out += "<ul>\n"
        for test in exercise.tests {
            let name = test.hidden ? "Hidden test \(test.id)" : "Test \(test.id)"
            out += "<li><span class=\"\(test.outcome.rawValue)\">\(label(test.outcome))</span> \(e(name))"
            if !test.message.isEmpty { out += "<span class=\"msg\">\(e(test.message))</span>" }
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }

    static func label(_ status: ExerciseReport.Status) -> String {
        switch status {
        case .passed: "passed"
        case .partial: "partly passed"
        case .failed: "failed"
        case .error: "error"
        case .missing: "missing"
        }
    }

    static func label(_ outcome: TestReport.Outcome) -> String {
        switch outcome {
        case .passed: "✓ passed"
        case .failed: "✗ failed"
        case .error: "✗ error"
        case .notRun: "– not run"
        }
    }

    static func e(_ text: String) -> String { XMLEscaping.html(text) }

    /// A file name for a submission's page that is unique per path: `hw/alice/nb.md` → `hw__alice__nb.html`.
    public static func fileName(for submission: String) -> String {
        var path = submission
        while path.hasPrefix("./") { path.removeFirst(2) }
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/") { path = String(path[..<dot]) }
        var name = ""
        for c in path.unicodeScalars {
            switch c {
            case "/": name += "__"
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": name.unicodeScalars.append(c)
            default: name += "_"
            }
        }
        if name.isEmpty || name.hasPrefix(".") { name = "_" + name }
        return name + ".html"
    }
}
