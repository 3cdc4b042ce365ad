/// The one error type the engine throws: a message a notebook author can act on.
public struct EngineError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// "(2, 3)"-style text for a shape, as numpy and Keras print it.
    static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    static func shapes(_ what: String, _ a: [Int], _ b: [Int]) -> EngineError {
        EngineError("\(what): shapes \(shapeText(a)) and \(shapeText(b)) are incompatible")
    }
}
