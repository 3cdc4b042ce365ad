import XCTest
@testable import NotebookModel

final class PlaceholderNotebookModelTests: XCTestCase {
    func testModuleLoads() { XCTAssertTrue(true) }
}
