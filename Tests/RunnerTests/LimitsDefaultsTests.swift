import Interpreter
import NotebookModel
@testable import Runner
import XCTest

/// The step budgets each kind of run starts from (docs/language.md, "Sandbox and limits").
final class LimitsDefaultsTests: XCTestCase {
    func testNotebooksGetABudgetForHonestWorkAndGradingKeepsItsOwn() {
        // A brute-force search of ~450 M loop iterations (what CPython runs in about a minute)
        // fits the notebook budget; an endless loop still meets it.
        XCTAssertEqual(Limits.notebookDefaults.steps, 2_000_000_000)
        XCTAssertGreaterThan(Limits.notebookDefaults.steps, 450_000_000)
        XCTAssertEqual(Limits.notebookDefaults.seconds, 600)
        XCTAssertEqual(GradingSettings(jobs: 1).limits.steps, 200_000_000, "grading stops endless loops sooner")
    }

    func testFrontMatterOverridesTheNotebookBudget() {
        var front = FrontMatter()
        front.steps = 1_000
        front.timeout = 5
        let limits = Limits.notebookDefaults.applying(front)
        XCTAssertEqual(limits.steps, 1_000)
        XCTAssertEqual(limits.seconds, 5)
    }
}
