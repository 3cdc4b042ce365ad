import Foundation

/// A linear axis with "nice" 1-2-5 tick steps and a domain widened to whole steps.
struct NiceScale {
    var domainMin: Double
    var domainMax: Double
    var step: Double
    /// Decimals needed to print every tick exactly.
    var decimals: Int

    /// Ticks for data spanning `lower…upper` (non-finite bounds are ignored), aiming for `target` intervals.
    /// `integerSteps`: never step below 1 (epochs, counts).
    init(lower: Double, upper: Double, target: Int = 5, includeZero: Bool = false, integerSteps: Bool = false) {
        var lo = lower.isFinite ? lower : 0
        var hi = upper.isFinite ? upper : 1
        if lo > hi { swap(&lo, &hi) }
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if hi - lo < 1e-12 * max(abs(lo), abs(hi), 1) {
            // A flat series: give it a unit-sized window around its value.
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
            if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        }
        let rough = (hi - lo) / Double(max(target, 1))
        let exponent = floor(log10(rough))
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        step = nice * magnitude
        if integerSteps && step < 1 { step = 1 }
        if !step.isFinite || step <= 0 {
            // Data spanning (nearly) the whole Double range: fall back to the raw bounds.
            step = hi - lo
            if !step.isFinite || step <= 0 { step = 1 }
        }
        let exponent10 = floor(log10(step) + 1e-9)
        decimals = exponent10.isFinite ? Int(min(max(-exponent10, 0), 12)) : 0
        domainMin = floor(lo / step + 1e-9) * step
        domainMax = ceil(hi / step - 1e-9) * step
        if domainMax <= domainMin { domainMax = domainMin + step }
    }

    /// The same ticks but the domain kept exactly at `lower…upper` (for a grid that covers that range).
    init(exactLower lower: Double, upper: Double, target: Int = 5) {
        self.init(lower: lower, upper: upper, target: target)
        if lower.isFinite, upper.isFinite, lower != upper {
            domainMin = min(lower, upper)
            domainMax = max(lower, upper)
        }
    }

    /// Multiples of `step` inside the domain, computed by index (no accumulated error).
    var ticks: [Double] {
        let first = ceil(domainMin / step - 1e-9)
        let last = floor(domainMax / step + 1e-9)
        guard last >= first, last - first <= 1000 else { return [domainMin, domainMax] }
        return (0...Int(last - first)).map { (first + Double($0)) * step }
    }

    func label(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: decimals)
    }
}

/// Maps a data interval onto a pixel interval (either direction).
struct LinearMap {
    var domain: (Double, Double)
    var range: (Double, Double)
    func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return (range.0 + range.1) / 2 }
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }
}
