/// The files one grading run writes, as (path, contents) pairs, so the runner's job is only to
/// write them: `--json`, `--junit`, `--csv` and one feedback page per submission in `--feedback`.
public enum GradeFiles {
    public static func outputs(_ document: GradeDocument, jsonPath: String?, junitPath: String?, csvPath: String?,
                               feedbackDirectory: String?) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = []
        if let jsonPath { files.append((jsonPath, document.jsonText())) }
        if let junitPath { files.append((junitPath, JUnitReport.xml(document))) }
        if let csvPath { files.append((csvPath, GradebookCSV.csv(document))) }
        if let feedbackDirectory {
            let directory = feedbackDirectory.hasSuffix("/") ? String(feedbackDirectory.dropLast()) : feedbackDirectory
            for report in document.submissions {
                files.append(("\(directory)/\(FeedbackPage.fileName(for: report.submission))", FeedbackPage.html(report)))
            }
        }
        return files
    }
}
