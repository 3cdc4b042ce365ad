import Engine
import Foundation
import Interpreter

/// `Tensor`: creation, shape, slicing, arithmetic, reductions and elementwise math.
extension BindingState {
    func registerTensor() {
        let host = session.host
        let tensor = host.defineType("Tensor")
        tensor.hasValueSemantics = true
        tensorType = tensor
        tensor.describe { object in (object.payload as? Tensor)?.description ?? "Tensor" }

        tensor.initializer([HostParam()]) { [self] call in wrap(try self.tensor(call[0])) }
        tensor.initializer([HostParam("shape"), HostParam("scalars")]) { [self] call in
            let shape = try call[0].toIntArray()
            let scalars = try doubles(call[1]).map { Float($0) }
            return wrap(try engine { try Tensor(validating: shape, scalars: scalars) })
        }
        tensor.initializer([HostParam("npy")]) { [self] call in
            let path = try files.resolve(try call.string(0))
            context.fileRead(path)
            return wrap(try engine { try NPY.read(from: path) })
        }
        tensor.staticMethod("zeros", [HostParam()]) { [self] call in
            wrap(try engine { try Tensor.zeros(try call[0].toIntArray()) })
        }
        tensor.staticMethod("ones", [HostParam()]) { [self] call in
            wrap(try engine { try Tensor.ones(try call[0].toIntArray()) })
        }
        tensor.staticMethod("full", [HostParam(), HostParam()]) { [self] call in
            wrap(try engine { try Tensor.full(try call[0].toIntArray(), try call.float(1)) })
        }
        tensor.staticMethod("eye", [HostParam()]) { [self] call in wrap(try engine { try Tensor.eye(try call.int(0)) }) }
        tensor.staticMethod("arange", [HostParam()]) { [self] call in wrap(try engine { try Tensor.arange(try call.float(0)) }) }
        tensor.staticMethod("arange", [HostParam(), HostParam(), HostParam("step", default: .double(1))]) { [self] call in
            wrap(try engine { try Tensor.arange(try call.float(0), try call.float(1), step: try call.float(2)) })
        }
        tensor.staticMethod("randomNormal", [HostParam(), HostParam("mean", default: .double(0)), HostParam("stddev", default: .double(1))]) { [self] call in
            wrap(try engine { try Tensor.randomNormal(try call[0].toIntArray(), mean: try call.float(1), stddev: try call.float(2)) })
        }
        tensor.staticMethod("randomUniform", [HostParam(), HostParam("low", default: .double(0)), HostParam("high", default: .double(1))]) { [self] call in
            wrap(try engine { try Tensor.randomUniform(try call[0].toIntArray(), low: try call.float(1), high: try call.float(2)) })
        }

        tensor.property("shape") { [self] object in Value(try self.tensor(of: object).shape) }
        tensor.property("scalars") { [self] object in
            let t = try self.tensor(of: object)
            try self.reserveValues(t.count)
            return Value(t.scalars)
        }
        tensor.property("rank") { [self] object in .int(try self.tensor(of: object).rank) }
        tensor.property("count") { [self] object in .int(try self.tensor(of: object).count) }
        tensor.property("T") { [self] object in
            wrap(try engine { try self.tensor(of: object).transposed() })
        }

        func method(_ name: String, _ params: [HostParam] = [], _ body: @escaping (Tensor, HostCall) throws -> Value) {
            tensor.method(name, params) { [self] call in
                let receiver = try payload(call.receiver ?? .void, as: Tensor.self, "a Tensor")
                return try engine { try body(receiver, call) }
            }
        }
        method("reshaped", [HostParam()]) { [self] t, call in self.wrap(try t.reshaped(try call[0].toIntArray())) }
        method("reshape", [HostParam()]) { [self] t, call in self.wrap(try t.reshaped(try call[0].toIntArray())) }
        method("expandDims", [HostParam("axis")]) { [self] t, call in self.wrap(try t.expandDims(axis: try call.int(0))) }
        method("transposed") { [self] t, _ in self.wrap(try t.transposed()) }
        method("column", [HostParam()]) { [self] t, call in self.wrap(try t.column(try call.int(0))) }
        method("flattened") { [self] t, _ in self.wrap(t.flattened()) }
        method("toArray") { [self] t, _ in
            try self.reserveValues(t.count)
            return try self.nestedArray(t)
        }
        method("item") { t, _ in .double(Double(try t.item())) }
        for (name, reduce, axisReduce) in [
            ("sum", { (t: Tensor) throws -> Float in t.sum() }, { (t: Tensor, a: Int) throws -> Tensor in try t.sum(axis: a) }),
            ("mean", { (t: Tensor) throws -> Float in t.mean() }, { (t: Tensor, a: Int) throws -> Tensor in try t.mean(axis: a) }),
            ("std", { (t: Tensor) throws -> Float in t.std() }, { (t: Tensor, a: Int) throws -> Tensor in try t.std(axis: a) }),
            ("max", { (t: Tensor) throws -> Float in try t.max() }, { (t: Tensor, a: Int) throws -> Tensor in try t.max(axis: a) }),
            ("min", { (t: Tensor) throws -> Float in try t.min() }, { (t: Tensor, a: Int) throws -> Tensor in try t.min(axis: a) }),
        ] {
            method(name, [HostParam("axis", default: Value.none)]) { [self] t, call in
                if let axis = try self.optionalInt(call[0]) { return self.wrap(try axisReduce(t, axis)) }
                return .double(Double(try reduce(t)))
            }
        }
        method("argmax", [HostParam("axis", default: Value.none)]) { [self] t, call in
            if let axis = try self.optionalInt(call[0]) { return self.wrap(try t.argmax(axis: axis)) }
            return .int(try t.argmax())
        }
        method("argmin", [HostParam("axis", default: Value.none)]) { [self] t, call in
            if let axis = try self.optionalInt(call[0]) { return self.wrap(try t.argmin(axis: axis)) }
            return .int(try t.argmin())
        }
        // Elementwise results are as large as their input: reserved like any other tensor.
        let elementwise: [(String, (Tensor) -> Tensor)] = [("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.sqrt() }),
                                                        ("abs", { $0.abs() }), ("squared", { $0.squared() })]
        for (name, apply) in elementwise {
            method(name) { [self] t, _ in
                try Allocator.reserve(t.count, "\(name) of a tensor of shape \(t.shape)")
                return self.wrap(apply(t))
            }
        }
        method("pow", [HostParam()]) { [self] t, call in
            try Allocator.reserve(t.count, "pow of a tensor of shape \(t.shape)")
            return self.wrap(t.pow(try call.float(0)))
        }
        method("clipped", [HostParam(), HostParam()]) { [self] t, call in self.wrap(try t.clipped(try call.float(0), try call.float(1))) }

        tensor.subscriptGetter([HostParam()]) { [self] call in
            let t = try payload(call.receiver ?? .void, as: Tensor.self, "a Tensor")
            return try engine { try index(t, call[0]) }
        }

        registerTensorOperators()
        registerTensorFunctions()
    }

    /// `t[i]`, `t[a..<b]`, `t[a...b]`, `t[[i, j]]` and `t[mask]` along the first axis.
    private func index(_ t: Tensor, _ key: Value) throws -> Value {
        switch key {
        case .int(let i): return wrap(try t[i])
        case .range(let range):
            guard let bounds = range.intBounds else { throw HostError("Tensor ranges need whole-number bounds") }
            return wrap(try t[bounds])
        case .array(let items) where items.allSatisfy({ if case .bool = $0 { true } else { false } }) && !items.isEmpty:
            return wrap(try t[try items.map { try $0.toBool() }])
        case .array:
            return wrap(try t.gathering(try key.toIntArray()))
        case .host(let object):
            guard let mask = object.payload as? Tensor else { throw HostError("cannot index a Tensor with a \(object.type.name)") }
            return wrap(try t[mask: mask])
        default:
            throw HostError("cannot index a Tensor with \(session.describe(key))")
        }
    }

    /// A rank-1 tensor as [Double], rank 2 as [[Double]], and so on.
    func nestedArray(_ t: Tensor) throws -> Value {
        if t.rank == 0 { return .double(Double(try t.item())) }
        if t.rank == 1 { return values(t.scalars) }
        return .array(try (0..<t.shape[0]).map { try nestedArray(try t[$0]) })
    }

    /// Refuses turning `count` tensor elements into interpreter values (about 24 bytes each)
    /// beyond the interpreter's own memory budget.
    func reserveValues(_ count: Int) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: 24)
        try session.reserveMemory(overflow ? Int.max : bytes)
    }
}
