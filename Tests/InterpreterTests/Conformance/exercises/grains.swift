// Grains: grains on each chessboard square double; the total needs UInt64.
enum GrainsError: Error, CustomStringConvertible {
    case inputTooLow(Int), inputTooHigh(Int)

    var description: String {
        switch self {
        case .inputTooLow(let n): return "square \(n) is below 1"
        case .inputTooHigh(let n): return "square \(n) is above 64"
        }
    }
}

enum Grains {
    static func square(_ n: Int) throws -> UInt64 {
        if n < 1 { throw GrainsError.inputTooLow(n) }
        if n > 64 { throw GrainsError.inputTooHigh(n) }
        return 1 << UInt64(n - 1)
    }

    static var total: UInt64 { UInt64.max }

    static var totalBySumming: UInt64 {
        (1...64).reduce(UInt64(0)) { $0 &+ (try! square($1)) }
    }
}
// cell
for n in [1, 2, 3, 4, 16, 32, 64, 0, -1, 65] {
    do {
        print(n, try Grains.square(n))
    } catch {
        print("error:", error)
    }
}
print(Grains.total)
print(Grains.totalBySumming, Grains.total == Grains.totalBySumming)
print(UInt64.max.nonzeroBitCount, (try! Grains.square(33)).trailingZeroBitCount)

// expect: 1 1
// expect: 2 2
// expect: 3 4
// expect: 4 8
// expect: 16 32768
// expect: 32 2147483648
// expect: 64 9223372036854775808
// expect: error: square 0 is below 1
// expect: error: square -1 is below 1
// expect: error: square 65 is above 64
// expect: 18446744073709551615
// expect: 18446744073709551615 true
// expect: 64 32
