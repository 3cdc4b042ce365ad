/// Equal-width binning over the finite values of all series (numpy's rule: the last bin is closed).
struct Histogram {
    var edges: [Double]
    /// `counts[series][bin]`.
    var counts: [[Int]]

    init(series: [[Double]], bins requested: Int?) {
        let finite = series.map { $0.filter(\.isFinite) }
        let all = finite.flatMap { $0 }
        let n = all.count
        // Sturges' rule, kept readable.
        let sturges = n > 0 ? Int((log2(Double(n)) + 1).rounded(.up)) : 1
        let bins = min(max(requested ?? min(max(sturges, 5), 50), 1), 1000)
        var lo = all.min() ?? 0, hi = all.max() ?? 1
        if lo == hi { lo -= 0.5; hi += 0.5 }
        let width = (hi - lo) / Double(bins)
        edges = (0...bins).map { lo + Double($0) * width }
        edges[bins] = hi
        counts = finite.map { values in
            var c = Array(repeating: 0, count: bins)
            for v in values {
                let q = (v - lo) / width
                // Clamp in Double first: Int(_:) traps on NaN or out-of-range values.
                let index = q.isFinite ? Int(min(max(q, 0), Double(bins - 1))) : 0
                c[index] += 1
            }
            return c
        }
    }
}

import Foundation
