import Foundation
import XCTest
@testable import Engine

/// A fresh temporary directory for one test, removed when the test ends.
func makeTemporaryDirectory(_ test: XCTestCase) throws -> String {
    let path = NSTemporaryDirectory() + "nbrun-data-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

/// Writes bytes to a file.
func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The IDX bytes for an unsigned-byte array with the given dimensions and data.
func idxBytes(dims: [Int], data: [UInt8], typeCode: UInt8 = 0x08) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, typeCode, UInt8(dims.count)]
    for d in dims {
        bytes += [UInt8(d >> 24 & 0xff), UInt8(d >> 16 & 0xff), UInt8(d >> 8 & 0xff), UInt8(d & 0xff)]
    }
    return bytes + data
}

/// Asserts that `body` throws a `DataError` whose message contains every fragment.
func assertDataError<T>(
    _ fragments: [String], file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) {
    do {
        _ = try body()
        XCTFail("expected an error containing \(fragments)", file: file, line: line)
    } catch let error as DataError {
        for fragment in fragments {
            XCTAssertTrue(error.description.contains(fragment),
                          "'\(error.description)' does not contain '\(fragment)'", file: file, line: line)
        }
    } catch {
        XCTFail("expected a DataError, got \(error)", file: file, line: line)
    }
}
