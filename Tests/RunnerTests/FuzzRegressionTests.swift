import Foundation
import Runner
import XCTest

/// Every input the fuzzer crashed on (and a few seeds) replays through `FuzzHarness` and returns:
/// a trap kills the test process, so a regression fails the suite.
final class FuzzRegressionTests: XCTestCase {
    static let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz", isDirectory: true)

    /// The files of one mode's folder, sorted; `scripts/fuzz` documents how they are added.
    static func files(_ mode: String) throws -> [URL] {
        let folder = cases.appendingPathComponent(mode, isDirectory: true)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testNotebookCasesReturn() throws {
        let files = try Self.files("notebook")
        XCTAssertGreaterThanOrEqual(files.count, 2, "the seed cases are missing")
        for file in files {
            FuzzHarness.runNotebook([UInt8](try Data(contentsOf: file)))
        }
    }

    func testDataFileCasesReturn() throws {
        for kind in FuzzHarness.DataKind.allCases {
            let files = try Self.files(kind.rawValue)
            XCTAssertFalse(files.isEmpty, "no \(kind.rawValue) cases")
            for file in files {
                FuzzHarness.runDataFile([UInt8](try Data(contentsOf: file)), kind: kind)
            }
        }
    }

    /// The seeds do real work: their cells run and pass and the page renders, so a harness that
    /// quietly stopped running cells would not pass as "no crashes".
    func testSeedNotebookRunsItsCellsAndRenders() throws {
        let seed = Self.cases.appendingPathComponent("notebook/seed-cells-and-data")
        let outcome = try XCTUnwrap(FuzzHarness.runNotebook([UInt8](try Data(contentsOf: seed))))
        XCTAssertEqual(outcome.ran, 3)
        XCTAssertEqual(outcome.failed, 0)
        XCTAssertGreaterThan(outcome.pageBytes, 1000)
    }

    /// Cells read only the harness's sandbox, and front matter cannot loosen its budgets.
    func testSandboxAndBudgetsHold() throws {
        let text = """
        ---
        timeout: 100000
        steps: 1000000000
        ---
        ```swift
        print(try readLines("/etc/hostname"))
        ```
        ```swift
        var n = 0
        while true { n += 1 }
        ```
        """
        let outcome = try XCTUnwrap(FuzzHarness.runNotebook(Array(text.utf8)))
        XCTAssertEqual(outcome.ran, 2)
        XCTAssertEqual(outcome.failed, 2)
    }

    func testDataSeedsLoad() throws {
        for kind in FuzzHarness.DataKind.allCases {
            let seed = Self.cases.appendingPathComponent("\(kind.rawValue)/seed-valid")
            XCTAssertTrue(FuzzHarness.runDataFile([UInt8](try Data(contentsOf: seed)), kind: kind), kind.rawValue)
        }
    }
}
