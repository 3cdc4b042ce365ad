import XCTest
@testable import Interpreter

final class PlaceholderInterpreterTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
