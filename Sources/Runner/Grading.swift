import EngineBindings
import Foundation
import Grader
import Interpreter
import NotebookModel

/// `nbrun assign`, `nbrun grade` and `nbrun grade merge`: the Grader library driven from the CLI.
extension Runner {
    /// Writes the student version of an instructor notebook (solutions replaced, hidden tests removed).
    public static func assign(instructorPath: String, outPath: String) -> Int32 {
        do {
            guard URL(fileURLWithPath: instructorPath).standardizedFileURL != URL(fileURLWithPath: outPath).standardizedFileURL else {
                FileOutput.standardError("error: --out must not be the instructor's notebook")
                return 2
            }
            let student = try Assignment.studentVersion(of: try FileOutput.read(instructorPath), path: instructorPath)
            try FileOutput.writeAtomically(student, to: outPath)
            FileOutput.standardError("student version → \(outPath)")
            return 0
        } catch {
            FileOutput.standardError(describe(error))
            return 2
        }
    }

    /// Grades submissions against the key's tests in fresh sandboxed sessions, then writes the reports.
    public static func grade(_ request: GradeRequest) -> Int32 {
        do {
            let key = try GradingKey(text: try FileOutput.read(request.keyPath), path: request.keyPath)
            var paths = request.submissions
            if let shard = request.shard { paths = try Shard(parse: shard).select(paths) }
            // Submissions may read the course's datasets, never the key's folder.
            let folders = DataFolders(notebookPath: request.keyPath)
            let datasets = folders.readable.filter { $0.hasSuffix("/datasets") }
            var configured = Limits()
            configured.seconds = 30
            let limits = configured
            let grader = Grader(key: key, limits: limits, makeSession: {
                let session = Session(limits: limits, seed: 0)
                let context = BindingContext(readableDirectories: datasets, searchDirectories: folders.search, emit: { _ in })
                EngineBindings.install(into: session, context: context, seed: 0)
                return session
            })
            let document = GradeDocument(key: request.keyPath, submissions: grader.gradeAll(files: paths, jobs: request.jobs))
            for file in GradeFiles.outputs(document, jsonPath: request.jsonPath, junitPath: request.junitPath,
                                           csvPath: request.csvPath, feedbackDirectory: request.feedbackDirectory) {
                try FileOutput.writeAtomically(file.contents, to: file.path)
            }
            FileOutput.standardOutput(GradeSummary.text(document))
            if let threshold = request.failUnder, !GradeSummary.failing(document, under: threshold).isEmpty { return 1 }
            return 0
        } catch {
            FileOutput.standardError(describe(error))
            return 2
        }
    }

    /// Merges the JSON reports of sharded grading runs into one set of reports.
    public static func mergeGrades(reports: [String], jsonPath: String, junitPath: String?, csvPath: String?) -> Int32 {
        do {
            let documents = try reports.map { try GradeDocument.read(json: try FileOutput.read($0), path: $0) }
            let merged = try ReportMerge.merge(documents)
            for file in GradeFiles.outputs(merged, jsonPath: jsonPath, junitPath: junitPath, csvPath: csvPath, feedbackDirectory: nil) {
                try FileOutput.writeAtomically(file.contents, to: file.path)
            }
            FileOutput.standardOutput(GradeSummary.text(merged))
            return 0
        } catch {
            FileOutput.standardError(describe(error))
            return 2
        }
    }
}
