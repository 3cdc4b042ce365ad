import Foundation
import Grader
import Interpreter
import NotebookModel
import Renderer

/// nbrun's jobs, each readable top to bottom: parse → execute → render (or grade).
/// Every entry point returns the process exit code: 0 ok, 1 a cell failed, 2 usage or I/O error.
public enum Runner {
    /// `nbrun NOTEBOOK.md`: run one notebook and write its page (and JSON) even when a cell fails.
    public static func run(_ request: RunRequest) -> Int32 {
        do {
            let text = try FileOutput.read(request.notebookPath)
            let notebook = try NotebookParser.parse(text: text, path: request.notebookPath)
            let name = FilePath.stem(of: request.notebookPath)
            let started = DispatchTime.now().uptimeNanoseconds
            let run: NotebookRun
            let highlighted = HighlightMemo()
            let folder = FilesFolder(outDirectory: request.outDirectory, pageStem: name)
            switch request.isolation {
            case .inProcess:
                run = execute(notebook, seed: request.seed, keepGoing: request.keepGoing,
                              progress: TerminalProgress(notebookName: name), filesFolder: folder)
            case .childProcess(let executable):
                // This process only waits while the worker runs: highlight the code meanwhile.
                let warm = DispatchGroup()
                DispatchQueue.global().async(group: warm) { notebook.cells.forEach { _ = highlighted.html($0.source) } }
                run = IsolatedExecution(executable: executable, showProgress: true, filesFolder: folder)
                    .run(notebook, text: text, seed: request.seed, keepGoing: request.keepGoing)
                warm.wait()
            }
            // The notebook is published beside its page, unless the page goes where the notebook is.
            let published = FilePath.sameFile(request.notebookPath, "\(request.outDirectory)/\(name).md") ? nil : text
            let page = PageAssembler.page(for: notebook, run: run, path: "\(name).html", timings: request.timings,
                                          lineNumbers: request.lineNumbers, text: published)
            var site = try siteBuilder(request.outDirectory)
            site.highlightMemo = highlighted
            let report = try site.writePage(page)
            report.warnings.forEach { FileOutput.standardError("warning: \($0)") }
            if let jsonPath = request.jsonPath {
                try FileOutput.writeAtomically(JSONReport.document(for: notebook, run: run).text, to: jsonPath)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let failures = run.cells.filter { $0.status == .failed }.count
            let verdict = failures == 0 ? "all \(run.cells.count) cells ran" : "\(failures) cell\(failures == 1 ? "" : "s") failed"
            FileOutput.standardError("\(verdict) in \(TerminalProgress.seconds(seconds)) → \(request.outDirectory)/\(name).html")
            return run.failed ? 1 : 0
        } catch {
            FileOutput.standardError(describe(error))
            return 2
        }
    }

    /// `nbrun build`: every notebook (cached, in parallel), then the whole site written atomically.
    public static func build(_ request: BuildRequest) -> Int32 {
        do {
            let course = try CourseDiscovery.discover(request.notebooksDirectory)
            if request.student, FilePath.sameFile(request.notebooksDirectory, request.outDirectory) {
                throw IOError(message: "a student build cannot write into the notebooks folder (it would replace the notebooks with their student versions)")
            }
            var notebooks: [Notebook] = []
            var texts: [String: String] = [:]
            var failed = false
            for path in course.notebookPaths {
                do {
                    let text = try siteText(of: path, student: request.student)
                    notebooks.append(try NotebookParser.parse(text: text, path: path))
                    texts[path] = text
                } catch {
                    FileOutput.standardError(describe(error))
                    failed = true
                }
            }
            // Like mdBook, a notebook that cannot be parsed stops the build before anything is written.
            guard !failed else { return 2 }
            notebooks.sort(by: CourseDiscovery.lessonOrder)
            let cacheRoot = request.cacheDirectory ?? BuildRequest.defaultCacheDirectory(for: request.outDirectory)
            let cache = ExecutionCache(directory: request.student ? cacheRoot + "/student" : cacheRoot)
            // Student notebooks fail at every stub: the cells after one still run.
            let keepGoing = request.keepGoing || request.student
            // Earlier versions kept the cache inside the site, where it would be published.
            try? FileManager.default.removeItem(atPath: "\(request.outDirectory)/.nbrun-cache")
            let isolation = request.isolation
            let sources = texts
            let share = Limits.defaultResidentBytes / max(1, request.jobs)
            let runs = SiteExecution.runAll(notebooks, jobs: request.jobs, cache: request.useCache ? cache : nil,
                                            keepGoing: keepGoing, stillValid: { notebook, run in
                FilesFolder(outDirectory: request.outDirectory, pageStem: FilePath.stem(of: notebook.path)).holds(run)
            }, execute: { notebook, progress in
                let folder = FilesFolder(outDirectory: request.outDirectory, pageStem: FilePath.stem(of: notebook.path))
                switch isolation {
                case .inProcess:
                    return execute(notebook, seed: nil, keepGoing: keepGoing, progress: progress, filesFolder: folder)
                case .childProcess(let executable):
                    // The worker runs the text parsed here: a student build's, never the file's.
                    return IsolatedExecution(executable: executable, showProgress: request.jobs == 1, residentBytes: share, filesFolder: folder)
                        .run(notebook, text: sources[notebook.path], seed: nil, keepGoing: keepGoing)
                }
            })
            let pages = zip(notebooks, runs).map { notebook, run in
                var page = PageAssembler.page(for: notebook, run: run, path: "\(FilePath.stem(of: notebook.path)).html",
                                              timings: request.timings, lineNumbers: request.lineNumbers, text: texts[notebook.path])
                page.editURL = course.editLink(for: notebook.path)
                return page
            }
            var builder = try siteBuilder(request.outDirectory)
            builder.highlightMemo = request.useCache ? cache.loadHighlightMemo() : HighlightMemo()
            let report = try builder.build(
                config: SiteConfig(title: course.title, description: course.description ?? ""), pages: pages)
            builder.highlightMemo.map(cache.storeHighlightMemo)
            report.warnings.forEach { FileOutput.standardError("warning: \($0)") }
            let failures = runs.filter(\.failed).count
            let note = failures == 0 ? "" : request.student ? ", \(failures) with failing cells (expected: the stubs fail until students write their solutions)"
                : ", \(failures) with failing cells"
            FileOutput.standardError("built \(pages.count)\(request.student ? " student" : "") page\(pages.count == 1 ? "" : "s")\(note) → \(request.outDirectory)/index.html")
            // A student build's failures are its stubs': the instructor build is the one that checks the course.
            return failures > 0 && !request.student ? 1 : 0
        } catch {
            FileOutput.standardError(describe(error))
            return 2
        }
    }

    /// A notebook's text as the site shows and publishes it: as written, or (student build) the
    /// student version `nbrun assign` writes — the only text a student build ever reads.
    static func siteText(of path: String, student: Bool) throws -> String {
        let text = try FileOutput.read(path)
        return student ? try Assignment.studentVersion(of: text, path: path) : text
    }

    /// `nbrun check`: every error `run` would find before running a cell (syntax, unsupported
    /// constructs, unknown names), nothing runs.
    public static func check(_ paths: [String]) -> Int32 {
        var errors = 0
        for path in paths {
            do {
                let notebook = try NotebookParser.parse(text: try FileOutput.read(path), path: path)
                for error in NotebookChecker.errors(in: notebook) {
                    FileOutput.standardError(error.rendered)
                    errors += 1
                }
            } catch {
                FileOutput.standardError(describe(error))
                return 2
            }
        }
        FileOutput.standardError(errors == 0 ? "no errors in \(paths.count) notebook\(paths.count == 1 ? "" : "s")" : "\(errors) error\(errors == 1 ? "" : "s")")
        return errors == 0 ? 0 : 1
    }

    /// Runs a notebook's cells with its front matter's seed and limits, in this process.
    static func execute(_ notebook: Notebook, seed: UInt64?, keepGoing: Bool, progress: ProgressReporter,
                        filesFolder: FilesFolder? = nil) -> NotebookRun {
        var options = executionOptions(notebook, seed: seed, keepGoing: keepGoing, progress: progress)
        options.filesFolder = filesFolder
        return NotebookExecutor(options: options).execute(notebook)
    }

    /// The executor's options for a notebook: its front matter's seed and limits, its data folders.
    static func executionOptions(_ notebook: Notebook, seed: UInt64?, keepGoing: Bool,
                                 progress: ProgressReporter) -> NotebookExecutor.Options {
        var options = NotebookExecutor.Options()
        options.keepGoing = keepGoing
        options.seed = seed ?? notebook.frontMatter.seed ?? 0
        options.limits = Limits.notebookDefaults.applying(notebook.frontMatter)
        options.progress = progress
        let folders = DataFolders(notebookPath: notebook.path)
        options.readableDirectories = folders.readable
        options.searchDirectories = folders.search
        return options
    }

    static func siteBuilder(_ outDirectory: String) throws -> SiteBuilder {
        let out = URL(fileURLWithPath: outDirectory, isDirectory: true)
        let themeDirectory = out.appendingPathComponent("theme", isDirectory: true)
        let theme = try Theme.load(directory: FileManager.default.fileExists(atPath: themeDirectory.path) ? themeDirectory : nil)
        return SiteBuilder(outputDirectory: out, theme: theme)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let error as NotebookError: return error.description
        case let error as IOError: return "error: \(error.message)"
        default: return "error: \(error)"
        }
    }
}
