import Engine
import Interpreter

/// Converting interpreter values to engine values and back.
extension BindingState {
    /// A tensor from a host Tensor, a number, or nested arrays of numbers.
    func tensor(_ value: Value) throws -> Tensor {
        switch value {
        case .host(let object):
            if let tensor = object.payload as? Tensor { return tensor }
            throw HostError("expected a Tensor, got a \(object.type.name)")
        case .int(let v): return Tensor(Float(v))
        case .double(let v): return Tensor(Float(v))
        case .float(let v): return Tensor(v)
        case .array(let items):
            if items.isEmpty { return Tensor(shape: [0], scalars: []) }
            if case .host = items[0] {
                return try engine { try Tensor(stacking: items.map { try tensor($0) }) }
            }
            let (values, shape) = try value.toFlatDoubles()
            guard shape.count <= Tensor.maxRank else { throw HostError("a Tensor has at most \(Tensor.maxRank) dimensions, got \(shape.count)") }
            return Tensor(shape: shape, scalars: values.map { Float($0) })
        default:
            throw HostError("expected a Tensor or an array of numbers, got \(session.describe(value))")
        }
    }

    /// Numbers for a figure, refused above `cap` before they are copied.
    func doubles(_ value: Value, cap: Int, _ plot: String) throws -> [Double] {
        if let tensor = value.tensorPayload {
            try PlotCaps.check(tensor.count, cap, plot, "values", advice: "plot every n-th value, or a sample of the data")
        }
        let numbers = try doubles(value)
        try PlotCaps.check(numbers.count, cap, plot, "values", advice: "plot every n-th value, or a sample of the data")
        return numbers
    }

    /// Numbers from an array of numbers or a rank-1 Tensor.
    func doubles(_ value: Value) throws -> [Double] {
        if case .host(let object) = value, let tensor = object.payload as? Tensor {
            return tensor.scalars.map { Double($0) }
        }
        return try value.toDoubleArray()
    }

    /// Whole numbers (class labels) from an array or a Tensor of whole-valued floats.
    func ints(_ value: Value) throws -> [Int] {
        if case .host(let object) = value, let tensor = object.payload as? Tensor {
            return try tensor.scalars.map { scalar in
                guard scalar.isFinite, scalar.rounded() == scalar, Swift.abs(scalar) < 1e9 else {
                    throw HostError("expected whole numbers (class labels), found \(scalar)")
                }
                return Int(scalar)
            }
        }
        return try value.toIntArray()
    }

    func strings(_ value: Value) throws -> [String] {
        try value.toArray().map { try $0.toStringValue() }
    }

    func optionalInt(_ value: Value) throws -> Int? {
        switch value {
        case .none, .void: return nil
        case .some(let inner): return try inner.toInt()
        default: return try value.toInt()
        }
    }

    /// A host object's payload of the given type, or an error naming what was expected.
    func payload<T>(_ value: Value, as type: T.Type, _ what: String) throws -> T {
        let inner: Value
        if case .some(let v) = value { inner = v } else { inner = value }
        guard case .host(let object) = inner, let payload = object.payload as? T else {
            throw HostError("expected \(what), got \(session.describe(value))")
        }
        return payload
    }

    /// The model a method was called on.
    func receiverModel(_ call: HostCall) throws -> Sequential {
        try payload(call.receiver ?? .void, as: Sequential.self, "a Sequential model")
    }

    /// The tensor inside a host object (a property's receiver).
    func tensor(of object: HostObject) throws -> Tensor {
        try payload(.host(object), as: Tensor.self, "a Tensor")
    }

    /// `[Float]` → interpreter Doubles (cells compute in Double).
    func values(_ floats: [Float]) -> Value {
        .array(floats.map { .double(Double($0)) })
    }
}
