import XCTest
@testable import EngineBindings

final class PlaceholderEngineBindingsTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
