import Foundation

/// Elementwise math and comparisons (comparisons give 1 for true, 0 for false).
extension Tensor {
    public func exp() -> Tensor { map { Foundation.exp($0) } }
    public func log() -> Tensor { map { Foundation.log($0) } }
    public func sqrt() -> Tensor { map { $0.squareRoot() } }
    public func abs() -> Tensor { map { Swift.abs($0) } }
    public func squared() -> Tensor { map { $0 * $0 } }
    public func pow(_ p: Float) -> Tensor { map { Foundation.pow($0, p) } }
    public func clipped(_ low: Float, _ high: Float) throws -> Tensor {
        guard low <= high else { throw EngineError("clip: lower bound \(low) is above upper bound \(high)") }
        return map { Swift.min(Swift.max($0, low), high) }
    }
    public func pow(_ p: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, p, "pow") { Foundation.pow($0, $1) } }
    public func maximum(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "maximum") { Swift.max($0, $1) } }
    public func minimum(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "minimum") { Swift.min($0, $1) } }

    public func equal(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "equal") { $0 == $1 ? 1 : 0 } }
    public func notEqual(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "notEqual") { $0 != $1 ? 1 : 0 } }
    public func greater(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "greater") { $0 > $1 ? 1 : 0 } }
    public func greaterEqual(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "greaterEqual") { $0 >= $1 ? 1 : 0 } }
    public func less(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "less") { $0 < $1 ? 1 : 0 } }
    public func lessEqual(_ o: Tensor) throws -> Tensor { try Tensor.zipBroadcast(self, o, "lessEqual") { $0 <= $1 ? 1 : 0 } }

    public static func == (a: Tensor, s: Float) -> Tensor { a.map { $0 == s ? 1 : 0 } }
    public static func != (a: Tensor, s: Float) -> Tensor { a.map { $0 != s ? 1 : 0 } }
    public static func > (a: Tensor, s: Float) -> Tensor { a.map { $0 > s ? 1 : 0 } }
    public static func >= (a: Tensor, s: Float) -> Tensor { a.map { $0 >= s ? 1 : 0 } }
    public static func < (a: Tensor, s: Float) -> Tensor { a.map { $0 < s ? 1 : 0 } }
    public static func <= (a: Tensor, s: Float) -> Tensor { a.map { $0 <= s ? 1 : 0 } }
}

public func exp(_ t: Tensor) -> Tensor { t.exp() }
public func log(_ t: Tensor) -> Tensor { t.log() }
public func sqrt(_ t: Tensor) -> Tensor { t.sqrt() }
public func abs(_ t: Tensor) -> Tensor { t.abs() }
public func pow(_ t: Tensor, _ p: Float) -> Tensor { t.pow(p) }
public func clip(_ t: Tensor, _ low: Float, _ high: Float) throws -> Tensor { try t.clipped(low, high) }
