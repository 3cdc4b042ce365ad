import Foundation

/// The class gradebook: one row per submission, one column per exercise (RFC 4180 quoting).
///
/// `submission,score,maxScore,<exercise>...,status` — exercise columns in key order. Text cells
/// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`, since
/// submission file names come from students.
public enum GradebookCSV {
    public static func csv(_ document: GradeDocument) -> String {
        var exerciseIDs: [String] = []
        for report in document.submissions {
            for exercise in report.exercises where !exerciseIDs.contains(exercise.id) { exerciseIDs.append(exercise.id) }
        }
        var rows: [[String]] = [["submission", "score", "maxScore"] + exerciseIDs + ["status"]]
        for report in document.submissions {
            var row = [report.submission, ScoreFormat.text(report.score), ScoreFormat.text(report.maxScore)]
            for id in exerciseIDs {
                row.append(report.exercises.first { $0.id == id }.map { ScoreFormat.text($0.score) } ?? "")
            }
            row.append(report.status.rawValue)
            rows.append(row)
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field, quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
           Double(value) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
