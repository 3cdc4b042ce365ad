import XCTest
@testable import Runner

final class PlaceholderRunnerTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
