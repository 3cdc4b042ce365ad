import Foundation
import NotebookModel
import XCTest

/// The parallel map the runner and grader share: input order, each item once, any job count.
final class ParallelMapTests: XCTestCase {
    func testResultsKeepInputOrderWhateverTheJobCount() {
        let items = Array(0..<200)
        for jobs in [1, 2, 7, 500] {
            // Uneven work so that workers finish out of order.
            let squares = ParallelMap.map(items, jobs: jobs) { n -> Int in
                if n % 13 == 0 { Thread.sleep(forTimeInterval: 0.001) }
                return n * n
            }
            XCTAssertEqual(squares, items.map { $0 * $0 }, "jobs \(jobs)")
        }
    }

    func testEachItemIsTransformedOnceAndEmptyInputIsFine() {
        let lock = NSLock()
        var seen: [Int] = []
        _ = ParallelMap.map(Array(0..<50), jobs: 4) { n -> Int in
            lock.lock(); seen.append(n); lock.unlock()
            return n
        }
        XCTAssertEqual(seen.sorted(), Array(0..<50))
        XCTAssertEqual(ParallelMap.map([Int](), jobs: 3) { $0 }, [])
    }
}
