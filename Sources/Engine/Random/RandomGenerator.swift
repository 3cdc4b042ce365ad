import Foundation

/// A small, fast, seedable generator (xoshiro256**), identical on every platform.
public struct RandomGenerator: RandomNumberGenerator, Equatable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        // SplitMix64 spreads any seed (even 0) over the four state words.
        var x = seed
        func next() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next(); s1 = next(); s2 = next(); s3 = next()
    }

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1) with 24 random bits (every float32 step equally likely).
    @inline(__always) public mutating func nextUniform() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// Standard normal by Box–Muller in Double (one value per call, reproducible).
    public mutating func nextNormal() -> Float {
        var u1 = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        if u1 < 1e-300 { u1 = 1e-300 }
        let u2 = Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        return Float((-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2))
    }

    /// Uniform integer in 0..<n.
    public mutating func nextIndex(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A random permutation of 0..<n (Fisher–Yates).
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        if n < 2 { return p }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = nextIndex(i + 1)
            p.swapAt(i, j)
        }
        return p
    }
}

/// The engine-wide random source: one seed fixes initial weights, shuffles and dropout masks.
/// Shared global state, guarded by a lock; `EngineRandom.seed(_:)` restarts the sequence.
public enum EngineRandom {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var generator = RandomGenerator(seed: 0)

    /// Restarts the global sequence (Keras's `set_random_seed`).
    public static func seed(_ value: UInt64) {
        lock.lock(); defer { lock.unlock() }
        generator = RandomGenerator(seed: value)
    }

    /// Runs `body` with exclusive use of the current generator: the stream installed on this
    /// thread by `using(_:_:)`, else the global one.
    public static func with<T>(_ body: (inout RandomGenerator) throws -> T) rethrows -> T {
        if let stream = Thread.current.threadDictionary[streamKey] as? RandomStream {
            stream.lock.lock(); defer { stream.lock.unlock() }
            return try body(&stream.generator)
        }
        lock.lock(); defer { lock.unlock() }
        return try body(&generator)
    }

    /// Runs `body` with `stream` as this thread's random source, so notebooks running side by side
    /// (`nbrun build --jobs N`) each keep their own deterministic sequence.
    public static func using<T>(_ stream: RandomStream, _ body: () throws -> T) rethrows -> T {
        let dictionary = Thread.current.threadDictionary
        let previous = dictionary[streamKey]
        dictionary[streamKey] = stream
        defer { dictionary[streamKey] = previous }
        return try body()
    }

    private static let streamKey = "nbrun.engine.random-stream"

    /// A new independent generator seeded from the global sequence (for a long-running loop).
    public static func fork() -> RandomGenerator {
        with { RandomGenerator(seed: $0.next()) }
    }
}

/// A seeded random sequence owned by one user of the engine (one notebook session).
public final class RandomStream: @unchecked Sendable {
    fileprivate var generator: RandomGenerator
    fileprivate let lock = NSLock()

    public init(seed: UInt64) {
        generator = RandomGenerator(seed: seed)
    }

    /// Where the stream is now; setting it resumes from there (a live notebook re-running a cell).
    public var state: RandomGenerator {
        get { lock.lock(); defer { lock.unlock() }; return generator }
        set { lock.lock(); generator = newValue; lock.unlock() }
    }
}
