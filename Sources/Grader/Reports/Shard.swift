/// `--shard i/n`: one of n shares of a class, for a CI matrix.
///
/// Paths are deduplicated and sorted (byte order), then dealt round-robin: the k-th path (0-based)
/// goes to shard `k % n + 1`. Every runner that sees the same list computes the same split, and
/// shares differ in size by at most one.
public struct Shard: Equatable, Sendable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw GradeReportError(message: "shard \(index)/\(count): need 1 ≤ i ≤ n")
        }
        self.index = index
        self.count = count
    }

    /// Parses `i/n` (e.g. `2/4`).
    public init(parse text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0].trimmingSpaces), let n = Int(parts[1].trimmingSpaces) else {
            throw GradeReportError(message: "--shard '\(text)': expected i/n, such as 2/4")
        }
        try self.init(index: i, count: n)
    }

    /// This shard's paths, sorted.
    public func select(_ paths: [String]) -> [String] {
        let sorted = Array(Set(paths)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return sorted.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
