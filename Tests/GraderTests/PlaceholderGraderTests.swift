import XCTest
@testable import Grader

final class PlaceholderGraderTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
