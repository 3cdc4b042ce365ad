/// The attributes of a cell's info string: ```` ```swift id=train hide points=2 ````.
public struct CellAttributes: Equatable, Sendable {
    public var id: String?
    /// Run the cell but don't show its code.
    public var hide = false
    /// Don't run the cell (its code is still shown).
    public var skip = false
    /// The cell is meant to fail; its error does not stop the notebook.
    public var expectError = false
    /// Exercise cell: its ID and points.
    public var exercise: String?
    public var points: Double?
    /// Test cell for the exercise with this ID.
    public var test: String?
    /// A test never shipped to students.
    public var hidden = false
    /// Re-run on every update of a live preview, even when nothing it reads changed.
    public var always = false
    /// Never re-run by a live preview (expensive cells): it keeps its results, shown stale.
    public var freeze = false
    /// `caption="…"`: the cell's outputs are shown as a numbered figure with this caption.
    public var caption: String?
    /// `label=fig-loss`: the captioned figure's anchor, for links from prose.
    public var label: String?
    /// Every attribute as written, in order, for tools that want more.
    public var raw: [(key: String, value: String?)] = []

    public init() {}

    public static func == (lhs: CellAttributes, rhs: CellAttributes) -> Bool {
        lhs.id == rhs.id && lhs.hide == rhs.hide && lhs.skip == rhs.skip
            && lhs.expectError == rhs.expectError && lhs.exercise == rhs.exercise
            && lhs.points == rhs.points && lhs.test == rhs.test && lhs.hidden == rhs.hidden
            && lhs.always == rhs.always && lhs.freeze == rhs.freeze
            && lhs.caption == rhs.caption && lhs.label == rhs.label
            && lhs.raw.map(\.key) == rhs.raw.map(\.key) && lhs.raw.map(\.value) == rhs.raw.map(\.value)
    }
}

/// Splits an info string (after the language word) into attributes.
enum InfoStringParser {
    /// The language word and the attributes of a fence's info string.
    static func parse(_ info: String) throws(AttributeError) -> (language: String, attributes: CellAttributes) {
        let tokens = try tokenize(info)
        guard let language = tokens.first, language.value == nil else {
            return ("", CellAttributes())
        }
        var attributes = CellAttributes()
        for token in tokens.dropFirst() {
            attributes.raw.append(token)
            switch (token.key, token.value) {
            case ("id", let value?): attributes.id = value
            case ("hide", nil): attributes.hide = true
            case ("skip", nil): attributes.skip = true
            case ("expect-error", nil): attributes.expectError = true
            case ("hidden", nil): attributes.hidden = true
            case ("always", nil): attributes.always = true
            case ("freeze", nil): attributes.freeze = true
            case ("exercise", let value?): attributes.exercise = value
            case ("test", let value?): attributes.test = value
            case ("caption", let value?): attributes.caption = value
            case ("label", let value?): attributes.label = value
            case ("points", let value?):
                guard let points = Double(value), points >= 0, points.isFinite else {
                    throw AttributeError(message: "points must be a non-negative number, not '\(value)'")
                }
                attributes.points = points
            case ("id", nil), ("exercise", nil), ("test", nil), ("points", nil), ("caption", nil), ("label", nil):
                throw AttributeError(message: "attribute '\(token.key)' needs a value, e.g. \(token.key)=name")
            case ("hide", _?), ("skip", _?), ("expect-error", _?), ("hidden", _?), ("always", _?), ("freeze", _?):
                throw AttributeError(message: "attribute '\(token.key)' takes no value")
            default:
                break  // Unknown attributes are kept in `raw` for other tools.
            }
        }
        return (language.key, attributes)
    }

    /// `a b=c d="e f"` → [(a, nil), (b, c), (d, "e f")].
    static func tokenize(_ info: String) throws(AttributeError) -> [(key: String, value: String?)] {
        var tokens: [(key: String, value: String?)] = []
        var chars = Array(info)[...]
        while true {
            while let c = chars.first, c == " " || c == "\t" { chars = chars.dropFirst() }
            guard !chars.isEmpty else { return tokens }
            var key = ""
            while let c = chars.first, c != " ", c != "\t", c != "=" { key.append(c); chars = chars.dropFirst() }
            guard chars.first == "=" else { tokens.append((key, nil)); continue }
            chars = chars.dropFirst()
            var value = ""
            if let quote = chars.first, quote == "\"" || quote == "'" {
                chars = chars.dropFirst()
                while let c = chars.first, c != quote { value.append(c); chars = chars.dropFirst() }
                guard chars.first == quote else {
                    throw AttributeError(message: "unterminated quoted value for '\(key)'")
                }
                chars = chars.dropFirst()
            } else {
                while let c = chars.first, c != " ", c != "\t" { value.append(c); chars = chars.dropFirst() }
            }
            tokens.append((key, value))
        }
    }
}

/// A malformed cell attribute.
struct AttributeError: Error {
    var message: String
}
