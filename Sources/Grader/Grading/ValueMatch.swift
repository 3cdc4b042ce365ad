import Interpreter

/// Equality for `checkEqual`: numbers within a tolerance, element by element through arrays,
/// tuples and optionals; everything else by the interpreter's `==`.
enum ValueMatch {
    static func equal(_ actual: Value, _ expected: Value, tolerance: Double?) -> Bool {
        switch (actual, expected) {
        case let (.some(a), .some(b)): return equal(a, b, tolerance: tolerance)
        case let (.some(a), b) where !isNone(b): return equal(a, b, tolerance: tolerance)
        case let (a, .some(b)) where !isNone(a): return equal(a, b, tolerance: tolerance)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1, tolerance: tolerance) }
        case let (.tuple(a), .tuple(b)):
            return a.values.count == b.values.count && zip(a.values, b.values).allSatisfy { equal($0, $1, tolerance: tolerance) }
        default:
            if let a = number(actual), let b = number(expected) { return close(a, b, tolerance: tolerance) }
            return actual == expected
        }
    }

    static func isNone(_ value: Value) -> Bool {
        if case .none = value { return true }
        return false
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let x): Double(x)
        case .double(let x): x
        case .float(let x): Double(x)
        default: nil
        }
    }

    static func close(_ a: Double, _ b: Double, tolerance: Double?) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        if let tolerance { return abs(a - b) <= tolerance }
        return abs(a - b) <= GradingBuiltins.defaultRelativeTolerance * max(1, abs(a), abs(b))
    }
}
