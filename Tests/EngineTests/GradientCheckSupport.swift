import Foundation
import XCTest
@testable import Engine

/// Double-precision references and central differences for the gradient checks.
enum Ref {
    static func act(_ a: Activation, _ z: [Double], cols: Int) -> [Double] {
        switch a.kind {
        case .linear: return z
        case .relu: return z.map { max($0, 0) }
        case .sigmoid: return z.map { 1 / (1 + exp(-$0)) }
        case .tanh: return z.map { tanh($0) }
        case .leakyRelu: return z.map { $0 > 0 ? $0 : Double(a.alpha) * $0 }
        case .elu: return z.map { $0 > 0 ? $0 : Double(a.alpha) * (exp($0) - 1) }
        case .selu:
            let s = 1.0507009873554805, al = 1.6732632423543772
            return z.map { s * ($0 > 0 ? $0 : al * (exp($0) - 1)) }
        case .softplus: return z.map { log(1 + exp($0)) }
        case .swish: return z.map { $0 / (1 + exp(-$0)) }
        case .softmax:
            var out = z
            for r in 0..<(z.count / cols) {
                let row = Array(z[(r * cols)..<((r + 1) * cols)])
                let m = row.max() ?? 0
                let e = row.map { exp($0 - m) }
                let s = e.reduce(0, +)
                for j in 0..<cols { out[r * cols + j] = e[j] / s }
            }
            return out
        }
    }

    /// Mean loss over rows, Keras formulas, in Double; `logits` means the stable from-logits form.
    static func loss(_ l: Loss, pred: [Double], target: [Double], cols: Int, logits: Bool) -> Double {
        let rows = pred.count / cols
        var total = 0.0
        let eps = 1e-7
        for r in 0..<rows {
            let p = Array(pred[(r * cols)..<((r + 1) * cols)])
            var y: [Double]
            if l.kind == .sparseCategoricalCrossentropy {
                y = [Double](repeating: 0, count: cols); y[Int(target[r])] = 1
            } else {
                y = Array(target[(r * cols)..<((r + 1) * cols)])
            }
            switch l.kind {
            case .meanSquaredError: total += zip(p, y).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(cols)
            case .meanAbsoluteError: total += zip(p, y).map { abs($0 - $1) }.reduce(0, +) / Double(cols)
            case .huber:
                let d = Double(l.delta)
                total += zip(p, y).map { let e = abs($0 - $1); return e <= d ? 0.5 * e * e : d * e - 0.5 * d * d }.reduce(0, +) / Double(cols)
            case .binaryCrossentropy:
                if logits {
                    total += zip(p, y).map { z, t in max(z, 0) - z * t + log(1 + exp(-abs(z))) }.reduce(0, +) / Double(cols)
                } else {
                    total += zip(p, y).map { pp, t in
                        let c = min(max(pp, eps), 1 - eps)
                        return -(t * log(c) + (1 - t) * log(1 - c))
                    }.reduce(0, +) / Double(cols)
                }
            case .categoricalCrossentropy, .sparseCategoricalCrossentropy:
                if logits {
                    let m = p.max() ?? 0
                    let lse = m + log(p.map { exp($0 - m) }.reduce(0, +))
                    total += zip(p, y).map { z, t in t * (lse - z) }.reduce(0, +)
                } else {
                    let s = p.reduce(0, +)
                    total += zip(p, y).map { pp, t in -t * log(min(max(pp / s, eps), 1 - eps)) }.reduce(0, +)
                }
            }
        }
        return total / Double(rows)
    }

    /// Central-difference gradient of f at x.
    static func numericGradient(_ x: [Double], h: Double = 1e-6, _ f: ([Double]) -> Double) -> [Double] {
        var g = [Double](repeating: 0, count: x.count)
        var xp = x
        for i in x.indices {
            xp[i] = x[i] + h; let a = f(xp)
            xp[i] = x[i] - h; let b = f(xp)
            xp[i] = x[i]
            g[i] = (a - b) / (2 * h)
        }
        return g
    }

    static func assertClose(_ analytic: [Float], _ numeric: [Double], tol: Double = 2e-3, _ what: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(analytic.count, numeric.count, what, file: file, line: line)
        let scale = max(1, numeric.map { abs($0) }.max() ?? 1)
        for (i, (a, n)) in zip(analytic, numeric).enumerated() where abs(Double(a) - n) > tol * scale {
            XCTFail("\(what): gradient[\(i)] analytic \(a) vs numeric \(n)", file: file, line: line)
            return
        }
    }

    static func random(_ n: Int, seed: UInt64, scale: Float = 1) -> [Float] {
        var g = RandomGenerator(seed: seed)
        return (0..<n).map { _ in scale * g.nextNormal() }
    }
}

extension Ref {
    /// Runs a layer forward (training) and backward with upstream c; returns (dx, param grads).
    static func layerGradients(_ layer: Layer, x: [Float], batch: Int, c: [Float]) throws -> (out: [Float], dx: [Float], grads: [[Float]]) {
        var input = x
        var outCopy: [Float] = []
        var dxCopy: [Float] = []
        try input.withUnsafeMutableBufferPointer { ip in
            let out = try layer.forward(ip.baseAddress!, batch: batch, training: true)
            outCopy = Array(UnsafeBufferPointer(start: out, count: c.count))
            var dy = c
            try dy.withUnsafeMutableBufferPointer { dp in
                if let dx = try layer.backward(dp.baseAddress!, batch: batch, needInputGrad: true) {
                    dxCopy = Array(UnsafeBufferPointer(start: dx, count: x.count))
                }
            }
        }
        return (outCopy, dxCopy, layer.parameters.filter(\.trainable).map { Array(UnsafeBufferPointer(start: $0.grad, count: $0.count)) })
    }
}
