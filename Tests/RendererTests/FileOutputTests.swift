import NotebookModel
import TestHelpers
import XCTest
@testable import Renderer

/// Files a cell wrote: a download link under the cell's output, with the file's size.
final class FileOutputTests: XCTestCase {
    let snapshots = Snapshot.directory(besides: #filePath)

    func testCellWithWrittenFilesSnapshot() {
        let cell = CellView(id: "cell-3", source: "model.save(\"model.keras\")", outputs: [
            .text("saved\n"),
            .file(WrittenFile(name: "model.keras", bytes: 18_498, href: "lesson01/files/model.keras")),
            .file(WrittenFile(name: "log & <notes>.csv", bytes: 51, href: "lesson01/files/log%20&%20%3Cnotes%3E.csv")),
            .file(WrittenFile(name: "big.weights.h5", bytes: 3 << 20, href: "lesson01/files/big.weights.h5")),
            .file(WrittenFile(name: "memo.npz", bytes: 1, href: nil)),
        ], executionIndex: 3)
        var outputs = OutputHTML()
        let html = PageRenderer.cell(cell, outputs: &outputs)
        if let failure = Snapshot.check(html, named: "cell-written-files.html", in: snapshots) { XCTFail(failure) }
        XCTAssertTrue(html.contains("<a href=\"lesson01/files/model.keras\" download>model.keras</a> (18.1 KiB)"), html)
        XCTAssertTrue(html.contains("<a href=\"lesson01/files/log%20&amp;%20%3Cnotes%3E.csv\" download>log &amp; &lt;notes&gt;.csv</a> (51 bytes)"), html)
        XCTAssertTrue(html.contains("(3.0 MiB)"), html)
        XCTAssertTrue(html.contains("<code>memo.npz</code> (1 byte, kept in memory)"), html)
    }
}
