import Foundation
import XCTest

/// Runs every `Scripts/<area>/*.swift` as one cell in a fresh session with the engine bindings
/// installed (seed 1 unless the script says otherwise) and checks the comments in it:
///
/// - `// expect: TEXT` — the next line the script printed is exactly TEXT (or starts with it when
///   TEXT ends in `...`, for values no one can compute by hand, such as seeded random draws).
///   Every printed line must be expected: a script prints exactly its `// expect:` lines, in order.
/// - `// expect error: TEXT` — the run ends in an error (thrown, not a crash) whose message
///   contains TEXT (which must not be empty). Without it, the run must succeed.
/// - `// expect error line: N` — that error is reported at script line N.
/// - `// expect error kind: KIND` — that error is of kind KIND (`limit` for memory and time
///   limits, `host` for bad arguments).
/// - `// timeout: SECONDS` — the cell's time limit (default 30).
/// - `// memory: BYTES` — the cell's memory budget (default 2 GiB).
/// - `// expect output: HEADER` — the next rich output (figure, model summary, training log,
///   displayed value) has a header line equal to HEADER or starting with HEADER and a space.
///   Headers: `figure <panel kinds joined by +> "<title>"`, `summary <model name> (<N> params)`,
///   `trainingLog (<N> lines)`, `value <first line of the displayed text>`. As with printed
///   lines, every rich output must be expected, so a script without this directive asserts that
///   it emits nothing (e.g. `fit(..., verbose: 0)`).
/// - `// expect output line: TEXT` — the next body line of the output above: a summary's text
///   lines, a training log's lines, one line per figure panel (kind, title, axis labels, series
///   or counts; see `ScriptRun.panel`). Exact, or a prefix when TEXT ends in `...`. Body lines
///   not mentioned are not checked.
/// - `// expect seeded` — run again with the same seed (all outputs identical) and with the
///   next seed (outputs differ): what the notebook seed fixes really depends on it.
/// - `// seed: N` — the session's seed (default 1).
/// - `// files: memory` — the files cells write stay in memory (as when grading); otherwise each
///   run writes into a fresh `notebook/files/` folder linked as `notebook/files/NAME`, and a file
///   output's header is `file NAME at notebook/files/NAME (N bytes)` (or `file NAME in memory (N bytes)`).
///
/// Failures name the script and the directive's line. Scripts read fixtures from `notebook/`
/// (see `ScriptFiles`) and the project's `datasets/`.
final class BindingScriptTests: XCTestCase {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let scriptsFolder = testsFolder.appendingPathComponent("Scripts")
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    /// The areas of the binding surface; each must have scripts.
    static let areas = ["budget", "data", "errors", "layers", "models", "plots", "saving", "tensors"]

    func testEveryScriptRunsAsItsCommentsSay() throws {
        let files = try ScriptFiles(repositoryRoot: Self.repositoryRoot)
        defer { files.remove() }
        let scripts = try Self.loadScripts()
        XCTAssertGreaterThan(scripts.count, 30)
        for script in scripts {
            for problem in Self.check(script, files: files) { XCTFail(problem) }
        }
    }

    func testEveryAreaHasScripts() throws {
        let found = Set(try Self.loadScripts().map { $0.name.split(separator: "/")[1] })
        for area in Self.areas { XCTAssertTrue(found.contains(Substring(area)), "no scripts in Scripts/\(area)") }
    }

    /// A runner that cannot fail is no test: each kind of mismatch must be reported.
    func testRunnerReportsMismatches() throws {
        let files = try ScriptFiles(repositoryRoot: Self.repositoryRoot)
        defer { files.remove() }
        let cases: [(String, String)] = [
            ("print(1)  // expect: 2", "inline.swift:1: expected printed line \"2\", got \"1\""),
            ("print(1)\nprint(2)  // expect: 2", "inline.swift:2: expected printed line \"2\", got \"1\""),
            ("print(1)", "printed more than expected"),
            ("print(1)  // expect: 1\nmatmul(Tensor([1]), 2)", "failed"),
            ("let a = 1  // expect error: boom", "expected an error containing \"boom\""),
            ("Tensor([1, 2, 3]) + Tensor([1, 2])  // expect error: nothing like this", "does not contain"),
            ("Tensor([1, 2, 3]) + Tensor([1, 2])\n// expect error: incompatible\n// expect error line: 2", "reported at line 1"),
            ("linePlot(y: [1, 2], title: \"t\")", "emitted more outputs than expected"),
            ("linePlot(y: [1], title: \"t\")  // expect output: figure bar", "expected output \"figure bar\""),
            ("// expect output: summary", "expected output \"summary\" but there was none"),
            ("linePlot(y: [1], title: \"t\")\n// expect output: figure\n// expect output line: bar...", "expected output line \"bar...\""),
            ("Tensor([1, 2, 3]) + Tensor([1, 2])\n// expect error: incompatible\n// expect error kind: limit", "got one of kind host"),
            ("// timeout: 0.2\nwhile true {}\n// expect error: time limit exceeded: the cell ran longer than 0.2 s\n// expect error kind: runtime",
             "got one of kind limit"),
            ("print(1)  // expect 1", "unknown directive"),
            ("matmul(Tensor([1]), 2)  // expect error:", "unknown directive"),
            ("print(Tensor.randomNormal([1]).scalars.count)  // expect: 1\n// expect seeded", "did not change with seed"),
        ]
        for (source, expected) in cases {
            let problems = Self.check(BindingScript(name: "inline.swift", source: source), files: files)
            XCTAssertTrue(problems.contains { $0.contains(expected) }, "\(source)\n→ \(problems)")
        }
        let passing = "print(Tensor.randomNormal([1]).scalars[0])  // expect: ...\n// expect seeded"
        XCTAssertEqual(Self.check(BindingScript(name: "inline.swift", source: passing), files: files), [])
    }

    /// Exact, or a prefix when the expectation ends in `...`.
    static func matches(_ actual: String, _ expected: String) -> Bool {
        expected.hasSuffix("...") ? actual.hasPrefix(expected.dropLast(3)) : actual == expected
    }

    static func loadScripts() throws -> [BindingScript] {
        let manager = FileManager.default
        var scripts: [BindingScript] = []
        for area in try manager.contentsOfDirectory(atPath: scriptsFolder.path).sorted() {
            let folder = scriptsFolder.appendingPathComponent(area)
            for file in try manager.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                scripts.append(BindingScript(name: "Scripts/\(area)/\(file)", source: text))
            }
        }
        return scripts
    }

    /// Every way the script's run differs from its comments, as "script:line: problem".
    static func check(_ script: BindingScript, files: ScriptFiles) -> [String] {
        var problems: [String] = []
        func fail(_ line: Int, _ text: String) { problems.append("\(script.name):\(line): \(text)") }
        for bad in script.unknown { fail(bad.line, "unknown directive '\(bad.value)'") }
        let run = ScriptRun.run(script, seed: script.seed, files: files)

        for (i, expected) in script.printed.enumerated() {
            guard i < run.printed.count else {
                fail(expected.line, "expected printed line \"\(expected.value)\" but the script printed only \(run.printed.count) lines")
                break
            }
            if !Self.matches(run.printed[i], expected.value) {
                fail(expected.line, "expected printed line \"\(expected.value)\", got \"\(run.printed[i])\"")
            }
        }
        if run.printed.count > script.printed.count {
            fail(script.printed.last?.line ?? 1, "printed more than expected: \(run.printed[script.printed.count...].map { "\"\($0)\"" }.joined(separator: ", "))")
        }

        for (i, expected) in script.outputs.enumerated() {
            guard i < run.outputs.count else {
                fail(expected.line, "expected output \"\(expected.value.header)\" but there was none")
                break
            }
            let actual = run.outputs[i]
            guard actual[0] == expected.value.header || actual[0].hasPrefix(expected.value.header + " ") else {
                fail(expected.line, "expected output \"\(expected.value.header)\", got \"\(actual[0])\"")
                continue
            }
            let body = actual.dropFirst()
            for (j, line) in expected.value.body.enumerated() {
                let got = j < body.count ? body[body.startIndex + j] : "<no more lines>"
                if !Self.matches(got, line.value) { fail(line.line, "expected output line \"\(line.value)\", got \"\(got)\"") }
            }
        }
        if run.outputs.count > script.outputs.count {
            fail(script.outputs.last?.line ?? 1, "emitted more outputs than expected: \(run.outputs[script.outputs.count...].map { $0[0] })")
        }

        switch (script.error, run.error) {
        case (nil, let actual?):
            fail(actual.line, "failed: \(actual.message)")
        case (let expected?, nil):
            fail(expected.line, "expected an error containing \"\(expected.value)\" but the script ran to the end")
        case (let expected?, let actual?):
            if !actual.message.contains(expected.value) {
                fail(expected.line, "error message \"\(actual.message)\" does not contain \"\(expected.value)\"")
            }
            if let line = script.errorLine, line.value != actual.line {
                fail(line.line, "expected the error at line \(line.value), but it was reported at line \(actual.line)")
            }
            if let kind = script.errorKind, kind.value != actual.kind {
                fail(kind.line, "expected an error of kind \(kind.value), got one of kind \(actual.kind)")
            }
        case (nil, nil): break
        }

        if let seeded = script.seeded {
            if ScriptRun.run(script, seed: script.seed, files: files) != run {
                fail(seeded.line, "a second run with seed \(script.seed) gave different outputs")
            }
            if ScriptRun.run(script, seed: script.seed + 1, files: files) == run {
                fail(seeded.line, "outputs did not change with seed \(script.seed + 1)")
            }
        }
        return problems
    }
}
