/// The data layer's deterministic generator (SplitMix64): the same seed gives the same shuffles on every machine.
struct DataRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound (bound > 0), without modulo bias (Lemire's method).
    mutating func next(below bound: Int) -> Int {
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniformly random permutation of 0..<count (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        var i = count - 1
        while i > 0 {
            indices.swapAt(i, next(below: i + 1))
            i -= 1
        }
        return indices
    }
}
