import Foundation
import XCTest
@testable import Runner

/// Every notebook and submission in its own worker process: a cell that kills its process costs
/// that cell (or that submission step), never the batch, the page or the reports.
final class IsolationTests: XCTestCase {
    var out: String!

    override func setUp() {
        out = NSTemporaryDirectory() + "nbrun-isolation-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // Cells may call _nbrunFault(...) to die the ways a bug in nbrun could.
        setenv("NBRUN_FAULT_INJECTION", "1", 1)
    }

    override func tearDown() {
        unsetenv("NBRUN_FAULT_INJECTION")
        try? FileManager.default.removeItem(atPath: out)
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/isolation")

    /// The nbrun binary `swift build` put beside this test bundle.
    static var nbrun: Isolation {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = products.appendingPathComponent("nbrun").path
        // `swift test` runs the bundle through xctest on some set-ups: look beside the bundle too.
        if !FileManager.default.isExecutableFile(atPath: candidate) {
            candidate = Bundle(for: IsolationTests.self).bundleURL.deletingLastPathComponent().appendingPathComponent("nbrun").path
        }
        return .childProcess(executable: candidate)
    }

    func submission(_ name: String) -> String { Self.fixtures.appendingPathComponent("submissions/\(name).md").path }

    func testGradingBatchKeepsEveryRowWhenSubmissionsKillTheirProcess() throws {
        let names = ["ordinary-a", "zeros-160gb", "shape-overflow", "abort", "endless-matmul", "print-10m", "segv", "hang",
                     "allocate", "test-crash", "ordinary-b"]
        var request = GradeRequest(submissions: names.map(submission), keyPath: Self.fixtures.appendingPathComponent("key.md").path,
                                   jsonPath: out + "/g.json", junitPath: out + "/g.xml", csvPath: out + "/g.csv", jobs: 2)
        request.cellSeconds = 2
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.grade(request), 0, "student crashes are results, not grader failures")

        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/g.json"))) as? [String: Any]
        let rows = try XCTUnwrap(document?["submissions"] as? [[String: Any]])
        XCTAssertEqual(rows.count, names.count)
        var byName: [String: [String: Any]] = [:]
        for row in rows { byName[URL(fileURLWithPath: row["submission"] as? String ?? "").deletingPathExtension().lastPathComponent] = row }
        func expect(_ name: String, status: String, score: Double, errorContains: String? = nil, line: UInt = #line) {
            guard let row = byName[name] else { return XCTFail("no row for \(name)", line: line) }
            XCTAssertEqual(row["status"] as? String, status, name, line: line)
            XCTAssertEqual(row["score"] as? Double, score, name, line: line)
            if let errorContains {
                XCTAssertTrue((row["error"] as? String ?? "").contains(errorContains), "\(name): \(row["error"] ?? "nil")", line: line)
            }
        }
        expect("ordinary-a", status: "graded", score: 5)
        expect("ordinary-b", status: "graded", score: 3)
        // Stopped cleanly inside the worker, at their line: the engine refuses before allocating,
        // its blocked matmul checks the deadline, and ten million prints only cost their own cell.
        func cellError(_ name: String) -> String {
            ((byName[name]?["cellErrors"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
        }
        expect("zeros-160gb", status: "graded", score: 3)
        XCTAssertTrue(cellError("zeros-160gb").contains("zeros-160gb.md:4:9: memory limit exceeded: Tensor.zeros([200000, 200000]) needs 149 GiB"), cellError("zeros-160gb"))
        expect("shape-overflow", status: "graded", score: 3)
        XCTAssertTrue(cellError("shape-overflow").contains("shape-overflow.md:4:9: memory limit exceeded"), cellError("shape-overflow"))
        expect("endless-matmul", status: "graded", score: 3)
        XCTAssertTrue(cellError("endless-matmul").contains("endless-matmul.md:5:15: time limit exceeded"), cellError("endless-matmul"))
        expect("print-10m", status: "graded", score: 5)
        // The double cell died: double scores 0, square (graded in a fresh process) keeps its 3.
        expect("abort", status: "crashed", score: 3, errorContains: "Fatal error: injected fault")
        expect("segv", status: "crashed", score: 3, errorContains: "SIGSEGV")
        expect("hang", status: "limit", score: 3, errorContains: "ran past its 2 s time limit")
        expect("allocate", status: "limit", score: 3, errorContains: "tried to allocate")
        // The key's hidden test of square died: that test errs, double keeps its 2.
        expect("test-crash", status: "crashed", score: 2, errorContains: "test square-test-1 of exercise square")

        let csv = try String(contentsOfFile: out + "/g.csv", encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\r\n").count, names.count + 1, csv)
        for (name, status) in [("abort", "crashed"), ("hang", "limit"), ("ordinary-a", "graded")] {
            XCTAssertTrue(csv.contains("\(name).md,") && csv.split(separator: "\r\n").contains { $0.contains("\(name).md") && $0.hasSuffix(status) }, csv)
        }
        let junit = try String(contentsOfFile: out + "/g.xml", encoding: .utf8)
        XCTAssertEqual(junit.components(separatedBy: "<testsuite ").count - 1, names.count, junit)
        XCTAssertTrue(junit.contains("injected fault"))
    }

    func testNotebookWhoseCellKillsItsProcessStillGetsItsPage() throws {
        let notebook = out + "/dies.md"
        try "# Dies\n\n```swift\nprint(\"before the crash\")\n```\n\n```swift\n_nbrunFault(\"abort\")\n```\n\n```swift\nprint(\"after the crash\")\n```\n"
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        var request = RunRequest(notebookPath: notebook, outDirectory: out + "/site", jsonPath: out + "/dies.json")
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.run(request), 1)
        let page = try String(contentsOfFile: out + "/site/dies.html", encoding: .utf8)
        XCTAssertTrue(page.contains("before the crash"))
        XCTAssertTrue(page.contains("the cell crashed its process"), page)
        XCTAssertTrue(page.contains("dies.md:7:1"), "the error sits at the dying cell's fence line")
        XCTAssertFalse(page.contains("after the crash</"), "cells after a crash do not run without --keep-going")

        request.keepGoing = true
        XCTAssertEqual(Runner.run(request), 1)
        let kept = try String(contentsOfFile: out + "/site/dies.html", encoding: .utf8)
        XCTAssertTrue(kept.contains("before the crash") && kept.contains("after the crash"),
                      "--keep-going runs the rest in a fresh process")
    }

    func testCourseBuildWithALessonThatKillsItsProcessBuildsEveryPage() throws {
        let course = out + "/course"
        try FileManager.default.createDirectory(atPath: course, withIntermediateDirectories: true)
        try "# One\n\n```swift\nprint(\"lesson one ran\")\n```\n".write(toFile: course + "/01-one.md", atomically: true, encoding: .utf8)
        try "# Two\n\n```swift\n_nbrunFault(\"segv\")\n```\n".write(toFile: course + "/02-two.md", atomically: true, encoding: .utf8)
        try "# Three\n\n```swift\nprint(\"lesson three ran\")\n```\n".write(toFile: course + "/03-three.md", atomically: true, encoding: .utf8)
        var request = BuildRequest(notebooksDirectory: course, outDirectory: out + "/site", jobs: 2, useCache: false)
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.build(request), 1, "a lesson with a failing cell fails the build, after writing the site")
        XCTAssertTrue(try String(contentsOfFile: out + "/site/01-one.html", encoding: .utf8).contains("lesson one ran"))
        XCTAssertTrue(try String(contentsOfFile: out + "/site/02-two.html", encoding: .utf8).contains("SIGSEGV"))
        XCTAssertTrue(try String(contentsOfFile: out + "/site/03-three.html", encoding: .utf8).contains("lesson three ran"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/site/index.html"))
    }

    func testWorkerRunsWithOSLimitsOnlyItsOwnDescriptorsAndAReducedEnvironment() throws {
        setenv("CI_SECRET_TOKEN", "hunter2", 1)
        defer { unsetenv("CI_SECRET_TOKEN") }
        let notebook = out + "/sandbox.md"
        try "# Sandbox\n\n```swift\nprint(_nbrunFault(\"limits\"))\nprint(\"fds:\", _nbrunFault(\"descriptors\"))\nprint(\"env:\", _nbrunFault(\"environment\"))\n```\n"
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        var request = RunRequest(notebookPath: notebook, outDirectory: out + "/site")
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.run(request), 0)
        let page = try String(contentsOfFile: out + "/site/sandbox.html", encoding: .utf8)
        func limit(_ name: String) -> String? {
            page.split(separator: "\n").first { $0.hasPrefix(name) }.map { $0.dropFirst(name.count).split(separator: " ").first.map(String.init) ?? "" }
        }
        XCTAssertEqual(limit("Max open files"), "256", page)
        XCTAssertEqual(limit("Max file size"), String(256 << 20))
        XCTAssertNotEqual(limit("Max data size"), "unlimited")
        XCTAssertNotEqual(limit("Max address space"), "unlimited")
        XCTAssertNotEqual(limit("Max cpu time"), "unlimited")
        XCTAssertTrue(page.contains("fds: 0,1,2,3\n"), "a cell's process holds only its four descriptors")
        XCTAssertFalse(page.contains("CI_SECRET_TOKEN"), "the parent's secrets stay in the parent")
        XCTAssertTrue(page.contains("NBRUN_FAULT_INJECTION") && page.contains("PATH"))
    }

    func testEngineLimitsStopEachCellAtItsLineAndThePageKeepsThemAll() throws {
        let notebook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/errors/engine-limits.md").path
        var request = RunRequest(notebookPath: notebook, outDirectory: out + "/site", jsonPath: out + "/limits.json", keepGoing: true)
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.run(request), 1)
        let page = try String(contentsOfFile: out + "/site/engine-limits.html", encoding: .utf8)
        let expected = [
            "12:12: error: memory limit exceeded: Tensor.zeros([200000, 200000]) needs 149 GiB; the cell's memory budget is 2 GiB",
            "16:12: error: memory limit exceeded: Dense layer \"dense\" kernel of shape (784, 100000000) needs 292 GiB",
            "20:16: error: memory limit exceeded: Tensor.zeros([9223372036854775807, 4])",
            "24:39: error: Cannot reshape a tensor of shape (2, 3) (6 elements) into shape (-1, -1): at most one dimension may be -1",
            "28:14: error: memory limit exceeded: toCategorical of 2 labels into 1000000000 classes",
            "33:15: error: time limit exceeded: the cell ran longer than 1 s",
            "39:7: error: time limit exceeded: the cell ran longer than 1 s",
            "43:7: error: Layer \"dense_1\" weight \"bias\" has shape (4,), received a value of shape (5,)",
            "47:1: error: linePlot: 10000000 values is more than the 100000 a figure can show",
            "51:1: error: confusionMatrix: label 9223372036854775807 is out of range",
        ]
        for text in expected {
            XCTAssertTrue(page.contains("engine-limits.md:" + text), "missing on the page: \(text)")
        }
        XCTAssertTrue(page.contains("the first cell runs") && page.contains("the last cell runs"))
        let report = try String(contentsOfFile: out + "/limits.json", encoding: .utf8)
        XCTAssertEqual(report.components(separatedBy: "\"kind\": \"limit\"").count - 1, 6, "budget and deadline refusals are limit errors")
    }

    func testNonFiniteNumbersInAFigureTravelBackFromTheWorker() throws {
        let notebook = out + "/nan.md"
        try "# NaN\n\n```swift\nlinePlot(x: [1, 2], y: [[Double.nan, 2]])\n```\n\n```swift\nprint(\"after the plot\")\n```\n"
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        var request = RunRequest(notebookPath: notebook, outDirectory: out + "/site")
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.run(request), 0, "a NaN in a figure is data, not a crash")
        let page = try String(contentsOfFile: out + "/site/nan.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<svg") && page.contains("after the plot"))
    }

    func testAfterTooManyCrashesTheRestSaysWhyItDidNotRun() throws {
        let notebook = out + "/crashes.md"
        let crash = "```swift\n_nbrunFault(\"abort\")\n```\n\n"
        try ("# Crashes\n\n" + String(repeating: crash, count: 4) + "```swift\nprint(\"left out\")\n```\n")
            .write(toFile: notebook, atomically: true, encoding: .utf8)
        var request = RunRequest(notebookPath: notebook, outDirectory: out + "/site", keepGoing: true)
        request.isolation = Self.nbrun
        XCTAssertEqual(Runner.run(request), 1)
        let page = try String(contentsOfFile: out + "/site/crashes.html", encoding: .utf8)
        XCTAssertEqual(page.components(separatedBy: "the cell crashed its process").count - 1, 4)
        XCTAssertTrue(page.contains("not run: the notebook&#39;s process went down 4 times") || page.contains("not run: the notebook's process went down 4 times"), page)
    }

    func testAWorkerEndsWhenItsParentDies() throws {
        let notebook = out + "/hang.md"
        try "# Hang\n\n```swift\n_nbrunFault(\"hang\")\n```\n".write(toFile: notebook, atomically: true, encoding: .utf8)
        guard case .childProcess(let nbrun) = Self.nbrun else { throw XCTSkip("no nbrun binary") }
        let parent = Process()
        parent.executableURL = URL(fileURLWithPath: nbrun)
        parent.arguments = [notebook, "--out", out + "/site"]
        parent.standardError = FileHandle.nullDevice
        try parent.run()
        var workers: [Int32] = []
        for _ in 0..<50 where workers.isEmpty {
            usleep(100_000)
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(parent.processIdentifier)/task")) ?? []
            for task in tasks {
                let children = (try? String(contentsOfFile: "/proc/\(parent.processIdentifier)/task/\(task)/children", encoding: .utf8)) ?? ""
                workers += children.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
        }
        let worker = try XCTUnwrap(workers.first, "the parent started a worker")
        kill(parent.processIdentifier, SIGKILL)
        parent.waitUntilExit()
        var gone = false
        for _ in 0..<30 where !gone {
            usleep(100_000)
            let state = (try? String(contentsOfFile: "/proc/\(worker)/stat", encoding: .utf8)) ?? ""
            // Gone, or a zombie waiting for init to reap it.
            gone = state.isEmpty || state.contains(") Z ")
        }
        XCTAssertTrue(gone, "the orphaned worker \(worker) still runs")
        if !gone { kill(worker, SIGKILL) }
    }
}

/// What the terminal shows while cells train, read from a real nbrun process's standard error.
final class TerminalOutputTests: XCTestCase {
    func stderr(ofRunning source: String) throws -> String {
        let folder = NSTemporaryDirectory() + "nbrun-terminal-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try source.write(toFile: folder + "/train.md", atomically: true, encoding: .utf8)
        guard case .childProcess(let nbrun) = IsolationTests.nbrun else { throw XCTSkip("no nbrun binary") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nbrun)
        process.arguments = [folder + "/train.md", "--out", folder + "/site"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    func training(verbose: Int) -> String {
        "# Train\n\n```swift\nlet model = Sequential([Dense(1, inputShape: [2])])\nmodel.compile(optimizer: SGD(), loss: .mse)\n"
            + "model.fit(Tensor.zeros([8, 2]), Tensor.zeros([8, 1]), epochs: 3, verbose: \(verbose))\n```\n"
    }

    func testFitVerboseZeroPrintsNoEpochLinesAndVerboseOneDoes() throws {
        let quiet = try stderr(ofRunning: training(verbose: 0))
        XCTAssertFalse(quiet.contains("Epoch"), quiet)
        let loud = try stderr(ofRunning: training(verbose: 1))
        XCTAssertTrue(loud.contains("Epoch 1/3") && loud.contains("Epoch 3/3"), loud)
    }
}
