/// The one escaper for everything nbrun writes as HTML, SVG or XML (pages, figures, feedback
/// pages, JUnit reports). Characters XML 1.0 forbids become U+FFFD, so whatever a notebook or a
/// student's code prints, the output stays well-formed.
public enum XMLEscaping {
    /// Element content: `&`, `<`, `>`.
    public static func text(_ s: String) -> String {
        escape(s, quotes: false, apostrophe: "'", whitespace: false)
    }

    /// Element content in HTML pages written from prose and messages: also `"` and `'`
    /// (`&#39;`), so the same text is safe if a template puts it in an attribute.
    public static func html(_ s: String) -> String {
        escape(s, quotes: true, apostrophe: "&#39;", whitespace: false)
    }

    /// Attribute values: also quotes, and newline, return and tab as character references,
    /// which attribute-value normalization would otherwise turn into spaces.
    /// `apostrophe` is `&#39;` for HTML and may be `&apos;` for XML-only formats.
    public static func attribute(_ s: String, apostrophe: String = "&#39;") -> String {
        escape(s, quotes: true, apostrophe: apostrophe, whitespace: true)
    }

    private static func escape(_ s: String, quotes: Bool, apostrophe: String, whitespace: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += apostrophe
            case "\n" where whitespace: out += "&#10;"
            case "\r" where whitespace: out += "&#13;"
            case "\t" where whitespace: out += "&#9;"
            default:
                let v = c.value
                let allowed = (v >= 0x20 || v == 0x09 || v == 0x0A || v == 0x0D) && v != 0xFFFE && v != 0xFFFF
                out.unicodeScalars.append(allowed ? c : "\u{FFFD}")
            }
        }
        return out
    }
}
