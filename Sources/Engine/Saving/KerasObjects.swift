import Foundation

/// A JSON object of a Keras config, as `JSONSerialization` reads and writes it.
typealias KerasJSON = [String: Any]

/// Keras 3's serialized-object form (`serialize_keras_object`): `module`, `class_name`,
/// `config`, `registered_name`, for layers, initializers, regularizers, optimizers, losses.
enum KerasObject {
    static func make(_ module: String, _ className: String, _ config: KerasJSON) -> KerasJSON {
        ["module": module, "class_name": className, "config": config, "registered_name": NSNull()]
    }

    /// Class name and config of a serialized object; `what` names it in errors.
    static func parts(_ value: Any?, _ what: String) throws -> (className: String, config: KerasJSON) {
        guard let object = value as? KerasJSON, let name = object["class_name"] as? String else {
            throw EngineError("\(what) is not a Keras object (no \"class_name\")")
        }
        return (name, object["config"] as? KerasJSON ?? [:])
    }

    // MARK: - Initializers

    static func initializer(_ i: Initializer) -> KerasJSON {
        let module = "keras.initializers"
        switch i.kind {
        case .glorotUniform: return make(module, "GlorotUniform", ["seed": NSNull()])
        case .glorotNormal: return make(module, "GlorotNormal", ["seed": NSNull()])
        case .heUniform: return make(module, "HeUniform", ["seed": NSNull()])
        case .heNormal: return make(module, "HeNormal", ["seed": NSNull()])
        case .randomNormal(let mean, let stddev): return make(module, "RandomNormal", ["mean": Double(mean), "stddev": Double(stddev), "seed": NSNull()])
        case .randomUniform(let low, let high): return make(module, "RandomUniform", ["minval": Double(low), "maxval": Double(high), "seed": NSNull()])
        case .zeros: return make(module, "Zeros", [:])
        case .ones: return make(module, "Ones", [:])
        case .constant(let v): return make(module, "Constant", ["value": Double(v)])
        }
    }

    static func initializer(from value: Any?, _ what: String) throws -> Initializer {
        if let name = value as? String { return try initializer(named: name, [:], what) }
        let (name, config) = try parts(value, what)
        return try initializer(named: name, config, what)
    }

    private static func initializer(named name: String, _ c: KerasJSON, _ what: String) throws -> Initializer {
        switch name.lowercased().replacingOccurrences(of: "_", with: "") {
        case "glorotuniform": return .glorotUniform
        case "glorotnormal": return .glorotNormal
        case "heuniform": return .heUniform
        case "henormal": return .heNormal
        case "randomnormal": return .randomNormal(mean: float(c["mean"]) ?? 0, stddev: float(c["stddev"]) ?? 0.05)
        case "randomuniform": return .randomUniform(minval: float(c["minval"]) ?? -0.05, maxval: float(c["maxval"]) ?? 0.05)
        case "zeros": return .zeros
        case "ones": return .ones
        case "constant": return .constant(float(c["value"]) ?? 0)
        default: throw EngineError("\(what): initializer \"\(name)\" is not one nbrun has")
        }
    }

    // MARK: - Regularizers

    static func regularizer(_ r: Regularizer?) -> Any {
        guard let r else { return NSNull() }
        return make("keras.regularizers", "L1L2", ["l1": Double(r.l1), "l2": Double(r.l2)])
    }

    static func regularizer(from value: Any?, _ what: String) throws -> Regularizer? {
        guard let value, !(value is NSNull) else { return nil }
        let (name, c) = try parts(value, what)
        switch name {
        case "L1L2": return .l1l2(l1: float(c["l1"]) ?? 0, l2: float(c["l2"]) ?? 0)
        case "L1": return .l1(float(c["l1"]) ?? 0.01)
        case "L2": return .l2(float(c["l2"]) ?? 0.01)
        default: throw EngineError("\(what): regularizer \"\(name)\" is not one nbrun has")
        }
    }

    // MARK: - Activations

    /// Keras's activation name; only activations with Keras's default constants have one.
    static func activation(_ a: Activation, _ layer: String) throws -> String {
        switch a.kind {
        case .leakyRelu where a.alpha != 0.2, .elu where a.alpha != 1:
            throw EngineError("Layer \"\(layer)\": activation \(a) with alpha \(a.alpha) has no Keras name; use a LeakyReLU layer to save it")
        default: return a.description
        }
    }

    static func activation(from value: Any?, _ what: String) throws -> Activation {
        guard let value, !(value is NSNull) else { return .linear }
        if let name = value as? String {
            do { return try Activation.named(name) } catch { throw EngineError("\(what): activation \"\(name)\" is not one nbrun has") }
        }
        let (name, _) = try parts(value, what)
        throw EngineError("\(what): activation object \"\(name)\" is not one nbrun has")
    }

    // MARK: - Values

    static func float(_ value: Any?) -> Float? { (value as? NSNumber).map { $0.floatValue } }
    static func int(_ value: Any?) -> Int? { (value as? NSNumber).map { $0.intValue } }
    static func bool(_ value: Any?) -> Bool? { (value as? NSNumber).map { $0.boolValue } }

    /// A Keras shape such as `[null, 28, 28, 1]`: the per-sample part (`dropBatch`) or all of it.
    static func shape(_ value: Any?, dropBatch: Bool) -> [Int]? {
        guard let items = value as? [Any] else { return nil }
        let dims = (dropBatch ? Array(items.dropFirst()) : items)
        let ints = dims.compactMap { int($0) }
        return ints.count == dims.count ? ints : nil
    }

    /// `[null] + shape`, Keras's batch shape.
    static func batchShape(_ shape: [Int]) -> [Any] { [NSNull()] + shape.map { $0 as Any } }

    /// An int or an `[h, w]` / `[k]` list (Keras accepts both).
    static func size(_ value: Any?, rank: Int) -> Size2D? {
        if let n = int(value), !(value is [Any]) { return rank == 1 ? Size2D(1, n) : Size2D(n, n) }
        guard let list = value as? [Any] else { return nil }
        let ints = list.compactMap { int($0) }
        if rank == 1, ints.count == 1 { return Size2D(1, ints[0]) }
        if rank == 2, ints.count == 2 { return Size2D(ints[0], ints[1]) }
        return nil
    }

    static func sizeJSON(_ s: Size2D, rank: Int) -> [Int] { rank == 1 ? [s.width] : [s.height, s.width] }
}
