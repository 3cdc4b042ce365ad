import Foundation

/// Numpy-like printing: common element width, `1.`-style whole numbers, 75-column rows,
/// and `...` elision (first and last 3 entries per axis) above 1000 elements.
extension Tensor: CustomStringConvertible {
    public var description: String {
        if rank == 0 { return scalars.first.map { TensorFormat.repr($0) } ?? "[]" }
        // As NumPy prints any empty array; walking [64, 2_000_000_000, 0] row by row would build
        // gigabytes of brackets (found by the fuzzer on an IDX file).
        if count == 0 { return "[]" }
        let elide = count > 1000
        let fmt = TensorFormat(values: elide ? visibleValues() : scalars)
        var out = ""
        render(into: &out, axis: 0, offset: 0, indent: 1, fmt: fmt, elide: elide)
        return out
    }

    /// The values shown when elided (for choosing a common format).
    private func visibleValues() -> [Float] {
        var vals: [Float] = []
        func walk(_ axis: Int, _ offset: Int) {
            let st = strides[axis]
            let idx = shape[axis] > 6 ? Array(0..<3) + Array((shape[axis] - 3)..<shape[axis]) : Array(0..<shape[axis])
            for i in idx {
                if axis == rank - 1 { vals.append(scalars[offset + i]) } else { walk(axis + 1, offset + i * st) }
            }
        }
        walk(0, 0)
        return vals
    }

    private func render(into out: inout String, axis: Int, offset: Int, indent: Int, fmt: TensorFormat, elide: Bool) {
        let n = shape[axis]
        let st = strides[axis]
        let cut = elide && n > 6
        let idx: [Int?] = cut ? [0, 1, 2, nil, n - 3, n - 2, n - 1] : (0..<n).map { $0 }
        out += "["
        if axis == rank - 1 {
            var line = "["
            var first = true
            let pad = String(repeating: " ", count: indent)
            for i in idx {
                let text = i.map { fmt.format(scalars[offset + $0]) } ?? "..."
                let piece = first ? text : " " + text
                if !first && line.count + piece.count + 1 > 75 {
                    out += line.dropFirst() + "\n"
                    line = "[" + pad + text
                } else {
                    line += piece
                }
                first = false
            }
            out += line.dropFirst() + "]"
            return
        }
        let gap = String(repeating: "\n", count: rank - axis - 1)
        for (k, i) in idx.enumerated() {
            if k > 0 { out += gap + String(repeating: " ", count: indent) }
            if let i {
                render(into: &out, axis: axis + 1, offset: offset + i * st, indent: indent + 1, fmt: fmt, elide: elide)
            } else {
                out += "..."
            }
        }
        out += "]"
    }
}

/// Chooses one number format for all shown elements, as numpy does.
struct TensorFormat {
    enum Mode { case whole, fixed(Int), scientific(Int) }
    let mode: Mode
    let intWidth: Int
    let fracWidth: Int
    let width: Int

    init(values: [Float]) {
        let finite = values.filter { $0.isFinite }
        let absVals = finite.map { Swift.abs($0) }
        let maxAbs = absVals.max() ?? 0
        let minNonZero = absVals.filter { $0 > 0 }.min() ?? 0
        if finite.allSatisfy({ $0 == $0.rounded() }) && maxAbs < 1e16 {
            mode = .whole
        } else if maxAbs >= 1e8 || (minNonZero > 0 && (minNonZero < 1e-4 || maxAbs / minNonZero > 1e3)) {
            let digits = finite.map { TensorFormat.significantDigits($0) }.max() ?? 1
            mode = .scientific(Swift.max(0, Swift.min(8, digits - 1)))
        } else {
            let digits = finite.map { TensorFormat.fractionDigits($0) }.max() ?? 1
            mode = .fixed(Swift.max(1, digits))
        }
        var iw = 0, fw = 0, w = 0
        for v in values {
            let s = TensorFormat.raw(v, mode)
            if case .fixed = mode, let dot = s.firstIndex(of: ".") {
                iw = Swift.max(iw, s.distance(from: s.startIndex, to: dot))
                fw = Swift.max(fw, s.distance(from: dot, to: s.endIndex))
            }
            w = Swift.max(w, s.count)
        }
        intWidth = iw; fracWidth = fw; width = w
    }

    func format(_ v: Float) -> String {
        let s = TensorFormat.raw(v, mode)
        if case .fixed = mode, let dot = s.firstIndex(of: ".") {
            let ip = String(s[..<dot]), fp = String(s[dot...])
            return String(repeating: " ", count: Swift.max(0, intWidth - ip.count)) + ip + fp
                + String(repeating: " ", count: Swift.max(0, fracWidth - fp.count))
        }
        return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
    }

    static func raw(_ v: Float, _ mode: Mode) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        switch mode {
        case .whole: return String(Int64(v)) + "."
        case .fixed(let d):
            // Shortest digits up to `d` decimals, trailing zeros dropped (numpy's maxprec).
            var s = String(format: "%.\(d)f", Double(v))
            while s.hasSuffix("0") { s.removeLast() }
            if s == "-0." { s = "-0." }
            return s
        case .scientific(let d):
            var s = String(format: "%.\(d)e", Double(v))
            if d == 0, let e = s.firstIndex(of: "e") { s.insert(".", at: e) }
            return s
        }
    }

    /// Decimal places of the shortest float32 representation, capped at 8.
    static func fractionDigits(_ v: Float) -> Int {
        for d in 0...8 {
            if Float(String(format: "%.\(d)f", Double(v))) == v { return d }
        }
        return 8
    }

    static func significantDigits(_ v: Float) -> Int {
        for d in 1...9 {
            if Float(String(format: "%.\(d - 1)e", Double(v))) == v { return d }
        }
        return 9
    }

    /// A single value the way numpy prints a float32 scalar.
    static func repr(_ v: Float) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return v.description
    }
}
