import XCTest
@testable import Renderer

final class PlaceholderRendererTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
