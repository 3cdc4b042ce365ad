import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses text as XML and returns the parser's error, or nil when well-formed.
enum XMLCheck {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(elementName)
        }
    }

    /// (error, element names in document order).
    static func parse(_ text: String) -> (error: String?, elements: [String]) {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        if parser.parse() { return (nil, collector.elements) }
        return (parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" } ?? "unknown XML error", collector.elements)
    }
}
