import NotebookModel
/// Appends SVG elements to a string with escaped text and fixed number formatting.
struct SVGBuilder {
    private(set) var output = ""

    /// A self-closing element; attribute values are escaped; `Double`s are formatted as coordinates.
    mutating func element(_ name: String, _ attributes: [(String, SVGValue)]) {
        output += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// An element with text content.
    mutating func text(_ name: String = "text", _ attributes: [(String, SVGValue)], _ content: String) {
        output += "<" + name + Self.attributes(attributes) + ">" + XMLEscaping.text(content) + "</" + name + ">\n"
    }

    mutating func open(_ name: String, _ attributes: [(String, SVGValue)] = []) {
        output += "<" + name + Self.attributes(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">\n"
    }

    /// Already-built SVG markup (from another builder).
    mutating func raw(_ markup: String) {
        output += markup
    }

    static func attributes(_ attributes: [(String, SVGValue)]) -> String {
        var s = ""
        for (key, value) in attributes {
            s += " " + key + "=\"" + XMLEscaping.attribute(value.text) + "\""
        }
        return s
    }
}

/// An attribute value: text or a number printed with `NumberFormat.coordinate`.
enum SVGValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case number(Double)
    init(stringLiteral value: String) { self = .string(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    static func n(_ v: Double) -> SVGValue { .number(v) }
    static func n(_ v: Int) -> SVGValue { .number(Double(v)) }
    static func s(_ v: String) -> SVGValue { .string(v) }
    var text: String {
        switch self {
        case .string(let s): return s
        case .number(let v): return NumberFormat.coordinate(v)
        }
    }
}

/// Rough text width for layout (no font metrics at render time): average glyph ≈ 0.58 em.
enum TextMetrics {
    static func width(_ s: String, fontSize: Double) -> Double {
        Double(s.count) * fontSize * 0.58
    }
}
