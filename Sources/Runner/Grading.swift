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

    /// Grades submissions against the key's tests, each in a fresh sandboxed session (in its own
    /// child process unless `isolation` is `.inProcess`), then writes every report.
    public static func grade(_ request: GradeRequest) -> Int32 {
        do {
            var paths = request.submissions
            if let shard = request.shard { paths = try Shard(parse: shard).select(paths) }
            let settings = GradingSettings(jobs: request.jobs, cellSeconds: request.cellSeconds)
            let grader = try makeGrader(keyPath: request.keyPath, settings: settings)
            let reports: [SubmissionReport]
            switch request.isolation {
            case .inProcess:
                reports = grader.gradeAll(files: paths, jobs: request.jobs)
            case .childProcess(let executable):
                let isolated = IsolatedGrading(executable: executable, keyPath: request.keyPath, grader: grader,
                                               settings: settings)
                reports = ParallelMap.map(paths, jobs: request.jobs) { isolated.grade($0) }
            }
            let document = GradeDocument(key: request.keyPath, submissions: reports)
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

    /// The grader every submission of one `nbrun grade` run is graded by, in this process or a worker.
    static func makeGrader(keyPath: String, settings: GradingSettings) throws -> Grader {
        let key = try GradingKey(text: try FileOutput.read(keyPath), path: keyPath)
        // Submissions may read the course's datasets, never the key's folder.
        let folders = DataFolders(notebookPath: keyPath)
        let datasets = folders.readable.filter { $0.hasSuffix("/datasets") }
        let limits = settings.limits
        return Grader(key: key, limits: limits, makeSession: {
            let session = Session(limits: limits, seed: 0)
            let context = BindingContext(readableDirectories: datasets, searchDirectories: folders.search, emit: { _ in })
            EngineBindings.install(into: session, context: context, seed: 0)
            FaultInjection.installIfEnabled(into: session)
            return session
        })
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

/// The sandbox one `nbrun grade` run grades every submission with, in whichever process.
struct GradingSettings: Codable, Equatable {
    /// Each student cell and each test cell may run this long.
    var cellSeconds: Double = 30
    /// Resident memory one submission's process may hold: half the machine shared by the jobs,
    /// so `--jobs N` hogs together still leave the machine standing.
    var residentBytes: Int

    init(jobs: Int, cellSeconds: Double = 30) {
        self.cellSeconds = cellSeconds
        residentBytes = min(Limits.defaultResidentBytes, Int(ProcessInfo.processInfo.physicalMemory / 2) / max(1, jobs))
    }

    var limits: Limits {
        var limits = Limits()
        limits.seconds = cellSeconds
        limits.residentBytes = residentBytes
        return limits
    }
}
