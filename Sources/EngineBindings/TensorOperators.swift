import Engine
import Foundation
import Interpreter

/// Arithmetic on tensors (`x / 255`, `1 - y`, `a * b`) and global tensor functions (`matmul`, `exp`).
extension BindingState {
    func registerTensorOperators() {
        let host = session.host
        let operations: [(String, (Tensor, Tensor) throws -> Tensor, (Tensor, Float) -> Tensor, (Float, Tensor) -> Tensor)] = [
            ("+", { try $0 + $1 }, { $0 + $1 }, { $0 + $1 }),
            ("-", { try $0 - $1 }, { $0 - $1 }, { $0 - $1 }),
            ("*", { try $0 * $1 }, { $0 * $1 }, { $0 * $1 }),
            ("/", { try $0 / $1 }, { $0 / $1 }, { $0 / $1 }),
        ]
        for (op, both, right, left) in operations {
            host.binaryOperator(op) { [self] a, b in
                let lhs = a.tensorPayload, rhs = b.tensorPayload
                switch (lhs, rhs) {
                case let (l?, r?): return try engine { wrap(try both(l, r)) }
                case let (l?, nil):
                    try reserving(l.count, "\(op) of a tensor of shape \(l.shape) and a number")
                    return wrap(right(l, try scalar(b)))
                case let (nil, r?):
                    try reserving(r.count, "\(op) of a number and a tensor of shape \(r.shape)")
                    return wrap(left(try scalar(a), r))
                default: return nil
                }
            }
        }
        host.prefixOperator("-") { [self] a in
            guard let t = a.tensorPayload else { return nil }
            try reserving(t.count, "negation of a tensor of shape \(t.shape)")
            return wrap(-t)
        }
        // Comparisons are element-wise and give 0/1 tensors, as in NumPy: `(p > 0.5)`, a mask
        // for `t[mask: …]`, or `.mean()` of `predicted.equal(labels)` for an accuracy.
        let comparisons: [(String, (Tensor, Tensor) throws -> Tensor)] = [
            (">", { try $0.greater($1) }), (">=", { try $0.greaterEqual($1) }),
            ("<", { try $0.less($1) }), ("<=", { try $0.lessEqual($1) }),
        ]
        for (op, compare) in comparisons {
            host.binaryOperator(op) { [self] a, b in
                let lhs = a.tensorPayload, rhs = b.tensorPayload
                guard lhs != nil || rhs != nil else { return nil }
                let l = try lhs ?? Tensor(scalar(a)), r = try rhs ?? Tensor(scalar(b))
                return try engine { wrap(try compare(l, r)) }
            }
        }
    }

    func registerTensorFunctions() {
        let host = session.host
        host.function("matmul", [HostParam(), HostParam()]) { [self] call in
            try engine { wrap(try matmul(try tensor(call[0]), try tensor(call[1]))) }
        }
        host.function("concatenate", [HostParam(), HostParam("axis", default: .int(0))]) { [self] call in
            try engine { wrap(try Tensor.concatenate(try call[0].toArray().map { try tensor($0) }, axis: try call.int(1))) }
        }
        // These names also serve Doubles: host functions come before the interpreter's own.
        let math: [(String, (Tensor) -> Tensor, (Double) -> Double)] = [
            ("exp", { $0.exp() }, Foundation.exp),
            ("log", { $0.log() }, Foundation.log),
            ("sqrt", { $0.sqrt() }, { $0.squareRoot() }),
        ]
        for (name, onTensor, onDouble) in math {
            host.function(name, [HostParam()]) { [self] call in
                let x = call[0]
                if let t = x.tensorPayload {
                    try reserving(t.count, "\(name) of a tensor of shape \(t.shape)")
                    return wrap(onTensor(t))
                }
                if case .float(let f) = x { return .float(Float(onDouble(Double(f)))) }
                return .double(onDouble(try x.toDouble()))
            }
        }
        host.function("abs", [HostParam()]) { [self] call in
            switch call[0] {
            case .int(let i):
                guard i != Int.min else { throw HostError("Fatal error: Negation overflows") }
                return .int(Swift.abs(i))
            case .float(let f): return .float(Swift.abs(f))
            case let x:
                if let t = x.tensorPayload {
                    try reserving(t.count, "abs of a tensor of shape \(t.shape)")
                    return wrap(t.abs())
                }
                return .double(Swift.abs(try x.toDouble()))
            }
        }
    }

    private func scalar(_ value: Value) throws -> Float {
        do {
            return Float(try value.toDouble())
        } catch {
            throw HostError("cannot combine a Tensor with \(session.describe(value))")
        }
    }
}

extension Value {
    /// The tensor inside a host value, if it is one.
    var tensorPayload: Tensor? {
        if case .host(let object) = self { return object.payload as? Tensor }
        return nil
    }
}
