/// `nbrun grade merge`: joins the JSON documents of sharded runs into one.
public enum ReportMerge {
    /// All submissions, sorted by path. Errors: documents graded against different keys, or the
    /// same submission in two documents (overlapping shards).
    public static func merge(_ documents: [GradeDocument]) throws -> GradeDocument {
        guard let first = documents.first else {
            throw GradeReportError(message: "nothing to merge: give the JSON reports of the shards")
        }
        var seen: Set<String> = []
        var all: [SubmissionReport] = []
        for document in documents {
            guard document.key == first.key else {
                throw GradeReportError(message: "reports were graded with different keys: '\(first.key)' and '\(document.key)'")
            }
            for report in document.submissions {
                guard seen.insert(report.submission).inserted else {
                    throw GradeReportError(message: "'\(report.submission)' appears in more than one report (overlapping shards?)")
                }
                all.append(report)
            }
        }
        return GradeDocument(key: first.key, submissions: all)
    }

    static func sortedBySubmission(_ reports: [SubmissionReport]) -> [SubmissionReport] {
        reports.sorted { Array($0.submission.utf8).lexicographicallyPrecedes(Array($1.submission.utf8)) }
    }
}
