import Interpreter
import XCTest

/// Runs the cases of DependencyCases.swift: expected dependencies and re-run sets after edits.
final class DependencyAnalysisTests: XCTestCase {
    struct Edit {
        var cell: Int
        var newSource: String?
        var expected: String
    }

    struct Case {
        var name: String
        var cells: [String] = []
        var expectations: [String] = []
        var edits: [Edit] = []
        var values: Set<String> = []
        var readOnly: Set<String> = []
        var fresh: Set<String> = []
    }

    static func parseCases(_ text: String) -> [Case] {
        var cases: [Case] = []
        var section = ""
        var buffer: [String] = []
        var editCell = 0
        func flush() {
            guard !cases.isEmpty else { return }
            let body = buffer.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            switch section {
            case "cell": cases[cases.count - 1].cells.append(body)
            case "expect": cases[cases.count - 1].expectations = body.split(separator: "\n").map { String($0) }
            case "edit":
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let expected = lines.last ?? ""
                let source = lines.dropLast().joined(separator: "\n")
                cases[cases.count - 1].edits.append(Edit(cell: editCell, newSource: source.isEmpty ? nil : source, expected: expected))
            default: break
            }
            buffer = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("== ") {
                flush()
                cases.append(Case(name: String(line.dropFirst(3))))
                section = ""
            } else if line.hasPrefix("--- ") {
                flush()
                let words = line.dropFirst(4).split(separator: " ").map(String.init)
                section = words[0]
                switch section {
                case "edit": editCell = Int(words[1])! - 1
                case "values": cases[cases.count - 1].values.formUnion(words.dropFirst()); section = ""
                case "readonly": cases[cases.count - 1].readOnly.formUnion(words.dropFirst()); section = ""
                case "fresh": cases[cases.count - 1].fresh.formUnion(words.dropFirst()); section = ""
                default: break
                }
            } else {
                buffer.append(line)
            }
        }
        flush()
        return cases
    }

    static func describe(_ d: CellDependencies) -> String {
        "defines \(d.defines.joined(separator: " ")); reads \(d.reads.joined(separator: " ")); mutates \(d.mutates.joined(separator: " "))"
            .replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Who last wrote each name after every cell ran once, in order.
    static func writers(_ deps: [CellDependencies]) -> [String: Int] {
        var live: [String: Int] = [:]
        for (i, d) in deps.enumerated() { for name in d.writes { live[name] = i } }
        return live
    }

    func testCases() {
        let cases = Self.parseCases(dependencyCases)
        XCTAssertGreaterThanOrEqual(cases.count, 20)
        for c in cases {
            let traits = DependencyTraits(isReference: { !c.values.contains($0) },
                                          isReadOnlyMethod: { c.readOnly.contains("\($0).\($1)") },
                                          resultSharesNothing: { c.fresh.contains("\($0).\($1)") })
            let deps = DependencyAnalysis.analyze(c.cells, traits: traits)
            XCTAssertEqual(c.expectations.count, c.cells.count, "\(c.name): one expectation per cell")
            for (i, line) in c.expectations.enumerated() where i < deps.count {
                let want = line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
                    .replacingOccurrences(of: "  ", with: " ")
                let got = Self.describe(deps[i])
                XCTAssertEqual(got.replacingOccurrences(of: " ;", with: ";"), want.replacingOccurrences(of: " ;", with: ";"),
                               "\(c.name), cell \(i + 1)")
            }
            for edit in c.edits {
                var cells = c.cells
                if let source = edit.newSource { cells[edit.cell] = source }
                let formerNames = Set(deps.flatMap(\.defines))
                let newDeps = DependencyAnalysis.analyze(cells, tracking: formerNames, traits: traits)
                let plan = RerunPlanner.plan(newDeps, edited: [edit.cell], liveWriters: Self.writers(deps),
                                             formerWrites: [edit.cell: deps[edit.cell].writes])
                let got = plan.fullRun != nil ? "full run" : "rerun " + plan.rerun.map { String($0 + 1) }.joined(separator: " ")
                XCTAssertEqual(got, edit.expected, "\(c.name), edit of cell \(edit.cell + 1)")
            }
        }
    }

    func testMarksAndFrozenCells() {
        let cells = ["let a = 1", "let b = a + 1", "print(b)", "print(a)"]
        let plainValues = DependencyTraits(isReference: { _ in false }, isReadOnlyMethod: { _, _ in false })
        let deps = DependencyAnalysis.analyze(cells, traits: plainValues)
        let live = Self.writers(deps)
        // `always` cells run on every update; a frozen cell keeps its results and is reported stale.
        XCTAssertEqual(RerunPlanner.plan(deps, edited: [], always: [3], liveWriters: live), RerunPlan(rerun: [3]))
        XCTAssertEqual(RerunPlanner.plan(deps, edited: [0], frozen: [1], liveWriters: live), RerunPlan(rerun: [0, 3], stale: [1]))
        // A skipped cell never runs and writes nothing.
        XCTAssertEqual(RerunPlanner.plan(deps, edited: [0], inactive: [1, 2], liveWriters: live), RerunPlan(rerun: [0, 3]))
    }

    func testUnparsableCellDependsOnEverything() {
        let deps = DependencyAnalysis.analyze(["let a = 1", String(repeating: "[", count: 200)])
        XCTAssertFalse(deps[1].analyzed)
        XCTAssertEqual(deps[1].reads, ["a"])
    }

    func testSessionTraitsSeeLiveValues() {
        let s = Session()
        _ = s.run(CellSource(text: "class C {}\nlet c = C()\nlet xs = [1, 2]\nlet nested = [[C()]]", path: "nb.md", firstLine: 1))
        let traits = s.dependencyTraits
        XCTAssertTrue(traits.isReference("c"))
        XCTAssertFalse(traits.isReference("xs"))
        XCTAssertTrue(traits.isReference("nested"))
        XCTAssertFalse(traits.isReference("C"))
        XCTAssertTrue(traits.isReference("unknown"))
    }
}
