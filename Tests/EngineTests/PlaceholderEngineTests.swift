import XCTest
@testable import Engine

final class PlaceholderEngineTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
