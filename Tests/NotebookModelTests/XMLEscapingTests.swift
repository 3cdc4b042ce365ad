import NotebookModel
import XCTest

/// The one escaper behind pages, figures, feedback pages and JUnit reports.
final class XMLEscapingTests: XCTestCase {
    func testEachFormHasItsRules() {
        let raw = "a<b & \"c\" 'd'\n\te\u{1}"
        XCTAssertEqual(XMLEscaping.text(raw), "a&lt;b &amp; \"c\" 'd'\n\te\u{FFFD}")
        XCTAssertEqual(XMLEscaping.html(raw), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;\n\te\u{FFFD}")
        XCTAssertEqual(XMLEscaping.attribute(raw), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&#10;&#9;e\u{FFFD}")
        XCTAssertEqual(XMLEscaping.attribute("it's\r", apostrophe: "&apos;"), "it&apos;s&#13;")
        XCTAssertEqual(XMLEscaping.text("\u{FFFE}ok\u{FFFF}"), "\u{FFFD}ok\u{FFFD}")
    }
}
