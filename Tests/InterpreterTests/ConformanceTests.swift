import Foundation
import Interpreter
import XCTest

/// Runs every `Conformance/**/*.swift` case in a fresh session (as one cell, or as the cells its
/// `// cell` lines split it into, in order) and compares its output with the `// expect:` lines
/// (recorded from swiftc) and its failure with the `// expect error: LINE[:COL]: MESSAGE` line, in
/// file lines. `NBRUN_CONFORMANCE=closures,enums` runs only those groups (first folder names);
/// `NBRUN_SHOW_GAPS=1` also prints why each known gap fails.
final class ConformanceTests: XCTestCase {
    typealias Case = ConformanceCase

    final class Capture: InterpreterOutput {
        var text = ""
        func write(_ s: String) { text += s }
        func display(_ value: Value) {}
    }

    static var root: URL {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")
        if FileManager.default.fileExists(atPath: here.path) { return here }
        return Bundle.module.resourceURL?.appendingPathComponent("Conformance") ?? here
    }

    static func loadCases() -> [Case] {
        let root = self.root
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let filter = ProcessInfo.processInfo.environment["NBRUN_CONFORMANCE"].map {
            Set($0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        }
        var cases: [Case] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let rel = String(url.path.dropFirst(root.path.count + 1))
            let group = rel.split(separator: "/").first.map(String.init) ?? ""
            if let filter, !filter.contains(group), !filter.contains(rel) { continue }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            cases.append(Case(parsing: text, group: group, path: rel))
        }
        return cases.sorted { $0.relativePath < $1.relativePath }
    }

    /// Runs one case; returns nil when it passes, otherwise a description of the difference.
    static func check(_ c: Case) -> String? {
        let session = Session(limits: Limits(steps: c.steps, seconds: 20), seed: 0)
        let out = Capture()
        session.output = out
        var result = CellResult.success(displayed: nil)
        for cell in c.cells {
            result = session.run(CellSource(text: cell.text, path: c.relativePath, firstLine: cell.firstLine))
            if case .failure = result { break }
        }
        var actual = out.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if actual.last == "" { actual.removeLast() }
        var problems: [String] = []
        if actual != c.expected { problems.append(diff(expected: c.expected, actual: actual)) }
        switch (result, c.error) {
        case (.success, nil): break
        case (.success, let e?): problems.append("expected error at line \(e.line): \(e.message), but the cell succeeded")
        case (.failure(let err), nil): problems.append("unexpected error:\n" + err.rendered)
        case (.failure(let err), let e?):
            if err.line != e.line || (e.column != nil && err.column != e.column) || !err.message.contains(e.message) {
                problems.append("expected error at \(e.line)\(e.column.map { ":\($0)" } ?? ""): \(e.message)\ngot:\n" + err.rendered)
            }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n")
    }

    static func diff(expected: [String], actual: [String]) -> String {
        var lines = ["output differs (- expected, + actual):"]
        let n = max(expected.count, actual.count)
        for i in 0..<n {
            let e = i < expected.count ? expected[i] : nil
            let a = i < actual.count ? actual[i] : nil
            if e == a { lines.append("  " + (e ?? "")); continue }
            if let e { lines.append("- " + e) }
            if let a { lines.append("+ " + a) }
        }
        return lines.joined(separator: "\n")
    }

    /// Cases the interpreter does not pass yet, one relative path per line (`#` comments): they
    /// are reported, and a listed case that starts passing fails the test until it is removed.
    static func knownGaps() -> Set<String> {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-gaps.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    func testConformance() throws {
        let cases = Self.loadCases()
        if cases.isEmpty { throw XCTSkip("no conformance cases found under \(Self.root.path)") }
        let knownGaps = Self.knownGaps()
        // NBRUN_SHOW_GAPS=1 prints why each known gap still fails (to pick the next one to fix).
        let showGaps = ProcessInfo.processInfo.environment["NBRUN_SHOW_GAPS"] != nil
        var failures: [String] = []
        var gapsStillFailing = 0
        var perGroup: [String: (pass: Int, total: Int)] = [:]
        for c in cases {
            let problem = Self.check(c)
            var g = perGroup[c.group] ?? (0, 0)
            g.total += 1
            if problem == nil { g.pass += 1 }
            perGroup[c.group] = g
            switch (problem, knownGaps.contains(c.relativePath)) {
            case (let problem?, false): failures.append("== \(c.relativePath)\n\(problem)")
            case (nil, true): failures.append("== \(c.relativePath)\nlisted in known-gaps.txt but passes now: remove it from the list")
            case (let problem?, true):
                gapsStillFailing += 1
                if showGaps { print("== known gap \(c.relativePath)\n\(problem)\n") }
            case (nil, false): break
            }
        }
        let summary = perGroup.keys.sorted().map { k in
            let g = perGroup[k] ?? (0, 0)
            return "\(k.padding(toLength: 24, withPad: " ", startingAt: 0)) \(g.pass)/\(g.total)"
        }.joined(separator: "\n")
        let passed = perGroup.values.reduce(0) { $0 + $1.pass }
        print("Conformance: \(passed)/\(cases.count) passed (\(gapsStillFailing) known gaps)\n" + summary)
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(cases.count) conformance cases failed\n\(summary)\n\n" + failures.joined(separator: "\n\n"))
        }
    }
}
