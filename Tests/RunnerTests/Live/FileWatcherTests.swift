import Foundation
import XCTest
@testable import Runner

/// The watcher sees saves through inotify and through its polling fallback, renames included.
final class FileWatcherTests: XCTestCase {
    func check(forcePolling: Bool) throws {
        let dir = NSTemporaryDirectory() + "nbrun-watch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/nb.md"
        try "one".write(toFile: path, atomically: false, encoding: .utf8)
        let seen = expectation(description: "change seen")
        seen.assertForOverFulfill = false
        let watcher = FileWatcher(paths: [path], forcePolling: forcePolling, pollInterval: 0.05) { changed in
            if changed.contains(URL(fileURLWithPath: path).standardizedFileURL.path) { seen.fulfill() }
        }
        XCTAssertEqual(watcher.usesInotify, !forcePolling)
        watcher.start()
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 0.1)
        // An editor's save: a new file renamed over the old one, with a different size.
        try "two, longer".write(toFile: path, atomically: true, encoding: .utf8)
        wait(for: [seen], timeout: 5)
    }

    func testInotify() throws { try check(forcePolling: false) }
    func testPollingFallback() throws { try check(forcePolling: true) }
}
